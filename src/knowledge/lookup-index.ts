/**
 * The address bar's index, one per language: every number's meanings (ranked as the lookup page ranks
 * them), the products' own error numbers past the HTTP range (1016), every failure name, with their titles
 * and products, and the few UI strings the suggestions need. The build writes it to a JSON file the worker
 * fetches on the first keyword input (see lookup-index-en.ts), so the worker carries neither the words nor
 * the rules for it.
 */
import { format, type MessageEntry } from '../shared/format-message';
import { FIRST_PRODUCT_NUMBER } from '../shared/lookup-query';
import { decodedFor, type LookupDecoded, meaningsByCode } from './lookup';
import { type Authored, decodedId, nameIn, titlesOf, UNKNOWN_FAILURE, wordId, wordsOf } from './rules';
import type { Lang, StatusClass } from './types';

export interface IndexedMeaning {
  readonly id: string;
  readonly title: string;
  /** The product that defines it; absent for the standard meaning. */
  readonly product?: string;
  /** A product's own error number (a row of its decoder table), not a meaning of an HTTP status. */
  readonly decoded?: boolean;
}

export interface IndexedFailure {
  readonly id: string;
  readonly names: readonly string[];
  readonly title: string;
}

export interface LookupIndex {
  readonly lang: Lang;
  /**
   * By number, ranked: standard first, then the products' meanings, likeliest first; from 1000 to
   * LAST_INDEXED_NUMBER, the products' error numbers, in registry order.
   */
  readonly codes: Readonly<Record<string, readonly IndexedMeaning[]>>;
  /** The title of what a number nobody defines means, by its class. */
  readonly classes: Readonly<Record<StatusClass, string>>;
  readonly failures: readonly IndexedFailure[];
  /** The title of a failure name nobody here knows. */
  readonly unknownFailure: string;
  readonly strings: {
    /** "Look up {code} in Statuscope". */
    readonly lookUp: string;
    /** What to type, for an empty or unreadable input. */
    readonly hint: string;
    /** Said in place of a product for the standard meaning. */
    readonly standard: string;
    /** Said in place of a product for a number nobody defines. */
    readonly unregistered: string;
  };
}

type Messages = Readonly<Record<string, MessageEntry>>;

const message = (messages: Messages, key: string, subs: readonly string[] = []): string => {
  const text = format(messages[key], subs);
  if (text === undefined) throw new Error(`no message ${key}`);
  return text;
};

/**
 * The highest number the index holds products' error numbers for: the rows' tables can only be asked number
 * by number, and five digits cover the products' numbers. The lookup page asks them for any number it reads.
 */
export const LAST_INDEXED_NUMBER = 99_999;

const decodedCache = new WeakMap<Authored, [number, LookupDecoded[]][]>();

/** Every number from 1000 to LAST_INDEXED_NUMBER that a row names, with its rows; made once for all languages. */
function decodedNumbers(kb: Authored): [number, LookupDecoded[]][] {
  let made = decodedCache.get(kb);
  if (!made) {
    made = [];
    for (let code = FIRST_PRODUCT_NUMBER; code <= LAST_INDEXED_NUMBER; code++) {
      const rows = decodedFor(code, kb);
      if (rows.length) made.push([code, rows]);
    }
    decodedCache.set(kb, made);
  }
  return made;
}

export function lookupIndexOf(kb: Authored, lang: Lang, messages: Messages): LookupIndex {
  const titles = titlesOf(kb, lang);
  const codes: Record<string, IndexedMeaning[]> = {};
  for (const [code, meanings] of [...meaningsByCode(kb)].sort((a, b) => a[0] - b[0]))
    codes[String(code)] = meanings.map(({ meaning, vendor }) => ({
      id: meaning.id,
      title: titles[meaning.id] ?? meaning.id,
      ...(vendor ? { product: nameIn(vendor.name, lang) } : {}),
    }));
  // titlesOf keeps only the titles an error page can name: a header's rows take theirs from the words.
  const words = wordsOf(kb, lang);
  for (const [code, rows] of decodedNumbers(kb))
    codes[String(code)] = rows.map(({ vendor, decoder, value }) => ({
      id: decodedId(vendor.id, decoder.header, value.id),
      title: words[wordId.decoded(vendor.id, decoder.header, value.id, 'title')] ?? value.id,
      product: nameIn(vendor.name, lang),
      decoded: true,
    }));
  const classes = Object.fromEntries(
    Object.keys(kb.classes).map((cls) => [cls, titles[`class.${cls}`] ?? cls]),
  ) as Record<StatusClass, string>;
  return {
    lang,
    codes,
    classes,
    failures: kb.networkErrors.map((e) => ({ id: e.id, names: e.names, title: titles[e.id] ?? e.id })),
    unknownFailure: titles[UNKNOWN_FAILURE] ?? UNKNOWN_FAILURE,
    strings: {
      lookUp: message(messages, 'omniboxLookUp', ['{code}']),
      hint: message(messages, 'omniboxHint'),
      standard: message(messages, 'omniboxStandard'),
      unregistered: message(messages, 'omniboxUnregistered'),
    },
  };
}
