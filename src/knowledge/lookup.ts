/**
 * A code looked up by itself, with no response to decide from: every meaning the knowledge base has for
 * it, ranked (the standard one first, then the products' by how likely each is for a bare number), with
 * what in a response would pick each. A number past the HTTP range (1016) is also a product's own error
 * number when a row of one of its decoder tables names it. `lookupCode` works on the rules alone;
 * `describeLookup` puts the result into one language's words.
 */
import type { Knowledge, NamedVendor } from './assemble';
import { isProductNumber, type LookupQuery } from '../shared/lookup-query';
import { cachedFor, groupBy } from './maps';
import { describeSignal, narrator, tellApart } from './narrate';
import { findNetworkError } from './network-lookup';
import {
  type DecodedValueRule,
  type DecoderRule,
  decodedId,
  docsId,
  type MeaningRule,
  nameIn,
  type NetworkErrorRule,
  type Rules,
  UNKNOWN_FAILURE,
  type VendorRule,
  wordId,
} from './rules';
import { classOf } from './status-class';
import type { Role, Source, StatusClass } from './types';

/** One reading of a number: the standard one (no vendor) or a product's. */
export interface LookupMeaning {
  readonly meaning: MeaningRule;
  readonly vendor?: VendorRule;
}

/** A product's own error number: one row of a vendor's decoder table. */
export interface LookupDecoded {
  readonly vendor: VendorRule;
  readonly decoder: DecoderRule;
  readonly value: DecodedValueRule;
}

export type LookupVerdict =
  | {
      readonly kind: 'status';
      readonly code: number;
      readonly statusClass: StatusClass;
      /** Standard first, then the products' meanings, likeliest first. */
      readonly meanings: readonly LookupMeaning[];
      /** The IANA registry defines the number. */
      readonly standard: boolean;
      /** Products with a note on what the (standard) number means when they send it. */
      readonly notes: readonly VendorRule[];
      /** For a number past the HTTP range: the rows of the products' tables that name it, in registry order. */
      readonly decoded: readonly LookupDecoded[];
      readonly meaningId?: string;
    }
  | {
      readonly kind: 'failure';
      readonly name: string;
      /** Absent for a name the knowledge base does not know. */
      readonly failure?: NetworkErrorRule;
      readonly meaningId?: string;
    };

/** A meaning with no prior is as likely as not. */
const priorOf = (m: LookupMeaning): number => (m.vendor ? (m.meaning.prior ?? 0.5) : Number.POSITIVE_INFINITY);

const byCodeCache = new WeakMap<Rules, Map<number, LookupMeaning[]>>();

/** Every number with a meaning, its meanings ranked: standard first, then by prior, then in registry order. */
export function meaningsByCode(rules: Rules): Map<number, LookupMeaning[]> {
  return cachedFor(byCodeCache, rules, ({ standard, vendors }) => {
    const groups = groupBy<number, LookupMeaning>(
      [
        ...standard.map((meaning) => ({ meaning })),
        ...vendors.flatMap((vendor) => vendor.codes.map((meaning) => ({ meaning, vendor }))),
      ],
      (m) => m.meaning.code,
    );
    // Array.prototype.sort is stable: equal priors keep the registry's order.
    for (const list of groups.values()) list.sort((a, b) => priorOf(b) - priorOf(a));
    return groups;
  });
}

const rowsCache = new WeakMap<Rules, LookupDecoded[]>();

/** Every row of every vendor's decoder tables, in registry order. */
const decodedRows = (rules: Rules): readonly LookupDecoded[] =>
  cachedFor(rowsCache, rules, ({ vendors }) =>
    vendors.flatMap((vendor) =>
      (vendor.decoders ?? []).flatMap((decoder) => (decoder.values ?? []).map((value) => ({ vendor, decoder, value }))),
    ),
  );

/**
 * The rows whose table matches the number exactly (its digits are tested as the value a header or page would
 * give), in registry order; none for a number of the HTTP range, which only the meanings of statuses answer.
 */
export function decodedFor(code: number, rules: Rules): LookupDecoded[] {
  if (!isProductNumber(code)) return [];
  const text = String(code);
  return decodedRows(rules).filter((row) => row.value.match.test(text));
}

/** What the knowledge base has for a query. */
export function lookupCode(query: LookupQuery, rules: Rules): LookupVerdict {
  const picked = query.meaningId ? { meaningId: query.meaningId } : {};
  if (query.kind === 'failure') {
    const failure = findNetworkError(rules.networkErrors, query.name);
    return { kind: 'failure', name: query.name, ...(failure ? { failure } : {}), ...picked };
  }
  const code = query.code;
  const meanings = meaningsByCode(rules).get(code) ?? [];
  return {
    kind: 'status',
    code,
    statusClass: classOf(code),
    meanings,
    standard: meanings.some((m) => !m.vendor),
    notes: rules.vendors.filter((v) => v.notes?.some((n) => n.code === code)),
    decoded: decodedFor(code, rules),
    ...picked,
  };
}

/** One meaning as the lookup page shows it. */
export interface LookupEntry {
  readonly meaningId: string;
  readonly title: string;
  readonly summary: string;
  readonly visitor: string;
  readonly owner: string;
  /** Absent for the standard meaning. */
  readonly vendor?: NamedVendor;
  /** For a product's error number (a row of its decoder table): the decoder's name (a header, or the page's). */
  readonly decoder?: string;
  /** What in a response would pick this meaning. */
  readonly pick: string;
  /** Signs that pick this reading over the same product's other one for the number. */
  readonly when: readonly string[];
  /** What it means when a rarely (or never) sent number is seen anyway. */
  readonly whenSeen?: string;
  readonly obsolete: boolean;
  readonly source: Source;
}

