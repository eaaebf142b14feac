/**
 * Everything that differs between Chrome and Firefox at run time lives here (build-time differences
 * live in manifest.config.ts and vite.config.ts). The rest of the code asks this module, never the UA.
 */
import type { WebRequest } from 'webextension-polyfill';
import browser from './browser';

export type BrowserName = 'chrome' | 'firefox';

declare const __BROWSER__: BrowserName;

export const browserName: BrowserName = __BROWSER__;

/**
 * What onCompleted/onBeforeRedirect ask for. Chrome withholds Set-Cookie unless 'extraHeaders' is
 * also asked for, and that option slows every request down, so cookie-name fingerprints work in
 * Firefox only; header and URL fingerprints work in both.
 */
export const responseInfo: WebRequest.OnCompletedOptions[] = ['responseHeaders'];

/**
 * The request types whose error responses the browser itself may cancel after their headers arrived,
 * so the worker keeps their headers from onHeadersReceived (see recorder.headers). Chromium cancels a
 * stylesheet that answered 4xx/5xx; Firefox's opaque-response blocking aborts error pages sent to
 * no-cors loads (images, scripts, media). Only these types pay for that extra event.
 */
export const cancelledAfterHeaders: WebRequest.ResourceType[] =
  browserName === 'firefox' ? ['stylesheet', 'image', 'imageset', 'script', 'media', 'object'] : ['stylesheet'];

/**
 * Looks up whether a tab belongs to a private window. Chrome needs this; Firefox says so in every event,
 * which background/private-tabs.ts uses first. A tab that can't be looked up (closed meanwhile, or one
 * the extension may not see) counts as private: its entries then stay out of normal windows' popups.
 */
export async function isPrivateTab(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return true;
  }
}

export { browser };
