/** Picks the driver for a browser name. */
import { ChromiumExtensionBrowser } from './chromium.ts';
import { FirefoxExtensionBrowser } from './firefox.ts';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types.ts';

export type {
  BrowserName,
  ExtensionBrowser,
  LaunchOptions,
  PopupEntry,
  PopupSection,
  PopupView,
  TabHandle,
} from './types.ts';
export { BrowserNotFoundError, findBrowser } from './locate.ts';

export const browserNames: readonly BrowserName[] = ['chromium', 'firefox'];

export function createBrowser(name: BrowserName, options: LaunchOptions): ExtensionBrowser {
  return name === 'chromium' ? new ChromiumExtensionBrowser(options) : new FirefoxExtensionBrowser(options);
}

/** The unpacked build a browser loads. */
export const extensionDirFor = (root: string, name: BrowserName): string =>
  `${root}/dist/${name === 'chromium' ? 'chrome' : 'firefox'}`;
