/**
 * The cost of reading an error page: time from a document's load event (and from the end of its response) to
 * the moment the worker has stored its entry with what the page showed (storage.session's change event, seen
 * in the worker). The reader runs once the document is parsed, which may be before its load event: a time
 * from the load event may then be negative. The page is a product's error page (test/error-pages/), served
 * here, loaded in a tab of its own each time.
 */
import { createServer } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { cloudflareOriginDns } from '../test/error-pages/cloudflare.ts';

type WorkerGlobal = {
  chrome: {
    storage: {
      onChanged: { addListener(fn: (changes: Record<string, { newValue?: unknown }>) => void): void };
    };
  };
  /** Error-page URL → when the stored log first held its entry with the page's markers. */
  readAt?: Record<string, number>;
};

const WAIT_MS = 5_000;

export interface ReadTimes {
  readonly fromLoad: number[];
  readonly fromResponse: number[];
}

/** `loads` times in ms to the stored entry (after `warmup` loads not counted). */
export async function errorPageReadTimes(ctx: BrowserContext, loads: number, warmup = 2): Promise<ReadTimes> {
  const page = cloudflareOriginDns;
  const server = createServer((_req, res) => {
    res.writeHead(page.status, { ...page.headers, 'cache-control': 'no-store' });
    res.end(page.html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const sw = ctx.serviceWorkers()[0];
  if (!sw) throw new Error('Statuscope has no service worker');
  await sw.evaluate(() => {
    const g = globalThis as unknown as WorkerGlobal;
    if (g.readAt) return;
    const readAt: Record<string, number> = {};
    g.readAt = readAt;
    g.chrome.storage.onChanged.addListener((changes) => {
      const now = Date.now();
      for (const change of Object.values(changes)) {
        const value = change.newValue;
        if (typeof value !== 'string' || !value.includes('"page":[')) continue;
        const log = JSON.parse(value) as { pages?: { entries: { obs: { url: string; page?: unknown[] } }[] }[] };
        for (const p of log.pages ?? [])
          for (const { obs } of p.entries) if (obs.page?.length && !(obs.url in readAt)) readAt[obs.url] = now;
      }
    });
  });
  const times: ReadTimes = { fromLoad: [], fromResponse: [] };
  try {
    for (let i = 0; i < warmup + loads; i++) {
      const url = `http://127.0.0.1:${port}/error/${i}`;
      const tab = await ctx.newPage();
      await tab.goto(url, { waitUntil: 'load' });
      const { load, response } = await tab.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
        return {
          load: performance.timeOrigin + (nav?.loadEventStart ?? 0),
          response: performance.timeOrigin + (nav?.responseEnd ?? 0),
        };
      });
      const stored = await sw.evaluate(
        async ({ url, wait }) => {
          const g = globalThis as unknown as WorkerGlobal;
          const until = Date.now() + wait;
          while (!(url in (g.readAt ?? {})) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
          return g.readAt?.[url] ?? Number.NaN;
        },
        { url, wait: WAIT_MS },
      );
      await tab.close();
      if (Number.isNaN(stored)) throw new Error(`the page at ${url} was not read within ${WAIT_MS} ms`);
      if (i < warmup) continue;
      times.fromLoad.push(stored - load);
      times.fromResponse.push(stored - response);
    }
  } finally {
    server.close();
  }
  return times;
}
