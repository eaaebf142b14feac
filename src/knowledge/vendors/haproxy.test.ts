import { describe, expect, it } from 'vitest';
import {
  decodeWith,
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchOne,
  pageFindsIn,
  responseSigns,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { haproxyNoServer, haproxyServerTimeout } from '../../../test/error-pages/haproxy';
import { explain } from '../explain';
import { observe } from '../observation';
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
    const note = (code: number): string => noteOn(haproxy, code);
    expect(note(503)).toMatch(/No server is available to handle this request/);
    expect(note(502)).toMatch(/invalid or incomplete response/);
    expect(note(504)).toMatch(/didn’t respond in time/);
    expect(note(403)).toMatch(/administrative rules/);
    expect(haproxy.bodyHint?.en).toMatch(/no Server header/);
  });

  it('no header or cookie claims the answer by itself, as the same signs can come from elsewhere', () => {
    const signs = responseSigns(haproxy);
    expect(signs.filter((f) => f.generated || f.relayed || f.decisive)).toEqual([]);
    for (const f of signs) expect(f.weight).toBe('weak');
  });

  itWritesEveryTextInBothLanguages(haproxy);
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

// HAProxy's built-in error bodies (haproxy src/http.c, http_err_msgs), shaped in test/error-pages/haproxy.ts.
describe('HAProxy error page', () => {
  itFindsOnPages('finds the fixed sentence when it is the whole page', [
    [haproxyNoServer, [{ id: 'haproxy.page-error', value: 'No server is available to handle this request' }]],
    [haproxyServerTimeout, [{ id: 'haproxy.page-error', value: "The server didn't respond in time" }]],
  ]);

  // A guess without the page, certain with it.
  itNamesTheMakerFromItsPage([haproxyNoServer, haproxyServerTimeout], {
    confidence: 'high',
    title: 'page',
    notNamedReading: '<html><body>Error</body></html>',
  });

  it.each([
    ['400 Bad request', 'Your browser sent an invalid request.', 'bad-request'],
    ['403 Forbidden', 'Request forbidden by administrative rules.', 'denied'],
    ['408 Request Time-out', "Your browser didn't send a complete request in time.", 'request-timeout'],
    ['429 Too Many Requests', 'You have sent too many requests in a given\u0020amount of time.', 'too-many'],
    ['500 Internal Server Error', 'An internal server error occurred.', 'internal'],
    ['500 Internal Server Error', 'An internal server error occured.', 'internal'],
    ['502 Bad Gateway', 'The server returned an invalid or incomplete response.', 'bad-response'],
  ])('reads the body "%s" / "%s"', (heading, sentence, id) => {
    const found = pageFindsIn(`<html><body><h1>${heading}</h1>\n${sentence}\n</body></html>\n`);
    expect(found.map((f) => f.id)).toEqual(['haproxy.page-error']);
    expect(decodeWith(haproxy, 'message', found[0]?.value ?? '').map((r) => r.id)).toEqual([id]);
  });

  it('does not take prose, a longer page or a rewritten sentence for HAProxy’s body', () => {
    const prose = `<html><body><h1>503 Service Unavailable</h1><p>HAProxy says "No server is available to handle this
      request." when every backend is down.</p></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const longer = haproxyNoServer.html.replace('</body>', '<p>Contact the operator.</p></body>');
    expect(pageFindsIn(longer)).toEqual([]);
    const rewritten = haproxyNoServer.html.replace('No server is available', 'No servers are available');
    expect(pageFindsIn(rewritten)).toEqual([]);
  });
});
