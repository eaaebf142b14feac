import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { decodedFor, describeLookup, type LookupView, lookupCode } from './lookup';
import { failureName, parseLookup, queryText } from '../shared/lookup-query';
import { type DecoderRule, detailsOf, type Rules, rulesOf, type VendorRule, wordsOf } from './rules';
import type { Lang } from './types';

const rules = rulesOf(authored);
const details = detailsOf(authored);
const words = { en: wordsOf(authored, 'en'), ru: wordsOf(authored, 'ru') };

function look(text: string, lang: Lang = 'en'): LookupView {
  const q = parseLookup(text);
  if (!q) throw new Error(`not a query: ${text}`);
  return describeLookup(lookupCode(q, rules), { rules, details, words: words[lang], lang });
}

const status = (text: string, lang: Lang = 'en') => {
  const v = look(text, lang);
  if (v.kind !== 'status') throw new Error(`${text} is not a number`);
  return v;
};

describe('reading a query', () => {
  it.each([
    ['404', 404],
    [' 522 ', 522],
    ['HTTP 503', 503],
    ['error 440', 440],
    ['440 error', 440],
    ['1016', 1016],
    ['error 1020', 1020],
    ['10043', 10043],
    ['0', 0],
  ])('%j is the number %i', (text, code) => {
    expect(parseLookup(text)).toEqual({ kind: 'status', code });
  });

  it.each([
    ['ERR_CERT_DATE_INVALID', 'net::ERR_CERT_DATE_INVALID'],
    ['net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_DATE_INVALID'],
    ['net::err_cert_date_invalid', 'net::ERR_CERT_DATE_INVALID'],
    ['NS_ERROR_UNKNOWN_HOST', 'NS_ERROR_UNKNOWN_HOST'],
    ['sec_error_expired_certificate', 'SEC_ERROR_EXPIRED_CERTIFICATE'],
  ])('%j is the failure name %s', (text, name) => {
    expect(parseLookup(text)).toEqual({ kind: 'failure', name });
    expect(failureName(text)).toBe(name);
  });

  it('keeps a meaning picked after the code, as the address bar writes it', () => {
    expect(parseLookup('522 cloudflare.522')).toEqual({ kind: 'status', code: 522, meaningId: 'cloudflare.522' });
    expect(parseLookup('net::ERR_FAILED net.failed')).toEqual({
      kind: 'failure',
      name: 'net::ERR_FAILED',
      meaningId: 'net.failed',
    });
  });

  it.each(['', 'hello', 'not found', '12345678', '4O4', '<b>404</b>', 'ERR'])('%j is no code', (text) => {
    expect(parseLookup(text)).toBeUndefined();
  });

  it('writes a query back as its code', () => {
    expect(queryText(parseLookup('http 404')!)).toBe('404');
    expect(queryText(parseLookup('err_failed')!)).toBe('net::ERR_FAILED');
  });
});

