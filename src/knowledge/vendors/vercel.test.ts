import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  expectBilingual,
  itRejectsHeaders,
  itRejectsHosts,
  matchHeader,
  matchOne,
  vendorTexts,
} from '../test-helpers';
import { vercel } from './vercel';

describe('Vercel fingerprint', () => {
  it.each([
    ['server', 'Vercel'],
    ['server', 'vercel'],
    ['x-vercel-id', 'fra1::iad1::abcde-1700000000000-0123456789ab'],
    ['x-vercel-cache', 'HIT'],
    ['x-vercel-error', 'NOT_FOUND'],
    ['x-vercel-mitigated', 'challenge'],
  ])('matches %s: %s', (name, value) => {
    const m = matchHeader(vercel, name, value);
    expect(m?.hits[0]?.name).toBe(name);
  });

  it('matches a *.vercel.app host, and vercel.app itself', () => {
    expect(matchOne(vercel, observe({ url: 'https://my-app-git-main-team.vercel.app/x' }))?.hits[0]?.kind).toBe('host');
    expect(matchOne(vercel, observe({ url: 'https://vercel.app/' }))).toBeDefined();
  });

  itRejectsHosts(vercel, [
    'https://notvercel.app/',
    'https://vercel.app.evil.test/',
    'https://example.vercel.com/',
    'https://vercel-app.com/',
  ]);

  itRejectsHeaders(vercel, [
    ['server', 'Vercel-Proxy'],
    ['server', 'not vercel'],
    ['x-vercel-idx', 'fra1::abc'],
    ['x-vercel', 'HIT'],
    ['x-now-id', 'fra1::abc'],
  ]);

  it('marks only the error and firewall headers as generated', () => {
    const generated = vercel.fingerprints
      .filter((f) => f.generated)
      .map((f) => (f.signal.kind === 'header' ? f.signal.name : f.signal.kind));
    expect(generated.sort()).toEqual(['x-vercel-error', 'x-vercel-mitigated']);
    expect(matchOne(vercel, observe({ headers: { server: 'Vercel', 'x-vercel-id': 'a' } }))?.generated).toBe(false);
    expect(matchHeader(vercel, 'x-vercel-error', 'FUNCTION_INVOCATION_FAILED')?.generated).toBe(true);
  });
});

describe('x-vercel-error decoder', () => {
  // The codes on Vercel's "Error Codes" page (vercel.com/docs/errors), plus the older FUNCTION_RATE_LIMIT.
  const documented = [
    'BODY_NOT_A_STRING_FROM_FUNCTION',
    'DEPLOYMENT_BLOCKED',
    'DEPLOYMENT_DELETED',
    'DEPLOYMENT_DISABLED',
    'DEPLOYMENT_NOT_FOUND',
    'DEPLOYMENT_NOT_READY_REDIRECTING',
    'DEPLOYMENT_PAUSED',
    'DNS_HOSTNAME_EMPTY',
    'DNS_HOSTNAME_NOT_FOUND',
    'DNS_HOSTNAME_RESOLVE_FAILED',
    'DNS_HOSTNAME_RESOLVED_PRIVATE',
    'DNS_HOSTNAME_SERVER_ERROR',
    'EDGE_FUNCTION_INVOCATION_FAILED',
    'EDGE_FUNCTION_INVOCATION_TIMEOUT',
    'FALLBACK_BODY_TOO_LARGE',
    'FUNCTION_INVOCATION_FAILED',
    'FUNCTION_INVOCATION_TIMEOUT',
    'FUNCTION_PAYLOAD_TOO_LARGE',
    'FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE',
    'FUNCTION_THROTTLED',
    'FUNCTION_RATE_LIMIT',
    'INFINITE_LOOP_DETECTED',
    'INVALID_IMAGE_OPTIMIZE_REQUEST',
    'INVALID_REQUEST_METHOD',
    'MALFORMED_REQUEST_HEADER',
    'MICROFRONTENDS_MIDDLEWARE_ERROR',
    'MICROFRONTENDS_MISSING_FALLBACK_ERROR',
    'MIDDLEWARE_INVOCATION_FAILED',
    'MIDDLEWARE_INVOCATION_TIMEOUT',
    'MIDDLEWARE_RUNTIME_DEPRECATED',
    'NO_RESPONSE_FROM_FUNCTION',
    'NOT_FOUND',
    'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED',
    'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID',
    'OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED',
    'OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS',
    'RANGE_END_NOT_VALID',
    'RANGE_GROUP_NOT_VALID',
    'RANGE_MISSING_UNIT',
    'RANGE_START_NOT_VALID',
    'RANGE_UNIT_NOT_SUPPORTED',
    'REQUEST_HEADER_TOO_LARGE',
    'RESOURCE_NOT_FOUND',
    'ROUTER_CANNOT_MATCH',
    'ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR',
    'ROUTER_EXTERNAL_TARGET_ERROR',
    'ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR',
    'ROUTER_TOO_MANY_HAS_SELECTIONS',
    'SANDBOX_NOT_FOUND',
    'SANDBOX_NOT_LISTENING',
    'SANDBOX_STOPPED',
    'TOO_MANY_FILESYSTEM_CHECKS',
    'TOO_MANY_FORKS',
    'TOO_MANY_RANGES',
    'URL_TOO_LONG',
    'INTERNAL_EDGE_FUNCTION_INVOCATION_TIMEOUT',
    'INTERNAL_UNEXPECTED_ERROR',
  ];

  it.each(documented)('decodes %s to exactly one entry', (value) => {
    expect(decodeWith(vercel, 'x-vercel-error', value)).toHaveLength(1);
  });

  it('is case-insensitive and ignores surrounding spaces', () => {
    expect(decodeWith(vercel, 'x-vercel-error', '  function_invocation_timeout ')[0]?.title.en).toMatch(/timed out/);
  });

  it.each([
    ['FUNCTION_INVOCATION_TIMEOUT', /timed out/i],
    ['DEPLOYMENT_NOT_FOUND', /no deployment/i],
    ['NOT_FOUND', /nothing at this path/i],
    ['INTERNAL_CACHE_LOCK_TIMEOUT', /internal/i],
  ])('gives %s the right title', (value, title) => {
    expect(decodeWith(vercel, 'x-vercel-error', value)[0]?.title.en).toMatch(title);
  });

  it.each(['FUNCTION_INVOCATION_TIMEOUTX', 'XNOT_FOUND', 'NOT FOUND', 'INTERNAL_', '504', 'INTERNAL_ERROR; NOT_FOUND'])(
    'does not decode the near miss %s',
    (value) => {
      expect(decodeWith(vercel, 'x-vercel-error', value)).toHaveLength(0);
    },
  );

  it('has a fallback for codes it does not know and says the platform answered', () => {
    const d = decoderOf(vercel, 'x-vercel-error');
    expect(d.generated).toBe(true);
    expect(d.fallback.en).not.toBe('');
    expect(d.fallback.ru).not.toBe('');
  });

  it('has no regex flags that make matching stateful', () => {
    for (const d of vercel.decoders ?? []) for (const v of d.values ?? []) expect(v.match.flags).not.toContain('g');
  });
});

