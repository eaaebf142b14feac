/**
 * A code looked up by itself, with no response to decide from: every meaning the knowledge base has for
 * it, ranked (the standard one first, then the products' by how likely each is for a bare number), with
 * what in a response would pick each. `lookupCode` works on the rules alone; `describeLookup` puts the
 * result into one language's words.
 */
import type { Knowledge, NamedVendor } from './assemble';
import type { LookupQuery } from '../shared/lookup-query';
import { cachedFor, groupBy } from './maps';
import { describeSignal, narrator, tellApart } from './narrate';
import { findNetworkError } from './network-lookup';
import {
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
    entries: v.meanings.map(({ meaning, vendor }) =>
      entryOf(meaning.id, vendor, tellApart(n, vendor), (meaning.when ?? []).map(describeSignal)),
    ),
    classWords: wordsOf(`class.${v.statusClass}`),
    notes: v.notes.map((vendor) => ({ vendor: named(vendor), text: n.word(wordId.note(vendor.id, v.code)) })),
    ...picked,
  };
}
