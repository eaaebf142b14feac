/**
 * Exports of the current view: JSON (entries with their explanations) and HAR 1.2, loadable by
 * Chrome DevTools' HAR import. The worker keeps no secrets (background/capture.ts); every URL and
 * header is redacted here again all the same, so an entry that slipped past capture leaks nothing.
 * Cookie names the response set appear with their values redacted.
 */
import type { Explanation } from '../knowledge/assemble';
import { nameIn } from '../knowledge/rules';
import type { Header } from '../knowledge/types';
import type { Entry } from '../shared/log';
import { isSecretName, keptHeaderValue, REDACTED, redact } from '../shared/redact';
import type { Item } from './model';

declare const __APP_VERSION__: string;

const version = (): string => __APP_VERSION__;

function hopsOf(item: Item): readonly Entry[] {
  return item.hops.length ? item.hops : [item.entry];
}

function keptHeaders(headers: readonly Header[]): Header[] {
  return headers.flatMap((h) => {
    const value = keptHeaderValue(h.name.toLowerCase(), h.value);
    return value === undefined ? [] : [{ name: h.name, value }];
  });
}

/** JSON export: what was seen and what Statuscope made of it. */
export function toJson(items: readonly Item[], explanations: ReadonlyMap<string, Explanation>): string {
  const out = items.flatMap((item) =>
    hopsOf(item).map((e) => ({
      time: new Date(e.first).toISOString(),
      lastTime: new Date(e.last).toISOString(),
      count: e.count,
      tabId: e.tabId,
      page: redact(item.page.url),
      request: {
        method: e.obs.method,
        url: redact(e.obs.url),
        type: e.obs.type,
        initiator: e.initiator === undefined ? null : redact(e.initiator),
      },
      response: {
        status: e.obs.statusCode ?? null,
        error: e.obs.error ?? null,
        statusLine: e.obs.statusLine ?? null,
        ip: e.obs.ip ?? null,
        fromCache: e.obs.fromCache,
        headers: keptHeaders(e.obs.headers),
        setCookieNames: e.obs.cookieNames,
        errorPage: e.obs.page ?? null,
        redirectTo: e.redirectTo === undefined ? null : redact(e.redirectTo),
      },
      explanation: explanations.get(e.id) ?? null,
    })),
  );
  return JSON.stringify(
    { generator: `Statuscope ${version()}`, exported: new Date().toISOString(), entries: out },
    null,
    2,
  );
}

const httpVersion = (statusLine: string | undefined): string =>
  /^(HTTP\/[\d.]+)/.exec(statusLine ?? '')?.[1] ?? 'HTTP/1.1';

/** The query's parameters, read from a redacted URL; names the parser decoded are checked once more. */
function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams]
      .slice(0, 100)
      .map(([name, value]) => ({ name, value: isSecretName(name) ? REDACTED : value }));
  } catch {
    return [];
  }
}

/** HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): one entry per response or failure. */
export function toHar(items: readonly Item[]): string {
  const pages = new Map<string, { id: string; title: string; started: number }>();
  const entries = items.flatMap((item) => {
    const pageId = `page_${item.page.id.replace(/[^\w]/g, '')}`;
    if (!pages.has(pageId))
      pages.set(pageId, { id: pageId, title: redact(item.page.url) || 'no tab', started: item.page.started });
    return hopsOf(item).map((e) => {
      const mime = e.obs.headers.find((h) => h.name === 'content-type')?.value ?? 'x-unknown';
      const url = redact(e.obs.url);
      const headers = keptHeaders(e.obs.headers);
      for (const name of e.obs.cookieNames) headers.push({ name: 'set-cookie', value: `${name}=${REDACTED}` });
      return {
        pageref: pageId,
        startedDateTime: new Date(e.first).toISOString(),
        time: 0,
        request: {
          method: e.obs.method,
          url,
          httpVersion: httpVersion(e.obs.statusLine),
          cookies: [],
          headers: [],
          queryString: queryString(url),
          headersSize: -1,
          bodySize: -1,
        },
        response: {
          status: e.obs.statusCode ?? 0,
          statusText: e.obs.error ?? /^HTTP\/[\d.]+\s+\d+\s+(.*)$/.exec(e.obs.statusLine ?? '')?.[1] ?? '',
          httpVersion: httpVersion(e.obs.statusLine),
          cookies: e.obs.cookieNames.map((name) => ({ name, value: REDACTED })),
          headers,
          content: { size: 0, mimeType: mime },
          redirectURL: e.redirectTo === undefined ? '' : redact(e.redirectTo),
          headersSize: -1,
          bodySize: -1,
          ...(e.obs.error ? { _error: e.obs.error } : {}),
        },
        cache: {},
        timings: { send: 0, wait: 0, receive: 0 },
        ...(e.obs.ip ? { serverIPAddress: e.obs.ip } : {}),
        _resourceType: e.obs.type,
        _statuscope: {
          meaning: e.digest.meaningId,
          producer: e.digest.who ? nameIn(e.digest.who, 'en') : e.digest.role,
          count: e.count,
          ...(e.obs.page?.length ? { errorPage: e.obs.page } : {}),
        },
      };
    });
  });
  return JSON.stringify(
    {
      log: {
        version: '1.2',
        creator: { name: 'Statuscope', version: version() },
        pages: [...pages.values()].map((p) => ({
          startedDateTime: new Date(p.started).toISOString(),
          id: p.id,
          title: p.title,
          pageTimings: {},
        })),
        entries,
      },
    },
    null,
    2,
  );
}

/** Saves text as a file through a download link (no permission needed). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
