/** What the vendor tests share: matching one vendor the way the engine does, reading its decoders, checking its texts. */
import { Window } from 'happy-dom';
import RandExp from 'randexp';
import { expect, it } from 'vitest';
import { matchVendors, type VendorMatch } from './match';
import { observe } from './observation';
import { PAGE_LIMITS, pageMarkers, readMarkers } from './page-markers';
import { rules } from './rules-data';
import type { DecodedValue, Header, HeaderDecoder, Observation, PageFind, Signal, Text, Vendor } from './types';

/** How `vendor` alone matches `obs`, through the engine's own matching. */
export const matchOne = (vendor: Vendor, obs: Observation): VendorMatch | undefined => matchVendors([vendor], obs)[0];

/** How `vendor` alone matches a response carrying one header. */
export const matchHeader = (vendor: Vendor, name: string, value: string): VendorMatch | undefined =>
  matchOne(vendor, observe({ headers: { [name]: value } }));

export function decoderOf(vendor: Vendor, header: string): HeaderDecoder {
  const decoder = vendor.decoders?.find((d) => d.header === header);
  if (!decoder) throw new Error(`${vendor.id} has no decoder for ${header}`);
  return decoder;
}

/** A test per [header, value] case: the vendor is recognised by that header. */
export function itMatchesHeaders(vendor: Vendor, cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('matches %s: %s', (name, value) => {
    expect(matchHeader(vendor, name, value)?.hits[0]?.name).toBe(name);
  });
}

/** A test per [header, value] case that looks like the vendor's but must not match. */
export function itRejectsHeaders(vendor: Vendor, cases: readonly (readonly [string, string])[]): void {
  it.each(cases)('does not match the near miss %s: %s', (name, value) => {
    expect(matchHeader(vendor, name, value)).toBeUndefined();
  });
}

/** A test per URL: the vendor is recognised by the address alone. */
export function itMatchesHosts(vendor: Vendor, urls: readonly string[]): void {
  it.each(urls)('matches the host of %s', (url) => {
    expect(matchOne(vendor, observe({ url }))?.hits[0]?.kind).toBe('host');
  });
}

/** A test per URL that looks like the vendor's address but must not match. */
export function itRejectsHosts(vendor: Vendor, urls: readonly string[]): void {
  it.each(urls)('does not match the host of %s', (url) => {
    expect(matchOne(vendor, observe({ url }))).toBeUndefined();
  });
}

/** The rows of the vendor's decoder for `header` that accept `value`, trimmed as the engine trims it. */
export const decodeWith = (vendor: Vendor, header: string, value: string): DecodedValue[] =>
  decoderOf(vendor, header).values?.filter((v) => v.match.test(value.trim())) ?? [];

/** Every text a vendor file shows people. */
export function vendorTexts(vendor: Vendor): Text[] {
  const present = (...texts: (Text | undefined)[]): Text[] => texts.filter((x) => x !== undefined);
  return [
    ...vendor.fingerprints.map((f) => f.says),
    ...vendor.codes.flatMap((c) => present(c.title, c.summary, c.visitor, c.owner, c.whenSeen)),
    ...(vendor.decoders ?? []).flatMap((d) => [
      d.fallback,
      ...(d.values ?? []).flatMap((v) => present(v.title, v.summary, v.visitor, v.owner)),
    ]),
    ...(vendor.notes ?? []).map((n) => n.note),
    ...present(vendor.bodyHint),
  ];
}

/** Each text is filled in English and written in Russian. */
export function expectBilingual(texts: readonly (Text | undefined)[]): void {
  for (const x of texts) {
    expect(x?.en.trim()).not.toBe('');
    expect(x?.ru).toMatch(/[а-яё]/i);
  }
}

const sampled = new WeakMap<RegExp, string>();

/**
 * A string that the regex accepts, for building a response that carries a signal. Drawn once per pattern:
 * corpora build a response per pattern and code, and drawing is the slow part.
 */
export function sample(re: RegExp): string {
  const known = sampled.get(re);
  if (known !== undefined) return known;
  const gen = new RandExp(re);
  gen.max = 3;
  for (let i = 0; i < 20; i++) {
    const s = gen.gen();
    if (re.test(s) && s.trim() === s) {
      sampled.set(re, s);
      return s;
    }
  }
  throw new Error(`cannot sample ${re}`);
}

/** The smallest observation that shows `signals`. */
export function witness(code: number, signals: readonly Signal[]): Observation {
  const headers: Header[] = [];
  const cookieNames: string[] = [];
  let host = 'site.example';
  let path = '/';
  let statusLine: string | undefined;
  for (const s of signals) {
    if (s.kind === 'header') headers.push({ name: s.name, value: s.value ? sample(s.value) : 'present' });
    else if (s.kind === 'cookie') cookieNames.push(sample(s.name).replace(/[^\w.-]/g, 'x'));
    else if (s.kind === 'host') host = sample(s.pattern).toLowerCase().replace(/^\./, 'a.');
    else if (s.kind === 'reason') statusLine = `HTTP/1.1 ${code} ${sample(s.pattern)}`;
    else if (s.kind === 'path') path = sample(s.pattern);
    // A page signal is found in a document, not in the response: pageFind makes one.
  }
  return {
    statusCode: code,
    ...(statusLine ? { statusLine } : {}),
    url: `https://${host}${path.startsWith('/') ? path : `/${path}`}`,
    method: 'GET',
    type: 'main_frame',
    mainFrame: true,
    fromCache: false,
    headers,
    cookieNames,
  };
}

/**
 * The markers the whole knowledge base finds on a page made of `html`, read by the same function the
 * extension runs in a page (with a document of `html` standing in for the page's own).
 */
export function pageFindsIn(html: string): PageFind[] {
  const url = 'https://site.example/broken';
  const window = new Window({ url });
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  const saved = { document: globalThis.document, location: globalThis.location };
  Object.assign(globalThis, { document, location: window.location });
  try {
    return readMarkers(pageMarkers(rules), url, PAGE_LIMITS) ?? [];
  } finally {
    Object.assign(globalThis, saved);
    void window.happyDOM.close();
  }
}

/** A response with `code` and `headers` whose document is `html`, once its page was read. */
export const withPage = (code: number, html: string, headers: Record<string, string> = {}): Observation =>
  observe({ statusCode: code, headers, page: pageFindsIn(html) });
