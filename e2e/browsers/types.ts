/**
 * The one interface both browser drivers implement, so the tests and the demo run the same steps in
 * Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
 */
import type { BrowserName } from '../../src/platform/index.ts';

export type { BrowserName };

/** One list item of the popup: `<li class="entry" data-kind data-code>` and its visible text. */
export interface PopupEntry {
  readonly kind: string;
  readonly code: string;
  /** innerText of the whole item. */
  readonly text: string;
  /** The parts of it: title, producer name, evidence label, full URL (the title attribute) and request type. */
  readonly title: string;
  /** The producer's name, or a role label ("The site's own server") when no product is named. */
  readonly who: string;
  /** The role label shown after a named producer ("CDN", "Load balancer"…); empty when none is named. */
  readonly role: string;
  /** True when the line marks the producer as a guess ("a guess" / "предположение"). */
  readonly guess: boolean;
  readonly evidence: string;
  readonly url: string;
  readonly type: string;
}

/** One `<section class="page" aria-label="<page URL>">` of the popup. */
export interface PopupSection {
  readonly label: string;
  readonly entries: readonly PopupEntry[];
}

export interface PopupView {
  readonly sections: readonly PopupSection[];
  /** The whole page's visible text. */
  readonly text: string;
  /** True when the popup shows its empty state. */
  readonly empty: boolean;
}

/** A tab the test opened. */
export interface TabHandle {
  /** The URL the tab shows now. */
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs a script expression in the page (e.g. a fetch the page itself makes). */
  evaluate(expression: string): Promise<unknown>;
}

export interface LaunchOptions {
  /** The unpacked extension to load (absolute path). */
  readonly extensionDir: string;
  /** Show a real window (needs $DISPLAY). Default: headless. */
  readonly headed?: boolean;
  /**
   * Host names that must fail to resolve; every other host goes to 127.0.0.1. Firefox can only fail
   * `.onion` names (see firefox.ts), so use one of those.
   */
  readonly unresolvable: readonly string[];
  /**
   * Let the extension run in private windows, as a person can in the browser's extension settings.
   * Firefox already allows it for an extension the driver installs; Chromium needs it asked for.
   */
  readonly allowPrivate?: boolean;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  launch(): Promise<void>;
  /** Opens a new tab at `url` and waits for its load event (errors pages count as loaded). */
  open(url: string): Promise<TabHandle>;
  /** The browser's id of a tab (the one the extension sees in webRequest events). */
  tabId(tab: TabHandle): Promise<number>;
  /** The address of the popup page with `query` (e.g. "?tab=all"), to open by hand in a headed browser. */
  popupUrl(query: string): string;
  /**
   * Shows the popup page with `query` (e.g. "?tab=all", "?tab=12") in its own tab and reads its list.
   * The page stays open and updates itself; `reload` loads it afresh.
   */
  readPopup(query: string, reload?: boolean): Promise<PopupView>;
  /**
   * Runs an expression in the popup page (an extension page, so `chrome`/`browser` APIs are there) and
   * returns its JSON-serialisable result. Opens the popup page first if needed.
   */
  evalInExtension<T>(expression: string): Promise<T>;
  /** The toolbar badge text of a tab. */
  badgeText(tabId: number): Promise<string>;
  /** Stops the background (Chromium service worker / Firefox event page) and waits until it is gone. */
  stopWorker(): Promise<void>;
  /** True while the background context is running (does not wake it). */
  workerRunning(): Promise<boolean>;
  closeTab(tab: TabHandle): Promise<void>;
  /** Messages of every dialog (alert/confirm/prompt) any page showed so far. */
  dialogs(): readonly string[];
  close(): Promise<void>;
  /** Resolves when the browser goes away (the person closed the window). */
  closed(): Promise<void>;
}
