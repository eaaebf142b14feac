import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  itMatchesHeaders,
  itRejectsHeaders,
  matchOne,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { kong } from './kong';

describe('Kong fingerprint', () => {
  itMatchesHeaders(kong, [
    ['via', 'kong/2.5.0'],
    ['via', '1.1 kong/3.4.2'],
    ['via', '1.1 kong/3.6.1.0-enterprise-edition'],
    ['via', '1.1 google, 1.1 kong/3.4.2'],
    ['server', 'kong/3.4.2'],
    ['x-kong-upstream-latency', '26'],
    ['x-kong-proxy-latency', '2'],
    ['x-kong-response-latency', '0'],
    ['x-kong-request-id', '5f3e1d2c0a9b8e7f6a5b4c3d2e1f0a9b'],
    ['x-kong-upstream-status', '502'],
  ]);

  itRejectsHeaders(kong, [
    ['via', '1.1 vegur'],
    ['via', 'kongress/1.0'],
    ['server', 'kong'],
    ['server', 'openresty'],
    ['server', 'king-kong/1.0'],
    ['x-kong-upstream-latency', 'slow'],
    ['x-kong-upstream-status', '5xx'],
  ]);

  it('tells a proxied answer from one Kong made itself', () => {
    const proxied = matchOne(
      kong,
      observe({ headers: { via: '1.1 kong/3.4.2', 'x-kong-upstream-latency': '26', 'x-kong-proxy-latency': '1' } }),
    );
    expect(proxied?.generated).toBe(false);
    const own = matchOne(kong, observe({ headers: { server: 'kong/3.4.2', 'x-kong-response-latency': '1' } }));
    expect(own?.generated).toBe(true);
  });
});

describe('Kong decoders', () => {
  it('explains x-kong-response-latency as Kong answering by itself', () => {
    const d = decoderOf(kong, 'x-kong-response-latency');
    expect(d.generated).toBe(true);
    expect(d.values).toBeUndefined();
    expect(d.fallback.en).toMatch(/answered this request by itself/);
  });

  it.each([
    ['200', /successfully/],
    ['304', /successfully/],
    ['404', /rejected/],
    ['503', /failed/],
  ])('reads the real upstream status %s', (value, title) => {
    const hit = decodeWith(kong, 'x-kong-upstream-status', value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each(['5xx', '1000', '099', '', 'abc'])('does not decode the upstream status %s', (value) => {
    expect(decodeWith(kong, 'x-kong-upstream-status', value)).toHaveLength(0);
  });

  it('does not treat the upstream status as Kong’s own answer', () => {
    expect(decoderOf(kong, 'x-kong-upstream-status').generated).toBe(false);
  });
});

describe('Kong notes', () => {
  it('covers the answers Kong writes itself', () => {
    expect((kong.notes ?? []).map((n) => n.code)).toEqual(expect.arrayContaining([401, 404, 429, 502, 503, 504]));
    expect((kong.notes ?? []).find((n) => n.code === 404)?.note.en).toMatch(/no Route matched/);
    expect(kong.bodyHint?.en).toMatch(/message/);
  });

  itWritesEveryTextInBothLanguages(kong);
});

// Kong source, kong/runloop/handler.lua header_filter: Via and the two latency headers when ctx.KONG_PROXIED,
// Server and X-Kong-Response-Latency otherwise; KONG_PROXIED is set before the balancer, so a 504 Kong writes after
// an upstream timeout still carries the "proxied" headers (Kong support: "x-kong-proxy-latency header exceeds the
// timeout limit specified on the service").
describe('Kong and the layer that answered', () => {
  it('a 404 "no Route matched" is Kong’s own answer', () => {
    const m = matchOne(
      kong,
      observe({
        statusCode: 404,
        headers: { server: 'kong/3.4.2', 'x-kong-response-latency': '0', 'x-kong-request-id': 'abc' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-kong-response-latency', 'x-kong-request-id']);
    expect(m?.generated).toBe(true);
  });

  it('a proxied answer is not claimed, and not marked relayed either, since Kong’s own 502/504 look the same', () => {
    const m = matchOne(
      kong,
      observe({
        statusCode: 504,
        headers: { via: '1.1 kong/3.4.2', 'x-kong-upstream-latency': '60001', 'x-kong-proxy-latency': '1' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via', 'x-kong-upstream-latency', 'x-kong-proxy-latency']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
    expect(kong.fingerprints.some((f) => f.relayed)).toBe(false);
  });

  it('gives the upstream-status rows ids', () => {
    expect(decoderOf(kong, 'x-kong-upstream-status').values?.map((v) => v.id)).toEqual([
      'success',
      'client-error',
      'server-error',
    ]);
  });
});
