/**
 * The per-tab record of non-2xx responses and failures: pages follow top-level navigations,
 * redirect hops stay linked to their request, repeats are counted, and every list is capped.
 * Pure: no extension APIs, so the same code runs in the worker, the bench and the unit tests.
 */
import type { Observation } from '../knowledge/types';
import { caps } from '../shared/caps';
import { kindOf } from '../shared/kinds';
import type { ChainEnd, Digest, Entry, Page, TabLog } from '../shared/log';

export const NO_TAB = -1;

/** One event from webRequest, already turned into an Observation. */
export interface JournalEvent {
  readonly phase: 'redirect' | 'completed' | 'error';
  readonly requestId: string;
  readonly tabId: number;
  readonly frameId: number;
  readonly time: number;
  readonly obs: Observation;
  readonly redirectTo?: string;
  readonly initiator?: string;
  readonly incognito?: boolean;
}

export interface DirtyTab {
  readonly tabId: number;
  /** Whether the page loads before the current one changed as well. */
  readonly earlier: boolean;
}

export interface JournalOptions {
  /** Responses and failures the person counts as noise (cancelled requests, favicon misses, ignored hosts). */
  readonly skip: (obs: Observation) => boolean;
  /** Page loads kept per tab, at most caps.pagesPerTab. */
  readonly pagesPerTab: number;
  /** Explains a new entry for the list (not called for repeats of an existing one). */
  readonly digest: (obs: Observation) => Digest;
}

/**
 * Gives `entry` a `digest` that is worked out the first time it is read, then kept as a plain value.
 * Nothing in the worker reads it before the entry is written to storage, so explaining a page load's
 * failures happens in the write that follows the burst of events, not while the page is still loading
 * (JSON.stringify reads getters). A repeat of an entry, or one evicted before the write, is never explained.
 */
function lazyDigest<T extends object>(entry: T, compute: () => Digest): T & { readonly digest: Digest } {
  return Object.defineProperty(entry, 'digest', {
    enumerable: true,
    configurable: true,
    get(): Digest {
      const value = compute();
      Object.defineProperty(entry, 'digest', { value, enumerable: true });
      return value;
    },
  }) as T & { readonly digest: Digest };
}

const signature = (e: { obs: Observation; redirectTo?: string }): string =>
  `${e.obs.statusCode ?? e.obs.error ?? ''}\u0001${e.obs.method}\u0001${e.obs.type}\u0001${e.obs.url}\u0001${e.redirectTo ?? ''}`;

export class Journal {
  private readonly tabs = new Map<number, TabLog>();
  /** Tabs changed since the last `takeDirty`. */
  private readonly dirty = new Set<number>();
  /** Of those, the tabs whose earlier page loads changed too (most changes touch only the current page). */
  private readonly dirtyEarlier = new Set<number>();
  /** requestId → hops recorded for it, to link redirect chains and fill in how they ended. */
  private readonly chains = new Map<string, Entry[]>();
  private readonly bySignature = new WeakMap<Page, Map<string, Entry>>();
  private total = 0;
  private seq = 0;

  constructor(private options: JournalOptions) {}

  /** New settings apply to what is recorded from now on. */
  configure(options: Partial<Omit<JournalOptions, 'digest'>>): void {
    this.options = { ...this.options, ...options };
  }

  /** Loads tab logs saved before the worker stopped. */
  restore(logs: readonly TabLog[]): void {
    for (const log of logs) {
      this.tabs.set(log.tabId, log);
      for (const page of log.pages) {
        this.total += page.entries.length;
        for (const e of page.entries) {
          this.seq = Math.max(this.seq, Number(e.id.split(':')[0]) || 0);
          if (e.redirectTo !== undefined && !e.end) this.linkHop(e);
        }
      }
    }
  }

  tab(tabId: number): TabLog | undefined {
    return this.tabs.get(tabId);
  }

  allTabs(): TabLog[] {
    return [...this.tabs.values()];
  }

  currentPage(tabId: number): Page | undefined {
    const pages = this.tabs.get(tabId)?.pages;
    return pages?.[pages.length - 1];
  }

  /** True while `requestId` has redirect hops waiting to learn how the request ended. */
  hasChain(requestId: string): boolean {
    return this.chains.has(requestId);
  }

  entryCount(): number {
    return this.total;
  }

