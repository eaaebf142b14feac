import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itGivesUniqueKebabIds, matchHeader, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
import { ddosGuard } from './ddos-guard';

describe('DDoS-Guard fingerprint', () => {
  it.each(['ddos-guard', 'DDoS-Guard'])('matches Server: %s', (value) => {
    expect(matchHeader(ddosGuard, 'server', value)?.hits[0]?.name).toBe('server');
  });

  it.each(['__ddg1', '__ddg1_', '__ddg2_', '__ddgid_', '__ddgmark_'])('matches the cookie %s', (name) => {
    expect(matchOne(ddosGuard, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  it.each(['ddos-guard-proxy', 'ddosguard', 'anti-ddos-guard'])('does not match the near miss Server: %s', (value) => {
    expect(matchHeader(ddosGuard, 'server', value)).toBeUndefined();
  });

  it.each(['__ddg', '__ddg3_', '_ddg1_', '__ddgmarker', 'ddg1'])('does not match the cookie %s', (name) => {
    expect(matchOne(ddosGuard, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

describe('DDoS-Guard texts', () => {
  itWritesEveryTextInBothLanguages(ddosGuard);
});

// DDoS-Guard: only the Server header and its check cookies are known (wafw00f, webappanalyzer); nothing shows which
// answers it wrote itself, so its signs show presence only.
describe('DDoS-Guard by layer', () => {
  it('a 403 through DDoS-Guard is not claimed by its headers alone', () => {
    const m = matchOne(
      ddosGuard,
      observe({ statusCode: 403, headers: { server: 'ddos-guard' }, cookieNames: ['__ddg1_'] }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'cookie-ddg']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('marks no fingerprint as generated or relayed', () => {
    expect(ddosGuard.fingerprints.filter((f) => f.generated || f.relayed || f.absent || f.decisive)).toEqual([]);
  });

  itGivesUniqueKebabIds(ddosGuard);
});
