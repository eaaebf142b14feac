/**
 * Chromium with the extension loaded, driven by puppeteer-core instead of Playwright, for the one thing
 * Playwright's driver cannot show: prerendering. Chromium does not prerender in a tab that a DevTools client
 * without tab-target support is attached to (the Preload domain reports `PrerenderingDisabledByDevTools`),
 * and Playwright attaches to every page that way; puppeteer attaches through tab targets, so speculation
 * rules work as in a person's Chrome.
 *
 * Only what e2e/page-lifecycle.test.ts needs: open a page, learn its tab id, and read the popup page, shown
 * in a window of its own so that the tab under test stays visible (Chrome may cancel the prerendering of a
 * hidden tab).
 */
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { waitFor, withTimeout } from '../wait.ts';
import { chromiumArgs } from './chromium-flags.ts';
import { findBrowser } from './locate.ts';
import { popupPainted, readPopupView, settle } from './popup-dom.ts';
import type { PopupView } from './types.ts';

const POPUP_PATH = 'src/popup/index.html';

export class PrerenderingChromium {
  private browser: Browser | undefined;
  private worker: WebWorker | undefined;
  private extensionId = '';
  private popupPage: Page | undefined;

  constructor(private readonly options: { readonly extensionDir: string }) {}

  private get b(): Browser {
    if (!this.browser) throw new Error('Chromium is not launched');
    return this.browser;
  }

  async launch(): Promise<void> {
    this.browser = await puppeteer.launch({
      executablePath: findBrowser('chrome'),
      headless: true,
      // Loading an unpacked extension this way needs the pipe, not a port.
      pipe: true,
      enableExtensions: [this.options.extensionDir],
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(undefined, ['--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost']),
    });
    const target = await this.b.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15_000 });
    this.extensionId = new URL(target.url()).host;
    const worker = await target.worker();
    if (!worker) throw new Error("the extension's service worker has no context");
    this.worker = worker;
    // The extension API appears in the worker's context a moment after the target does.
    await waitFor(
      () => worker.evaluate(`typeof chrome === 'object' && typeof chrome.windows === 'object'`) as Promise<boolean>,
      (ready) => ready,
      'the extension API in the service worker',
    );
    // Answered once the worker's journal is loaded, so no event lands before its listeners exist.
    const popup = await this.popup('?tab=all');
    await withTimeout(popup.evaluate(`chrome.runtime.sendMessage({ type: 'ping' })`), 15_000, 'a ping to the worker');
  }

  /** The popup page with `query`, in a window of its own (opened once, then navigated). */
  private async popup(query: string): Promise<Page> {
    const url = `chrome-extension://${this.extensionId}/${POPUP_PATH}${query}`;
    if (!this.popupPage) {
      await this.evalInWorker(`chrome.windows.create({ url: ${JSON.stringify(url)} }).then(() => true)`);
      const target = await this.b.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
      const page = await target.page();
      if (!page) throw new Error('the popup window has no page');
      this.popupPage = page;
    } else if (this.popupPage.url() !== url) {
      await this.popupPage.goto(url, { waitUntil: 'load', timeout: 15_000 });
    }
    const page = this.popupPage;
    await waitFor(
      () => page.evaluate(popupPainted) as Promise<boolean>,
      (painted) => painted,
      `the popup page ${query} to paint`,
    );
    return page;
  }

  /**
   * Opens `url` in a window of its own and waits for its load event. (A new tab would open in the popup's
   * window and hide it; a hidden page never paints.)
   */
  async open(url: string): Promise<Page> {
    await this.evalInWorker(`chrome.windows.create({ url: ${JSON.stringify(url)} }).then(() => true)`);
    const target = await this.b.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
    const page = await target.page();
    if (!page) throw new Error(`no page at ${url}`);
    await waitFor(
      () => page.evaluate(`document.readyState === 'complete'`) as Promise<boolean>,
      (loaded) => loaded,
      `${url} to load`,
    );
    return page;
  }

  /** The browser's id of the one tab showing `page`'s URL. */
  async tabId(page: Page): Promise<number> {
    const url = page.url();
    const tabs = (await this.evalInWorker(`chrome.tabs.query({}).then((ts) => ts.map((t) => [t.id, t.url]))`)) as [
      number,
      string,
    ][];
    const matches = tabs.filter(([, u]) => u === url);
    if (matches.length !== 1) throw new Error(`expected one tab at ${url}, found ${matches.length}`);
    return matches[0]![0];
  }

  /** Shows the popup page with `query` in its own window and reads its list. */
  async readPopup(query: string): Promise<PopupView> {
    const page = await this.popup(query);
    await page.evaluate(settle);
    return (await page.evaluate(readPopupView)) as PopupView;
  }

  private evalInWorker(expression: string): Promise<unknown> {
    if (!this.worker) throw new Error('Chromium is not launched');
    return withTimeout(this.worker.evaluate(expression), 10_000, `evaluate in the service worker: ${expression}`);
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = undefined;
  }
}
