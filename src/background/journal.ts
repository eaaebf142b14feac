/**
 * The per-tab record of non-2xx responses and failures: pages follow top-level navigations,
 * redirect hops stay linked to their request, repeats are counted, and every list is capped.
 * Pure: no extension APIs, so the same code runs in the worker, the bench and the unit tests.
 */
import { findNetworkError } from '../knowledge/network-lookup';
import { networkErrorRules } from '../knowledge/network-error-rules';
import type { Observation, PageFind } from '../knowledge/types';
import type { Commit, Prerendering } from '../platform/documents';
import { caps } from '../shared/caps';
import { kindOf } from '../shared/kinds';
import type { ChainEnd, Digest, Entry, Page, TabLog } from '../shared/log';

/** The group of requests with no tab, from normal windows; the private windows' group is apart, dropped with them. */
export const NO_TAB = -1;
export const NO_TAB_PRIVATE = -2;

/**
 * Whether a top-level response or failure replaces what the tab shows. A download (Content-Disposition:
 * attachment) and a 204 or 205 answer leave the page where it was; so does a cancelled navigation. Any
 * other failure shows the browser's error page for its URL.
 */
export function replacesPage(
  statusCode: number | undefined,
  error: string | undefined,
  headers: readonly { readonly name: string; readonly value?: string }[] | undefined,
): boolean {
  if (error !== undefined) return findNetworkError(networkErrorRules, error)?.id !== 'net.aborted';
  if (statusCode === 204 || statusCode === 205) return false;
  return !headers?.some(
    (h) => h.name.toLowerCase() === 'content-disposition' && /^\s*attachment\s*(;|$)/i.test(h.value ?? ''),
  );
}

/** How a navigation goes on (see Journal.navigate). */
export interface NavigationOptions {
  /** Set when the navigation is that of a page being prerendered (Chrome): its page is held aside. */
  readonly prerendering?: Prerendering;
  /** Where its document is to be shown: where a redirect leads, else the URL navigated to. */
  readonly expectAt?: string;
  /**
   * Set for a redirect's hop: the navigation may still end without a new document (a download, a 204), so
   * its page does not yet take the place of the one the tab shows (see settle and abandon).
   */
  readonly redirect?: boolean;
}

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
  /** Set when a page being prerendered made the request (Chrome): it is held aside until the page is shown. */
  readonly prerendering?: Prerendering;
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
    // On `this`, so a copy made with the property's descriptor (see Journal.moved) stays lazy too.
    get(this: T): Digest {
      const value = compute();
      // Configurable, so a page read later (Journal.pageRead) can have it worked out again.
      Object.defineProperty(this, 'digest', { value, enumerable: true, configurable: true });
      return value;
    },
  }) as T & { readonly digest: Digest };
}

/** The number an id starts with (`12:p`, `13:<requestId>`). */
const idNumber = (id: string): number => Number.parseInt(id, 10) || 0;

/** The id with its number raised by `by`. */
const renumber = (id: string, by: number): string => `${idNumber(id) + by}${id.slice(id.indexOf(':'))}`;

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const last = <T>(list: readonly T[]): T | undefined => list[list.length - 1];

/** A page load with nothing to list, and nothing dropped either. */
const isEmpty = (page: Page): boolean => page.entries.length === 0 && page.dropped === 0;

/** Whether two (kept) URLs name the same document: a #fragment never loads another. */
const sameDocumentUrl = (a: string, b: string): boolean => a.split('#', 1)[0] === b.split('#', 1)[0];

/** Frames inside pages being prerendered, remembered per tab (a page of many frames is not kept whole). */
const MAX_HELD_FRAMES = 100;