  /** The tabs whose logs changed since the last call, and whether their earlier page loads did. */
  takeDirty(): DirtyTab[] {
    const tabs = [...this.dirty].map((tabId) => ({ tabId, earlier: this.dirtyEarlier.has(tabId) }));
    this.dirty.clear();
    this.dirtyEarlier.clear();
    return tabs;
  }

  /**
   * Starts a new page for a top-level navigation (unless `requestId` already started the current one);
   * older pages beyond the cap are forgotten.
   */
  navigate(tabId: number, url: string, time: number, requestId: string, incognito = false): Page {
    const log = this.logFor(tabId, incognito);
    const current = log.pages[log.pages.length - 1];
    if (current && current.navRequestId === requestId && requestId !== '') return current;
    const page: Page = {
      id: `${++this.seq}:p`,
      tabId,
      url,
      started: time,
      navRequestId: requestId,
      entries: [],
      dropped: 0,
    };
    log.pages.push(page);
    while (log.pages.length > Math.min(caps.pagesPerTab, Math.max(1, this.options.pagesPerTab))) this.dropPage(log, 0);
    // The page that was current is an earlier one now.
    this.touch(tabId, log.pages.length > 1);
    return page;
  }

  /** Records one webRequest event; 2xx completions only close redirect chains. Returns the entry kept, if any. */
  record(ev: JournalEvent): Entry | undefined {
    const kind = kindOf(ev.obs.statusCode, ev.obs.error);
    if (ev.phase !== 'redirect') this.endChain(ev);
    const tabId = ev.tabId >= 0 ? ev.tabId : NO_TAB;
    const incognito = ev.incognito === true;
    if (ev.obs.mainFrame && tabId !== NO_TAB && ev.phase !== 'error')
      this.navigate(tabId, ev.obs.url, ev.time, ev.requestId, incognito);
    if (kind === 'success' || kind === 'informational') return undefined;
    if (this.options.skip(ev.obs)) return undefined;

    const log = this.logFor(tabId, incognito);
    const page =
      log.pages[log.pages.length - 1] ??
      this.navigate(tabId, tabId === NO_TAB ? '' : ev.obs.url, ev.time, '', incognito);

    const sig = signature(ev);
    const index = this.indexOf(page);
    const same = index.get(sig);
    if (same && same.requestId !== ev.requestId) {
      same.count += 1;
      same.last = ev.time;
      this.touch(tabId);
      return same;
    }

    const hops = this.chains.get(ev.requestId);
    const { digest } = this.options;
    const { obs } = ev;
    const entry: Entry = lazyDigest(
      {
        id: `${++this.seq}:${ev.requestId}`,
        requestId: ev.requestId,
        tabId,
        frameId: ev.frameId,
        kind,
        obs,
        hop: hops?.length ?? 0,
        first: ev.time,
        last: ev.time,
        count: 1,
        ...(ev.initiator ? { initiator: ev.initiator } : {}),
        ...(ev.redirectTo !== undefined ? { redirectTo: ev.redirectTo } : {}),
      },
      () => digest(obs),
    );
    page.entries.push(entry);
    index.set(sig, entry);
    this.total += 1;
    if (ev.phase === 'redirect') this.linkHop(entry);
    this.touch(tabId);
    this.enforceCaps(log, page);
    return entry;
  }

  /** Forgets a closed tab. */
  closeTab(tabId: number): void {
    const log = this.tabs.get(tabId);
    if (!log) return;
    for (const page of log.pages) this.forgetEntries(page.entries);
    this.tabs.delete(tabId);
    // The tab id may be logged again before the next write, and its stored earlier pages must go too.
    this.touch(tabId, true);
  }

  /** Empties a tab's log (or every tab's) at the person's request. */
  clear(tabId?: number): void {
    for (const id of tabId === undefined ? [...this.tabs.keys()] : [tabId]) this.closeTab(id);
  }

  /** Frees storage after a quota error: earlier page loads go, then the older half of each current page. */
  shrink(): void {
    for (const log of this.tabs.values()) {
      while (log.pages.length > 1) this.dropPage(log, 0);
      const page = log.pages[0];
      if (!page) continue;
      const removed = page.entries.splice(0, Math.floor(page.entries.length / 2));
      page.dropped += removed.length;
      this.forgetEntries(removed);
      this.bySignature.delete(page);
      this.touch(log.tabId);
    }
  }

  /** Drops every private-window tab (when the last private window closes). */
  dropIncognito(): void {
    for (const log of [...this.tabs.values()]) if (log.incognito) this.closeTab(log.tabId);
  }

