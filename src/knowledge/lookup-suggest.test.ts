import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { authored } from './authored';
import { lookupIndexOf } from './lookup-index';
import { lookupIndex as lookupIndexRu } from './lookup-index-ru';
import { lookupSearch, MAX_SUGGESTIONS, type Styled, suggestFor } from './lookup-suggest';
import { parseLookup } from '../shared/lookup-query';

const index = lookupIndexOf(authored, 'en', en);
const plain = (runs: readonly Styled[]): string => runs.map((r) => r.text).join('');
const rows = (text: string) =>
  suggestFor(text, index).rest.map((s) => ({ content: s.content, text: plain(s.description) }));

describe('the address bar index', () => {
  it('holds every number with its meanings ranked, every failure name, and its strings', () => {
    expect(index.codes['404']?.[0]).toEqual({ id: 'std.404', title: 'Not Found' });
    expect(index.codes['499']?.map((m) => m.product)).toEqual(['Esri ArcGIS', 'nginx']);
    expect(index.failures.flatMap((f) => f.names)).toContain('net::ERR_CERT_DATE_INVALID');
    expect(index.strings.lookUp).toBe('Look up {code} in Statuscope');
  });

  it("holds the products' error numbers past the HTTP range, and none of the HTTP range", () => {
    expect(index.codes['1016']).toEqual([
      {
        id: 'cloudflare.decoder.cf-error-type.1016',
        title: 'Origin DNS error (1016)',
        product: 'Cloudflare',
        decoded: true,
      },
    ]);
    // A row naming several numbers is under each of them.
    for (const code of ['1006', '1007', '1008', '1106'])
      expect(index.codes[code]?.map((m) => m.id)).toEqual(['cloudflare.decoder.cf-error-type.1006-1008-1106']);
    expect(index.codes['1017']).toBeUndefined();
    const codes = Object.keys(index.codes).map(Number);
    expect(codes.filter((c) => c < 1000 && index.codes[c]!.some((m) => m.decoded))).toEqual([]);
    expect(codes.filter((c) => c >= 1000 && index.codes[c]!.some((m) => !m.decoded))).toEqual([]);
  });

  it('is written in its language', async () => {
    const ru = await lookupIndexRu();
    expect(ru.lang).toBe('ru');
    expect(ru.codes['404']?.[0]?.title).toBe('Не найдено');
    expect(ru.codes['1016']?.[0]).toMatchObject({ title: 'Ошибка DNS для origin (1016)', product: 'Cloudflare' });
    expect(ru.strings.standard).toBe('стандарт');
    expect(ru.classes.unknown).toBe('Код вне диапазона HTTP');
  });

  it('is small: the worker fetches it on the first keyword input', () => {
    expect(JSON.stringify(index).length).toBeLessThan(40_000);
  });
});

