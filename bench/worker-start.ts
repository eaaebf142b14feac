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
/**
 * How long a woken worker is left before it is stopped again. Chromium stops only an idle worker (30 s
 * without events); stopped sooner, it would be cut off in the work the page load that woke it started
 * (a batched write of its journal), and its next start would be timed against that work's remains.
 */
const IDLE_MS = 1_000;

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

/** Restarts of one extension's worker, one at a time, so that several extensions' can be taken in turn. */
export interface WorkerRestarts {
  /** Stops the worker, wakes it with a page load, and returns the time its new start took to the ready mark. */
  next(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Restarts of the worker of the extension loaded in `ctx` (a copy made by withReadyMark), each woken by a
 * page load of `wakeUrl` (its webRequest events). The first WARMUP_RESTARTS are made here and not counted.
 */
export async function workerRestarts(ctx: BrowserContext, wakeUrl: string): Promise<WorkerRestarts> {
  const first = ctx.serviceWorkers()[0];
  if (!first) throw new Error('the extension has no service worker running');
  const page = await ctx.newPage();
  let previous = (await startOf(first)).origin;
  let woken = 0;
  const next = async (): Promise<number> => {
    await sleep(IDLE_MS);
    await stopServiceWorkers(ctx, page);
    await sleep(300);
    await page.goto(`${wakeUrl}?wake=${woken++}`);
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
    return start.readyMs;
  };
  for (let i = 0; i < WARMUP_RESTARTS; i++) await next();
  return { next, close: () => page.close() };
}