  /** Signature → entry for one page, built on first use (also after a restore). */
  private indexOf(page: Page): Map<string, Entry> {
    let index = this.bySignature.get(page);
    if (!index) {
      index = new Map(page.entries.map((e) => [signature(e), e]));
      this.bySignature.set(page, index);
    }
    return index;
  }

  /** Removes entries that left a page from its index, unless a newer entry has taken their signature. */
  private unindex(page: Page, gone: readonly Entry[]): void {
    const index = this.bySignature.get(page);
    if (!index) return;
    for (const e of gone) {
      const sig = signature(e);
      if (index.get(sig) === e) index.delete(sig);
    }
  }

  private touch(tabId: number, earlier = false): void {
    this.dirty.add(tabId);
    if (earlier) this.dirtyEarlier.add(tabId);
  }

  private logFor(tabId: number, incognito: boolean): TabLog {
    let log = this.tabs.get(tabId);
    if (!log) {
      log = { tabId, incognito, pages: [] };
      this.tabs.set(tabId, log);
    }
    return log;
  }

  private linkHop(entry: Entry): void {
    const hops = this.chains.get(entry.requestId) ?? [];
    hops.push(entry);
    this.chains.set(entry.requestId, hops);
    // A chain that never ends (redirect to data:, a closed tab) must not pin memory.
    if (this.chains.size > caps.entriesTotal) {
      const oldest = this.chains.keys().next().value;
      if (oldest !== undefined) this.chains.delete(oldest);
    }
  }

  private endChain(ev: JournalEvent): void {
    const hops = this.chains.get(ev.requestId);
    if (!hops) return;
    this.chains.delete(ev.requestId);
    const end: ChainEnd = {
      url: ev.obs.url,
      ...(ev.obs.statusCode !== undefined ? { statusCode: ev.obs.statusCode } : {}),
      ...(ev.obs.error ? { error: ev.obs.error } : {}),
    };
    for (const hop of hops) {
      hop.end = end;
      // A hop stays on the page it was recorded on, which a navigation may have made an earlier one.
      this.touch(hop.tabId, !this.currentPage(hop.tabId)?.entries.includes(hop));
    }
  }

  private forgetEntries(entries: readonly Entry[]): void {
    this.total -= entries.length;
    for (const e of entries) if (e.redirectTo !== undefined) this.chains.delete(e.requestId);
  }

  private dropPage(log: TabLog, index: number): void {
    const [page] = log.pages.splice(index, 1);
    if (page) this.forgetEntries(page.entries);
    this.touch(log.tabId, true);
  }

  private enforceCaps(log: TabLog, page: Page): void {
    const perPage = log.tabId === NO_TAB ? caps.entriesNoTab : caps.entriesPerPage;
    if (page.entries.length > perPage) {
      const removed = page.entries.splice(0, page.entries.length - perPage);
      page.dropped += removed.length;
      this.forgetEntries(removed);
      // Kept up to date, not rebuilt: a full page under a flood would otherwise rebuild it on every event.
      this.unindex(page, removed);
    }
    if (this.total > caps.entriesTotal) this.evict(this.total - Math.floor(caps.entriesTotal * 0.95));
  }

  /** Frees `count` entries, oldest first, earlier page loads before current ones; done in bulk so a flood costs little. */
  private evict(count: number): void {
    let left = count;
    while (left > 0) {
      const victim = this.oldestEvictable();
      if (!victim) break;
      const n = Math.min(left, victim.entries.length);
      const gone = victim.entries.splice(0, n);
      this.forgetEntries(gone);
      this.unindex(victim, gone);
      victim.dropped += n;
      left -= n;
      this.touch(victim.tabId, victim !== this.currentPage(victim.tabId));
    }
  }

  /** The page whose oldest entry goes first: earlier page loads before any tab's current one. */
  private oldestEvictable(): Page | undefined {
    let best: Page | undefined;
    let bestIsCurrent = true;
    for (const log of this.tabs.values()) {
      log.pages.forEach((page, i) => {
        if (!page.entries.length) return;
        const isCurrent = i === log.pages.length - 1;
        const older = (page.entries[0]?.first ?? 0) < (best?.entries[0]?.first ?? Infinity);
        if (!best || (bestIsCurrent && !isCurrent) || (bestIsCurrent === isCurrent && older)) {
          best = page;
          bestIsCurrent = isCurrent;
        }
      });
    }
    return best;
  }
}
