import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { imperva } from './imperva';

describe('Imperva fingerprint', () => {
  it.each([
    ['x-iinfo', '13-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 12) q(0 0 0 -1) r(1 1) U6'],
    ['x-cdn', 'Incapsula'],
    ['x-cdn', 'Imperva'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(imperva, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it.each(['incap_ses_1234_567890', 'visid_incap_567890'])('matches the cookie %s', (name) => {
    expect(matchVendor(imperva, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  it.each([
    ['x-cdn', 'Cloudfront'],
    ['x-cdn', 'Incapsula, Akamai'],
    ['x-info', '1'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(imperva, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it.each(['incap_ses', 'incap_ses_abc_1', 'visid_incap_', 'nlbi_567890', 'xvisid_incap_1'])(
    'does not match the cookie %s',
    (name) => {
      expect(matchVendor(imperva, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );
});

describe('Imperva texts', () => {
  it('tells where the incident ID is', () => {
    expect(imperva.bodyHint?.en).toMatch(/incident ID/);
    expect(imperva.bodyHint?.ru).toMatch(/incident ID/);
  });

  it('writes every text in both languages', () => {
    const texts = [
      ...imperva.fingerprints.map((f) => f.says),
      ...(imperva.notes ?? []).map((n) => n.note),
      ...(imperva.bodyHint ? [imperva.bodyHint] : []),
    ];
    for (const x of texts) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});