/** A log as shed() weighs it: the whole, each page, and each entry of its current page. */
interface Weighed {
  readonly log: TabLog;
  size: number;
  readonly pages: number[];
  readonly entries: number[];
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
  /**
   * Per tab, the page a navigation request started and the URL it was last seen at, until the document it
   * loads is shown (commit). Not saved: a request and its commit come within moments of each other.
   */
  private readonly uncommitted = new Map<number, { readonly page: Page; readonly url: string }>();
  /**
   * Per tab, the page a commit just made for a document no request was seen for. The browsers promise no
   * order between webNavigation and webRequest events, and Firefox sometimes sends a page load's commit
   * before its response: the page that response then starts takes the document over.
   */
  private readonly committedAhead = new Map<number, Page>();
  /**
   * Per tab, the page a top-level redirect started, on top of the page the tab still shows until the
   * navigation ends in a document. Not saved: a worker stopped in the middle of a redirect chain leaves
   * the page as a shown one.
   */
  private readonly redirected = new Map<number, Page>();
  /** Entries whose digest has not been worked out (see hasUndigested); ones dropped unexplained stay counted. */
  private undigested = 0;
  /** Per tab, frames inside pages being prerendered → the outermost frame of their page (see TabLog.held). */
  private readonly heldFrames = new Map<number, Map<number, number>>();
  private total = 0;
  private seq = 0;
  /**
   * Until the saved logs are restored, what was closed or cleared meanwhile, so that restoring does not
   * bring it back: the tabs closed, and whether every tab or every private one was cleared.
   */
  private unrestored: { readonly closed: Set<number>; all: boolean; incognito: boolean } | undefined = {
    closed: new Set(),
    all: false,
    incognito: false,
  };

  constructor(private options: JournalOptions) {}

  /** New settings apply to what is recorded from now on. */
  configure(options: Partial<Omit<JournalOptions, 'digest'>>): void {
    this.options = { ...this.options, ...options };
  }

  /**
   * Loads tab logs saved before the worker stopped. Reading them may have failed at first, so events may
   * have been recorded already: a saved tab's pages then go before its new ones, and a tab closed or
   * cleared meanwhile stays gone (its saved keys go with the next write).
   */
  restore(logs: readonly TabLog[]): void {
    const gone = this.unrestored;
    this.unrestored = undefined;
    // Ids given out before the read are the lowest: the saved ones move above them, so none repeats.
    const shift = this.seq;
    for (const saved of logs) {
      if (gone && (gone.all || gone.closed.has(saved.tabId) || (gone.incognito && saved.incognito))) {
        this.touch(saved.tabId, true);
        continue;
      }
      const pages = saved.pages.map((page) => this.adopt(page, shift));
      const held = saved.held?.map((page) => this.adopt(page, shift)) ?? [];
      let log = this.tabs.get(saved.tabId);
      if (log) this.join(log, pages);
      else {
        log = { tabId: saved.tabId, incognito: saved.incognito, pages };
        this.tabs.set(saved.tabId, log);
      }
      if (held.length) {
        log.held = [...held, ...(log.held ?? [])];
        this.keepHeld(log, log.held.slice(-this.pageLimit()));
      }
      // Stored with the ids it had.
      if (shift) this.touch(saved.tabId, true);
    }
    if (this.total > caps.entriesTotal) this.evict(this.total - caps.entriesTotal);
  }

  tab(tabId: number): TabLog | undefined {
    return this.tabs.get(tabId);
  }

  allTabs(): TabLog[] {
    return [...this.tabs.values()];
  }

  currentPage(tabId: number): Page | undefined {
    const pages = this.tabs.get(tabId)?.pages;
    return pages && last(pages);
  }

  /**
   * True while an entry recorded since the worker started has not been explained yet (its digest is worked
   * out when it is first written): the rules it needs must be read first.
   */
  hasUndigested(): boolean {
    return this.undigested > 0;
  }

  /** True while `requestId` has redirect hops waiting to learn how the request ended. */
  hasChain(requestId: string): boolean {
    return this.chains.has(requestId);
  }

  entryCount(): number {
    return this.total;
  }

