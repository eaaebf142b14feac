/**
 * webRequest details → Observation, redirect target and initiator: the only place browsing data is
 * copied, so this is where secrets are dropped (see shared/redact.ts) and every string is capped.
 */
import type { Header, Observation } from '../knowledge/types';
import type { DocumentDetails } from '../platform/documents';
import { caps } from '../shared/caps';
import { isHighSurrogate } from '../shared/elide';
import { keptHeaderValue, redact } from '../shared/redact';

/**
 * The fields of webRequest details that both browsers provide (and a few only one gives: the document
 * fields are described in platform/documents.ts).
 */
export interface RequestDetails extends DocumentDetails {
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

/**
 * What the view must never render as it is: C0 controls but tab, DEL, C1 controls, the bidi marks,
 * embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–E, U+2066–9), the line and paragraph
 * separators, and lone surrogate halves. Each alternative is one character wide, so the scan is linear.
 */
const unsafe =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unsafeAll = new RegExp(unsafe.source, 'g');

/**
 * Cuts a string to `max` code units, marking the cut, never between the halves of a surrogate pair.
 * Characters that could make text read differently (see `unsafe`) become U+FFFD.
 */
export function cap(value: string, max: number): string {
  const clean = unsafe.test(value) ? value.replace(unsafeAll, '\ufffd') : value;
  if (clean.length <= max) return clean;
  let end = max - 1;
  if (isHighSurrogate(clean.charCodeAt(end - 1))) end--;
  return `${clean.slice(0, end)}…`;
}

/** A URL as it may be kept: no credentials, no secret parameter values (shared/redact.ts), capped. */
export const keptUrl = (url: unknown): string => cap(redact(String(url)), caps.url);

/**
 * The origin (scheme://host:port) of what made a request. Chrome's `initiator` is one already;
 * Firefox's `originUrl` is a whole URL, whose path, query and fragment may carry tokens, and the
 * origin is all the list needs. Anything without a host is an opaque origin, which Chrome calls "null".
 */
export function originOf(url: string): string {
  try {
    const { origin } = new URL(url);
    if (origin !== 'null') return origin;
  } catch {
    // Not a URL: taken apart by hand below.
  }
  // Schemes the URL parser leaves opaque (moz-extension://…) and text that does not parse.
  const sep = url.indexOf('://');
  if (sep <= 0) return 'null';
  let end = sep + 3;
  while (end < url.length && !'/\\?#'.includes(url.charAt(end))) end++;
  return redact(url.slice(0, end));
}

/** Where a redirect pointed and what made the request, as the journal keeps them. */
export interface Links {
  readonly redirectTo?: string;
  readonly initiator?: string;
}

export function linksOf(details: RequestDetails): Links {
  const from = details.initiator ?? details.originUrl;
  return {
    ...(details.redirectUrl !== undefined ? { redirectTo: keptUrl(details.redirectUrl) } : {}),
    ...(from ? { initiator: cap(originOf(String(from)), caps.url) } : {}),
  };
}

/**
 * The cookie name in a Set-Cookie value ("name=value; Path=/" → "name"); the value is discarded.
 * A pair with no `=` before its `;` has no name: RFC 6265 §5.2 ignores it, and browsers, following
 * RFC 6265bis, read it as a value with an empty name. Either way there is no name to keep.
 */
function cookieName(setCookie: string): string | undefined {
  const semi = setCookie.indexOf(';');
  const pair = semi < 0 ? setCookie : setCookie.slice(0, semi);
  const eq = pair.indexOf('=');
  if (eq < 0) return undefined;
  const name = pair.slice(0, eq).trim();
  return name && name.length <= caps.headerName ? cap(name, caps.headerName) : undefined;
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
    if (headers.length >= caps.headersPerEntry) continue;
    const value = keptHeaderValue(name, h.value ?? '');
    if (value === undefined) continue;
    headers.push({ name: cap(name, caps.headerName), value: cap(value, caps.headerValue) });
  }
  return { headers, cookieNames };
}

export function observationOf(details: RequestDetails): Observation {
  const { headers, cookieNames } = headersOf(details);
  const obs: {
    -readonly [K in keyof Observation]: Observation[K];
  } = {
    url: keptUrl(details.url),
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
