import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHeaders, itRejectsHeaders, matchOne } from '../test-helpers';
import { fly } from './fly';

describe('Fly.io fingerprint', () => {
  itMatchesHeaders(fly, [
    ['fly-request-id', '01HZX5K4Q0M2J9V8T7R6S5P4N3-ams'],
    ['server', 'Fly/8fd4d1c0 (2024-03-05)'],
    ['server', 'Fly/a1b2c3d4'],
    ['via', '1.1 fly.io'],
    ['via', '2 fly.io'],
    ['via', '1.1 fly.io, 1.1 fly.io'],
  ]);

  it('matches the _fly cookie and a *.fly.dev host', () => {
    expect(matchOne(fly, observe({ cookieNames: ['_fly'] }))?.hits[0]?.kind).toBe('cookie');
    expect(matchOne(fly, observe({ url: 'https://my-app.fly.dev/' }))?.hits[0]?.kind).toBe('host');
  });

  itRejectsHeaders(fly, [
    ['fly-request', 'abc'],
    ['x-fly-request-id', 'abc'],
    ['server', 'Flywheel/5.1.0'],
    ['server', 'Fly'],
    ['via', '1.1 fly.io.evil.test'],
    ['via', '1.1 notfly.io'],
  ]);

  it('does not match near-miss cookies or hosts', () => {
    expect(matchOne(fly, observe({ cookieNames: ['_flyer', 'fly'] }))).toBeUndefined();
    expect(matchOne(fly, observe({ url: 'https://notfly.dev/' }))).toBeUndefined();
    expect(matchOne(fly, observe({ url: 'https://app.fly.dev.evil.test/' }))).toBeUndefined();
  });
});

describe('Fly.io notes', () => {
  it('explains 502 and 503 from the proxy', () => {
    expect(fly.notes?.map((n) => n.code)).toEqual([502, 503]);
    expect(fly.notes?.[0]?.note.en).toContain('internal_port');
    for (const n of fly.notes ?? []) expect(n.note.ru).toMatch(/[а-яё]/i);
  });
});

// Fly.io docs, "Request headers": Via (request and response) and Fly-Request-Id are added by Fly Proxy; Server: Fly/…
// also shows on the app's own answers when the app sets none, so no header tells the proxy's own error apart.
describe('Fly.io and the layer that answered', () => {
  const headers = {
    server: 'Fly/4b9f0919f (2026-09-15)',
    via: '1.1 fly.io',
    'fly-request-id': '01M2KHCZNVVFNGSKRP19ERKP3N-gru',
  };

  it('an app’s own 500 passed along by the proxy is recognised but not claimed', () => {
    const m = matchOne(fly, observe({ statusCode: 500, headers }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['fly-request-id', 'server', 'via']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('the proxy’s own 502 carries the same headers, so it is left to the codes a platform makes', () => {
    expect(matchOne(fly, observe({ statusCode: 502, headers }))?.generated).toBe(false);
    expect(fly.makes).toBeUndefined();
  });

  it('gives every fingerprint a unique id', () => {
    expect(fly.fingerprints.map((f) => f.id)).toEqual(['fly-request-id', 'server', 'via', 'cookie-fly', 'host']);
  });
});