  /** Marks tabs as changed again, e.g. when writing them failed. */
  markDirty(tabs: readonly DirtyTab[]): void {
    for (const { tabId, earlier } of tabs) this.touch(tabId, earlier);
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
   * older pages beyond the cap are forgotten. A navigation of a page being prerendered starts a page held
   * aside instead, which the tab does not show yet.
   */
  navigate(
    tabId: number,
    url: string,
    time: number,
    requestId: string,
    incognito = false,
    { prerendering, expectAt = url, redirect = false }: NavigationOptions = {},
  ): Page {
    if (prerendering && tabId >= 0) return this.hold(tabId, url, time, requestId, incognito, prerendering.frameId);
    const log = this.logFor(tabId, incognito);
    let page = last(log.pages);
    const ahead = this.committedAhead.get(tabId);
    this.committedAhead.delete(tabId);
    if (!page || page.navRequestId !== requestId || requestId === '') {
      page = this.newPage(tabId, url, time, requestId);
      const current = last(log.pages);
      if (ahead && ahead === current && !ahead.entries.length && sameDocumentUrl(ahead.url, expectAt)) {
        // Its commit came first and made a page of its own, empty, which this one replaces.
        page.documentId = ahead.documentId;
      }
      // A navigation still waiting for its end was left before it ended: it never showed a document.
      this.abandon(tabId, this.redirected.get(tabId)?.navRequestId);
      if (redirect && tabId >= 0 && requestId !== '') this.redirected.set(tabId, page);
      else this.leave(log);
      log.pages.push(page);
      while (log.pages.length > this.pageLimit()) this.dropPage(log, 0);
      // The page that was current is an earlier one now.
      this.touch(tabId, log.pages.length > 1);
    } else if (!redirect) this.settle(log, page);
    // Its document is shown when it commits, at the URL the request ends at (see commit).
    if (tabId >= 0 && requestId !== '' && !page.documentId) this.uncommitted.set(tabId, { page, url: expectAt });
    return page;
  }

  /**
   * A document was committed in a tab's top-level frame (platform/documents.ts). A prerendering one: its
   * held page learns the document's id, by which its showing is recognised. Any other is what the tab
   * shows now: the document a navigation request just loaded (its page learns the id); or one shown
   * before, back from the back/forward cache, or one prerendered, neither of which sends a request: its
   * page becomes the current one again, entries and all; or, when no page here has it (a restored page the
   * caps have dropped), a new page for its URL with nothing in it. Same-document navigations commit nothing.
   */
  commit(c: Commit, incognito = false): void {
    if (c.prerenderFrame !== undefined) {
      const held = this.tabs.get(c.tabId)?.held?.find((p) => p.prerenderFrame === c.prerenderFrame);
      if (held && held.documentId !== c.documentId) {
        held.documentId = c.documentId;
        this.touch(c.tabId);
      }
      return;
    }
    const log = this.logFor(c.tabId, incognito);
    const current = last(log.pages);
    const expected = this.uncommitted.get(c.tabId);
    this.uncommitted.delete(c.tabId);
    this.committedAhead.delete(c.tabId);
    if (current && current.documentId === c.documentId) return;
    const known =
      log.pages.find((p) => p.documentId === c.documentId) ?? log.held?.find((p) => p.documentId === c.documentId);
    if (!known && current && expected?.page === current && sameDocumentUrl(expected.url, c.url)) {
      current.documentId = c.documentId;
      this.touch(c.tabId);
      this.settle(log, current);
      return;
    }
    const page = known ?? this.newPage(c.tabId, c.url, c.time, '');
    page.documentId = c.documentId;
    this.show(log, page);
    if (!known) this.committedAhead.set(c.tabId, page);
  }

  /** Records one webRequest event; 2xx completions only close redirect chains. Returns the entry kept, if any. */
  record(ev: JournalEvent): Entry | undefined {
    const kind = kindOf(ev.obs.statusCode, ev.obs.error);
    if (ev.phase !== 'redirect') this.endChain(ev);
    const incognito = ev.incognito === true;
    const tabId = ev.tabId >= 0 ? ev.tabId : incognito ? NO_TAB_PRIVATE : NO_TAB;
    const { obs } = ev;
    const prerendering = tabId >= 0 ? ev.prerendering : undefined;
    if (obs.mainFrame && tabId >= 0) {
      if (replacesPage(obs.statusCode, obs.error, obs.headers))
        this.navigate(tabId, obs.url, ev.time, ev.requestId, incognito, {
          ...(prerendering ? { prerendering } : {}),
          expectAt: (ev.phase === 'redirect' && ev.redirectTo) || obs.url,
          redirect: ev.phase === 'redirect',
        });
      else this.abandon(tabId, ev.requestId);
    }
    if (prerendering) this.noteHeldFrame(tabId, prerendering);
    if (kind === 'success' || kind === 'informational') return undefined;
    if (this.options.skip(ev.obs)) return undefined;

    const log = this.logFor(tabId, incognito);
    // A prerendering page the caps no longer hold keeps nothing: it is not shown, and may never be.
    const page = prerendering
      ? this.heldPage(log, prerendering)
      : (last(log.pages) ?? this.navigate(tabId, tabId < 0 ? '' : obs.url, ev.time, '', incognito));
    if (!page) return undefined;

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
    this.undigested += 1;
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
      () => {
        this.undigested -= 1;
        return digest(obs);
      },
    );
    page.entries.push(entry);
    index.set(sig, entry);
    this.total += 1;
    if (ev.phase === 'redirect') this.linkHop(entry);
    this.touch(tabId);
    this.enforceCaps(log, page);
    return entry;
  }