describe('looking a number up', () => {
  it('a standard number: its RFC meaning first, with the products that say more about it', () => {
    const v = status('404');
    expect(v.standard).toBe(true);
    expect(v.entries[0]).toMatchObject({ meaningId: 'std.404', title: 'Not Found' });
    expect(v.entries[0]!.vendor).toBeUndefined();
    expect(v.entries[0]!.source.title).toMatch(/^RFC 9110/);
    expect(v.entries[0]!.pick).toMatch(/standard meaning/);
    expect(v.entries[0]!.visitor).not.toBe('');
    expect(v.entries[0]!.owner).not.toBe('');
    expect(v.notes.map((n) => n.vendor.name)).toContain('GitHub Pages');
    for (const n of v.notes) expect(n.text).not.toBe('');
  });

  it("a product's number: each meaning with its product and the signs that would pick it", () => {
    const v = status('522');
    expect(v.standard).toBe(false);
    expect(v.entries).toHaveLength(1);
    expect(v.entries[0]!.vendor).toMatchObject({ id: 'cloudflare', name: 'Cloudflare', role: 'cdn' });
    expect(v.entries[0]!.pick).toMatch(/^A Cloudflare response would show: .*cf-ray/);
  });

  it('ranks the readings of a shared number: standard first, then products by how likely each is', () => {
    const ids = (text: string): string[] => status(text).entries.map((e) => e.meaningId);
    expect(ids('499')).toEqual(['esri.499', 'nginx.499']);
    expect(ids('530')[0]).toBe('cloudflare.530');
    expect(ids('530').indexOf('pantheon.530')).toBeLessThan(ids('530').indexOf('edgio.530'));
    expect(ids('502')[0]).toBe('std.502');
    expect(ids('440')).toEqual(['microsoft-exchange.440', 'microsoft-iis.440']);
  });

  it("says what a never-sent number means when seen, and which signs pick one of a product's two readings", () => {
    expect(status('499').entries.find((e) => e.meaningId === 'nginx.499')!.whenSeen).toBeTruthy();
    const security = status('430').entries.find((e) => e.meaningId === 'shopify.430-security')!;
    expect(security.when.join(' ')).toMatch(/graphql/);
  });

  it('a number nobody defines: no meaning, and its class answers', () => {
    const v = status('299');
    expect(v.entries).toEqual([]);
    expect(v.statusClass).toBe('success');
    expect(v.classWords.title).toBe('Unregistered success code');
    const out = status('777');
    expect(out.statusClass).toBe('unknown');
    expect(out.classWords.summary).toMatch(/100 to 599/);
  });

  it('in Russian, every text comes from the Russian words', () => {
    const v = status('522', 'ru');
    const e = v.entries[0]!;
    for (const text of [e.title, e.summary, e.visitor, e.owner, e.pick]) expect(text).toMatch(/[а-яё]/i);
    expect(status('777', 'ru').classWords.title).toBe('Код вне диапазона HTTP');
  });

  it('keeps the meaning picked in the address bar', () => {
    expect(status('522 cloudflare.522').meaningId).toBe('cloudflare.522');
  });
});

