/**
 * A tab's log as the worker stores it in storage.session and the popup reads it: the entry, page and
 * log shapes, the digest saved with each entry, the storage keys and their JSON encoding. The worker
 * writes through this module and the pages read through it, so the two cannot drift apart.
 */
import type { Confidence, Observation, Role, VendorName } from '../knowledge/types';
import type { EvidenceRef } from '../knowledge/verdict';
import type { EntryKind } from './kinds';

/** The part of an explanation the popup's list needs, worked out by the worker once per entry. */
export interface Digest {
  /** Its title is looked up in the popup, in the UI language (knowledge/titles-*.ts). */
  readonly meaningId: string;
  /**
   * The exact error the vendor's own error page names (the title id of a decoded page value): the list
   * shows its title in place of the meaning's, which the details still give.
   */
  readonly named?: string;
  /** The name of the vendor whose meaning was chosen, if any. */
  readonly vendorName?: VendorName;
  /** Who most likely produced the response. */
  readonly role: Role;
  readonly who?: VendorName;
  /** How sure the producer is; "low" marks a guess (a gateway code from a layer in front, say). */
  readonly whoConfidence: Confidence;
  /** The strongest evidence for who produced it. */
  readonly evidence?: Pick<EvidenceRef, 'kind' | 'name' | 'value'>;
  readonly confidence: Confidence;
  readonly ambiguous: boolean;
  readonly noise: boolean;
  /** Every product the response shows signs of. */
  readonly seen: readonly VendorName[];
}

export interface ChainEnd {
  readonly url: string;
  readonly statusCode?: number;
  readonly error?: string;
}

export interface Entry {
  /** Unique within the journal. */
  readonly id: string;
  readonly requestId: string;
  readonly tabId: number;
  readonly frameId: number;
  readonly kind: EntryKind;
  readonly obs: Observation;
  /** What the list shows, worked out by the worker before the entry is first written. */
  readonly digest: Digest;
  readonly initiator?: string;
  /** Where a redirect hop pointed. */
  readonly redirectTo?: string;
  /** Position in its request's redirect chain: 0 for the first hop or a plain response. */
  readonly hop: number;
  readonly first: number;
  last: number;
  /** How many identical responses (same status or failure, method, type and URL) this entry stands for. */
  count: number;
  /** For redirect hops: how the request ended, once it did. */
  end?: ChainEnd;
}

export interface Page {
  readonly id: string;
  readonly tabId: number;
  /** The top-level URL of the page load (empty for the group of requests with no tab). */
  readonly url: string;
  readonly started: number;
  /** The request that loaded the page, so its own redirect hops and response stay on it. */
  readonly navRequestId: string;
  readonly entries: Entry[];
  /** Entries dropped by the caps. */
  dropped: number;
  /**
   * The browser's id of the document the page load showed, once it has been shown (webNavigation): a page
   * restored from the back/forward cache, or a prerendered one when it is shown, is recognised by it.
   */
  documentId?: string;
  /** Of a prerendering page (in TabLog.held), the frame its requests carry until it is shown. */
  prerenderFrame?: number;
}

export interface TabLog {
  readonly tabId: number;
  readonly incognito: boolean;
  /** Oldest first (by when the tab last showed each); the last one is the tab's current page. */
  readonly pages: Page[];
  /**
   * Pages the browser is prerendering in the tab, not shown yet: one becomes the current page if the
   * person opens it; they all go when the tab shows any other page. The pages (popup) never list these.
   */
  held?: Page[];
}

/** The read side of storage.session, all that loading needs; tests and the e2e driver pass stand-ins. */
export interface SessionReader {
  get(keys: null | string[]): Promise<Record<string, unknown>>;
}

/**
 * A tab log is stored under two keys: its newest page under `tab:N`, which is all the popup needs to
 * paint (with the pages being prerendered in the tab, which it ignores), and the page loads before it
 * under `tab:N:earlier`, which it reads next. Most changes touch
 * only the newest page, so the earlier ones are rewritten only when they changed. Each is one JSON
 * string, not an object: the browser copies a string in one piece, while an object of a few hundred
 * entries is converted field by field on every write and every read, which is many times slower.
 */
export const tabKey = (tabId: number): string => `tab:${tabId}`;
export const earlierKey = (tabId: number): string => `tab:${tabId}:earlier`;
const KEY = /^tab:(-?\d+)(:earlier)?$/;

/** A tab log's keys: both, or only `tab:N` when its earlier page loads are already stored as they are. */
export function encodeTabLog(log: TabLog, earlier = true): Record<string, string> {
  const split = Math.max(0, log.pages.length - 1);
  const newest = { [tabKey(log.tabId)]: JSON.stringify({ ...log, pages: log.pages.slice(split) }) };
  return earlier ? { ...newest, [earlierKey(log.tabId)]: JSON.stringify(log.pages.slice(0, split)) } : newest;
}

function decode(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Reads every saved tab log, or only `tabId`'s: whole, or just its newest page.
 * Anything that does not look like a tab log or a list of pages is ignored.
 */
export async function loadTabLogs(
  area: SessionReader,
  tabId?: number,
  part: 'whole' | 'newest' = 'whole',
): Promise<TabLog[]> {
  const keys = tabId === undefined ? null : part === 'newest' ? [tabKey(tabId)] : [tabKey(tabId), earlierKey(tabId)];
  const stored = await area.get(keys);
  const logs = new Map<string, TabLog>();
  const earlier = new Map<string, Page[]>();
  for (const [key, value] of Object.entries(stored)) {
    const [, id, isEarlier] = KEY.exec(key) ?? [];
    if (id === undefined) continue;
    const data = decode(value);
    if (isEarlier && isPageList(data)) earlier.set(id, data);
    else if (!isEarlier && isTabLog(data)) logs.set(id, data);
  }
  return [...logs].map(([id, log]) => {
    const before = earlier.get(id) ?? [];
    return before.length ? { ...log, pages: [...before, ...log.pages] } : log;
  });
}

const isPageList = (value: unknown): value is Page[] => Array.isArray(value);

function isTabLog(value: unknown): value is TabLog {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<TabLog>;
  return typeof v.tabId === 'number' && Array.isArray(v.pages);
}
