/** Firefox's built-in promise-based `browser`, standing in for webextension-polyfill in the Firefox build. */
import type { Browser } from 'webextension-polyfill';

const native = (globalThis as unknown as { browser: Browser }).browser;
export default native;
