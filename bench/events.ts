/**
 * A realistic stream of synthetic webRequest events: 50 tabs browsing, ~90 % 2xx, redirect chains,
 * vendor error responses with their real header sets, network failures, navigations and tab closes.
 * Deterministic (seeded), so every run measures the same work.
 */
import type { RequestDetails } from '../src/background/capture';
import type { Phase } from '../src/background/recorder';

export type BenchEvent =
  | {
      readonly kind: 'request';
      readonly phase: Phase;
      readonly details: RequestDetails;
      readonly category: '2xx' | 'non2xx';
    }
  | { readonly kind: 'navigation'; readonly details: RequestDetails }
  | { readonly kind: 'close'; readonly tabId: number; readonly time: number };

type HeaderSet = readonly { readonly name: string; readonly value: string }[];

const common: HeaderSet = [
  { name: 'content-type', value: 'text/html; charset=utf-8' },
  { name: 'date', value: 'Mon, 23 Nov 2026 10:00:00 GMT' },
  { name: 'cache-control', value: 'no-store' },
  { name: 'content-length', value: '1234' },
];

/** Error responses as vendors really shape them (status, headers). */
const vendorErrors: readonly { status: number; headers: HeaderSet }[] = [
  {
    status: 522,
    headers: [
      { name: 'server', value: 'cloudflare' },
      { name: 'cf-ray', value: '8c1f2a3b4c5d6e7f-FRA' },
    ],
  },
  {
    status: 404,
    headers: [
      { name: 'server', value: 'cloudflare' },
      { name: 'cf-ray', value: '8c1f2a3b4c5d6e80-AMS' },
      { name: 'cf-cache-status', value: 'DYNAMIC' },
    ],
  },
  { status: 502, headers: [{ name: 'server', value: 'awselb/2.0' }] },
  {
    status: 404,
    headers: [
      { name: 'server', value: 'AmazonS3' },
      { name: 'x-amz-error-code', value: 'NoSuchKey' },
      { name: 'x-cache', value: 'Error from cloudfront' },
      { name: 'x-amz-cf-id', value: 'abc123==' },
    ],
  },
  {
    status: 403,
    headers: [
      { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
      { name: 'x-amzn-requestid', value: 'f00-ba5' },
    ],
  },
  {
    status: 503,
    headers: [
      { name: 'server', value: 'Varnish' },
      { name: 'x-varnish', value: '123456' },
      { name: 'retry-after', value: '5' },
    ],
  },
  {
    status: 404,
    headers: [
      { name: 'server', value: 'Vercel' },
      { name: 'x-vercel-id', value: 'fra1::abcd' },
      { name: 'x-vercel-error', value: 'NOT_FOUND' },
    ],
  },
  {
    status: 503,
    headers: [
      { name: 'server', value: 'Cowboy' },
      { name: 'via', value: '1.1 vegur' },
    ],
  },
  { status: 400, headers: [{ name: 'server', value: 'nginx/1.25.3' }] },
  {
    status: 440,
    headers: [
      { name: 'server', value: 'Microsoft-IIS/10.0' },
      { name: 'x-owa-version', value: '15.2.1118.7' },
    ],
  },
  { status: 419, headers: [{ name: 'server', value: 'nginx' }] },
  { status: 429, headers: [{ name: 'retry-after', value: '120' }] },
  { status: 500, headers: [] },
  { status: 403, headers: [{ name: 'server', value: 'AkamaiGHost' }] },
  { status: 499, headers: [] },
];

const failures = [
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_ABORTED',
  'net::ERR_CERT_DATE_INVALID',
];
const types = ['image', 'script', 'stylesheet', 'xmlhttprequest', 'font', 'image', 'image', 'ping'];

/** Mulberry32: small, fast, seeded. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` events spread over `seconds` of simulated time. */
export function makeEvents(count: number, seconds = 600, seed = 42): BenchEvent[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => {
    const picked = list[Math.floor(rand() * list.length)];
    if (picked === undefined) throw new Error('nothing to pick from');
    return picked;
  };
  const events: BenchEvent[] = [];
  let id = 0;
  const tabs = Array.from({ length: 50 }, (_, i) => i + 1);
  const t0 = 1_700_000_000_000;
  /** One object shape for every event, as the browser's own details objects have. */
  const details = (
    tabId: number,
    time: number,
    type: string,
    url: string,
    over: Partial<RequestDetails> = {},
  ): RequestDetails => ({
    requestId: over.requestId ?? String(++id),
    url,
    method: 'GET',
    type,
    tabId,
    frameId: 0,
    timeStamp: time,
    fromCache: false,
    ip: '203.0.113.7',
    statusCode: over.statusCode,
    statusLine: over.statusLine,
    error: over.error,
    redirectUrl: over.redirectUrl,
    responseHeaders: over.responseHeaders,
  });
  while (events.length < count) {
    const time = t0 + Math.floor((events.length / count) * seconds * 1000);
    const tabId = rand() < 0.02 ? -1 : pick(tabs);
    const r = rand();
    const site = `https://site${tabId}.example/`;
    if (r < 0.003 && tabId > 0) {
      events.push({ kind: 'close', tabId, time });
      continue;
    }
    if (r < 0.02 && tabId > 0) {
      const d = details(tabId, time, 'main_frame', `${site}page/${id}`, {
        statusCode: 200,
        statusLine: 'HTTP/1.1 200 OK',
        responseHeaders: common,
      });
      events.push({ kind: 'navigation', details: d });
      events.push({ kind: 'request', phase: 'completed', details: d, category: '2xx' });
      continue;
    }
    const type = pick(types);
    const url = `${site}assets/${Math.floor(rand() * 400)}.${type === 'script' ? 'js' : 'png'}?v=${Math.floor(rand() * 3)}`;
    if (r < 0.9) {
      events.push({
        kind: 'request',
        phase: 'completed',
        details: details(tabId, time, type, url, {
          statusCode: 200,
          statusLine: 'HTTP/1.1 200 OK',
          responseHeaders: common,
        }),
        category: '2xx',
      });
    } else if (r < 0.93) {
      const hop = details(tabId, time, type, url, {
        statusCode: 301,
        statusLine: 'HTTP/1.1 301 Moved Permanently',
        redirectUrl: `${url}&r=1`,
        responseHeaders: [...common, { name: 'location', value: `${url}&r=1` }],
      });
      events.push({ kind: 'request', phase: 'redirect', details: hop, category: 'non2xx' });
      events.push({
        kind: 'request',
        phase: 'completed',
        details: details(tabId, time, type, `${url}&r=1`, {
          requestId: hop.requestId,
          statusCode: 200,
          statusLine: 'HTTP/1.1 200 OK',
          responseHeaders: common,
        }),
        category: '2xx',
      });
    } else if (r < 0.985) {
      const v = pick(vendorErrors);
      events.push({
        kind: 'request',
        phase: 'completed',
        details: details(tabId, time, type, url, {
          statusCode: v.status,
          statusLine: `HTTP/1.1 ${v.status}`,
          responseHeaders: [...common, ...v.headers],
        }),
        category: 'non2xx',
      });
    } else {
      events.push({
        kind: 'request',
        phase: 'error',
        details: details(tabId, time, type, url, { error: pick(failures) }),
        category: 'non2xx',
      });
    }
  }
  return events.slice(0, count);
}