  /**
   * Adds what the error page showed (background/page-reader.ts) to the entry of the response that brought it,
   * whose digest is then worked out again. False when the tab has no such entry any more (the caps dropped
   * it, or the tab was closed).
   */
  pageRead(tabId: number, requestId: string, page: readonly PageFind[]): boolean {
    const log = this.tabs.get(tabId);
    if (!log) return false;
    const current = last(log.pages);
    for (const p of [...log.pages].reverse().concat(log.held ?? [])) {
      const entry = p.entries.findLast((e) => e.requestId === requestId && e.redirectTo === undefined);
      if (!entry) continue;
      const obs: Observation = { ...entry.obs, page };
      Object.defineProperty(entry, 'obs', { value: obs, enumerable: true, configurable: true });
      // One still waiting for its first digest is counted already.
      if (!Object.getOwnPropertyDescriptor(entry, 'digest')?.get) this.undigested += 1;
      const { digest } = this.options;
      lazyDigest(entry, () => {
        this.undigested -= 1;
        return digest(obs);
      });
      this.touch(tabId, p !== current);
      return true;
    }
    return false;
  }

  /** Forgets a closed tab. */
  closeTab(tabId: number): void {
    this.unrestored?.closed.add(tabId);
    const log = this.tabs.get(tabId);
    // Before the restore, a tab with no log here may still have a saved one, which must go.
    if (!log && !this.unrestored) return;
    if (log) for (const page of [...log.pages, ...(log.held ?? [])]) this.forgetEntries(page.entries);
    this.tabs.delete(tabId);
    this.uncommitted.delete(tabId);
    this.committedAhead.delete(tabId);
    this.redirected.delete(tabId);
    this.heldFrames.delete(tabId);
    // The tab id may be logged again before the next write, and its stored earlier pages must go too.
    this.touch(tabId, true);
  }

  /**
   * `oldTabId` gave way to `newTabId` (a prerendered tab swapped in): its log moves to the new id, before
   * what the new tab has logged already. Between a private tab and a normal one it is dropped instead: a
   * private window's entries must never show in a normal window, and a normal tab's would otherwise go
   * when the private windows close.
   */
  replaceTab(oldTabId: number, newTabId: number, incognito: boolean): void {
    const old = this.tabs.get(oldTabId);
    this.closeTab(oldTabId);
    if (!old || old.incognito !== incognito) return;
    const pages = old.pages.map((page) => this.moved(page, newTabId));
    this.total += sum(pages.map((p) => p.entries.length));
    const log = this.tabs.get(newTabId);
    if (log) this.join(log, pages);
    else {
      this.tabs.set(newTabId, { tabId: newTabId, incognito, pages });
      this.touch(newTabId, true);
    }
  }

