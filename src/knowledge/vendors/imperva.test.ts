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