describe("looking a product's error number up (past the HTTP range)", () => {
  it("1016: Cloudflare's Origin DNS error, from its cf-error-type table, seen on its error page and in the header", () => {
    const q = parseLookup('1016')!;
    const verdict = lookupCode(q, rules);
    if (verdict.kind !== 'status') throw new Error('not a number');
    expect(verdict.meanings).toEqual([]);
    expect(verdict.decoded.map((d) => [d.vendor.id, d.decoder.header, d.value.id])).toEqual([
      ['cloudflare', 'cf-error-type', '1016'],
    ]);
    const v = status('1016');
    expect(v.statusClass).toBe('unknown');
    expect(v.standard).toBe(false);
    expect(v.entries).toHaveLength(1);
    const e = v.entries[0]!;
    expect(e).toMatchObject({
      meaningId: 'cloudflare.decoder.cf-error-type.1016',
      title: 'Origin DNS error (1016)',
      vendor: { id: 'cloudflare', name: 'Cloudflare', role: 'cdn' },
      decoder: 'cf-error-type',
      when: [],
      obsolete: false,
    });
    expect(e.summary).toMatch(/does not resolve/);
    expect(e.pick).toBe(
      'Cloudflare shows this number on its own error page and also sends it in the cf-error-type header.',
    );
    // The row's own advice for the owner; none of its own for the visitor, and that is said.
    expect(e.owner).toMatch(/DNS tab of the Cloudflare dashboard/);
    expect(e.visitor).toMatch(/^Nothing is advised for this number alone: .*HTTP status/);
    // A row has no source of its own: the vendor's documentation stands for it.
    expect(e.source.title).toBe('Cloudflare docs: HTTP status codes');
    expect(e.source.url).toMatch(/^https:\/\/developers\.cloudflare\.com\//);
  });

  it('1020: a row with advice of its own for both sides', () => {
    const e = status('1020').entries[0]!;
    expect(e.title).toBe('Access denied by a firewall rule (1020)');
    expect(e.visitor).toMatch(/Ray ID/);
    expect(e.owner).toMatch(/Security Events/);
    expect(e.visitor).not.toMatch(/Nothing is advised/);
  });

  it("finds a number in a row that names several (1006–1008, 1106), and keeps the picked row's id", () => {
    expect(status('1106').entries.map((e) => e.meaningId)).toEqual(['cloudflare.decoder.cf-error-type.1006-1008-1106']);
    const v = status('1007 cloudflare.decoder.cf-error-type.1006-1008-1106');
    expect(v.meaningId).toBe('cloudflare.decoder.cf-error-type.1006-1008-1106');
  });

  it('a number past the HTTP range that no table names stays unregistered, with its class', () => {
    for (const text of ['1017', '1999', '10043']) {
      const v = status(text);
      expect(v.entries, text).toEqual([]);
      expect(v.classWords.title).toBe('Status outside the HTTP range');
    }
  });

  it('a number of the HTTP range gets no rows, though a table names it (cf-error-type 52x): 522 as before', () => {
    const cloudflare = rules.vendors.find((v) => v.id === 'cloudflare')!;
    const table = cloudflare.decoders!.find((d) => d.header === 'cf-error-type')!;
    expect(table.values!.some((row) => row.match.test('522'))).toBe(true);
    expect(decodedFor(522, rules)).toEqual([]);
    const v = status('522');
    expect(v.entries.map((e) => e.meaningId)).toEqual(['cloudflare.522']);
    expect(v.entries[0]!.decoder).toBeUndefined();
  });

  it('in Russian', () => {
    const v = status('1016', 'ru');
    const e = v.entries[0]!;
    expect(e.title).toBe('Ошибка DNS для origin (1016)');
    for (const text of [e.summary, e.visitor, e.owner, e.pick]) expect(text).toMatch(/[а-яё]/i);
    expect(e.pick).toMatch(/cf-error-type/);
  });

  it('says where each table is read: the error page, a header, or both; vendors in registry order', () => {
    const row = { id: 'e4242', match: /^4242$/ };
    const vendor = (id: string, decoder: DecoderRule, page = false): VendorRule => ({
      id,
      name: id.toUpperCase(),
      role: 'cdn',
      fingerprints: page
        ? [{ id: 'page', signal: { kind: 'page', in: 'p', text: /(\d+)/, decodes: decoder.header }, weight: 'strong' }]
        : [],
      codes: [],
      decoders: [decoder],
    });
    const made: Rules = {
      vendors: [
        vendor('paged', { header: 'page-code', generated: true, onPage: true, values: [row] }),
        vendor('headed', { header: 'x-error', generated: true, values: [row] }),
        vendor('both', { header: 'x-both', generated: true, values: [row] }, true),
      ],
      standard: [],
      networkErrors: [],
    };
    const v = describeLookup(lookupCode({ kind: 'status', code: 4242 }, made), {
      rules: made,
      details: {},
      words: words.en,
      lang: 'en',
    });
    if (v.kind !== 'status') throw new Error('not a number');
    expect(v.entries.map((e) => [e.meaningId, e.pick])).toEqual([
      ['paged.decoder.page-code.e4242', 'PAGED shows this number on its own error page.'],
      ['headed.decoder.x-error.e4242', 'HEADED sends this number in the x-error header of its response.'],
      [
        'both.decoder.x-both.e4242',
        'BOTH shows this number on its own error page and also sends it in the x-both header.',
      ],
    ]);
    // No words for a made-up row: its id, and the product named as the source.
    expect(v.entries[0]!.title).toBe('e4242');
    expect(v.entries[0]!.source).toEqual({ title: 'PAGED' });
  });
});

describe('looking a failure name up', () => {
  it('a known name: its meaning, who is at fault, and every name the browsers give it', () => {
    const v = look('ERR_CERT_DATE_INVALID');
    if (v.kind !== 'failure') throw new Error('not a failure');
    expect(v.known).toBe(true);
    expect(v.entry.title).toBe('Certificate expired or not yet valid');
    expect(v.names).toContain('SEC_ERROR_EXPIRED_CERTIFICATE');
    expect(v.cause).toBe("Most likely cause: the site's own server.");
    expect(v.entry.visitor).toMatch(/clock/);
  });

  it("Firefox's name finds the same entry", () => {
    const v = look('SEC_ERROR_EXPIRED_CERTIFICATE');
    expect(v.kind === 'failure' && v.entry.meaningId).toBe('net.cert-date-invalid');
  });

  it('an unknown name: the general words for a failure', () => {
    const v = look('ERR_SOMETHING_NEW', 'ru');
    if (v.kind !== 'failure') throw new Error('not a failure');
    expect(v.known).toBe(false);
    expect(v.entry.meaningId).toBe('net.unknown');
    expect(v.entry.summary).toMatch(/[а-яё]/i);
    expect(v.names).toEqual(['net::ERR_SOMETHING_NEW']);
  });

  it('marks a cancellation as usually harmless', () => {
    const v = look('ERR_ABORTED');
    expect(v.kind === 'failure' && v.noise).toBe(true);
  });
});
