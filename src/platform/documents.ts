/**
 * Which document a request or a commit belongs to, per browser. Free of extension APIs, so the worker's
 * unit tests use it too.
 *
 * A tab holds more than the page it shows: Chrome prerenders pages the site expects the person to open
 * next (speculation rules), in the same tab, before they are shown; both browsers keep the pages the person
 * left in a back/forward cache and show them again without a request. Neither is visible in webRequest
 * alone, so the worker also listens to webNavigation.onCommitted, which fires when a document becomes the
 * one a frame shows:
 *
 * - Chrome (106+) gives webRequest and webNavigation details a `documentId`, a `documentLifecycle`
 *   ("prerender", "active", "cached", "pending_deletion") and a `frameType` ("outermost_frame",
 *   "fenced_frame", "sub_frame"). A prerendering page's requests carry the tab's id, lifecycle
 *   "prerender" and its own outermost frame's id (never 0): its main-frame request has no documentId, its
 *   subresources have the prerendered document's. Its activation sends no request: onCommitted fires with
 *   frameId 0, lifecycle "active" and that same documentId. A back/forward-cache restore likewise sends no
 *   request and commits the restored document's old documentId.
 * - Firefox (ESR 153) has no prerendering, nor `documentLifecycle` or `frameType`; its webNavigation and
 *   webRequest details carry `documentId`, and a back/forward-cache restore commits the old documentId
 *   too. It also commits its own error page for a failed navigation (Chrome does not).
 *
 * Same-document navigations (history.pushState, a new #fragment) never fire onCommitted in either browser
 * (they are onHistoryStateUpdated and onReferenceFragmentUpdated), so they change nothing here.
 */

/** The document fields of webRequest and webNavigation details (Chrome-only ones optional). */
export interface DocumentDetails {
  readonly tabId: number;
  readonly frameId: number;
  readonly parentFrameId?: number;
  readonly documentId?: string;
  /** Chrome only. */
  readonly documentLifecycle?: string;
  /** Chrome only. */
  readonly frameType?: string;
}

/** A request made by a prerendering page: which of the tab's prerendering pages it belongs to. */
export interface Prerendering {
  /** The frame it was made in: the prerendering page's outermost frame, or a frame inside it. */
  readonly frameId: number;
  /** The frame that holds `frameId` (-1 for the outermost frame). */
  readonly parentFrameId: number;
  /** The document that made it; absent for the request that loads a frame's document. */
  readonly documentId?: string;
}

/** The prerendering page a request belongs to, if it belongs to one (Chrome only; never in Firefox). */
export function prerenderingOf(details: DocumentDetails): Prerendering | undefined {
  if (details.documentLifecycle !== 'prerender' || details.tabId < 0) return undefined;
  return {
    frameId: details.frameId,
    parentFrameId: details.parentFrameId ?? -1,
    ...(details.documentId ? { documentId: details.documentId } : {}),
  };
}

/** webNavigation.onCommitted details, as much of them as the worker reads. */
export interface CommitDetails extends DocumentDetails {
  readonly url: string;
  readonly timeStamp: number;
}

/** A document that began to be shown in a tab's top-level frame, or began prerendering there. */
export interface Commit {
  readonly tabId: number;
  readonly url: string;
  readonly documentId: string;
  readonly time: number;
  /** For a prerendering document, its outermost frame (the id its requests carry until it is shown). */
  readonly prerenderFrame?: number;
}

/**
 * The top-level commit in `details`, or undefined for anything else: a frame inside a page, a fenced frame,
 * a document being unloaded, or a browser that gave no documentId. Chrome names the outermost frames
 * (`frameType`), of which only the shown page's has frameId 0; Firefox has only that one, with frameId 0.
 */
export function commitOf(details: CommitDetails): Commit | undefined {
  const { tabId, frameId, documentId, documentLifecycle, frameType } = details;
  if (tabId < 0 || !documentId) return undefined;
  const outermost = frameType === undefined ? frameId === 0 : frameType === 'outermost_frame';
  if (!outermost) return undefined;
  const base = { tabId, url: String(details.url), documentId, time: details.timeStamp };
  if (documentLifecycle === 'prerender') return { ...base, prerenderFrame: frameId };
  // Firefox gives no lifecycle: its top-level commits are of the page it shows.
  if (documentLifecycle !== undefined && documentLifecycle !== 'active') return undefined;
  return frameId === 0 ? base : undefined;
}

/**
 * The commits the worker asks for: web pages only. The pages it records are those webRequest sees; a tab
 * opening about:blank, an extension's page or the browser's own pages starts no page here.
 */
export const commitFilter = { url: [{ schemes: ['http', 'https'] }] };
