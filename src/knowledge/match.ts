/** Matching fingerprints against one observation. */
import { cachedFor } from './maps';
import type { FingerprintRule as Fingerprint, VendorRule as Vendor } from './rules';
import type { Header, Observation, Signal, Weight } from './types';

/** One signal that matched, with the value that made it match: the evidence shown to people. */
export interface Hit {
  readonly fingerprint: Fingerprint;
  /** "header", "cookie", "host", "path", "reason" or "page". */
  readonly kind: Signal['kind'];
  /** Header or cookie name; "host" / "path" for URL signals; "reason" for the reason phrase; the marker's id. */
  readonly name: string;
  /** The value seen (header value, host name, path, reason phrase, a marker's capture); empty for cookie names. */
  readonly value: string;
}

export interface VendorMatch {
  readonly vendor: Vendor;
  readonly hits: readonly Hit[];
  /** Sum of hit weights: strong 3, medium 2, weak 1. */
  readonly score: number;
  /** Some hit appears only on responses the vendor made itself. */
  readonly generated: boolean;
  /** Some hit appears only when the vendor passed along an answer made behind it. */
  readonly relayed: boolean;
}

export const weightScore: Readonly<Record<Weight, number>> = { strong: 3, medium: 2, weak: 1 };

/** scheme://[userinfo@]host[:port]path — webRequest URLs are already normalised, so a regex is enough. */
const urlShape = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]*)(?::\d*)?([^?#]*)/i;

/** Host and path of a URL; a URL that does not parse yields empty parts instead of throwing. */
export function urlParts(url: string): { host: string; path: string } {
  const m = urlShape.exec(url);
  if (!m) return { host: '', path: '' };
  return { host: (m[1] ?? '').toLowerCase(), path: m[2] || '/' };
}

export function headerValues(headers: readonly Header[], name: string): string[] {
  const out: string[] = [];
  for (const h of headers) if (h.name === name) out.push(h.value);
  return out;
}

/**
 * The status line's reason phrase as the server wrote it (HTTP/1.x), or undefined. Chromium's
 * "No Reason Phrase" placeholder is not text from the server.
 */
export function reasonPhraseOf(statusLine: string | undefined): string | undefined {
  if (!statusLine) return undefined;
  const m = /^HTTP\/1\.[01]\s+\d{1,5}\s+(.+)$/.exec(statusLine.trim());
  const phrase = m?.[1]?.trim();
  if (!phrase || phrase === 'No Reason Phrase') return undefined;
  return phrase.slice(0, 200);
}

/** What the URL and status line give the URL and reason signals, worked out once per observation. */
interface Parts {
  readonly host: string;
  readonly path: string;
  readonly reason: string | undefined;
}

const partsOf = (obs: Observation): Parts => ({ ...urlParts(obs.url), reason: reasonPhraseOf(obs.statusLine) });

/** A header signal tested against one response header. */
function headerHit(signal: Extract<Signal, { kind: 'header' }>, fingerprint: Fingerprint, h: Header): Hit | undefined {
  return h.name === signal.name && (!signal.value || signal.value.test(h.value.trim()))
    ? { fingerprint, kind: 'header', name: h.name, value: h.value }
    : undefined;
}

function signalHit(signal: Signal, fingerprint: Fingerprint, obs: Observation, parts: Parts): Hit | undefined {
  const { host, path, reason } = parts;
  switch (signal.kind) {
    case 'header': {
      for (const h of obs.headers) {
        const hit = headerHit(signal, fingerprint, h);
        if (hit) return hit;
      }
      return undefined;
    }
    case 'cookie': {
      const name = obs.cookieNames.find((c) => signal.name.test(c));
      return name === undefined ? undefined : { fingerprint, kind: 'cookie', name, value: '' };
    }
    case 'host':
      return host && signal.pattern.test(host) ? { fingerprint, kind: 'host', name: 'host', value: host } : undefined;
    case 'path':
      return path && signal.pattern.test(path) ? { fingerprint, kind: 'path', name: 'path', value: path } : undefined;
    case 'reason':
      return reason && signal.pattern.test(reason)
        ? { fingerprint, kind: 'reason', name: 'reason', value: reason }
        : undefined;
    case 'page':
      // Found in the page, not in the observation's fields: matchVendors looks the page's finds up by id.
      return undefined;
  }
}

/** A fingerprint that requires some headers to be missing does not match while one is there. */
const absentHeld = (fingerprint: Fingerprint, obs: Observation): boolean =>
  !fingerprint.absent?.some((name) => obs.headers.some((h) => h.name === name));

/** True when one signal matches the observation (used for a meaning's `when` list). */
export function signalMatches(signal: Signal, obs: Observation): boolean {
  const probe: Fingerprint = { id: 'when', signal, weight: 'weak' };
  return signalHit(signal, probe, obs, partsOf(obs)) !== undefined;
}

interface Compiled {
  /** Header name → fingerprints that look at that header, so each response header is visited once. */
  readonly byHeader: ReadonlyMap<string, HeaderEntries>;
  /** Cookie, host, path and reason fingerprints (few; tested one by one). */
  readonly other: readonly FingerprintEntry[];
  /** Page signals by their full id ("<vendor>.<fingerprint>"), which the page's finds name. */
  readonly onPage: ReadonlyMap<string, FingerprintEntry>;
}

/** The fingerprints of one header name, in registry order, also picked out by the value's first character. */
interface HeaderEntries {
  readonly all: readonly FingerprintEntry[];
  /** Lower-cased first character code → the fingerprints a value starting with it can match. */
  readonly byLead: ReadonlyMap<number, readonly FingerprintEntry[]>;
  /** The fingerprints a value starting with any other character can match. */
  readonly unled: readonly FingerprintEntry[];
}

/** A fingerprint with its vendor and its position in the vendor's list (hits keep that order). */
interface FingerprintEntry {
  readonly vendor: Vendor;
  readonly fingerprint: Fingerprint;
  readonly order: number;
  /** For a header pattern: the lower-cased character codes a matching value starts with, when the pattern says. */
  readonly lead?: ReadonlySet<number>;
}

/** An ASCII letter or digit at `i` that must be there: not made optional by a quantifier after it. */
function requiredChar(source: string, i: number): string | undefined {
  const c = source[i] ?? '';
  return /^[A-Za-z0-9]$/.test(c) && !/^[?*{]$/.test(source[i + 1] ?? '') ? c.toLowerCase() : undefined;
}

/**
 * The lower-cased characters a header value must start with for `re` to match, when its source says so plainly:
 * `^x…` or `^(?:ab|cd)…` with a letter or digit opening every alternative. Undefined when it could start
 * otherwise, or when case folding or multi-line mode could make a different first character match.
 */
export function leadingChars(re: RegExp): ReadonlySet<number> | undefined {
  const source = re.source;
  if (!source.startsWith('^') || /[muv]/.test(re.flags) || alternatives(source, 0).length > 1) return undefined;
  const one = requiredChar(source, 1);
  if (one) return new Set([one.charCodeAt(0)]);
  const open = source.startsWith('^(?:') ? 4 : source.startsWith('^(') && source[2] !== '?' ? 2 : 0;
  if (!open) return undefined;
  const alts = alternatives(source, open);
  const end = alts.at(-1)?.end ?? source.length;
  if (source[end] !== ')' || /^[?*{]$/.test(source[end + 1] ?? '')) return undefined;
  const chars = new Set<number>();
  for (const alt of alts) {
    const c = requiredChar(source, alt.start);
    if (!c) return undefined;
    chars.add(c.charCodeAt(0));
  }
  return chars;
}

/**
 * The alternatives of the sequence that starts at `from` and ends at the first unmatched ")" or the source's end:
 * where each starts and ends, skipping escapes, character classes and nested groups.
 */
function alternatives(source: string, from: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  let depth = 0;
  let i = from;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) break;
      depth--;
    } else if (c === '|' && depth === 0) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: Math.min(i, source.length) });
  return out;
}

