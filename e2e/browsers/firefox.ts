/**
 * Firefox ESR with the extension installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { waitFor, withTimeout } from '../wait.ts';
import { findBrowser } from './locate.ts';
import { DriverPages, tabIdOf } from './page-tab.ts';
import { pageOrigin, popupPainted, readPopupView, settle } from './popup-dom.ts';
import type { ExtensionBrowser, LaunchOptions, PopupView, TabHandle } from './types.ts';

/** The gecko id in manifest.config.ts, and the fixed moz-extension:// host the tests use for it. */
export const GECKO_ID = 'statuscope@statuscope.dev';
export const EXTENSION_UUID = '5c7e2a4f-3b1d-4e8a-9f60-7d2c1b0a9e38';
/** The event page suspends after this much idle time (Firefox's default is 30 s). */
export const IDLE_TIMEOUT_MS = 3_000;

const POPUP_PATH = 'src/popup/index.html';

export class FirefoxExtensionBrowser implements ExtensionBrowser {
  readonly name = 'firefox' as const;
  private browser: Browser | undefined;
  private popupPage: Page | undefined;
  private profile = '';
  private readonly pages = new DriverPages<Page>();

  constructor(private readonly options: LaunchOptions) {
    const bad = options.unresolvable.filter((h) => !h.endsWith('.onion'));
    // network.dns.forceResolve sends every name to 127.0.0.1; only .onion names still fail
    // (network.dns.blockDotOnion, checked before the forced answer): NS_ERROR_UNKNOWN_HOST.
    if (bad.length) throw new Error(`Firefox can only make .onion names unresolvable, not: ${bad.join(', ')}`);
  }

  /**
   * A new profile in which the extension is already allowed in private windows: the permission a person
   * grants in about:addons, kept in the profile's extension-preferences.json.
   */
  private privateAllowedProfile(): string {
    this.profile = mkdtempSync(join(tmpdir(), 'statuscope-firefox-'));
    writeFileSync(
      join(this.profile, 'extension-preferences.json'),
      JSON.stringify({ [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
    return this.profile;
  }

  private get b(): Browser {
    if (!this.browser) throw new Error('Firefox is not launched');
    return this.browser;
  }

  async launch(): Promise<void> {
    const executablePath = findBrowser('firefox');
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      ...(this.options.allowPrivate ? { userDataDir: this.privateAllowedProfile() } : {}),
      executablePath,
      headless: !this.options.headed,
      // moz-extension:// pages can only be opened by the driver with system access.
      args: ['--remote-allow-system-access'],
      acceptInsecureCerts: true,
      defaultViewport: this.options.headed ? null : { width: 1100, height: 800 },
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'network.dns.blockDotOnion': true,
        'network.stricttransportsecurity.preloadlist': false,
        'network.http.http3.enable': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'extensions.background.idle.timeout': IDLE_TIMEOUT_MS,
      },
    });
    this.b.on('targetcreated', (t) => {
      void t
        .page()
        .then((p) => p && this.watchDialogs(p))
        .catch(() => undefined);
    });
    for (const p of await this.b.pages()) this.watchDialogs(p);
    await this.b.installExtension(this.options.extensionDir);
    // One round trip through the event page's message handler (answered once its journal is loaded)
    // before any traffic, so no event lands before its listeners exist.
    await this.evalInExtension(`browser.runtime.sendMessage({ type: 'ping' })`);
  }

  private readonly watched = new WeakSet<Page>();
  private watchDialogs(p: Page): void {
    if (this.watched.has(p)) return;
    this.watched.add(p);
    p.on('dialog', this.pages.onDialog);
  }

  async open(url: string): Promise<TabHandle> {
    const page = await this.b.newPage();
    this.watchDialogs(page);
    return this.pages.open(page, url);
  }

  tabId(tab: TabHandle): Promise<number> {
    return tabIdOf(this, tab);
  }

  popupUrl(query: string): string {
    return `moz-extension://${EXTENSION_UUID}/${POPUP_PATH}${query}`;
  }

  /**
   * The tab that shows the popup page, navigated to `query`. With system access, goto on a
   * moz-extension:// URL never reports completion although the page loads: start it, then poll.
   */
  private async popup(query: string, reload = false): Promise<Page> {
    const url = this.popupUrl(query);
    if (!this.popupPage || this.popupPage.isClosed()) {
      this.popupPage = await this.b.newPage();
      this.watchDialogs(this.popupPage);
    }
    const page = this.popupPage;
    // A popup is visible while it is used. A hidden tab never runs requestAnimationFrame, and the popup
    // subscribes to changes and paints the tail of a long list only after its first frame.
    await page.bringToFront();
    // page.url() is not updated for these navigations over BiDi: ask the page itself.
    const [href, before] = (await page.evaluate(`[location.href, ${pageOrigin}]`).catch(() => ['', 0])) as [
      string,
      number,
    ];
    if (href !== url || reload) {
      void page.goto(url, { timeout: 20_000 }).catch(() => undefined);
      await waitFor(
        () => page.evaluate(`[location.href, ${pageOrigin}, ${popupPainted}]`) as Promise<[string, number, boolean]>,
        ([h, origin, painted]) => h === url && origin !== before && painted,
        `the popup page ${query} to paint`,
      );
    } else {
      await waitFor(
        () => page.evaluate(popupPainted) as Promise<boolean>,
        (p) => p,
        'the popup page to paint',
      );
    }
    return page;
  }

  async readPopup(query: string, reload = false): Promise<PopupView> {
    const page = await this.popup(query, reload);
    await page.evaluate(settle);
    return (await page.evaluate(readPopupView)) as PopupView;
  }

  async evalInExtension<T>(expression: string): Promise<T> {
    const page = this.popupPage && !this.popupPage.isClosed() ? this.popupPage : await this.popup('?tab=all');
    const onExtensionPage = await page.evaluate(`location.protocol === 'moz-extension:'`).catch(() => false);
    const target = onExtensionPage ? page : await this.popup('?tab=all');
    return (await withTimeout(
      target.evaluate(expression),
      15_000,
      `evaluate in the extension page: ${expression.slice(0, 80)}`,
    )) as T;
  }

  async badgeText(tabId: number): Promise<string> {
    return this.evalInExtension<string>(`browser.action.getBadgeText({ tabId: ${Number(tabId)} })`);
  }

  async workerRunning(): Promise<boolean> {
    const n = await this.evalInExtension<number>(
      `browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }).then((c) => c.length)`,
    );
    return n > 0;
  }

  /** Firefox has no "stop now": the event page suspends after the idle timeout pref; wait for it. */
  async stopWorker(): Promise<void> {
    await waitFor(
      () => this.workerRunning(),
      (running) => !running,
      'the event page to suspend',
      IDLE_TIMEOUT_MS * 4,
      250,
    );
  }

  closeTab(tab: TabHandle): Promise<void> {
    return this.pages.close(tab);
  }

  dialogs(): readonly string[] {
    return this.pages.dialogs;
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = undefined;
    if (this.profile) rmSync(this.profile, { recursive: true, force: true });
  }

  async closed(): Promise<void> {
    await new Promise<void>((resolve) => this.b.once('disconnected', () => resolve()));
  }
}
