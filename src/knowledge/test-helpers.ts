/**
 * What the vendor tests share: matching one vendor the way the engine does, reading its decoders and its error pages,
 * checking its texts.
 */
import { Window } from 'happy-dom';
import RandExp from 'randexp';
import { expect, it } from 'vitest';
import { type ErrorPage, shownAs } from '../../test/error-pages/index';
import type { Evidence, Explanation } from './assemble';
import { explain } from './explain';
import { matchVendors, type VendorMatch } from './match';
import { observe } from './observation';
import { PAGE_LIMITS, pageMarkers, readMarkers } from './page-markers';
import { rules } from './rules-data';
import type {
  Confidence,
  DecodedValue,
  Fingerprint,
  Header,
  HeaderDecoder,
  Observation,
  PageFind,
  Signal,
  Text,
  Vendor,
} from './types';

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

/** A text filled in both languages. */
export const filled = (x: Text | undefined): boolean => !!x && x.en.trim().length > 0 && x.ru.trim().length > 0;

/**
 * A test per [value, row id] case: the vendor's decoder for `header` reads the value as that row alone, the row has
 * a title and a summary in both languages, and `also` holds of it.
 */
export function itDecodes(
  vendor: Vendor,
  header: string,
  cases: readonly (readonly [string, string])[],
  also?: (row: DecodedValue, value: string, id: string) => void,
): void {
  it.each(cases)(`decodes "%s" as the ${header} row %s`, (value, id) => {
    const rows = decodeWith(vendor, header, value);
    expect(rows.map((v) => v.id)).toEqual([id]);
    const [row] = rows;
    expect(filled(row?.title) && filled(row?.summary)).toBe(true);
    if (row) also?.(row, value, id);
  });
}

/** A test per value the vendor's decoder for `header` has no row for: it is left to the fallback. */
export function itLeavesToFallback(vendor: Vendor, header: string, values: readonly string[]): void {
  it.each(values)(`has no ${header} row for "%s"`, (value) => {
    expect(decodeWith(vendor, header, value)).toEqual([]);
  });
}

/** The vendor's name in English. */
const nameOf = (vendor: Vendor): string => (typeof vendor.name === 'string' ? vendor.name : vendor.name.en);

/** A test: the decoder for `header` reads only what the vendor's error page shows, and a value there is its own answer. */
export function itReadsPageValuesOnly(vendor: Vendor, header: string): void {
  it(`reads page values only in ${header}, as ${nameOf(vendor)}’s own answer`, () => {
    const decoder = decoderOf(vendor, header);
    expect(decoder.onPage).toBe(true);
    expect(decoder.generated).toBe(true);
    expect(filled(decoder.fallback)).toBe(true);
  });
}

/** Each id is kebab-case and none is given twice. */
export function expectUniqueKebabIds(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
}

/** A test: every fingerprint of the vendor has a unique kebab-case id. */
export function itGivesUniqueKebabIds(vendor: Vendor): void {
  it('gives every fingerprint a unique kebab-case id', () => {
    expectUniqueKebabIds(vendor.fingerprints.map((f) => f.id));
  });
}

/** The vendor's signs a response shows (headers, cookies, host, reason phrase, path): all but its error page's marks. */
export const responseSigns = (vendor: Vendor): Fingerprint[] =>
  vendor.fingerprints.filter((f) => f.signal.kind !== 'page');

/**
 * A test: no sign in the response itself claims the answer as the vendor's own or as passed along, or decides by
 * its absence or alone; only its error page, once read, may.
 */
export function itClaimsNothingByResponseSigns(vendor: Vendor): void {
  it('marks no header, host or cookie fingerprint as generated, relayed, absent or decisive', () => {
    expect(responseSigns(vendor).filter((f) => f.generated || f.relayed || f.absent || f.decisive)).toEqual([]);
  });
}

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

/** The English note a vendor file gives a standard code, or '' where it gives none. */
export const noteOn = (vendor: Vendor, code: number): string =>
  (vendor.notes ?? []).find((n) => n.code === code)?.note.en ?? '';

/** A test that every text the vendor file shows people is in both languages. */
export function itWritesEveryTextInBothLanguages(vendor: Vendor): void {
  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(vendor));
  });
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

/**
 * A test named `what`: on each page, shown as a browser shows it, the whole knowledge base finds exactly these
 * markers, in this order.
 */