/**
 * Many patterns of one header (Server above all) name a product at the value's start, so a pattern whose first
 * character cannot be the value's is not run. The key is the lower-cased code of the first character after
 * leading ASCII white space; undefined (run every pattern) when that character is not ASCII, since trimming
 * or case folding could then reach another one.
 */
function leadKey(value: string): number | undefined {
  let i = 0;
  let code = value.charCodeAt(0);
  while (code === 32 || (code >= 9 && code <= 13)) code = value.charCodeAt(++i);
  if (!(code < 128)) return undefined;
  return code >= 65 && code <= 90 ? code + 32 : code;
}

const compiledCache = new WeakMap<readonly Vendor[], Compiled>();

function compile(vendors: readonly Vendor[]): Compiled {
  const byHeader = new Map<string, FingerprintEntry[]>();
  const other: FingerprintEntry[] = [];
  const onPage = new Map<string, FingerprintEntry>();
  for (const vendor of vendors) {
    vendor.fingerprints.forEach((fingerprint, order) => {
      const { signal } = fingerprint;
      const lead = signal.kind === 'header' && signal.value ? leadingChars(signal.value) : undefined;
      const item = { vendor, fingerprint, order, ...(lead ? { lead } : {}) };
      if (signal.kind === 'header') {
        const list = byHeader.get(signal.name) ?? [];
        list.push(item);
        byHeader.set(signal.name, list);
      } else if (signal.kind === 'page') {
        onPage.set(`${vendor.id}.${fingerprint.id}`, item);
      } else {
        other.push(item);
      }
    });
  }
  const entries = new Map<string, HeaderEntries>();
  for (const [name, all] of byHeader) {
    const keys = new Set(all.flatMap((e) => [...(e.lead ?? [])]));
    const byLead = new Map([...keys].map((key) => [key, all.filter((e) => !e.lead || e.lead.has(key))] as const));
    entries.set(name, { all, byLead, unled: all.filter((e) => !e.lead) });
  }
  return { byHeader: entries, other, onPage };
}

