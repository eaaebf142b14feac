import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { digestOf } from './digest';
import { health } from './health';

describe('digestOf', () => {
  it('names the vendor and its evidence for the list', () => {
    const d = digestOf(
      observe({ statusCode: 522, headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }),
    );
    expect(d.vendorName).toBe('Cloudflare');
    expect(d.who).toBe('Cloudflare');
    expect(d.evidence?.kind).toBe('header');
    expect(d.seen).toContain('Cloudflare');
  });

  it('falls back to the bare code, and counts the error, when the observation cannot be explained', () => {
    const obs = observe({ statusCode: 503, headers: { server: 'nginx' } });
    Object.defineProperty(obs, 'headers', {
      get() {
        throw new Error('unreadable headers');
      },
    });
    const before = health.errors;
    const d = digestOf(obs);
    expect(d.meaningId).toBe('std.503');
    expect(d.seen).toEqual([]);
    expect(health.errors).toBe(before + 1);
    expect(health.lastError).toBe('unreadable headers');
  });
});
