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

export const browserNames: readonly BrowserName[] = ['chrome', 'firefox'];

const isBrowserName = (name: string): name is BrowserName => (browserNames as readonly string[]).includes(name);

/** The browsers the end-to-end tests run in: E2E_BROWSERS=chrome (or firefox) picks one; both by default. */
export function browsersToTest(): BrowserName[] {
  const names = (process.env.E2E_BROWSERS ?? browserNames.join(',')).split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !isBrowserName(n));
  if (unknown.length)
    throw new Error(`E2E_BROWSERS: unknown ${unknown.join(', ')} (known: ${browserNames.join(', ')})`);
  return names.filter(isBrowserName);
}

export function createBrowser(name: BrowserName, options: LaunchOptions): ExtensionBrowser {
  return name === 'chrome' ? new ChromiumExtensionBrowser(options) : new FirefoxExtensionBrowser(options);
}

/** The unpacked build a browser loads. */
export const extensionDirFor = (root: string, name: BrowserName): string => `${root}/dist/${name}`;