/** Vendors whose fingerprints match, strongest first; within a vendor, hits keep the file's order. */
export function matchVendors(vendors: readonly Vendor[], obs: Observation): VendorMatch[] {
  const compiled = cachedFor(compiledCache, vendors, compile);
  const found = new Map<Vendor, { order: number; hit: Hit }[]>();
  const note = (item: FingerprintEntry, hit: Hit): void => {
    if (!absentHeld(item.fingerprint, obs)) return;
    const list = found.get(item.vendor);
    if (!list) found.set(item.vendor, [{ order: item.order, hit }]);
    else if (!list.some((x) => x.order === item.order)) list.push({ order: item.order, hit });
  };
  for (const h of obs.headers) {
    const forName = compiled.byHeader.get(h.name);
    if (!forName) continue;
    const key = leadKey(h.value);
    const entries = key === undefined ? forName.all : (forName.byLead.get(key) ?? forName.unled);
    for (const item of entries) {
      const sig = item.fingerprint.signal;
      const hit = sig.kind === 'header' ? headerHit(sig, item.fingerprint, h) : undefined;
      if (hit) note(item, hit);
    }
  }
  if (compiled.other.length) {
    const parts = partsOf(obs);
    for (const item of compiled.other) {
      const hit = signalHit(item.fingerprint.signal, item.fingerprint, obs, parts);
      if (hit) note(item, hit);
    }
  }
  for (const find of obs.page ?? []) {
    const item = compiled.onPage.get(find.id);
    if (item)
      note(item, { fingerprint: item.fingerprint, kind: 'page', name: item.fingerprint.id, value: find.value ?? '' });
  }
  const out: VendorMatch[] = [];
  for (const [vendor, list] of found) {
    list.sort((a, b) => a.order - b.order);
    let score = 0;
    let generated = false;
    let relayed = false;
    for (const { hit } of list) {
      score += weightScore[hit.fingerprint.weight];
      generated ||= hit.fingerprint.generated === true;
      relayed ||= hit.fingerprint.relayed === true;
    }
    out.push({ vendor, hits: list.map((x) => x.hit), score, generated, relayed });
  }
  return out.sort((a, b) => b.score - a.score);
}
