import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import type { HeaderDecoder } from '../types';
import { envoy } from './envoy';

const decoder = (name: string): HeaderDecoder => {
  const d = envoy.decoders?.find((x) => x.header === name);
  if (!d) throw new Error(`no decoder for ${name}`);
  return d;
};
const decode = (name: string, value: string) => decoder(name).values?.filter((v) => v.match.test(value.trim())) ?? [];

describe('Envoy fingerprint', () => {
  it.each([
    ['server', 'envoy'],
    ['server', 'istio-envoy'],
    ['x-envoy-upstream-service-time', '12'],
    ['x-envoy-overloaded', 'true'],
    ['x-envoy-ratelimited', 'true'],
    ['x-envoy-decorator-operation', 'reviews.default.svc.cluster.local:9080/*'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(envoy, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it.each([
    ['server', 'envoy-gateway-proxy'],
    ['server', 'istio'],
    ['server', 'myenvoy'],
    ['x-envoy-upstream-service-time', 'fast'],
    ['x-envoy-upstream-service-time', '12 ms'],
    ['x-envoy-attempt-count', '1'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(envoy, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it('marks only the overload and rate-limit headers as generated', () => {
    const generated = envoy.fingerprints
      .filter((f) => f.generated)
      .map((f) => (f.signal.kind === 'header' ? f.signal.name : ''));
    expect(generated.sort()).toEqual(['x-envoy-overloaded', 'x-envoy-ratelimited']);
    expect(
      matchVendor(envoy, observe({ headers: { server: 'envoy', 'x-envoy-upstream-service-time': '40' } }))?.generated,
    ).toBe(false);
    expect(matchVendor(envoy, observe({ headers: { server: 'envoy', 'x-envoy-overloaded': 'true' } }))?.generated).toBe(
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
    const hit = decode(name, value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each([
    ['x-envoy-overloaded', 'truex'],
    ['x-envoy-overloaded', 'false'],
    ['x-envoy-ratelimited', 'yes'],
  ])('leaves %s: %s to the fallback', (name, value) => {
    expect(decode(name, value)).toHaveLength(0);
    expect(decoder(name).fallback.en).not.toBe('');
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
    const texts = [
      ...envoy.fingerprints.map((f) => f.says),
      ...(envoy.decoders ?? []).flatMap((d) => [
        d.fallback,
        ...(d.values ?? []).flatMap((v) => [
          v.title,
          v.summary,
          ...(v.owner ? [v.owner] : []),
          ...(v.visitor ? [v.visitor] : []),
        ]),
      ]),
      ...(envoy.notes ?? []).map((n) => n.note),
      ...(envoy.bodyHint ? [envoy.bodyHint] : []),
    ];
    for (const x of texts) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});
