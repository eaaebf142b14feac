import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { describeLookup, type LookupView, lookupCode } from './lookup';
import { failureName, parseLookup, queryText } from '../shared/lookup-query';
import { detailsOf, rulesOf, wordsOf } from './rules';
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
    // Cloudflare's four-digit errors are not in the knowledge base (yet): 1016 is outside the HTTP range.
    expect(status('1016').entries).toEqual([]);
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
