/**
 * Reads the error page a frame shows. When a document (a tab's page or a frame in it) is answered with a
 * 4xx or 5xx status, the reader (knowledge/page-markers.ts) is run in that frame alone, once the frame shows
 * that document, and what it finds joins the response's entry. Nothing is injected into pages without an
 * error, and no content script is declared. Free of extension APIs: index.ts passes the browser's injection.
 *
 * The response and the frame's commit come in either order, so each tries the read: run before the commit,
 * the reader finds the frame still showing the previous document and returns null, and the commit tries again.
 */
import type { PageFind } from '../knowledge/types';
import { type CommitDetails, prerenderingOf } from '../platform/documents';
import { cap, type RequestDetails } from './capture';

export interface PageReaderDeps {
  /**
   * Runs the reader in one frame: what it returned (null when the frame shows another document). Rejects where
   * the extension may not run scripts (the browser's own pages, web stores, a frame gone).
   */
  readonly read: (tabId: number, frameId: number, url: string) => Promise<unknown>;
  /** What the page of `requestId`'s response showed. */
  readonly found: (tabId: number, requestId: string, finds: readonly PageFind[]) => void;
}

export interface PageReader {
  /** The webRequest onCompleted listener's share. */
  readonly response: (details: RequestDetails) => void;
  /** The webNavigation onCommitted listener's share. */
  readonly committed: (details: CommitDetails) => void;
  readonly tabClosed: (tabId: number) => void;
}

/** Error documents whose page has not been read yet; bounded, since a frame may never show one. */
const MAX_WAITING = 32;
/** Reads tried per document: on its response, its commit, and once more if a read ran while the other came. */
const MAX_TRIES = 3;
const MAX_FINDS = 40;
const MAX_VALUE = 64;
const MAX_ID = 100;

interface Waiting {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string;
  readonly requestId: string;
  tries: number;
  busy: boolean;
  again: boolean;
}

const isDocument = (type: string): boolean => type === 'main_frame' || type === 'sub_frame';
const withoutFragment = (url: string): string => url.split('#', 1)[0] ?? '';

/**
 * The reader's answer as the worker keeps it: a list of ids with short values, capped and neutralised (they
 * are the page's text), or null for "another document". Anything else counts as nothing found.
 */
export function findsOf(result: unknown): PageFind[] | null {
  if (result === null) return null;
  if (!Array.isArray(result)) return [];
  const finds: PageFind[] = [];
  for (const item of result.slice(0, MAX_FINDS)) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, value } = item as { id?: unknown; value?: unknown };
    if (typeof id !== 'string' || !id) continue;
    const kept = cap(id, MAX_ID);
    finds.push(typeof value === 'string' && value ? { id: kept, value: cap(value, MAX_VALUE) } : { id: kept });
  }
  return finds;
}

export function createPageReader(deps: PageReaderDeps): PageReader {
  const waiting = new Map<string, Waiting>();
  const keyOf = (tabId: number, frameId: number): string => `${tabId}:${frameId}`;

  const settle = (w: Waiting, finds: PageFind[] | null): void => {
    w.busy = false;
    const key = keyOf(w.tabId, w.frameId);
    // A newer document took the frame meanwhile.
    if (waiting.get(key) !== w) return;
    if (finds) {
      waiting.delete(key);
      if (finds.length) deps.found(w.tabId, w.requestId, finds);
      return;
    }
    if (w.tries >= MAX_TRIES) waiting.delete(key);
    else if (w.again) attempt(w);
  };

  const attempt = (w: Waiting): void => {
    if (w.busy) {
      w.again = true;
      return;
    }
    w.busy = true;
    w.again = false;
    w.tries += 1;
    deps.read(w.tabId, w.frameId, w.url).then(
      (result) => settle(w, findsOf(result)),
      () => settle(w, null),
    );
  };

  return {
    response: (d) => {
      if (!isDocument(d.type) || d.tabId < 0 || !(typeof d.statusCode === 'number' && d.statusCode >= 400)) return;
      if (prerenderingOf(d)) return;
      const key = keyOf(d.tabId, d.frameId);
      const w: Waiting = {
        tabId: d.tabId,
        frameId: d.frameId,
        url: d.url,
        requestId: d.requestId,
        tries: 0,
        busy: false,
        again: false,
      };
      waiting.delete(key);
      waiting.set(key, w);
      if (waiting.size > MAX_WAITING) {
        const oldest = waiting.keys().next().value;
        if (oldest !== undefined) waiting.delete(oldest);
      }
      attempt(w);
    },
    committed: (d) => {
      if (!waiting.size) return;
      const w = waiting.get(keyOf(d.tabId, d.frameId));
      if (w && withoutFragment(String(d.url)) === withoutFragment(w.url)) attempt(w);
    },
    tabClosed: (tabId) => {
      for (const [key, w] of waiting) if (w.tabId === tabId) waiting.delete(key);
    },
  };
}
