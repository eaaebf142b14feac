/**
 * Keeps the journal in storage.session (memory only, gone when the browser closes) so it survives
 * the MV3 worker being stopped, and reads it back when the worker starts. Writes are batched: one write
 * per flush for every changed tab. The keys and the encoding are the ones the popup reads (shared/log.ts).
 */
import { SESSION_QUOTA_BYTES, storedBytes } from '../platform/storage';
import { earlierKey, encodeTabLog, loadTabLogs, type SessionReader, tabKey } from '../shared/log';
import { noteError } from './health';
import type { DirtyTab, Journal } from './journal';

/** The part of storage.session the worker uses; the bench and tests pass an in-memory stand-in. */
export interface SessionArea extends SessionReader {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** The quota in bytes, where the browser gives it. */
  readonly QUOTA_BYTES?: number;
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

/**
 * After a quota error the journal sheds down to this share of the quota, or of its own weight when that
 * is less (the browser counts bytes its own way, so the estimate may fall short); the room left spares
 * the next writes the same error. A write is tried this many times, shedding again before each retry.
 */
const SHED_TO = 0.75;
const QUOTA_TRIES = 4;

/** Reads of the saved journal at start, the n-th retry READ_RETRY_MS × n after the one before. */
const START_READS = 3;
const READ_RETRY_MS = 200;

export class Persistence {
  private timer: unknown = undefined;
  private writing: Promise<void> = Promise.resolve();
  private lastWriteMs = 0;
  private firstChange = 0;
  private lastChange = 0;
  /** Writes that failed in a row, and the time before which the next may not start: retries back off. */
  private failures = 0;
  private retryAt = 0;
  /** Whether the saved journal has been read. Until it has, nothing is written: that would replace logs not read yet. */
  private loaded = false;
  /**
   * Called as each write begins, to record the events still queued (see recorder.ts) and read what
   * explaining them needs; the write waits for it.
   */
  beforeWrite: () => void | Promise<void> = () => {};
  /** Called after each flush with the tabs it wrote, e.g. to refresh their badges. */
  onFlushed: (tabIds: readonly number[]) => void = () => {};

  constructor(
    private readonly area: SessionArea,
    private readonly journal: Journal,
    private readonly clock: Timer,
    /** What storage.session counts for a stored string (platform/storage.ts). */
    private readonly weigh: (text: string) => number = storedBytes.chrome,
    private readonly delayMs = 500,
  ) {}

  /**
   * Reads the saved journal into the journal, trying up to `attempts` times. If every try fails, each write
   * tries again first and writes nothing until one succeeds; what was recorded meanwhile then joins the
   * saved logs (Journal.restore).
   */
  async load(attempts = START_READS): Promise<void> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.read();
      } catch (e) {
        noteError(e);
        if (tries >= attempts) return;
      }
      await new Promise<void>((resolve) => this.clock.setTimeout(resolve, READ_RETRY_MS * tries));
    }
  }

  private async read(): Promise<void> {
    const logs = await loadTabLogs(this.area);
    // A write may have read them in the meantime.
    if (this.loaded) return;
    this.journal.restore(logs);
    this.loaded = true;
  }

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
      const gather =
        quietFor < QUIET_MS && waited < this.maxWait() ? Math.min(QUIET_MS - quietFor, this.maxWait() - waited) : 0;
      const wait = Math.max(gather, this.retryAt - now);
      if (wait > 0) {
        this.arm(wait);
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

  /**
   * Writes every changed tab now (serialised after any write still running). A failed write is counted
   * (health.ts) and tried again later, after a delay that doubles with each failure in a row up to
   * MAX_DELAY_MS, so a storage that keeps failing costs little.
   */
  flush(): Promise<void> {
    this.writing = this.writing
      .then(() => this.write())
      .then(
        () => {
          this.failures = 0;
        },
        (e: unknown) => {
          noteError(e);
          this.failures += 1;
          this.retryAt = this.clock.now() + Math.min(MAX_DELAY_MS, this.delayMs * 2 ** this.failures);
          this.schedule();
        },
      );
    return this.writing;
  }

  private async write(): Promise<void> {
    await this.beforeWrite();
    let batch = this.journal.takeDirty();
    if (!batch.length) return;
    const started = this.clock.now();
    for (let tries = 1; ; tries++) {
      try {
        if (!this.loaded) {
          await this.read();
          // Restoring may have changed more tabs.
          batch = this.retake(batch);
        }
        await this.put(batch);
        break;
      } catch (e) {
        if (isQuotaError(e) && tries < QUOTA_TRIES) {
          const quota = this.area.QUOTA_BYTES ?? SESSION_QUOTA_BYTES;
          this.journal.shed(this.weigh, (total) => SHED_TO * Math.min(quota, total));
          batch = this.retake(batch);
          continue;
        }
        // None of it is known to be stored: the next write writes it all again.
        this.journal.markDirty(batch);
        throw e;
      }
    }
    this.lastWriteMs = this.clock.now() - started;
    this.onFlushed(batch.map((d) => d.tabId));
  }

  /** The batch with every tab changed since it was taken. */
  private retake(batch: readonly DirtyTab[]): DirtyTab[] {
    this.journal.markDirty(batch);
    return this.journal.takeDirty();
  }

  private async put(batch: readonly DirtyTab[]): Promise<void> {
    const items: Record<string, string> = {};
    const gone: string[] = [];
    for (const { tabId, earlier } of batch) {
      const log = this.journal.tab(tabId);
      if (log) Object.assign(items, encodeTabLog(log, earlier));
      else gone.push(tabKey(tabId), earlierKey(tabId));
    }
    // Both calls begin at once: the browser may be about to stop the worker (see platform's onSuspend).
    await Promise.all([
      gone.length ? this.area.remove(gone) : undefined,
      Object.keys(items).length ? this.area.set(items) : undefined,
    ]);
  }
}
