import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { qualys } from './qualys';

// SSL Labs API v3 documentation: the API is called at https://api.ssllabs.com/api/v3/ (api.dev.ssllabs.com for development).
describe('Qualys SSL Labs fingerprint', () => {
  it.each(['https://api.ssllabs.com/api/v3/analyze?host=example.test', 'https://api.dev.ssllabs.com/api/v3/info'])(
    'matches %s',
    (url) => {
      const m = matchOne(qualys, observe({ url }));
      expect(m?.hits[0]?.kind).toBe('host');
      expect(m?.hits[0]?.fingerprint.id).toBe('host');
    },
  );

  itRejectsHosts(qualys, [
    'https://www.ssllabs.com/ssltest/',
    'https://api.ssllabs.com.evil.test/',
    'https://notapi.ssllabs.com/',
    'https://xapi.ssllabs.com/',
  ]);
});

describe('SSL Labs API host decides its 529', () => {
  it('marks the API host decisive', () => {
    expect(qualys.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });

  it('a 529 from api.ssllabs.com carries the decisive host', () => {
    const m = matchOne(qualys, observe({ statusCode: 529, url: 'https://api.ssllabs.com/api/v3/analyze?host=a.test' }));
    expect(m?.hits.some((h) => h.fingerprint.decisive === true)).toBe(true);
  });

  it.each(['https://api.example.test/v1/messages', 'https://example.test/', 'https://www.ssllabs.com/ssltest/'])(
    'a 529 on %s does not match SSL Labs',
    (url) => {
      expect(matchOne(qualys, observe({ statusCode: 529, url }))).toBeUndefined();
    },
  );
});

describe('Qualys 529', () => {
  const m = qualys.codes.find((c) => c.id === 'qualys.529');

  it('says the service is overloaded and to wait', () => {
    expect(m?.code).toBe(529);
    expect(m?.summary.en).toMatch(/capacity/);
    expect(m?.owner.en).toMatch(/30/);
    expect(m?.source.url).toContain('ssllabs-api-docs');
  });

  it('writes the code and notes in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner, ...(qualys.notes ?? []).map((n) => n.note)]);
  });
});
