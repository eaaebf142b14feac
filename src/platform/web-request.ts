/**
 * The webRequest listeners the worker registers, per browser: each event, the requests it is asked for
 * and what it must carry. Plain data, free of extension APIs, so the browser bench's floor extension
 * (bench/floor.ts) registers exactly these listeners too.
 */
import type { WebRequest } from 'webextension-polyfill';
import type { BrowserName } from './index';

interface Listener<Option> {
  readonly filter: WebRequest.RequestFilter;
  readonly extraInfoSpec: Option[];
}

/** By event name; an event without `extraInfoSpec` is registered with its filter alone. */
export interface WebRequestListeners {
  readonly onBeforeRedirect: Listener<WebRequest.OnBeforeRedirectOptions>;
  readonly onCompleted: Listener<WebRequest.OnCompletedOptions>;
  readonly onErrorOccurred: { readonly filter: WebRequest.RequestFilter };
  readonly onHeadersReceived: Listener<WebRequest.OnHeadersReceivedOptions>;
  readonly onResponseStarted: Listener<WebRequest.OnResponseStartedOptions>;
}

/**
 * `cancelledAfterHeaders`: the request types whose error responses the browser itself may cancel after
 * their headers arrived, so the worker keeps their headers from onHeadersReceived (see recorder.headers).
 * Only these types pay for that extra event.
 *
 * Every response event asks for 'responseHeaders' alone. Chrome withholds Set-Cookie unless
 * 'extraHeaders' is also asked for, and that option slows every request down, so cookie-name
 * fingerprints work in Firefox only; header and URL fingerprints work in both.
 */
const listenersWith = (cancelledAfterHeaders: WebRequest.ResourceType[]): WebRequestListeners => ({
  onBeforeRedirect: { filter: { urls: ['<all_urls>'] }, extraInfoSpec: ['responseHeaders'] },
  onCompleted: { filter: { urls: ['<all_urls>'] }, extraInfoSpec: ['responseHeaders'] },
  onErrorOccurred: { filter: { urls: ['<all_urls>'] } },
  onHeadersReceived: {
    filter: { urls: ['<all_urls>'], types: cancelledAfterHeaders },
    extraInfoSpec: ['responseHeaders'],
  },
  // Its headers tell a download (Content-Disposition: attachment), which leaves the tab's page in place.
  onResponseStarted: { filter: { urls: ['<all_urls>'], types: ['main_frame'] }, extraInfoSpec: ['responseHeaders'] },
});

export const webRequestListeners: Readonly<Record<BrowserName, WebRequestListeners>> = {
  // Chromium cancels a stylesheet that answered 4xx/5xx.
  chrome: listenersWith(['stylesheet']),
  // Firefox's opaque-response blocking aborts error pages sent to no-cors loads (images, scripts, media).
  firefox: listenersWith(['stylesheet', 'image', 'imageset', 'script', 'media', 'object']),
};
