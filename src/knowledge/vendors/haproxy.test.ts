import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, matchOne, vendorTexts } from '../test-helpers';
import type { Observation } from '../types';
import { haproxy } from './haproxy';

const withLine = (code: number, phrase: string, headers: Record<string, string> = {}): Observation =>
  observe({ statusCode: code, statusLine: `HTTP/1.1 ${code} ${phrase}`, headers });

const ids = (obs: Observation) => matchOne(haproxy, obs)?.hits.map((h) => h.fingerprint.id);

// haproxy/haproxy src/http.c (http_err_msgs): the built-in pages' status lines and headers — no Server, no Date.
describe('HAProxy status lines', () => {
  it.each([
    [504, 'Gateway Time-out', 'reason-gateway-time-out'],
    [408, 'Request Time-out', 'reason-request-time-out'],
    [400, 'Bad request', 'reason-bad-request'],
  ])('matches its own %i "%s" when no Server header is present', (code, phrase, id) => {
    expect(ids(withLine(code, phrase, { 'cache-control': 'no-cache', 'content-type': 'text/html' }))).toEqual([id]);
  });

  it.each([
    [504, 'Gateway Time-out', { server: 'nginx' }],
    [408, 'Request Time-out', { server: 'nginx/1.25.3' }],
    [504, 'Gateway Timeout', {}],
    [400, 'Bad Request', {}],
    [502, 'Bad Gateway', {}],
    [503, 'Service Unavailable', {}],
  ] as const)('does not match %i "%s" with %o', (code, phrase, headers) => {
    expect(matchOne(haproxy, withLine(code, phrase, headers))).toBeUndefined();
  });

  it('never matches on HTTP/2, where there is no reason phrase', () => {
    expect(matchOne(haproxy, observe({ statusCode: 504, statusLine: 'HTTP/1.1 504' }))).toBeUndefined();
  });
});

// HAProxy Configuration Manual, "cookie" keyword examples: `cookie SERVERID insert indirect nocache`.
describe('HAProxy sticky-session cookie', () => {
  it('matches SERVERID as a weak hint', () => {
    const m = matchOne(haproxy, observe({ cookieNames: ['SERVERID'] }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['cookie-serverid']);
    expect(m?.score).toBe(1);
  });

  it.each(['serverid', 'SERVERID2', 'SERVER_ID', 'JSESSIONID'])('does not match %s', (name) => {
    expect(matchOne(haproxy, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

describe('HAProxy texts', () => {
  it('notes what its own pages say for each code it makes (HAProxy manual §1.3.1)', () => {
    const note = (code: number) => (haproxy.notes ?? []).find((n) => n.code === code)?.note.en ?? '';
    expect(note(503)).toMatch(/No server is available to handle this request/);
    expect(note(502)).toMatch(/invalid or incomplete response/);
    expect(note(504)).toMatch(/didn’t respond in time/);
    expect(note(403)).toMatch(/administrative rules/);
    expect(haproxy.bodyHint?.en).toMatch(/no Server header/);
  });

  it('no fingerprint claims the answer by itself, as the same signs can come from elsewhere', () => {
    expect(haproxy.fingerprints.filter((f) => f.generated || f.relayed || f.decisive)).toEqual([]);
    for (const f of haproxy.fingerprints) expect(f.weight).toBe('weak');
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(haproxy));
  });
});

describe('HAProxy through explain', () => {
  it('its own 504 over HTTP/1.x (no Server, "Gateway Time-out") is guessed as HAProxy’s, marked a guess', () => {
    const ex = explain(withLine(504, 'Gateway Time-out', { 'cache-control': 'no-cache', 'content-type': 'text/html' }));
    expect(ex.producer).toMatchObject({ role: 'load-balancer', vendor: { id: 'haproxy' }, confidence: 'low' });
  });

  it('nginx’s 504 with the same wording stays nginx’s: nginx names itself in Server', () => {
    const ex = explain(withLine(504, 'Gateway Time-out', { server: 'nginx/1.25.3' }));
    expect(ex.producer.vendor?.id).toBe('nginx');
    expect(ex.seen.map((s) => s.vendor.id)).not.toContain('haproxy');
  });

  it('a backend’s 404 passed through HAProxy (SERVERID cookie, backend Server) is the backend’s', () => {
    const ex = explain(observe({ statusCode: 404, headers: { server: 'Apache' }, cookieNames: ['SERVERID'] }));
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'apache' } });
  });
});