  /** Empties a tab's log (or every tab's) at the person's request. */
  clear(tabId?: number): void {
    if (tabId === undefined && this.unrestored) this.unrestored.all = true;
    for (const id of tabId === undefined ? [...this.tabs.keys()] : [tabId]) this.closeTab(id);
  }

  /**
   * Frees storage after a quota error, until the logs weigh at most `limit(total)` (`weigh` gives what a
   * JSON text costs in storage). The largest log gives first: its earlier page loads whole, then the
   * oldest entries of its current page, until it is no longer the largest. So a small tab keeps all it
   * has while a bigger one can still give, and logs alike in size give alike.
   */
  shed(weigh: (json: string) => number, limit: (total: number) => number): void {
    // Pages not shown yet go first, whole.
    for (const log of this.tabs.values()) if (log.held?.length) this.keepHeld(log, []);
    const logs = [...this.tabs.values()].map((log): Weighed => {
      const current = log.pages[log.pages.length - 1];
      // Each entry also costs the comma that follows it.
      const entries = current?.entries.map((e) => weigh(JSON.stringify(e)) + 1) ?? [];
      const pages = log.pages.map((page) =>
        page === current ? weigh(JSON.stringify({ ...page, entries: [] })) + sum(entries) : weigh(JSON.stringify(page)),
      );
      return { log, pages, entries, size: weigh(JSON.stringify({ ...log, pages: [] })) + sum(pages) };
    });
    let total = sum(logs.map((w) => w.size));
    const target = limit(total);
    while (total > target) {
      let big: Weighed | undefined;
      for (const w of logs) if ((w.pages.length > 1 || w.entries.length) && w.size > (big?.size ?? -1)) big = w;
      if (!big) break;
      let freed = 0;
      if (big.pages.length > 1) {
        freed = big.pages.shift() ?? 0;
        this.dropPage(big.log, 0);
      } else {
        const next = Math.max(0, ...logs.filter((w) => w !== big).map((w) => w.size));
        let n = 0;
        do {
          freed += big.entries[n] ?? 0;
          n += 1;
        } while (n < big.entries.length && total - freed > target && big.size - freed >= next);
        big.entries.splice(0, n);
        const page = big.log.pages[0];
        if (page) this.dropEntries(page, n);
      }
      big.size -= freed;
      total -= freed;
    }
  }

  /** Drops every private-window tab (when the last private window closes). */
  dropIncognito(): void {
    if (this.unrestored) this.unrestored.incognito = true;
    for (const log of [...this.tabs.values()]) if (log.incognito) this.closeTab(log.tabId);
  }

  private newPage(tabId: number, url: string, time: number, requestId: string): Page {
    return { id: `${++this.seq}:p`, tabId, url, started: time, navRequestId: requestId, entries: [], dropped: 0 };
  }

  /**
   * The tab is about to show another page. Its pages being prerendered go: the browser drops them when the
   * page that asked for them is left. A page load that had nothing to list is kept only while it is the
   * one the tab shows: its address is browsing history the list no longer needs once the tab has moved on.
   */
  private leave(log: TabLog): void {
    if (log.held) this.keepHeld(log, []);
    const current = last(log.pages);
    if (current && log.tabId >= 0 && isEmpty(current)) log.pages.pop();
  }

  /**
   * The navigation that a redirect's page waits for ended in a document (see navigate): the page the tab
   * showed before is left now.
   */
  private settle(log: TabLog, page: Page): void {
    if (this.redirected.get(log.tabId) !== page || last(log.pages) !== page) return;
    this.redirected.delete(log.tabId);
    log.pages.pop();
    this.leave(log);
    log.pages.push(page);
    this.touch(log.tabId, true);
  }

