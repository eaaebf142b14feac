/**
 * Everything that differs between Chrome and Firefox at run time lives here (build-time differences
 * live in manifest.config.ts and vite.config.ts). The rest of the code asks this module, never the UA.
 */
import type { Events } from 'webextension-polyfill';
import browser from './browser';
import { describeSuggestion } from './omnibox';
import { storedBytes } from './storage';
import { type WebRequestListeners, webRequestListeners } from './web-request';

/** The browsers the extension is built for: also the name of each build (dist/<name>) and of the e2e drivers. */
export type BrowserName = 'chrome' | 'firefox';

declare const __BROWSER__: BrowserName;

export const browserName: BrowserName = __BROWSER__;

/** The webRequest listeners the worker registers in this browser (described in web-request.ts). */
export const listeners: WebRequestListeners = webRequestListeners[browserName];

/** What storage.session counts against its quota for a stored string in this browser (see storage.ts). */
export const sessionBytes: (text: string) => number = storedBytes[browserName];

/**
 * The event that comes just before the browser unloads the worker, where there is one: Firefox sends its
 * event page runtime.onSuspend; Chrome stops its service worker without a word.
 */
export const onSuspend: Events.Event<() => void> | undefined =
  browserName === 'firefox' ? browser.runtime.onSuspend : undefined;

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

/**
 * Whether a request with no tab (a site's service worker, a prefetch) says which kind of window it came
 * from: Firefox gives `incognito` in every webRequest event; Chrome gives nothing for these, and there is
 * no tab to look up. Where it is unknown, the worker keeps no tab-less entries while a private window is open.
 */
export type TablessPrivacy = 'known' | 'unknown';
export const tablessPrivacy: TablessPrivacy = browserName === 'firefox' ? 'known' : 'unknown';

/** Whether any private window is open; when that can't be learnt, it counts as open. */
export async function anyPrivateWindow(): Promise<boolean> {
  try {
    return (await browser.windows.getAll()).some((w) => w.incognito);
  } catch {
    return true;
  }
}

/** An address-bar suggestion's description as this browser wants it: XML markup in Chrome, plain text in Firefox. */
export const suggestionText = describeSuggestion[browserName];

export { commitFilter } from './documents';
export { browser };