/** The words every answer has: what a class of numbers (or an unknown failure) means. */
export interface LookupWords {
  readonly title: string;
  readonly summary: string;
  readonly visitor: string;
  readonly owner: string;
  readonly source: Source;
}

export type LookupView =
  | {
      readonly kind: 'status';
      readonly code: number;
      readonly statusClass: StatusClass;
      readonly standard: boolean;
      /** The meanings ranked, then (past the HTTP range) the products' error numbers, in registry order. */
      readonly entries: readonly LookupEntry[];
      /** What the number's class means: the whole answer for a number nobody defines. */
      readonly classWords: LookupWords;
      readonly notes: readonly { readonly vendor: NamedVendor; readonly text: string }[];
      readonly meaningId?: string;
    }
  | {
      readonly kind: 'failure';
      readonly name: string;
      readonly known: boolean;
      /** The known failure's meaning, or the words for a failure name nobody here knows. */
      readonly entry: LookupEntry;
      /** Every spelling the browsers report it by. */
      readonly names: readonly string[];
      /** Who is most likely at fault, in a sentence. */
      readonly cause: string;
      readonly producer: Role;
      readonly noise: boolean;
    };

/** Puts a lookup into the words of `k.lang`. */
export function describeLookup(v: LookupVerdict, k: Knowledge): LookupView {
  const n = narrator(k.words, k.lang);
  const sourceOf = (id: string): Source => k.details[id]?.source ?? { title: id };
  const wordsOf = (id: string): LookupWords => ({
    title: n.word(wordId.meaning(id, 'title')),
    summary: n.word(wordId.meaning(id, 'summary')),
    visitor: n.word(wordId.meaning(id, 'visitor')),
    owner: n.word(wordId.meaning(id, 'owner')),
    source: sourceOf(id),
  });
  const named = (vendor: VendorRule): NamedVendor => ({
    id: vendor.id,
    name: nameIn(vendor.name, k.lang),
    role: vendor.role,
  });
  const entryOf = (id: string, vendor: VendorRule | undefined, pick: string, when: readonly string[]): LookupEntry => {
    const details = k.details[id];
    const whenSeen = details?.reach && details.reach !== 'normal' ? n.word(wordId.meaning(id, 'whenSeen')) : '';
    return {
      meaningId: id,
      ...wordsOf(id),
      ...(vendor ? { vendor: named(vendor) } : {}),
      pick,
      when,
      ...(whenSeen ? { whenSeen } : {}),
      obsolete: details?.obsolete === true,
    };
  };
  /** A product's error number as a meaning: the row's words, where it is seen, and the vendor's documentation. */
  const decodedEntry = ({ vendor, decoder, value }: LookupDecoded): LookupEntry => {
    const part = (p: 'title' | 'summary' | 'visitor' | 'owner'): string =>
      n.word(wordId.decoded(vendor.id, decoder.header, value.id, p));
    const vars = { vendor: n.name(vendor), header: decoder.header };
    // A page decoder is read from the error page alone; a header decoder from the page as well when a page
    // signal decodes with it.
    const alsoOnPage = vendor.fingerprints.some((f) => f.signal.kind === 'page' && f.signal.decodes === decoder.header);
    const seen = decoder.onPage ? 'tell.number-page' : alsoOnPage ? 'tell.number-both' : 'tell.number-header';
    // A row's advice may be left to the status its response came with (as an explanation leaves it); here no
    // status is at hand, so that is said.
    const advice = (p: 'visitor' | 'owner'): string => part(p) || n.phrase('advice.number');
    return {
      meaningId: decodedId(vendor.id, decoder.header, value.id),
      title: part('title') || value.id,
      summary: part('summary') || n.word(wordId.fallback(vendor.id, decoder.header)),
      visitor: advice('visitor'),
      owner: advice('owner'),
      vendor: named(vendor),
      decoder: decoder.header,
      pick: n.phrase(seen, vars),
      when: [],
      obsolete: false,
      source: k.details[docsId(vendor.id)]?.source ?? { title: n.name(vendor) },
    };
  };
  const picked = v.meaningId ? { meaningId: v.meaningId } : {};

  if (v.kind === 'failure') {
    const id = v.failure?.id ?? UNKNOWN_FAILURE;
    const producer = v.failure?.producer ?? 'unknown';
    return {
      kind: 'failure',
      name: v.name,
      known: v.failure !== undefined,
      entry: entryOf(id, undefined, '', []),
      names: v.failure?.names ?? [v.name],
      cause: n.phrase('why.failure', { role: n.phrase(`role.${producer}`) }),
      producer,
      noise: v.failure?.noise === true,
    };
  }

  return {
    kind: 'status',
    code: v.code,
    statusClass: v.statusClass,
    standard: v.standard,
    entries: [
      ...v.meanings.map(({ meaning, vendor }) =>
        entryOf(meaning.id, vendor, tellApart(n, vendor), (meaning.when ?? []).map(describeSignal)),
      ),
      ...v.decoded.map(decodedEntry),
    ],
    classWords: wordsOf(`class.${v.statusClass}`),
    notes: v.notes.map((vendor) => ({ vendor: named(vendor), text: n.word(wordId.note(vendor.id, v.code)) })),
    ...picked,
  };
}
