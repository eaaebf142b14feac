/** A tab of either driver: playwright-core's and puppeteer-core's pages share what a TabHandle needs. */
import type { TabHandle } from './types.ts';

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