describe('x-vercel-mitigated decoder', () => {
  it.each([
    ['challenge', /challenge/i],
    ['CHALLENGE', /challenge/i],
    ['deny', /blocked/i],
  ])('decodes %s', (value, title) => {
    const hit = decodeWith(vercel, 'x-vercel-mitigated', value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each(['challenged', 'denied', 'challenge, deny'])('does not decode the near miss %s', (value) => {
    expect(decodeWith(vercel, 'x-vercel-mitigated', value)).toHaveLength(0);
  });

  it('is a generated decoder', () => {
    expect(decoderOf(vercel, 'x-vercel-mitigated').generated).toBe(true);
  });
});

describe('Vercel texts', () => {
  it('writes every decoded value, note and hint in both languages', () => {
    expectBilingual(vendorTexts(vercel));
  });

  it('has notes for the codes the platform itself sends', () => {
    expect((vercel.notes ?? []).map((n) => n.code)).toEqual(
      expect.arrayContaining([402, 403, 404, 500, 502, 503, 504, 508]),
    );
    expect(vercel.bodyHint?.en).toMatch(/ID:/);
  });
});

// Vercel docs, "Error Codes" (vercel.com/docs/errors): the platform's own errors name their code; a function's own
// error page is the app's answer and carries only the request id and cache status.
describe('Vercel and the layer that answered', () => {
  it('a 504 FUNCTION_INVOCATION_TIMEOUT is the platform’s own answer', () => {
    const m = matchOne(
      vercel,
      observe({
        statusCode: 504,
        headers: {
          server: 'Vercel',
          'x-vercel-id': 'fra1::iad1::abcde-1700000000000-0123456789ab',
          'x-vercel-error': 'FUNCTION_INVOCATION_TIMEOUT',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-vercel-id', 'x-vercel-error']);
    expect(m?.generated).toBe(true);
    expect(decodeWith(vercel, 'x-vercel-error', 'FUNCTION_INVOCATION_TIMEOUT')[0]?.id).toBe(
      'function-invocation-timeout',
    );
  });

  it('a 500 the app’s own code returned is recognised but not claimed', () => {
    const m = matchOne(
      vercel,
      observe({
        statusCode: 500,
        headers: { server: 'Vercel', 'x-vercel-id': 'fra1::iad1::x', 'x-vercel-cache': 'MISS' },
      }),
    );
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('serves the site itself, so a 404 without an error code is the site’s own', () => {
    expect(vercel.servesSite).toBe(true);
  });

  it('gives every decoded row a unique id', () => {
    const rows = (vercel.decoders ?? []).flatMap((d) => (d.values ?? []).map((v) => `${d.header}:${v.id}`));
    expect(new Set(rows).size).toBe(rows.length);
    expect(decodeWith(vercel, 'x-vercel-error', 'INTERNAL_UNEXPECTED_ERROR')[0]?.id).toBe('internal');
    expect(decodeWith(vercel, 'x-vercel-mitigated', 'deny')[0]?.id).toBe('deny');
  });
});
