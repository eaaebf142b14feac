/**
 * What the worker does with each webRequest event: filter → queue → (in the next write) observe → record.
 * Free of extension APIs so the bench drives exactly the listeners the worker registers.
 *
 * A page load's failures come in a burst while the page is still loading, and the browser waits on
 * nothing the worker does with them. So a listener only drops quiet successes and queues the rest; the
 * queue is recorded when the write that follows the burst begins (Persistence.beforeWrite), before a
 * message from a page is answered, and at once when it grows past MAX_PENDING.
 */
import type { PageFind } from '../knowledge/types';
import { type CommitDetails, commitOf, prerenderingOf } from '../platform/documents';
import { keptUrl, linksOf, observationOf, type RequestDetails } from './capture';
import { noteError } from './health';
import { type Journal, replacesPage } from './journal';
import type { Persistence } from './persistence';

export type Phase = 'redirect' | 'completed' | 'error';

/** What a tab's event says of its tab: Firefox's webRequest events also say whether it is private. */
export interface TabEvent {
  readonly tabId: number;
  readonly incognito?: boolean;
}

/** Runs `fn` with the details once it is known whether the tab is in a private window. */
export type PrivacyResolver = <D extends TabEvent>(details: D, fn: (details: D) => void) => void;

export interface Recorder {
  /** The webRequest listener for one phase. */
  readonly listener: (phase: Phase) => (details: RequestDetails) => void;
  /**
   * The onHeadersReceived listener. A page may drop a response after its headers arrived (Chromium
   * cancels a stylesheet that answered 4xx/5xx: net::ERR_ABORTED; Firefox's opaque-response blocking
   * aborts an HTML error page sent to an <img> or <script>: NS_BINDING_ABORTED). Those requests end in
   * onErrorOccurred with a cancellation, which is noise; the status the server sent is what matters,
   * so an error response's headers are kept until the request ends and recorded in its place.
   */
  readonly headers: (details: RequestDetails) => void;
  /** A top-level document started arriving in a tab: its page begins. */
  readonly navigation: (details: RequestDetails) => void;
  /**
   * The webNavigation.onCommitted listener: a document became the one a tab shows, or began prerendering
   * (see Journal.commit). The only way to learn that a page came back from the back/forward cache, or that
   * a prerendered page was opened: neither sends a request.
   */
  readonly committed: (details: CommitDetails) => void;
  readonly tabClosed: (tabId: number) => void;
  /** What the error page of `requestId`'s response showed (see page-reader.ts and Journal.pageRead). */
  readonly pageRead: (tabId: number, requestId: string, finds: readonly PageFind[]) => void;
  /** `oldTabId` gave way to `newTabId`, private or not (see Journal.replaceTab). */
  readonly tabReplaced: (oldTabId: number, newTabId: number, incognito: boolean) => void;
  /** Call once the saved journal is loaded, or failed to load; the events queued until then are recorded in order. */
  readonly ready: () => void;
  /** Records every queued event, in order (once the saved journal is loaded). */
  readonly drain: () => void;
}

/** Events waiting to be recorded; past this many they are recorded at once, so the queue stays bounded. */
export const MAX_PENDING = 2_000;

/** Error responses whose request has not ended yet, by requestId (bounded: a request always ends, but be safe). */
const MAX_ANSWERED = 500;
/** Anything but 1xx, 2xx and 3xx: the responses the popup lists. */
const isErrorStatus = (code: number | undefined): boolean => typeof code === 'number' && !(code >= 100 && code < 400);

const isQuietSuccess = (phase: Phase, d: RequestDetails): boolean =>
  phase === 'completed' &&
  d.type !== 'main_frame' &&
  typeof d.statusCode === 'number' &&
  d.statusCode >= 200 &&
  d.statusCode < 300;

