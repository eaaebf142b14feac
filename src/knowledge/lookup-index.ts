/**
 * The address bar's index, one per language: every number's meanings (ranked as the lookup page ranks
 * them) and every failure name, with their titles and products, and the few UI strings the suggestions
 * need. The build writes it to a JSON file the worker fetches on the first keyword input (see
 * lookup-index-en.ts), so the worker carries neither the words nor the rules for it.
 */
import { format, type MessageEntry } from '../shared/format-message';
import { meaningsByCode } from './lookup';
import { type Authored, nameIn, titlesOf, UNKNOWN_FAILURE } from './rules';
import type { Lang, StatusClass } from './types';

export interface IndexedMeaning {
  readonly id: string;
  readonly title: string;
  /** The product that defines it; absent for the standard meaning. */
  readonly product?: string;
}

export interface IndexedFailure {
  readonly id: string;
  readonly names: readonly string[];
  readonly title: string;
}

export interface LookupIndex {
  readonly lang: Lang;
  /** By number, ranked: standard first, then the products' meanings, likeliest first. */
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

export function lookupIndexOf(kb: Authored, lang: Lang, messages: Messages): LookupIndex {
  const titles = titlesOf(kb, lang);
  const codes: Record<string, IndexedMeaning[]> = {};
  for (const [code, meanings] of [...meaningsByCode(kb)].sort((a, b) => a[0] - b[0]))
    codes[String(code)] = meanings.map(({ meaning, vendor }) => ({
      id: meaning.id,
      title: titles[meaning.id] ?? meaning.id,
      ...(vendor ? { product: nameIn(vendor.name, lang) } : {}),
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
