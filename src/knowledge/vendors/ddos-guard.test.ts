import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { ddosGuard } from './ddos-guard';

describe('DDoS-Guard fingerprint', () => {
  it.each(['ddos-guard', 'DDoS-Guard'])('matches Server: %s', (value) => {
    expect(matchVendor(ddosGuard, observe({ headers: { server: value } }))?.hits[0]?.name).toBe('server');
  });

  it.each(['__ddg1', '__ddg1_', '__ddg2_', '__ddgid_', '__ddgmark_'])('matches the cookie %s', (name) => {
    expect(matchVendor(ddosGuard, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  it.each(['ddos-guard-proxy', 'ddosguard', 'anti-ddos-guard'])('does not match the near miss Server: %s', (value) => {
    expect(matchVendor(ddosGuard, observe({ headers: { server: value } }))).toBeUndefined();
  });

  it.each(['__ddg', '__ddg3_', '_ddg1_', '__ddgmarker', 'ddg1'])('does not match the cookie %s', (name) => {
    expect(matchVendor(ddosGuard, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

describe('DDoS-Guard texts', () => {
  it('writes every text in both languages', () => {
    for (const x of [...ddosGuard.fingerprints.map((f) => f.says), ...(ddosGuard.notes ?? []).map((n) => n.note)]) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});
