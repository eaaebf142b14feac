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
import { squid } from './squid';

const decoder = decoderOf(squid, 'x-squid-error');
const decode = (value: string) => decodeWith(squid, 'x-squid-error', value);

describe('Squid fingerprint', () => {
  itMatchesHeaders(squid, [
    ['server', 'squid'],
    ['server', 'squid/4.10'],
    ['server', 'squid/6.6'],
    ['x-squid-error', 'ERR_ACCESS_DENIED 0'],
    ['via', '1.1 proxy.corp.example (squid/5.7)'],
    ['via', '1.1 varnish, 1.1 cache01 (squid/3.5.20)'],
    ['via', '1.0 gw (squid)'],
    ['x-cache', 'MISS from proxy.corp.example'],
    ['x-cache-lookup', 'HIT from cache01:3128'],
  ]);

  itRejectsHeaders(squid, [
    ['server', 'squidguard'],
    ['server', 'not-squid'],
    ['via', '1.1 squid-proxy.example'],
    ['via', '1.1 abc.cloudfront.net (CloudFront)'],
    ['x-cache', 'Miss from cloudfront'],
    ['x-cache', 'Error from cloudfront'],
    ['x-cache', 'HIT'],
    ['x-cache', 'MISS, HIT'],
  ]);

  it('marks only its own Server value and X-Squid-Error as generated', () => {
    expect(squid.fingerprints.filter((f) => f.generated).map((f) => f.id)).toEqual(['server', 'x-squid-error']);
  });
});

describe('X-Squid-Error decoder', () => {
  // The error types of squid-cache/squid src/error/forward.h (FTP ones share one row).
  const names = [
    'ERR_ACCESS_DENIED',
    'ERR_CACHE_ACCESS_DENIED',
    'ERR_CACHE_MGR_ACCESS_DENIED',
    'ERR_FORWARDING_DENIED',
    'ERR_NO_RELAY',
    'ERR_CANNOT_FORWARD',
    'ERR_READ_TIMEOUT',
    'ERR_LIFETIME_EXP',
    'ERR_READ_ERROR',
    'ERR_WRITE_ERROR',
    'ERR_CONNECT_FAIL',
    'ERR_SECURE_CONNECT_FAIL',
    'ERR_SOCKET_FAILURE',
    'ERR_DNS_FAIL',
    'ERR_URN_RESOLVE',
    'ERR_ONLY_IF_CACHED_MISS',
    'ERR_TOO_BIG',
    'ERR_INVALID_RESP',
    'ERR_UNSUP_HTTPVERSION',
    'ERR_INVALID_REQ',
    'ERR_UNSUP_REQ',
    'ERR_INVALID_URL',
    'ERR_ZERO_SIZE_OBJECT',
    'ERR_PRECONDITION_FAILED',
    'ERR_CONFLICT_HOST',
    'ERR_FTP_DISABLED',
    'ERR_FTP_FAILURE',
    'ERR_ESI',
    'ERR_ICAP_FAILURE',
    'ERR_GATEWAY_FAILURE',
    'ERR_DIR_LISTING',
    'ERR_SHUTTING_DOWN',
    'ERR_PROTOCOL_UNKNOWN',
  ];

  it.each(names)('decodes "%s 0" to exactly one entry', (name) => {
    expect(decode(`${name} 0`)).toHaveLength(1);
  });

  it.each(names)('decodes a bare "%s" too', (name) => {
    expect(decode(name)).toHaveLength(1);
  });

  it.each([
    ['ERR_CONNECT_FAIL 111', /could not connect/],
    ['err_dns_fail 0', /resolve/],
    ['ERR_READ_TIMEOUT 0', /too slow/],
    ['ERR_READ_ERROR 104', /Read error/],
    ['ERR_ACCESS_DENIED 0', /Blocked/],
    ['403 Access Denied', /Blocked/],
  ])('gives %s the right title', (value, title) => {
    const hit = decode(value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each([
    'ERR_READ_ERRORX 0',
    'ERR_ACCESS',
    'XERR_DNS_FAIL 0',
    'ERR_DNS_FAILED',
    'ACCESS DENIED',
    'ERR_FTP_',
    '4030 Access Denied',
  ])('does not decode the near miss %s', (value) => {
    expect(decode(value)).toHaveLength(0);
  });

  it('explains the errno of a failed connect and has a fallback', () => {
    expect(decode('ERR_CONNECT_FAIL 111')[0]?.summary.en).toMatch(/111 means refused/);
    expect(decoder.generated).toBe(true);
    expect(decoder.fallback.en).toMatch(/ERR_/);
  });

  it('has no regex flags that make matching stateful', () => {
    for (const v of decoder.values ?? []) expect(v.match.flags).not.toContain('g');
  });

  itWritesEveryTextInBothLanguages(squid);
});

// Squid source: HttpReply::setHeaders puts Server: squid/<version> on replies Squid builds itself and
// errorpage.cc adds X-Squid-Error to its error pages; a forwarded reply keeps the site's own Server.
describe('Squid and the layer that answered', () => {
  it('a 503 ERR_DNS_FAIL page is the proxy’s own answer', () => {
    const m = matchOne(
      squid,
      observe({
        statusCode: 503,
        headers: {
          server: 'squid/5.7',
          'x-squid-error': 'ERR_DNS_FAIL 0',
          via: '1.1 proxy.corp.example (squid/5.7)',
          'x-cache': 'MISS from proxy.corp.example',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-squid-error', 'via', 'x-cache']);
    expect(m?.generated).toBe(true);
    expect(decode('ERR_DNS_FAIL 0')[0]?.id).toBe('dns-fail');
  });

  it('the Server value alone, with X-Squid-Error stripped by the admin, still marks the proxy’s own page', () => {
    expect(matchOne(squid, observe({ statusCode: 403, headers: { server: 'squid' } }))?.generated).toBe(true);
  });

  it('a site’s 404 passed along through the proxy is recognised but not claimed', () => {
    const m = matchOne(
      squid,
      observe({
        statusCode: 404,
        headers: {
          server: 'nginx/1.24.0',
          via: '1.1 proxy.corp.example (squid/5.7)',
          'x-cache': 'MISS from proxy.corp.example',
          'x-cache-lookup': 'MISS from proxy.corp.example:3128',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via', 'x-cache', 'x-cache-lookup']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('counts 407 (proxy sign-in) among the codes it makes itself', () => {
    expect(squid.makes).toEqual([403, 407, 502, 503, 504]);
  });

  it('gives every decoded row a unique id', () => {
    const rows = (decoder.values ?? []).map((v) => v.id);
    expect(new Set(rows).size).toBe(rows.length);
    expect(decode('ERR_FTP_FAILURE 0')[0]?.id).toBe('ftp');
    expect(decode('403 Access Denied')[0]?.id).toBe('deny-info');
  });
});
