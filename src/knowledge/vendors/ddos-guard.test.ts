import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, matchHeader, matchOne, vendorTexts } from '../test-helpers';
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
  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(ddosGuard));
  });
});
