import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { linkedin } from './linkedin';

describe('LinkedIn fingerprint', () => {
  it.each(['https://www.linkedin.com/in/someone', 'https://linkedin.com/', 'https://uk.linkedin.com/company/x'])(
    'matches %s',
    (url) => {
      const m = matchOne(linkedin, observe({ url }));
      expect(m?.hits[0]?.kind).toBe('host');
      expect(m?.hits[0]?.fingerprint.id).toBe('host');
    },
  );

  itRejectsHosts(linkedin, [
    'https://notlinkedin.com/',
    'https://www.linkedin.com.evil.test/',
    'https://linkedin.co/',
    'https://lnkd.in/abc',
  ]);
});

// The 999 is LinkedIn's own answer, so it only comes from linkedin.com: the host is decisive.
describe('LinkedIn host decides its 999', () => {
  it('marks the linkedin.com host decisive', () => {
    expect(linkedin.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });

  it('a 999 from www.linkedin.com carries the decisive host', () => {
    const m = matchOne(linkedin, observe({ statusCode: 999, url: 'https://www.linkedin.com/in/someone' }));
    expect(m?.hits.some((h) => h.fingerprint.decisive === true)).toBe(true);
  });

  it.each(['https://example.test/', 'https://shop.example.com/login', 'https://linkedin.example.test/'])(
    'a 999 on the unrelated host %s does not match LinkedIn',
    (url) => {
      expect(matchOne(linkedin, observe({ statusCode: 999, url, headers: { server: 'nginx' } }))).toBeUndefined();
    },
  );
});

describe('LinkedIn 999', () => {
  const m = linkedin.codes.find((c) => c.id === 'linkedin.999');

  it('is defined and honest about its source', () => {
    expect(m?.code).toBe(999);
    expect(m?.summary.en).toMatch(/does not document/);
    expect(m?.source.title).toMatch(/not documented/);
  });

  it('is written in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner, ...linkedin.fingerprints.map((f) => f.says)]);
  });
});
