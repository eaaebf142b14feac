import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { signalMatches } from '../match';
import { observe } from '../observation';
import { expectUniqueKebabIds, itRejectsHeaders, matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { cloudflare } from './cloudflare';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;
const decoder = (name: string) => cloudflare.decoders?.find((d) => d.header === name);
const errorType = decoder('cf-error-type');
const mitigated = decoder('cf-mitigated');
const decode = (value: string) => errorType?.values?.find((v) => v.match.test(value));

describe('Cloudflare fingerprints', () => {
  it.each([
    ['server', 'cloudflare'],
    ['server', 'Cloudflare'],
    ['server', 'cloudflare-nginx'],
    ['cf-ray', '8a1b2c3d4e5f6789-IAD'],
    ['cf-ray', '265e0e7a0faf0323-MIA'],
    ['cf-cache-status', 'HIT'],
    ['cf-cache-status', 'DYNAMIC'],
    ['cf-cache-status', 'BYPASS'],
    ['cf-railgun', 'direct (starting new WAN connection)'],
  ])('matches %s: %s without claiming the response', (name, value) => {
    const m = matchHeader(cloudflare, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it.each([
    ['cf-mitigated', 'challenge'],
    ['cf-error-type', '1020'],
    ['cf-error-origin', 'waf'],
  ])('matches %s: %s as a response Cloudflare made itself', (name, value) => {
    const m = matchHeader(cloudflare, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(true);
  });

  it.each(['__cf_bm', '__cfduid', 'cf_clearance'])('matches the cookie %s', (name) => {
    const m = matchOne(cloudflare, observe({ cookieNames: [name] }));
    expect(m?.hits[0]?.kind).toBe('cookie');
  });

  itRejectsHeaders(cloudflare, [
    ['server', 'cloudflare2'],
    ['server', 'notcloudflare'],
    ['server', 'nginx'],
    ['cf-ray', 'abc-IAD'],
    ['cf-ray', '8a1b2c3d4e5f6789'],
    ['cf-ray', '8a1b2c3d4e5f6789-IADX'],
    ['cf-ray', 'zz1b2c3d4e5f6789-IAD'],
    ['cf-cache-status', 'HITS'],
    ['cf-mitigated', 'block'],
    ['x-cf-ray', '8a1b2c3d4e5f6789-IAD'],
  ]);

  it.each(['__cf_bm2', 'cf_bm', '__cfduid_x', 'my_cf_clearance'])('does not match the near miss cookie %s', (name) => {
    expect(matchOne(cloudflare, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

// Cloudflare docs: "Cloudflare cache responses" (HIT, MISS, EXPIRED, STALE, BYPASS, REVALIDATED, UPDATING describe an
// object from the cache or the origin) and "Cloudflare error headers" (cf-error-type / cf-error-origin only on
// Cloudflare's own error pages, never on errors forwarded from the origin).
describe('Cloudflare by layer', () => {
  const base = { server: 'cloudflare', 'cf-ray': '8a1b2c3d4e5f6789-FRA' };
  const ids = (headers: Record<string, string>) =>
    matchOne(cloudflare, observe({ statusCode: 502, headers: { ...base, ...headers } }))?.hits.map(
      (h) => h.fingerprint.id,
    );

  it('its own 1016 page (cf-error-type) is Cloudflare’s', () => {
    const m = matchOne(
      cloudflare,
      observe({ statusCode: 530, headers: { ...base, 'cf-error-type': '1016', 'cf-error-origin': 'dns' } }),
    );
    expect(m?.generated).toBe(true);
    expect(m?.relayed).toBe(false);
  });

  it.each(['HIT', 'MISS', 'EXPIRED', 'STALE', 'BYPASS', 'REVALIDATED', 'UPDATING', 'miss'])(
    'cf-cache-status: %s means the site’s answer was passed along',
    (value) => {
      const m = matchOne(cloudflare, observe({ statusCode: 404, headers: { ...base, 'cf-cache-status': value } }));
      expect(m?.relayed).toBe(true);
      expect(m?.generated).toBe(false);
      expect(ids({ 'cf-cache-status': value })).toEqual(['server', 'cf-ray', 'cf-cache-status-origin']);
    },
  );

  it.each(['DYNAMIC', 'NONE', 'UNKNOWN', 'none/unknown'])('cf-cache-status: %s decides nothing', (value) => {
    const m = matchOne(cloudflare, observe({ statusCode: 502, headers: { ...base, 'cf-cache-status': value } }));
    expect(m?.relayed).toBe(false);
    expect(m?.generated).toBe(false);
    expect(ids({ 'cf-cache-status': value })).toEqual(['server', 'cf-ray', 'cf-cache-status']);
  });

  it.each(['HITS', 'MISS, HIT', 'DYNAMIC-ish'])('does not match the near miss cf-cache-status: %s', (value) => {
    expect(ids({ 'cf-cache-status': value })).toEqual(['server', 'cf-ray']);
  });

  it('lists the codes Cloudflare makes by itself, its 52x family included', () => {
    expect(cloudflare.makes).toEqual(expect.arrayContaining([403, 409, 429, 502, 503, 504, 520, 522, 524, 530]));
    expect(cloudflare.makes).not.toContain(404);
  });

  it('gives every fingerprint and decoded value a unique kebab-case id', () => {
    expectUniqueKebabIds(cloudflare.fingerprints.map((f) => f.id));
    expectUniqueKebabIds(errorType?.values?.map((v) => v.id) ?? []);
    expect(mitigated?.values?.map((v) => v.id)).toEqual(['challenge']);
  });
});

describe('Cloudflare codes', () => {
  it('defines 520–526, both readings of 527, and 530', () => {
    expect(cloudflare.codes.map((c) => c.id)).toEqual([
      'cloudflare.520',
      'cloudflare.521',
      'cloudflare.522',
      'cloudflare.523',
      'cloudflare.524',
      'cloudflare.525',
      'cloudflare.526',
      'cloudflare.527-railgun',
      'cloudflare.527-range',
      'cloudflare.530',
    ]);
  });

  it.each(cloudflare.codes.map((c) => [c.id, c] as const))(
    '%s is filled in both languages with a source and a prior',
    (_id, c) => {
      for (const x of [c.title, c.summary, c.visitor, c.owner]) expect(filled(x)).toBe(true);
      expect(c.source.title.trim()).not.toBe('');
      expect(c.prior).toBeGreaterThan(0);
      expect(c.prior).toBeLessThanOrEqual(1);
    },
  );

  it('marks both 527 readings obsolete and rare, and says they both mean Railgun', () => {
    const both = cloudflare.codes.filter((c) => c.code === 527);
    expect(both).toHaveLength(2);
    for (const c of both) {
      expect(c.obsolete).toBe(true);
      expect(c.reach).toBe('rare');
      expect(c.whenSeen && filled(c.whenSeen)).toBe(true);
      expect(c.summary.en).toMatch(/Railgun/);
    }
    expect(both.find((c) => c.id === 'cloudflare.527-range')?.title.en).toMatch(/Range Error/);
  });

  it('chooses the Railgun reading only when a Cf-Railgun header is present', () => {
    const railgun = cloudflare.codes.find((c) => c.id === 'cloudflare.527-railgun');
    const withHeader = observe({ statusCode: 527, headers: { server: 'cloudflare', 'cf-railgun': 'direct' } });
    const without = observe({ statusCode: 527, headers: { server: 'cloudflare' } });
    expect(railgun?.when?.some((s) => signalMatches(s, withHeader))).toBe(true);
    expect(railgun?.when?.some((s) => signalMatches(s, without))).toBe(false);
    expect(explain(withHeader).meaningId).toBe('cloudflare.527-railgun');
    expect(explain(without).meaningId).toBe('cloudflare.527-range');
  });

  it('picks Cloudflare’s 530 with Cloudflare evidence and points to the 1xxx number', () => {
    expect(explain(observe({ statusCode: 530, headers: { 'cf-ray': '8a1b2c3d4e5f6789-FRA' } })).meaningId).toBe(
      'cloudflare.530',
    );
    expect(cloudflare.codes.find((c) => c.code === 530)?.summary.en).toMatch(/1xxx/);
  });
});

describe('Cloudflare notes and body hint', () => {
  it('covers 403, 409, 429, 502 and 504 in both languages', () => {
    expect((cloudflare.notes ?? []).map((n) => n.code).sort()).toEqual([403, 409, 429, 502, 504]);
    for (const n of cloudflare.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('ties 403 to 1020 and challenges, 429 to 1015, 409 to 1001', () => {
    const note = (code: number) => cloudflare.notes?.find((n) => n.code === code)?.note.en ?? '';
    expect(note(403)).toMatch(/1020/);
    expect(note(403)).toMatch(/challenge/);
    expect(note(429)).toMatch(/1015/);
    expect(note(409)).toMatch(/1001/);
  });

  it('tells where the 1xxx number and the Ray ID are', () => {
    expect(cloudflare.bodyHint && filled(cloudflare.bodyHint)).toBe(true);
    expect(cloudflare.bodyHint?.en).toMatch(/Error 1xxx/);
    expect(cloudflare.bodyHint?.en).toMatch(/Ray ID/);
  });
});

// Cloudflare docs, "Error 502 or 504": a Cloudflare-branded page means the origin answered 502/504; a 502/504 that
// Cloudflare made itself is a plain page that still mentions cloudflare; a page with no mention of Cloudflare came
// from the origin or its hosting provider. "Error 530": an HTTP 530 comes with a 1xxx error on the page.
describe('Cloudflare 502/504, 530 and 527 as Cloudflare’s pages describe them', () => {
  const note = (code: number) => cloudflare.notes?.find((n) => n.code === code)?.note;
  const sentences = (text: string | undefined) => (text ?? '').split(/(?<=\.)\s+/);

  it.each([502, 504])(
    'the %i note credits a page without any mention of Cloudflare to the origin or its host',
    (code) => {
      const noMention = sentences(note(code)?.en).filter((s) => /(not|no) mention/i.test(s));
      expect(noMention).toHaveLength(1);
      expect(noMention[0]).toMatch(/origin or its hosting/);
      expect(noMention[0]).not.toMatch(/Cloudflare itself|made by Cloudflare|points to Cloudflare/);
      const plain = sentences(note(code)?.en).filter((s) => /plain page that still names cloudflare/.test(s));
      expect(plain).toHaveLength(1);
      expect(plain[0]).toMatch(/made by Cloudflare/);
      expect(note(code)?.ru).toMatch(/Cloudflare не упоминается вовсе[^.]*хостинга/);
    },
  );

  it('names 530 as Cloudflare does (a 530 that comes with a 1xxx error), not with 523’s "unreachable"', () => {
    const c530 = cloudflare.codes.find((c) => c.id === 'cloudflare.530');
    const c523 = cloudflare.codes.find((c) => c.id === 'cloudflare.523');
    expect(c523?.title.en).toMatch(/Unreachable/);
    expect(c530?.title.en).not.toMatch(/unreachable/i);
    expect(c530?.title.ru).not.toMatch(/недоступ|недостиж/i);
    expect(c530?.title.en).toMatch(/530.*1xxx/);
    expect(c530?.title.ru).toMatch(/530.*1xxx/);
  });

  it('gives every source a real document title, with no project bookkeeping in it', () => {
    for (const c of cloudflare.codes) expect(c.source.title).not.toMatch(/seed|project/i);
    expect(cloudflare.codes.find((c) => c.id === 'cloudflare.527-range')?.source.title).toMatch(/HTTP Status Codes/);
  });
});

describe('cf-error-type decoder', () => {
  it('is generated and has a fallback', () => {
    expect(errorType?.generated).toBe(true);
    expect(errorType && filled(errorType.fallback)).toBe(true);
  });

  it.each([
    ['1000', /1000/],
    ['1001', /1001/],
    ['1003', /1003/],
    ['1006', /1006/],
    ['1008', /1006/],
    ['1106', /1106/],
    ['1009', /1009/],
    ['1010', /1010/],
    ['1015', /1015/],
    ['1016', /1016/],
    ['1018', /1018/],
    ['1023', /1023/],
    ['1020', /1020/],
    ['1033', /1033/],
    ['1036', /1035/],
    ['1101', /1101/],
    ['1102', /1102/],
    ['1200', /1200/],
    ['52x', /52x/],
  ])('decodes %s', (value, title) => {
    const entry = decode(value);
    expect(entry?.title.en).toMatch(title);
    expect(entry && filled(entry.title) && filled(entry.summary)).toBe(true);
    expect(entry?.owner && filled(entry.owner)).toBe(true);
  });

  it.each(['520', '522', '526', '530'])('decodes the plain status %s as a Cloudflare 5xx', (value) => {
    expect(decode(value)?.title.en).toMatch(/5xx/);
  });

  it.each(['1017', '10000', '1020a', '999', '528', 'wafx'])('leaves %s to the fallback', (value) => {
    expect(decode(value)).toBeUndefined();
  });

  it('gives visitors advice for blocks they can act on', () => {
    for (const value of ['1005', '1010', '1015', '1020'])
      expect(decode(value)?.visitor && filled(decode(value)!.visitor!)).toBe(true);
  });
});

describe('cf-mitigated and cf-error-origin decoders', () => {
  it('decodes challenge into a challenge page with visitor and owner advice', () => {
    const entry = mitigated?.values?.find((v) => v.match.test('challenge'));
    expect(mitigated?.generated).toBe(true);
    expect(entry?.summary.en).toMatch(/Just a moment/);
    expect(entry?.summary.en).toMatch(/Turnstile/);
    expect(entry?.visitor?.en).toMatch(/JavaScript/);
    expect(entry?.owner?.en).toMatch(/WAF/);
  });

  it('leaves unknown cf-mitigated values to the fallback', () => {
    expect(mitigated?.values?.find((v) => v.match.test('challenged'))).toBeUndefined();
  });

  it('keeps cf-error-origin as a fallback-only generated decoder', () => {
    const origin = decoder('cf-error-origin');
    expect(origin?.generated).toBe(true);
    expect(origin?.values).toBeUndefined();
    expect(origin && filled(origin.fallback)).toBe(true);
  });
});
