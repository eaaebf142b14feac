/**
 * The one manifest source. The per-browser overlay at the bottom is the only place the two
 * manifests differ: Chrome runs the worker as a service worker, Firefox as an event page.
 */
import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };
import type { BrowserName } from './src/platform/index.ts';

export const geckoId = 'statuscope@statuscope.dev';

/** Firefox keys crxjs's manifest type does not know; spread in as-is. */
const firefoxOnly = {
  browser_specific_settings: {
    gecko: {
      id: geckoId,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  },
};

export const manifestFor = (target: BrowserName) =>
  defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // The address-bar keyword: "sc 522" looks the code up. It needs no permission in either browser.
    omnibox: { keyword: 'sc' },
    // webNavigation: the only word of a page shown without a request (back/forward cache, prerendering).
    // Chrome shows no warning for it beside <all_urls>'s; Firefox lists it (see README, Privacy).
    // scripting: an error document's own page is read in its frame (and nowhere else) to name the exact error;
    // with <all_urls> already granted, neither browser shows a further warning for it.
    permissions: ['webRequest', 'webNavigation', 'storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    background:
      target === 'chrome'
        ? { service_worker: 'src/background/index.ts', type: 'module' }
        : { scripts: ['src/background/index.ts'], type: 'module' },
    ...(target === 'firefox' ? firefoxOnly : {}),
  } as Parameters<typeof defineManifest>[0]);
