/**
 * The extension API object: each browser's own promise-based API, Firefox's `browser` or Chrome's
 * `chrome` (Manifest V3 APIs return promises). The one thing Chrome's does not do is take a promise
 * returned from a runtime.onMessage listener as the reply, so the worker answers through sendResponse,
 * which both browsers accept.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

const browser = (scope.browser ?? scope.chrome) as Browser;

export default browser;
