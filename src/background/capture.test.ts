import { describe, expect, it } from 'vitest';
import { captured, journalLogs, webRequestDetails } from '../../test/journal-fixtures';
import { caps } from '../shared/caps';
import { encodeTabLog } from '../shared/log';
import { REDACTED } from '../shared/redact';
import { cap, linksOf, observationOf, originOf, type RequestDetails } from './capture';

/** What the worker writes to storage.session for these events, every key's JSON in one string. */
const stored = (events: Parameters<typeof journalLogs>[0]): string =>
  journalLogs(events)
    .map((log) => Object.values(encodeTabLog(log)).join('\n'))
    .join('\n');

/** A login redirect and the page it lands on, as Firefox delivers them: secrets where browsers put them. */
const firefoxLogin = (): RequestDetails[] => [
  webRequestDetails({
    requestId: '9',
    type: 'main_frame',
    url: 'https://user:PASSSECRET@app.test/login?access_token=TOKENSECRET&lang=en',
    originUrl: 'https://idp.test/authorize?client_secret=ORIGINSECRET#id_token=ORIGINSECRET',
    statusCode: 302,
    redirectUrl: 'https://app.test/cb#access_token=FRAGSECRET&state=STATESECRET',
    responseHeaders: [
      { name: 'Location', value: 'https://app.test/cb#access_token=FRAGSECRET&state=STATESECRET' },
      // Firefox joins several Set-Cookie headers with newlines; the first has no name, only a value.
      { name: 'Set-Cookie', value: 'COOKIESECRET; Path=/\nsession=COOKIESECRET2; HttpOnly\nx;y=COOKIESECRET3' },
      { name: 'Authentication-Info', value: 'nextnonce="NONCESECRET", rspauth="NONCESECRET"' },
      { name: 'Proxy-Authentication-Info', value: 'nextnonce="NONCESECRET"' },
      { name: 'Server', value: 'nginx' },
    ],
  }),
  webRequestDetails({
    requestId: '9',
    type: 'main_frame',
    url: 'https://app.test/cb?code=CODESECRET',
    originUrl: 'https://idp.test/authorize?client_secret=ORIGINSECRET',
    statusCode: 500,
    responseHeaders: [
      { name: 'Content-Location', value: '/cb?code=CODESECRET' },
      { name: 'Refresh', value: '5; url=/retry?token=REFRESHSECRET' },
      { name: 'Link', value: '<https://cdn.test/app.js?X-Amz-Signature=LINKSECRET>; rel=preload' },
    ],
  }),
];

describe('capture', () => {
  it('stores no secret that a response, its URL, its redirect target or its initiator carried', () => {
    const [redirect, landing] = firefoxLogin();
    const json = stored([captured(redirect!, 'redirect'), captured(landing!)]);
    expect(json).not.toMatch(/SECRET/);
    expect(json).not.toContain('user:');
    // What is needed to diagnose the failure stays: parameter names, the redirect target, the initiator's origin.
    expect(json).toContain(`"url":"https://app.test/login?access_token=${REDACTED}&lang=en"`);
    expect(json).toContain(`"redirectTo":"https://app.test/cb#access_token=${REDACTED}&state=${REDACTED}"`);
    expect(json).toContain('"initiator":"https://idp.test"');
    expect(json).toContain(`"value":"5; url=/retry?token=${REDACTED}"`);
    expect(json).toContain(`X-Amz-Signature=${REDACTED}`);
  });

  it('keeps cookie names only, and none for a cookie that has no name', () => {
    const [redirect] = firefoxLogin();
    expect(observationOf(redirect!).cookieNames).toEqual(['session']);
  });

  it('drops Authentication-Info and Proxy-Authentication-Info', () => {
    const [redirect] = firefoxLogin();
    expect(observationOf(redirect!).headers.map((h) => h.name)).toEqual(['location', 'server']);
  });

  it('keeps only the origin of the initiator, for Firefox and Chrome alike', () => {
    expect(linksOf(webRequestDetails({ originUrl: 'https://u:p@app.test:8443/a/b?token=T#x' })).initiator).toBe(
      'https://app.test:8443',
    );
    expect(linksOf(webRequestDetails({ initiator: 'https://app.test' })).initiator).toBe('https://app.test');
    expect(linksOf(webRequestDetails({})).initiator).toBeUndefined();
    expect(originOf('null')).toBe('null');
    expect(originOf('about:blank')).toBe('null');
    expect(originOf('moz-extension://0a1b-2c3d/popup.html?token=T')).toBe('moz-extension://0a1b-2c3d');
  });

  it('caps every string and the number of headers', () => {
    const obs = observationOf(
      webRequestDetails({
        url: `https://a.test/?q=${'x'.repeat(100_000)}`,
        statusLine: `HTTP/1.1 404 ${'y'.repeat(1000)}`,
        responseHeaders: Array.from({ length: 5000 }, (_, i) => ({ name: `x-h${i}`, value: 'v'.repeat(10_000) })),
      }),
    );
    expect(obs.url.length).toBeLessThanOrEqual(caps.url);
    expect(obs.statusLine!.length).toBeLessThanOrEqual(caps.statusLine);
    expect(obs.headers).toHaveLength(caps.headersPerEntry);
    expect(obs.headers.every((h) => h.value.length <= caps.headerValue)).toBe(true);
  });

  it('replaces control characters and survives odd input', () => {
    expect(cap('a\u0000b\u001bc\nd\te', 100)).toBe('a\ufffdb\ufffdc\ufffdd\te');
    const obs = observationOf(
      webRequestDetails({ statusCode: 0, responseHeaders: [{ name: 'X-Bin', binaryValue: [1, 2] }] }),
    );
    expect(obs.statusCode).toBe(0);
    expect(obs.headers).toEqual([{ name: 'x-bin', value: '' }]);
  });

  it('replaces bidi controls, line and paragraph separators and C1 controls, so text cannot be made to read differently', () => {
    const spoof = 'a\u202eb\u202ac\u2066d\u2069e\u200ef\u200fg\u061ch\u2028i\u2029j\u0085k\u009bl';
    expect(cap(spoof, 100)).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf\ufffdg\ufffdh\ufffdi\ufffdj\ufffdk\ufffdl');
    const obs = observationOf(
      webRequestDetails({
        url: 'https://a.test/\u202eexe.txt',
        statusLine: 'HTTP/1.1 404 \u2067Not Found',
        responseHeaders: [{ name: 'Server', value: 'nginx\u2028evil' }],
      }),
    );
    expect(JSON.stringify(obs)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  });

  it('cuts at code-point boundaries and mends lone surrogates, so every kept string is well-formed', () => {
    const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);
    for (let max = 2; max <= 12; max++) {
      const out = cap('😀'.repeat(20), max);
      expect(wellFormed(out), `max ${max}`).toBe(true);
      expect(out.length).toBeLessThanOrEqual(max);
    }
    expect(cap('a\ud800b\udc00c', 100)).toBe('a\ufffdb\ufffdc');
  });

  it('keeps the network error and no status for failures', () => {
    const obs = observationOf(webRequestDetails({ statusCode: undefined, error: 'net::ERR_NAME_NOT_RESOLVED' }));
    expect(obs.error).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(obs.statusCode).toBeUndefined();
  });
});