  /**
   * The navigation `requestId` ended without a new document (a download, a 204, a cancel) after its
   * redirects had started a page: the tab still shows the page before it, which takes that page's entries
   * (the hops are what leaving for the download cost). A tab with no page before keeps it.
   */
  private abandon(tabId: number, requestId: string | undefined): void {
    const page = this.redirected.get(tabId);
    if (!page || page.navRequestId !== requestId) return;
    this.redirected.delete(tabId);
    const log = this.tabs.get(tabId);
    if (!log || last(log.pages) !== page || log.pages.length < 2) return;
    log.pages.pop();
    if (this.uncommitted.get(tabId)?.page === page) this.uncommitted.delete(tabId);
    const shown = last(log.pages);
    if (!shown) return;
    shown.entries.push(...page.entries);
    shown.dropped += page.dropped;
    this.bySignature.delete(shown);
    this.touch(tabId, true);
    this.enforceCaps(log, shown);
  }

  /** Makes `page` (an earlier page, a held one or a new one) the tab's current page. */
  private show(log: TabLog, page: Page): void {
    this.abandon(log.tabId, this.redirected.get(log.tabId)?.navRequestId);
    const earlier = log.pages.indexOf(page);
    if (earlier >= 0) log.pages.splice(earlier, 1);
    else if (log.held?.includes(page)) {
      log.held.splice(log.held.indexOf(page), 1);
      delete page.prerenderFrame;
    }
    this.leave(log);
    log.pages.push(page);
    while (log.pages.length > this.pageLimit()) this.dropPage(log, 0);
    this.touch(log.tabId, true);
  }

  /** The held page of the prerendering that `requestId` loads in `frameId` (a new one unless it is the same load). */
  private hold(tabId: number, url: string, time: number, requestId: string, incognito: boolean, frameId: number): Page {
    const log = this.logFor(tabId, incognito);
    const held = log.held ?? [];
    const same = held.find((p) => p.prerenderFrame === frameId);
    if (same && same.navRequestId === requestId && requestId !== '') return same;
    const page: Page = { ...this.newPage(tabId, url, time, requestId), prerenderFrame: frameId };
    // A prerendering page that loads another document (it redirected itself) starts over.
    this.keepHeld(log, [...held.filter((p) => p !== same), page].slice(-this.pageLimit()));
    return page;
  }

  /** The held page a prerendering page's request belongs to, by its frame or, failing that, its document. */
  private heldPage(log: TabLog, p: Prerendering): Page | undefined {
    const held = log.held;
    if (!held?.length) return undefined;
    const frame = this.heldFrames.get(log.tabId)?.get(p.frameId) ?? p.frameId;
    return (
      held.find((page) => page.prerenderFrame === frame) ??
      (p.documentId ? held.find((page) => page.documentId === p.documentId) : undefined) ??
      // Frames learnt before the worker restarted are not saved; with one page prerendering, it is that one.
      (held.length === 1 ? held[0] : undefined)
    );
  }

  /**
   * Learns from a prerendering page's request which held page its frame belongs to (a frame inside the
   * page, through the frame that holds it), and the page's document id from its own requests.
   */
  private noteHeldFrame(tabId: number, p: Prerendering): void {
    const log = this.tabs.get(tabId);
    if (!log?.held?.length) return;
    if (p.parentFrameId < 0) {
      const page = log.held.find((h) => h.prerenderFrame === p.frameId);
      if (page && p.documentId && !page.documentId) {
        page.documentId = p.documentId;
        this.touch(tabId);
      }
      return;
    }
    let frames = this.heldFrames.get(tabId);
    const root = frames?.get(p.parentFrameId) ?? p.parentFrameId;
    if (frames?.has(p.frameId) || !log.held.some((h) => h.prerenderFrame === root)) return;
    if (!frames) {
      frames = new Map();
      this.heldFrames.set(tabId, frames);
    }
    if (frames.size < MAX_HELD_FRAMES) frames.set(p.frameId, root);
  }

