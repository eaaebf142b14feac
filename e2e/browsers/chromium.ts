/**
 * Chromium with the extension loaded, driven by playwright-core (launchPersistentContext: extensions
 * need a persistent profile).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { waitFor, withTimeout } from '../wait.ts';
import { chromiumArgs, ignoreDefaultArgs } from './chromium-flags.ts';
import { findBrowser } from './locate.ts';
import { DriverPages, tabIdOf } from './page-tab.ts';
import { openEntry, popupPainted, readPopupView, scrollToEntry, settle } from './popup-dom.ts';
import type { ExtensionBrowser, LaunchOptions, PopupView, TabHandle } from './types.ts';

const POPUP_PATH = 'src/popup/index.html';

/** Stops every service worker in `context`, as Chromium stops an idle one. CDP reaches them through a page. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export class ChromiumExtensionBrowser implements ExtensionBrowser {
  readonly name = 'chrome' as const;
  private ctx: BrowserContext | undefined;
  private profile = '';
  private extensionId = '';
  private popupPage: Page | undefined;
  private readonly pages = new DriverPages<Page>();

  constructor(private readonly options: LaunchOptions) {}

  private get context(): BrowserContext {
    if (!this.ctx) throw new Error('Chromium is not launched');
    return this.ctx;
  }

  async launch(): Promise<void> {
    const executablePath = findBrowser('chrome');
    this.profile = mkdtempSync(join(tmpdir(), 'statuscope-chromium-'));
    const dir = this.options.extensionDir;
    const rules = [
      ...this.options.unresolvable.map((h) => `MAP ${h} ~NOTFOUND`),
      'MAP * 127.0.0.1',
      'EXCLUDE localhost',
    ].join(', ');
    this.ctx = await chromium.launchPersistentContext(this.profile, {
      executablePath,
      headless: !this.options.headed,
      // Playwright also turns the back/forward cache off; a person's Chrome has it (e2e/page-lifecycle.test.ts).
      ignoreDefaultArgs: [...ignoreDefaultArgs, '--disable-back-forward-cache'],
      // --load-extension cannot allow private windows; the DevTools protocol's own loader can.
      args: this.options.allowPrivate
        ? chromiumArgs(undefined, [`--host-resolver-rules=${rules}`, '--enable-unsafe-extension-debugging'])
        : chromiumArgs(dir, [`--host-resolver-rules=${rules}`]),
      viewport: { width: 1100, height: 800 },
    });
    if (this.options.allowPrivate) {
      const cdp = await this.context.browser()!.newBrowserCDPSession();
      await cdp.send('Extensions.loadUnpacked', { path: dir, enableInIncognito: true });
      await cdp.detach();
    }
    this.context.on('page', (p) => p.on('dialog', this.pages.onDialog));
    for (const p of this.context.pages()) p.on('dialog', this.pages.onDialog);

    const sw = await withTimeout(
      Promise.resolve(
        this.context.serviceWorkers()[0] ?? this.context.waitForEvent('serviceworker', { timeout: 15_000 }),
      ),
      16_000,
      `the extension's service worker to start (is ${executablePath} Chromium? Google Chrome 137+ ignores --load-extension)`,
    );
    this.extensionId = new URL(sw.url()).host;
    // First-install race: the worker target shows up before its listeners are registered. One round trip
    // into the worker, then one through its message handler (answered only once its journal is loaded).
    await withTimeout(sw.evaluate('true'), 10_000, 'first evaluate in the service worker');
    await this.evalInExtension(`chrome.runtime.sendMessage({ type: 'ping' })`);
  }

  async open(url: string): Promise<TabHandle> {
    return this.pages.open(await this.context.newPage(), url);
  }

  tabId(tab: TabHandle): Promise<number> {
    return tabIdOf(this, tab);
  }

  popupUrl(query: string): string {
    return `chrome-extension://${this.extensionId}/${POPUP_PATH}${query}`;
  }

  /** The tab that shows the popup page, navigated to `query` (reloaded when `reload`). */
  private async popup(query: string, reload = false): Promise<Page> {
    const url = this.popupUrl(query);
    if (!this.popupPage || this.popupPage.isClosed()) this.popupPage = await this.context.newPage();
    const page = this.popupPage;
    // A popup is visible while it is used. A hidden tab never runs requestAnimationFrame, and the popup
    // subscribes to changes and paints the tail of a long list only after its first frame.
    await page.bringToFront();
    if (page.url() !== url || reload) {
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    }
    // waitForFunction evals a string in the page, which the extension page's CSP forbids; evaluate does not.
    await waitFor(
      () => page.evaluate(popupPainted) as Promise<boolean>,
      (painted) => painted,
      `the popup page ${query} to paint`,
    );
    return page;
  }

  /**
   * Draws the popup page with `query` into a PNG at `width`×`height` (the screenshots script).
   * `asPopup` drops the full-page layout, as in the toolbar popup; `expand` opens the item with that URL.
   */
  async screenshot(
    query: string,
    o: { path: string; width: number; height: number; dark: boolean; asPopup: boolean; expand?: string },
  ): Promise<void> {
    const page = await this.popup(query, true);
    await page.setViewportSize({ width: o.width, height: o.height });
    await page.emulateMedia({ colorScheme: o.dark ? 'dark' : 'light' });
    if (o.asPopup) await page.evaluate(`document.documentElement.classList.remove('full-page')`);
    if (o.expand) {
      const url = o.expand;
      await waitFor(
        () => page.evaluate(openEntry(url)) as Promise<{ loaded: boolean }>,
        (r) => r.loaded,
        `the item ${url} to open`,
      );
      await page.evaluate(scrollToEntry(url));
    }
    await page.evaluate(settle);
    await page.screenshot({ path: o.path });
  }

  async readPopup(query: string, reload = false): Promise<PopupView> {
    const page = await this.popup(query, reload);
    await page.evaluate(settle);
    return (await page.evaluate(readPopupView)) as PopupView;
  }

  async evalInExtension<T>(expression: string): Promise<T> {
    const page =
      this.popupPage && !this.popupPage.isClosed() && this.popupPage.url().startsWith('chrome-extension://')
        ? this.popupPage
        : await this.popup('?tab=all');
    return (await withTimeout(
      page.evaluate(expression),
      15_000,
      `evaluate in the extension page: ${expression.slice(0, 80)}`,
    )) as T;
  }

  /** The running service worker, woken (by a message from the popup page) if it was stopped. */
  private async liveWorker(): Promise<Worker> {
    if (!(await this.workerRunning())) await this.evalInExtension(`chrome.runtime.sendMessage({ type: 'ping' })`);
    return waitFor(
      async () => (await this.answeringWorker())?.worker,
      (w) => w !== undefined,
      'a live service worker',
    ) as Promise<Worker>;
  }

  /** The newest of the extension's service workers that answers, and when it started (its timeOrigin). */
  private async answeringWorker(): Promise<{ worker: Worker; startedAt: number } | undefined> {
    for (const worker of this.context.serviceWorkers().reverse()) {
      if (!worker.url().startsWith(`chrome-extension://${this.extensionId}/`)) continue;
      // sw.evaluate hangs on a stopped worker: always bounded.
      const startedAt = await withTimeout(
        worker.evaluate('performance.timeOrigin'),
        2_000,
        'service worker round trip',
      ).catch(() => undefined);
      if (typeof startedAt === 'number') return { worker, startedAt };
    }
    return undefined;
  }

  async badgeText(tabId: number): Promise<string> {
    const sw = await this.liveWorker();
    return withTimeout(
      sw.evaluate(`chrome.action.getBadgeText({ tabId: ${Number(tabId)} })`) as Promise<string>,
      5_000,
      'chrome.action.getBadgeText in the service worker',
    );
  }

  async workerRunning(): Promise<boolean> {
    const n = await this.evalInExtension<number>(
      `chrome.runtime.getContexts({ contextTypes: ['BACKGROUND'] }).then((c) => c.length)`,
    );
    return n > 0;
  }

  /**
   * Stops the worker. Under traffic the next event starts it again at once, so a worker that started
   * after the stop counts as stopped too.
   */
  async stopWorker(): Promise<void> {
    const page = this.popupPage && !this.popupPage.isClosed() ? this.popupPage : await this.popup('?tab=all');
    const before = (await this.answeringWorker())?.startedAt;
    await stopServiceWorkers(this.context, page);
    await waitFor(
      async () => {
        if (!(await this.workerRunning())) return true;
        const now = (await this.answeringWorker())?.startedAt;
        return now !== undefined && now !== before;
      },
      (stopped) => stopped,
      'the service worker to stop',
      10_000,
    );
  }

  closeTab(tab: TabHandle): Promise<void> {
    return this.pages.close(tab);
  }

  dialogs(): readonly string[] {
    return this.pages.dialogs;
  }

  async close(): Promise<void> {
    await this.ctx?.close().catch(() => undefined);
    this.ctx = undefined;
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }

  /** Resolves when the person closes the window (headed demo). */
  async closed(): Promise<void> {
    await new Promise<void>((resolve) => this.context.on('close', () => resolve()));
  }
}
