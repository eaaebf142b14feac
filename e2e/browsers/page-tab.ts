/** A tab of either driver: playwright-core's and puppeteer-core's pages share what a TabHandle needs. */
import type { ExtensionBrowser, TabHandle } from './types.ts';

export interface DriverPage {
  url(): string;
  goto(url: string, options: { waitUntil: 'load'; timeout: number }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}

export class PageTab<P extends DriverPage> implements TabHandle {
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
