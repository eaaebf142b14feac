/**
 * What both drivers share about the pages they open: playwright-core's and puppeteer-core's pages and
 * dialogs offer the same few methods, so a tab, its bookkeeping and dialog handling are written once.
 */
import { sleep } from '../wait.ts';
import type { ExtensionBrowser, TabHandle } from './types.ts';

export interface DriverPage {
  url(): string;
  goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<unknown>;
}

interface DriverDialog {
  message(): string;
  dismiss(): Promise<void>;
}

class PageTab<P extends DriverPage> implements TabHandle {
  constructor(private readonly page: P) {}
  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    // Error pages (DNS failure, refused) make goto throw; the page still loaded what it could.
    await this.page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => undefined);
  }
  evaluate(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }
}

/** The tabs a driver opened, and the messages of every dialog its pages showed. */
export class DriverPages<P extends DriverPage> {
  private readonly byTab = new WeakMap<TabHandle, P>();
  readonly dialogs: string[] = [];

  /** A page's 'dialog' listener: keeps the message and dismisses the dialog, so no page waits on it. */
  readonly onDialog = (d: DriverDialog): void => {
    this.dialogs.push(d.message());
    void d.dismiss().catch(() => undefined);
  };

  async open(page: P, url: string): Promise<TabHandle> {
    const tab = new PageTab(page);
    this.byTab.set(tab, page);
    await tab.goto(url);
    return tab;
  }

  async close(tab: TabHandle): Promise<void> {
    const page = this.byTab.get(tab);
    if (!page) throw new Error('not a tab this browser opened');
    await page.close();
    await sleep(50);
  }
}

/** The browser's id of the one tab showing `tab`'s URL, asked of the extension API in either browser. */
export async function tabIdOf(b: Pick<ExtensionBrowser, 'evalInExtension'>, tab: TabHandle): Promise<number> {
  const url = tab.url();
  const tabs = await b.evalInExtension<{ id: number; url: string }[]>(
    `(globalThis.browser ?? globalThis.chrome).tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url ?? '' })))`,
  );
  const matches = tabs.filter((t) => t.url === url);
  if (matches.length !== 1) throw new Error(`expected one tab at ${url}, found ${matches.length}`);
  return matches[0]!.id;
}
