import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchOne, vendorTexts } from '../test-helpers';
import { imperva } from './imperva';

describe('Imperva fingerprint', () => {
  itMatchesHeaders(imperva, [
    ['x-iinfo', '13-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 12) q(0 0 0 -1) r(1 1) U6'],
    ['x-cdn', 'Incapsula'],
    ['x-cdn', 'Imperva'],
  ]);

  it.each(['incap_ses_1234_567890', 'visid_incap_567890'])('matches the cookie %s', (name) => {
    expect(matchOne(imperva, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  itRejectsHeaders(imperva, [
    ['x-cdn', 'Cloudfront'],
    ['x-cdn', 'Incapsula, Akamai'],
    ['x-info', '1'],
  ]);

  it.each(['incap_ses', 'incap_ses_abc_1', 'visid_incap_', 'nlbi_567890', 'xvisid_incap_1'])(
    'does not match the cookie %s',
    (name) => {
      expect(matchOne(imperva, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );
});

describe('Imperva texts', () => {
  it('tells where the incident ID is', () => {
    expect(imperva.bodyHint?.en).toMatch(/incident ID/);
    expect(imperva.bodyHint?.ru).toMatch(/incident ID/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(imperva));
  });
});

// Imperva's block page shows its incident ID in the body only; no header documented as written only on its own
// answers (or only on relayed ones) was found, so its signs show presence only.
describe('Imperva by layer', () => {
  it('a 403 through Imperva is not claimed by its headers alone', () => {
    const m = matchOne(
      imperva,
      observe({
        statusCode: 403,
        headers: {
          'x-cdn': 'Imperva',
          'x-iinfo': '13-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 12) q(0 0 0 -1) r(1 1) U6',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-iinfo', 'x-cdn']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('marks no fingerprint as generated or relayed', () => {
    expect(imperva.fingerprints.filter((f) => f.generated || f.relayed || f.absent || f.decisive)).toEqual([]);
  });

  it('gives every fingerprint a unique kebab-case id', () => {
    const ids = imperva.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