describe('suggestions', () => {
  it('a standard number: the standard meaning, marked as such, first', () => {
    const s = suggestFor('404', index);
    expect(plain(s.first)).toBe('Look up 404 in Statuscope');
    expect(s.first.find((r) => r.style === 'match')?.text).toBe('404');
    expect(rows('404')[0]).toEqual({ content: '404 std.404', text: '404 Not Found — standard' });
  });

  it("a product's number: each meaning with its product, likeliest first", () => {
    expect(rows('522')).toEqual([
      { content: '522 cloudflare.522', text: expect.stringMatching(/^522 .+ — Cloudflare$/) },
    ]);
    expect(rows('499').map((r) => r.content)).toEqual(['499 esri.499', '499 nginx.499']);
    expect(rows('http 440')[0]!.text).toMatch(/— Microsoft Exchange/);
  });

  it('a number nobody defines: its class, marked unregistered', () => {
    expect(rows('777')).toEqual([
      { content: '777 class.unknown', text: '777 Status outside the HTTP range — unregistered' },
    ]);
    expect(rows('299')).toEqual([
      { content: '299 class.success', text: '299 Unregistered success code — unregistered' },
    ]);
  });

  it('a number being typed: the numbers it starts', () => {
    const r = rows('52');
    expect(r.length).toBeGreaterThan(0);
    expect(r.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    for (const x of r) expect(x.content).toMatch(/^52\d /);
    // Statuses only: the products' four-digit numbers are suggested once they are typed out.
    for (const x of rows('10')) expect(x.content).toMatch(/^10\d /);
  });

  it("a product's error number: the product and the row's title, the number marked in it", () => {
    const s = suggestFor('1016', index);
    expect(plain(s.first)).toBe('Look up 1016 in Statuscope');
    expect(s.rest).toEqual([
      {
        content: '1016 cloudflare.decoder.cf-error-type.1016',
        description: [{ text: 'Cloudflare: Origin DNS error (' }, { text: '1016', style: 'match' }, { text: ')' }],
      },
    ]);
    expect(rows('error 1020')).toEqual([
      {
        content: '1020 cloudflare.decoder.cf-error-type.1020',
        text: 'Cloudflare: Access denied by a firewall rule (1020)',
      },
    ]);
    // A title that does not give the number (a range): the number first.
    expect(suggestFor('1007', index).rest[0]!.description).toEqual([
      { text: '1007', style: 'match' },
      { text: ' Cloudflare: Your IP address is banned (1006–1008, 1106)' },
    ]);
  });

  it('a number past the HTTP range that no product names: its class, marked unregistered', () => {
    expect(rows('1017')).toEqual([
      { content: '1017 class.unknown', text: '1017 Status outside the HTTP range — unregistered' },
    ]);
  });

  it("every product's error number suggested reads back as its number and row", () => {
    const decoded = Object.entries(index.codes).flatMap(([code, list]) =>
      list.filter((m) => m.decoded).map((m) => [code, m.id] as const),
    );
    expect(decoded.length).toBeGreaterThan(20);
    for (const [code, id] of decoded)
      expect(parseLookup(`${code} ${id}`)).toEqual({ kind: 'status', code: Number(code), meaningId: id });
  });

  it('a failure name: the exact one first, with the browser that reports it', () => {
    const r = rows('err_cert_date_invalid');
    expect(r[0]).toEqual({
      content: 'net::ERR_CERT_DATE_INVALID',
      text: 'net::ERR_CERT_DATE_INVALID Certificate expired or not yet valid — Chromium',
    });
    expect(rows('SEC_ERROR_EXPIRED_CERTIFICATE')[0]!.text).toMatch(/— Firefox$/);
  });

  it('a piece of a name: the names that hold it, those starting with it first', () => {
    const r = rows('ERR_CERT');
    expect(r.length).toBe(MAX_SUGGESTIONS);
    for (const x of r) expect(x.content).toMatch(/^net::ERR_CERT/);
    expect(rows('refused').some((x) => x.content === 'net::ERR_CONNECTION_REFUSED')).toBe(true);
  });

  it('an unknown failure name: only the first row, which opens the page', () => {
    const s = suggestFor('ERR_NOT_A_THING', index);
    expect(plain(s.first)).toBe('Look up net::ERR_NOT_A_THING in Statuscope');
    expect(s.rest).toEqual([]);
  });

  it('nothing readable: what to type', () => {
    for (const text of ['', '  ', 'what is this?']) {
      const s = suggestFor(text, index);
      expect(plain(s.first)).toBe(index.strings.hint);
      expect(s.rest).toEqual([]);
    }
  });
});

describe('the lookup page for what was entered', () => {
  it('the typed code, or a suggestion with its meaning', () => {
    expect(lookupSearch('404')).toBe('?lookup=404');
    expect(lookupSearch(' 522 cloudflare.522 ')).toBe('?lookup=522&meaning=cloudflare.522');
    expect(lookupSearch('1016')).toBe('?lookup=1016');
    expect(lookupSearch('1016 cloudflare.decoder.cf-error-type.1016')).toBe(
      '?lookup=1016&meaning=cloudflare.decoder.cf-error-type.1016',
    );
    expect(lookupSearch('err_cert_date_invalid')).toBe('?lookup=net%3A%3AERR_CERT_DATE_INVALID');
    expect(lookupSearch('what & why')).toBe('?lookup=what+%26+why');
  });
});
