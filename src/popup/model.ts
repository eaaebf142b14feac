/**
 * From saved tab logs to what the popup lists: redirect hops joined into chains, sorted, filtered and
 * summarised from the digests the worker saved. Pure, so it is tested without a browser.
 */
import type { Dictionary } from '../knowledge/rules';
import { isListed, severity, type ListedKind } from '../shared/kinds';
import type { ChainEnd, Digest, Entry, Page, TabLog } from '../shared/log';
import { entryTitle } from './titles';

export interface Item {
  readonly key: string;
  readonly kind: ListedKind;
  /** The entry the item is about (a chain's first hop). */
  readonly entry: Entry;
  readonly digest: Digest;
  /** Every hop of a redirect chain, in order (empty for a plain entry). */
  readonly hops: readonly Entry[];
  /** How the redirect chain ended, when it did. */
  readonly end?: ChainEnd;
  /** A chain that visits the same URL twice. */
  readonly loop: boolean;
  readonly count: number;
  readonly first: number;
  readonly last: number;
  readonly page: Page;
}

export interface PageView {
  readonly page: Page;
  readonly tabId: number;
  readonly items: readonly Item[];
}

/** The kind a chain counts as: the worst of its hops and its end. */
function chainKind(hops: readonly Entry[], end: ChainEnd | undefined): ListedKind {
  let worst: ListedKind = 'redirect';
  for (const h of hops) if (isListed(h.kind) && severity[h.kind] > severity[worst]) worst = h.kind;
  if (end?.error) return 'network';
  if (end?.statusCode !== undefined && end.statusCode >= 500)
    return severity.server > severity[worst] ? 'server' : worst;
  if (end?.statusCode !== undefined && end.statusCode >= 400)
    return severity.client > severity[worst] ? 'client' : worst;
  return worst;
}

/** Builds the items of one page. Entries that continue a redirect chain join their chain's item. */
export function itemsOf(page: Page): Item[] {
  const chains = new Map<string, Entry[]>();
  const singles: Entry[] = [];
  for (const e of page.entries) {
    if (e.redirectTo !== undefined || chains.has(e.requestId)) {
      const list = chains.get(e.requestId) ?? [];
      list.push(e);
      chains.set(e.requestId, list);
    } else {
      singles.push(e);
    }
  }
  const items: Item[] = [];
  for (const e of singles) {
    if (!isListed(e.kind)) continue;
    items.push({
      key: e.id,
      kind: e.kind,
      entry: e,
      digest: e.digest,
      hops: [],
      loop: false,
      count: e.count,
      first: e.first,
      last: e.last,
      page,
    });
  }
  for (const group of chains.values()) {
    group.sort((a, b) => a.hop - b.hop);
    // Redirect hops carry redirectTo; a recorded final answer (an error after the redirects) ends the chain.
    const hops = group.filter((e) => e.redirectTo !== undefined);
    const terminal = group.find((e) => e.redirectTo === undefined);
    const head = hops[0] ?? group[0];
    if (!head) continue;
    const end: ChainEnd | undefined = terminal
      ? {
          url: terminal.obs.url,
          ...(terminal.obs.statusCode !== undefined ? { statusCode: terminal.obs.statusCode } : {}),
          ...(terminal.obs.error ? { error: terminal.obs.error } : {}),
        }
      : head.end;
    const urls = hops.map((h) => h.obs.url);
    const loop =
      new Set(urls).size < urls.length ||
      (end !== undefined && urls.includes(end.url)) ||
      /TOO_MANY_REDIRECTS|REDIRECT_LOOP/.test(end?.error ?? '');
    items.push({
      key: head.id,
      kind: chainKind(group, end),
      entry: head,
      digest: head.digest,
      hops,
      ...(end ? { end } : {}),
      loop,
      count: head.count,
      first: head.first,
      last: Math.max(...group.map((h) => h.last)),
      page,
    });
  }
  return items;
}

export type SortMode = 'severity' | 'time';

/** Worst first (then newest), or simply newest first. */
export function sortItems(items: readonly Item[], mode: SortMode): Item[] {
  return [...items].sort((a, b) =>
    mode === 'severity'
      ? severity[b.kind] - severity[a.kind] || culpritScore(b) - culpritScore(a) || b.last - a.last
      : b.last - a.last,
  );
}

export interface Filter {
  /** Kinds to show; empty shows all. */
  readonly kinds: ReadonlySet<ListedKind>;
  /** Case-insensitive text matched against URL, code, error, title and vendor. */
  readonly text: string;
  /** The meanings' titles in the UI language. */
  readonly titles: Dictionary;
}

export function matchesFilter(item: Item, f: Filter): boolean {
  if (f.kinds.size && !f.kinds.has(item.kind)) return false;
  const q = f.text.trim().toLowerCase();
  if (!q) return true;
  const d = item.digest;
  const obs = item.entry.obs;
  const hay = [
    obs.url,
    ...item.hops.map((h) => h.obs.url),
    String(obs.statusCode ?? ''),
    obs.error ?? '',
    entryTitle(f.titles, d),
    ...[d.vendorName, d.who, ...d.seen].flatMap((name) =>
      name === undefined ? [] : typeof name === 'string' ? [name] : [name.en, name.ru],
    ),
    obs.type,
  ]
    .join('\n')
    .toLowerCase();
  return hay.includes(q);
}

const typeWeight: Readonly<Record<string, number>> = {
  main_frame: 60,
  sub_frame: 25,
  script: 20,
  stylesheet: 20,
  xmlhttprequest: 15,
  font: 8,
  image: 5,
  media: 5,
  ping: 0,
  beacon: 0,
  csp_report: 0,
};

/** How likely an item is to be why the page looks broken: the main document outranks a missing icon. */
export function culpritScore(item: Item): number {
  const path = item.entry.obs.url.split('?')[0] ?? '';
  const favicon = /\/favicon[^/]*$/i.test(path) ? -20 : 0;
  const noise = item.digest.noise ? -50 : 0;
  return (typeWeight[item.entry.obs.type] ?? 10) + severity[item.kind] * 10 + favicon + noise;
}

export interface Summary {
  readonly counts: readonly { readonly kind: ListedKind; readonly count: number }[];
  readonly chains: number;
  readonly blockedByExtension: number;
  readonly culprit?: Item;
}

export function summarize(items: readonly Item[]): Summary {
  const byKind = new Map<ListedKind, number>();
  let chains = 0;
  let blockedByExtension = 0;
  let culprit: Item | undefined;
  for (const item of items) {
    byKind.set(item.kind, (byKind.get(item.kind) ?? 0) + item.count);
    if (item.hops.length > 0) chains += 1;
    if (item.digest.role === 'extension') blockedByExtension += item.count;
    if (item.kind !== 'redirect' && (!culprit || culpritScore(item) > culpritScore(culprit))) culprit = item;
  }
  const counts = [...byKind.entries()]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => severity[b.kind] - severity[a.kind]);
  return { counts, chains, blockedByExtension, ...(culprit ? { culprit } : {}) };
}

/** The pages a view shows: one tab's current page and the earlier ones, or every tab's. */
export function pagesOf(logs: readonly TabLog[], target: number | 'all', showPrivate: boolean): PageView[] {
  const views: PageView[] = [];
  for (const log of logs) {
    if (log.incognito && !showPrivate) continue;
    if (target !== 'all' && log.tabId !== target) continue;
    for (const page of [...log.pages].reverse()) views.push({ page, tabId: log.tabId, items: itemsOf(page) });
  }
  return views;
}
