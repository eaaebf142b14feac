/**
 * webRequest details → Observation: the only place browsing data is copied, so this is where
 * secrets are dropped and every string is capped.
 */
import type { Header, Observation } from '../knowledge/types';
import { caps } from '../shared/caps';

/** The fields of webRequest details that both browsers provide (and a few Firefox-only ones). */
export interface RequestDetails {
  readonly requestId: string;
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly tabId: number;
  readonly frameId: number;
  readonly timeStamp: number;
  readonly statusCode?: number;
  readonly statusLine?: string;
  readonly fromCache?: boolean;
  readonly ip?: string;
  readonly error?: string;
  readonly redirectUrl?: string;
  readonly initiator?: string;
  readonly originUrl?: string;
  readonly incognito?: boolean;
  readonly responseHeaders?: readonly {
    readonly name: string;
    readonly value?: string;
    readonly binaryValue?: ArrayLike<number>;
  }[];
}

/** Headers whose values are secrets: never stored, shown or exported. */
const secretHeaders = new Set([
  'cookie',
  'set-cookie',
  'set-cookie2',
  'authorization',
  'proxy-authorization',
  'proxy-authenticate-info',
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters (all but tab) untrusted strings must not carry into the view
const controlChars = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the same set, to replace every one
const controlCharsAll = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** Cuts a string to `max` characters, marking the cut. Control characters become U+FFFD, so none reach the view. */
export function cap(value: string, max: number): string {
  const clean = controlChars.test(value) ? value.replace(controlCharsAll, '\ufffd') : value;
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The cookie name in a Set-Cookie value ("name=value; Path=/" → "name"); value discarded. */
function cookieName(setCookie: string): string | undefined {
  const eq = setCookie.indexOf('=');
  if (eq <= 0) return undefined;
  const name = setCookie.slice(0, eq).trim();
  return name && name.length <= caps.headerName ? name : undefined;
}

export function headersOf(details: RequestDetails): { headers: Header[]; cookieNames: string[] } {
  const headers: Header[] = [];
  const cookieNames: string[] = [];
  for (const h of details.responseHeaders ?? []) {
    if (typeof h.name !== 'string') continue;
    const name = h.name.toLowerCase();
    if (name === 'set-cookie') {
      // Firefox joins several cookies with newlines in one header.
      for (const line of (h.value ?? '').split('\n')) {
        const c = cookieName(line);
        if (c && cookieNames.length < caps.cookieNamesPerEntry && !cookieNames.includes(c)) cookieNames.push(c);
      }
      continue;
    }
    if (secretHeaders.has(name)) continue;
    if (headers.length >= caps.headersPerEntry) continue;
    headers.push({ name: cap(name, caps.headerName), value: cap(h.value ?? '', caps.headerValue) });
  }
  return { headers, cookieNames };
}

export function observationOf(details: RequestDetails): Observation {
  const { headers, cookieNames } = headersOf(details);
  const obs: {
    -readonly [K in keyof Observation]: Observation[K];
  } = {
    url: cap(String(details.url), caps.url),
    method: cap(String(details.method), 16),
    type: cap(String(details.type), 32),
    mainFrame: details.type === 'main_frame',
    fromCache: details.fromCache === true,
    headers,
    cookieNames,
  };
  if (typeof details.statusCode === 'number' && !details.error) obs.statusCode = details.statusCode;
  if (details.statusLine) obs.statusLine = cap(details.statusLine, caps.statusLine);
  if (details.ip) obs.ip = cap(details.ip, 64);
  if (details.error) obs.error = cap(details.error, caps.errorName);
  return obs;
}