export function itFindsOnPages(what: string, cases: readonly (readonly [ErrorPage, readonly PageFind[]])[]): void {
  it(what, () => {
    for (const [page, finds] of cases) expect(pageFindsIn(shownAs(page)), page.id).toEqual(finds);
  });
}

/** The ids of the markers the whole knowledge base finds on a page made of `html`, in the reader's order. */
export const pageMarkIds = (html: string): string[] => pageFindsIn(html).map((f) => f.id);

/** A response with `code` and `headers` whose document is `html`, once its page was read. */
export const withPage = (code: number, html: string, headers: Record<string, string> = {}): Observation =>
  observe({ statusCode: code, headers, page: pageFindsIn(html) });

/**
 * How the engine explains `page`'s response once its document was read, shown as a browser shows it (a text/plain
 * body inside <pre>); `html`, when given, stands in for the page's own body.
 */
export const readPage = (page: ErrorPage, html: string = page.html): Explanation =>
  explain(withPage(page.status, shownAs({ headers: page.headers, html }), page.headers));

/**
 * How the engine explains `page`'s response once read when the response carries none of its headers, so that only
 * the page can name the maker (an HTTP/2 answer has no reason phrase either).
 */
export const readPageAlone = (page: ErrorPage): Explanation => explain(withPage(page.status, shownAs(page)));

/** How the engine explains `page`'s response from its status and headers alone, before the page is read. */
export const unreadPage = (page: ErrorPage): Explanation =>
  explain(observe({ statusCode: page.status, headers: page.headers }));

/** The entry's title in the list: the error the page names, where it names one the maker's table knows, else the code's. */
export const listTitle = (ex: Explanation): string => ex.decoded.find((d) => d.onPage)?.title ?? ex.title;

/** What reading an error page of the vendor must settle, beyond the maker and the title its expectation names. */
export interface PageVerdict {
  /** How sure the engine is of the maker once the page is read. */
  readonly confidence: Confidence;
  /**
   * Where the list's title comes from: a value on the page the maker's table decodes ('page'), or the status code
   * alone, the page naming no error ('status'). Unset: either, as long as the list shows the expected title.
   */
  readonly title?: 'page' | 'status';
  /** What the first piece of evidence, a mark on the page, must also be: its name, its value. */
  readonly evidence?: Partial<Pick<Evidence, 'name' | 'value'>>;
  /** The status and headers alone, unread, leave the maker uncertain (not 'high'). */
  readonly uncertainUnread?: boolean;
  /** A body of another kind, read in the page's place, does not name the page's maker. */
  readonly notNamedReading?: string;
}

/**
 * A test per page: once read, it names its expected maker with `verdict.confidence` and its expected title, and the
 * page is the evidence (the producer's reason speaks of the error page, its first evidence is a mark on the page).
 */
export function itNamesTheMakerFromItsPage(pages: readonly ErrorPage[], verdict: PageVerdict): void {
  const table = pages.map((p) => [p.id, p.expect.who, p] as const);
  const only = verdict.uncertainUnread ? ', which its status and headers leave uncertain' : '';
  const other = verdict.notNamedReading === undefined ? '' : ', and not from a page of another kind';
  it.each(table)(`%s, once read, names %s (${verdict.confidence}) from the page${only}${other}`, (_id, who, p) => {
    const ex = readPage(p);
    expect(ex.producer.vendor?.name).toBe(who);
    expect(ex.producer.confidence).toBe(verdict.confidence);
    expect(ex.producer.why).toMatch(/error page/);
    expect(ex.producer.evidence[0]).toMatchObject({ kind: 'page', ...verdict.evidence });
    expect(listTitle(ex)).toBe(p.expect.title);
    if (verdict.title === 'page') expect(ex.decoded.find((d) => d.onPage)?.title).toBe(p.expect.title);
    if (verdict.title === 'status') {
      expect(ex.decoded.find((d) => d.onPage)).toBeUndefined();
      expect(ex.title).toBe(p.expect.title);
    }
    if (verdict.uncertainUnread) expect(unreadPage(p).producer.confidence).not.toBe('high');
    if (verdict.notNamedReading !== undefined) {
      expect(readPage(p, verdict.notNamedReading).producer.vendor?.name).not.toBe(who);
    }
  });
}