  /** Makes `pages` the tab's held pages, forgetting the entries of those it had that are not among them. */
  private keepHeld(log: TabLog, pages: Page[]): void {
    for (const page of log.held ?? []) if (!pages.includes(page)) this.forgetEntries(page.entries);
    if (pages.length) log.held = pages;
    else {
      delete log.held;
      this.heldFrames.delete(log.tabId);
    }
    this.touch(log.tabId);
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

  /** Page loads kept per tab under the current settings. */
  private pageLimit(): number {
    return Math.min(caps.pagesPerTab, Math.max(1, this.options.pagesPerTab));
  }

  /** A saved page as this journal keeps it: its ids raised by `shift`, its entries counted, its open redirect chains linked. */
  private adopt(saved: Page, shift: number): Page {
    const page = shift
      ? {
          ...saved,
          id: renumber(saved.id, shift),
          entries: saved.entries.map((e) => ({ ...e, id: renumber(e.id, shift) })),
        }
      : saved;
    this.seq = Math.max(this.seq, idNumber(page.id));
    this.total += page.entries.length;
    for (const e of page.entries) {
      this.seq = Math.max(this.seq, idNumber(e.id));
      if (e.redirectTo !== undefined && !e.end) this.linkHop(e);
    }
    return page;
  }

  /** A page and its entries under another tab id, its open redirect chains linked. */
  private moved(page: Page, tabId: number): Page {
    // Copied by descriptors: a digest not worked out yet is worked out when the copy is first written.
    const entries = page.entries.map(
      (e): Entry =>
        Object.defineProperties(
          {},
          { ...Object.getOwnPropertyDescriptors(e), tabId: { value: tabId, enumerable: true, writable: true } },
        ) as Entry,
    );
    for (const e of entries) if (e.redirectTo !== undefined && !e.end) this.linkHop(e);
    return { ...page, tabId, entries };
  }

  /**
   * Puts a tab's saved pages before those recorded since the worker started. Events recorded with no page
   * load of their own (a page made for them, with no navigation request nor a committed document) belong
   * to the saved current page.
   */
  private join(log: TabLog, saved: Page[]): void {
    const current = saved[saved.length - 1];
    const first = log.pages[0];
    if (current && first?.navRequestId === '' && first.documentId === undefined) {
      current.entries.push(...first.entries);
      current.dropped += first.dropped;
      log.pages.shift();
    }
    log.pages.unshift(...saved);
    this.touch(log.tabId, true);
    while (log.pages.length > this.pageLimit()) this.dropPage(log, 0);
    if (current && log.pages.includes(current)) this.enforceCaps(log, current);
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

  /** Drops a page's `count` oldest entries, counting them as dropped. */
  private dropEntries(page: Page, count: number): void {
    const gone = page.entries.splice(0, count);
    page.dropped += gone.length;
    this.forgetEntries(gone);
    // Kept up to date, not rebuilt: a full page under a flood would otherwise rebuild it on every event.
    this.unindex(page, gone);
    this.touch(page.tabId, page !== this.currentPage(page.tabId));
  }

  private enforceCaps(log: TabLog, page: Page): void {
    const perPage = log.tabId < 0 ? caps.entriesNoTab : caps.entriesPerPage;
    if (page.entries.length > perPage) this.dropEntries(page, page.entries.length - perPage);
    if (this.total > caps.entriesTotal) this.evict(this.total - Math.floor(caps.entriesTotal * 0.95));
  }

  /** Frees `count` entries, oldest first, earlier page loads before current ones; done in bulk so a flood costs little. */
  private evict(count: number): void {
    let left = count;
    while (left > 0) {
      const victim = this.oldestEvictable();
      if (!victim) break;
      const n = Math.min(left, victim.entries.length);
      this.dropEntries(victim, n);
      left -= n;
    }
  }

  /** The page whose oldest entry goes first: earlier page loads before any tab's current one. */
  private oldestEvictable(): Page | undefined {
    let best: Page | undefined;
    let bestIsCurrent = true;
    for (const log of this.tabs.values()) {
      // Held pages (not shown yet) count as earlier ones.
      [...log.pages, ...(log.held ?? [])].forEach((page, i) => {
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
