/**
 * Keeps the journal in storage.session (memory only, gone when the browser closes) so it survives
 * the MV3 worker being stopped. Writes are batched: one write per flush for every changed tab.
 * The keys and the encoding are the ones the popup reads (shared/log.ts).
 */
import { earlierKey, encodeTabLog, tabKey, type SessionReader } from '../shared/log';
import { noteError } from './health';
import type { Journal } from './journal';

/** The part of storage.session the worker uses; the bench and tests pass an in-memory stand-in. */
export interface SessionArea extends SessionReader {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface Timer {
  setTimeout(fn: () => void, ms: number): unknown;
  /** Milliseconds on a monotonic clock. */
  now(): number;
}

/**
 * When to write. A write copies every changed tab's whole log, so it costs the browser time in proportion
 * to the journal's size: a page load that fails 150 requests should be written once, not every 500 ms.
 * So a batch is written once changes pause for QUIET_MS (never sooner than the first delay), and during
 * unbroken traffic at the latest MAX_WAIT_MS after its first change; when writes are slow, that limit
 * grows to WRITE_COST_FACTOR times the last write's duration, so writing stays a small share of the time.
 */
const QUIET_MS = 300;
const MAX_WAIT_MS = 2_000;
const WRITE_COST_FACTOR = 10;
const MAX_DELAY_MS = 5_000;

const isQuotaError = (e: unknown): boolean => /quota/i.test(String((e as Error)?.message ?? e));

export class Persistence {
  private timer: unknown = undefined;
  private writing: Promise<void> = Promise.resolve();
  private lastWriteMs = 0;
  private firstChange = 0;
  private lastChange = 0;
  /** Called as each write begins, to record the events still queued (see recorder.ts). */
  beforeWrite: () => void = () => {};
  /** Called after each flush with the tabs it wrote, e.g. to refresh their badges. */
  onFlushed: (tabIds: readonly number[]) => void = () => {};

  constructor(
    private readonly area: SessionArea,
    private readonly journal: Journal,
    private readonly clock: Timer,
    private readonly delayMs = 500,
  ) {}

  /** Asks for a flush soon; changes that come close together become one write. */
  schedule(): void {
    const now = this.clock.now();
    this.lastChange = now;
    if (this.timer !== undefined) return;
    this.firstChange = now;
    this.arm(this.delayMs);
  }

  /** The longest a batch may gather while changes keep coming. */
  maxWait(): number {
    return Math.max(MAX_WAIT_MS, Math.min(MAX_DELAY_MS, this.lastWriteMs * WRITE_COST_FACTOR));
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => {
      const now = this.clock.now();
      const quietFor = now - this.lastChange;
      const waited = now - this.firstChange;
      if (quietFor < QUIET_MS && waited < this.maxWait()) {
        this.arm(Math.min(QUIET_MS - quietFor, this.maxWait() - waited));
        return;
      }
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  /** Resolves once the write under way, if any, has ended (without starting one). */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Writes every changed tab now (serialised after any write still running). */
  flush(): Promise<void> {
    this.writing = this.writing.then(() => this.write()).catch(noteError);
    return this.writing;
  }

  private async write(): Promise<void> {
    this.beforeWrite();
    const dirty = this.journal.takeDirty();
    if (!dirty.length) return;
    const items: Record<string, string> = {};
    const gone: string[] = [];
    for (const { tabId, earlier } of dirty) {
      const log = this.journal.tab(tabId);
      if (log) Object.assign(items, encodeTabLog(log, earlier));
      else gone.push(tabKey(tabId), earlierKey(tabId));
    }
    const started = this.clock.now();
    if (gone.length) await this.area.remove(gone);
    if (Object.keys(items).length) {
      try {
        await this.area.set(items);
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        // Keep the newest: shed older page loads and old entries, then write everything again.
        this.journal.shrink();
        const retry: Record<string, string> = {};
        for (const log of this.journal.allTabs()) Object.assign(retry, encodeTabLog(log));
        await this.area.set(retry);
      }
    }
    this.lastWriteMs = this.clock.now() - started;
    this.onFlushed(dirty.map((d) => d.tabId));
  }
}
