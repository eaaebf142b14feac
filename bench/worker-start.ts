/**
 * How long an extension's service worker takes to start again after Chromium stopped it, as Chromium does
 * after about 30 s without events: from the worker's creation to the end of its top-level script, when
 * its listeners are registered and the events that woke it can be handed over. Every page load after an
 * idle spell pays this, in the extension process, while the page loads.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { stopServiceWorkers } from '../e2e/browsers/chromium.ts';
import { sleep, waitFor, withTimeout } from '../e2e/wait.ts';

const READY_MARK = 'bench:worker-ready';
/** The first restarts after a launch are slower in every extension (code the browser runs for the first time). */
const WARMUP_RESTARTS = 2;

/** A copy of an unpacked extension whose worker script ends with a performance mark, to time its start. */
export function withReadyMark(extension: string): string {
  const manifest = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const script = manifest.background?.service_worker;
  if (!script) throw new Error(`${extension} has no background service worker`);
  const dir = mkdtempSync(join(tmpdir(), 'statuscope-worker-start-'));
  cpSync(extension, dir, { recursive: true });
  // A module's own statements run after everything it imports, so this mark follows the whole worker's start.
  appendFileSync(join(dir, script), `\nperformance.mark(${JSON.stringify(READY_MARK)});\n`);
  return dir;
}

interface Start {
  readonly origin: number;
  readonly readyMs: number | undefined;
}

const startOf = (worker: Worker): Promise<Start> =>
  withTimeout(
    worker.evaluate(
      (mark) => ({ origin: performance.timeOrigin, readyMs: performance.getEntriesByName(mark)[0]?.startTime }),
      READY_MARK,
    ),
    2_000,
    'the worker to answer',
  );

/**
 * Stops the worker of the extension loaded in `ctx` (a copy made by withReadyMark) `times` times, wakes it
 * each time with a page load of `wakeUrl` (its webRequest events), and returns each start's time to ready,
 * after WARMUP_RESTARTS that are not counted.
 */
export async function workerStartTimes(ctx: BrowserContext, wakeUrl: string, times: number): Promise<number[]> {
  const first = ctx.serviceWorkers()[0];
  if (!first) throw new Error('the extension has no service worker running');
  const page = await ctx.newPage();
  const out: number[] = [];
  let previous = (await startOf(first)).origin;
  for (let i = 0; i < WARMUP_RESTARTS + times; i++) {
    await stopServiceWorkers(ctx, page);
    await sleep(300);
    await page.goto(`${wakeUrl}?wake=${i}`);
    const restarted = async (): Promise<Start | undefined> => {
      for (const worker of ctx.serviceWorkers().reverse()) {
        const start = await startOf(worker).catch(() => undefined);
        if (start && start.origin > previous) return start;
      }
      return undefined;
    };
    const start = await waitFor(restarted, (s) => s?.readyMs !== undefined, 'the restarted worker', 10_000, 100);
    if (start?.readyMs === undefined) throw new Error('the restarted worker did not mark its start');
    previous = start.origin;
    if (i >= WARMUP_RESTARTS) out.push(start.readyMs);
  }
  await page.close();
  return out;
}
