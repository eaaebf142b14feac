import { describe, expect, it } from 'vitest';
import { caps } from '../shared/caps';
import { cap, observationOf, type RequestDetails } from './capture';

const details = (over: Partial<RequestDetails>): RequestDetails => ({
  requestId: '1',
  url: 'https://a.test/',
  method: 'GET',
  type: 'image',
  tabId: 1,
  frameId: 0,
  timeStamp: 1,
  statusCode: 404,
  ...over,
});

describe('capture', () => {
  it('never keeps secret header values, only cookie names', () => {
    const obs = observationOf(
      details({
        responseHeaders: [
          { name: 'Set-Cookie', value: 'laravel_session=SECRET1; Path=/\n__cf_bm=SECRET2; HttpOnly' },
          { name: 'Authorization', value: 'Bearer SECRET3' },
          { name: 'Proxy-Authorization', value: 'SECRET4' },
          { name: 'Cookie', value: 'a=SECRET5' },
          { name: 'Server', value: 'cloudflare' },
        ],
      }),
    );
    expect(obs.cookieNames).toEqual(['laravel_session', '__cf_bm']);
    expect(JSON.stringify(obs)).not.toMatch(/SECRET/);
    expect(obs.headers).toEqual([{ name: 'server', value: 'cloudflare' }]);
  });

  it('caps every string and the number of headers', () => {
    const obs = observationOf(
      details({
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
    expect(cap('a\u0000b\u001bc\nd', 100)).toBe('a\ufffdb\ufffdc\ufffdd');
    const obs = observationOf(details({ statusCode: 0, responseHeaders: [{ name: 'X-Bin', binaryValue: [1, 2] }] }));
    expect(obs.statusCode).toBe(0);
    expect(obs.headers).toEqual([{ name: 'x-bin', value: '' }]);
  });

  it('keeps the network error and no status for failures', () => {
    const obs = observationOf(details({ statusCode: undefined, error: 'net::ERR_NAME_NOT_RESOLVED' }));
    expect(obs.error).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(obs.statusCode).toBeUndefined();
  });
});