export function createRecorder(
  journal: Journal,
  persistence: Pick<Persistence, 'schedule'>,
  privacy: PrivacyResolver,
): Recorder {
  let loaded = false;
  let pending: (() => void)[] = [];
  /** Requests with a redirect hop still in the queue: the success that ends their chain is not quiet. */
  const pendingHops = new Set<string>();
  // One bad event must not stop the worker: errors are counted (see health.ts) and the next event goes on.
  const guarded = (fn: () => void): void => {
    try {
      fn();
    } catch (e) {
      noteError(e);
    }
  };
  const drain = (): void => {
    if (!loaded) return;
    const batch = pending;
    pending = [];
    for (const fn of batch) guarded(fn);
  };
  const run = (fn: () => void): void => {
    pending.push(fn);
    if (pending.length >= MAX_PENDING) drain();
    else persistence.schedule();
  };

  const record = (phase: Phase, d: RequestDetails): void => {
    if (phase === 'redirect') pendingHops.delete(d.requestId);
    if (isQuietSuccess(phase, d) && !journal.hasChain(d.requestId)) return;
    const obs = observationOf(d);
    const prerendering = prerenderingOf(d);
    journal.record({
      phase,
      requestId: d.requestId,
      tabId: d.tabId,
      frameId: d.frameId,
      time: d.timeStamp,
      obs,
      ...linksOf(d),
      ...(d.incognito !== undefined ? { incognito: d.incognito } : {}),
      ...(prerendering ? { prerendering } : {}),
    });
  };

  const answered = new Map<string, RequestDetails>();

  return {
    listener: (phase) => (details) => {
      let ph = phase;
      let d = details;
      if (answered.size) {
        const answer = answered.get(details.requestId);
        if (answer) {
          answered.delete(details.requestId);
          // The server's answer, not the cancellation that followed it.
          if (ph === 'error') {
            ph = 'completed';
            d = {
              ...details,
              error: undefined,
              statusCode: answer.statusCode,
              statusLine: answer.statusLine,
              responseHeaders: answer.responseHeaders,
              ip: details.ip ?? answer.ip,
            };
          }
        }
      }
      // The hot path: 2xx subresources outside any redirect chain are dropped before any other work.
      if (loaded && isQuietSuccess(ph, d) && !journal.hasChain(d.requestId) && !pendingHops.has(d.requestId)) return;
      if (ph === 'redirect') pendingHops.add(d.requestId);
      privacy(d, (x) => run(() => record(ph, x)));
    },
    headers: (details) => {
      if (!isErrorStatus(details.statusCode)) {
        // A 401 answered after authentication, or a redirect: whatever was kept is stale now.
        if (answered.size) answered.delete(details.requestId);
        return;
      }
      answered.set(details.requestId, details);
      if (answered.size > MAX_ANSWERED) {
        const oldest = answered.keys().next().value;
        if (oldest !== undefined) answered.delete(oldest);
      }
    },
    navigation: (details) => {
      if (details.tabId < 0 || !replacesPage(details.statusCode, undefined, details.responseHeaders)) return;
      privacy(details, (d) => {
        const prerendering = prerenderingOf(d);
        const url = keptUrl(d.url);
        run(
          () => void journal.navigate(d.tabId, url, d.timeStamp, d.requestId, d.incognito === true, { prerendering }),
        );
      });
    },
    committed: (details) => {
      const commit = commitOf(details);
      if (!commit) return;
      privacy<CommitDetails & TabEvent>(details, (d) =>
        run(() => journal.commit({ ...commit, url: keptUrl(commit.url) }, d.incognito === true)),
      );
    },
    tabClosed: (tabId) => run(() => journal.closeTab(tabId)),
    // Behind the tab's privacy lookup, like the tab's other events: after the response it belongs to.
    pageRead: (tabId, requestId, finds) =>
      privacy({ tabId }, () => run(() => void journal.pageRead(tabId, requestId, finds))),
    tabReplaced: (oldTabId, newTabId, incognito) => run(() => journal.replaceTab(oldTabId, newTabId, incognito)),
    ready: () => {
      loaded = true;
      // A write that began before now recorded nothing: the events queued meanwhile need one of their own.
      if (pending.length) persistence.schedule();
      drain();
    },
    drain,
  };
}
