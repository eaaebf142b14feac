import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  expectBilingual,
  itMatchesHeaders,
  itRejectsHeaders,
  matchOne,
  vendorTexts,
} from '../test-helpers';
import { envoy } from './envoy';

describe('Envoy fingerprint', () => {
  itMatchesHeaders(envoy, [
    ['server', 'envoy'],
    ['server', 'istio-envoy'],
    ['x-envoy-upstream-service-time', '12'],
    ['x-envoy-overloaded', 'true'],
    ['x-envoy-ratelimited', 'true'],
    ['x-envoy-decorator-operation', 'reviews.default.svc.cluster.local:9080/*'],
  ]);

  itRejectsHeaders(envoy, [
    ['server', 'envoy-gateway-proxy'],
    ['server', 'istio'],
    ['server', 'myenvoy'],
    ['x-envoy-upstream-service-time', 'fast'],
    ['x-envoy-upstream-service-time', '12 ms'],
    ['x-envoy-attempt-count', '1'],
  ]);

  it('marks only the overload and rate-limit headers as generated', () => {
    const generated = envoy.fingerprints
      .filter((f) => f.generated)
      .map((f) => (f.signal.kind === 'header' ? f.signal.name : ''));
    expect(generated.sort()).toEqual(['x-envoy-overloaded', 'x-envoy-ratelimited']);
    expect(
      matchOne(envoy, observe({ headers: { server: 'envoy', 'x-envoy-upstream-service-time': '40' } }))?.generated,
    ).toBe(false);
    expect(matchOne(envoy, observe({ headers: { server: 'envoy', 'x-envoy-overloaded': 'true' } }))?.generated).toBe(
      true,
    );
  });

  it('says the upstream-service-time header means the service answered', () => {
    const fp = envoy.fingerprints.find(
      (f) => f.signal.kind === 'header' && f.signal.name === 'x-envoy-upstream-service-time',
    );
    expect(fp?.generated).not.toBe(true);
    expect(fp?.says.en).toMatch(/only when the service behind Envoy answered/);
  });
});

describe('Envoy decoders', () => {
  it.each([
    ['x-envoy-overloaded', 'true', /shed/],
    ['x-envoy-overloaded', ' TRUE ', /shed/],
    ['x-envoy-ratelimited', 'true', /Rate limited/],
  ])('decodes %s: %s', (name, value, title) => {
    const hit = decodeWith(envoy, name, value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each([
    ['x-envoy-overloaded', 'truex'],
    ['x-envoy-overloaded', 'false'],
    ['x-envoy-ratelimited', 'yes'],
  ])('leaves %s: %s to the fallback', (name, value) => {
    expect(decodeWith(envoy, name, value)).toHaveLength(0);
    expect(decoderOf(envoy, name).fallback.en).not.toBe('');
  });

  it('treats both decoders as Envoy answering by itself', () => {
    for (const d of envoy.decoders ?? []) expect(d.generated).toBe(true);
  });
});

describe('Envoy notes', () => {
  const note = (code: number) => (envoy.notes ?? []).find((n) => n.code === code)?.note.en ?? '';

  it('names the body-only reasons of the 503 and the 504', () => {
    expect(note(503)).toMatch(/no healthy upstream/);
    expect(note(503)).toMatch(/upstream connect error/);
    expect(note(504)).toMatch(/upstream request timeout/);
    expect(envoy.bodyHint?.en).toMatch(/plain text/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(envoy));
  });
});
