/**
 * The knowledge base split in two. The rules (ids, names, roles, fingerprints, code rows, decoders,
 * titles) are what the worker needs to decide; the words (summaries, advice, notes, what each sign
 * says) are shown only when a person opens an entry, so the popup loads them, in one language.
 * Both are computed from the same authored files; the build turns each into plain data.
 */
import type {
  DecodedValue,
  Reach,
  Source,
  Fingerprint,
  HeaderDecoder,
  Lang,
  Meaning,
  NetworkError,
  StandardNote,
  StatusClass,
  Text,
  Vendor,
  VendorName,
  WarningCode,
  Words,
} from './types';

/**
 * The id of one row of a vendor's decoder table where it is shown as a meaning of its own (a product's error
 * number on the lookup page and in the address bar); its words are this id and a part (wordId.decoded).
 */
export const decodedId = (vendorId: string, header: string, valueId: string): string =>
  `${vendorId}.decoder.${header}.${valueId}`;

/**
 * The details id of a vendor's own documentation: the source of its decoded rows, which have none of their own.
 * No meaning id starts with "docs." (they start with "std.", "class.", "net." or their vendor's id).
 */
export const docsId = (vendorId: string): string => `docs.${vendorId}`;

/** Words are looked up by id; ids are built here and nowhere else. */
export const wordId = {
  meaning: (meaningId: string, part: MeaningPart): string => `${meaningId}.${part}`,
  fingerprint: (vendorId: string, fingerprintId: string): string => `${vendorId}.fp.${fingerprintId}`,
  fallback: (vendorId: string, header: string): string => `${vendorId}.decoder.${header}`,
  decoded: (vendorId: string, header: string, valueId: string, part: DecodedPart): string =>
    `${decodedId(vendorId, header, valueId)}.${part}`,
  note: (vendorId: string, code: number): string => `${vendorId}.note.${code}`,
  body: (vendorId: string): string => `${vendorId}.body`,
  warning: (code: number, part: 'title' | 'summary'): string => `warning.${code}.${part}`,
  phrase: (key: string): string => `phrase.${key}`,
};

type MeaningPart = 'title' | 'summary' | 'visitor' | 'owner' | 'whenSeen';
type DecodedPart = 'title' | 'summary' | 'visitor' | 'owner';

/** The meaning id of a failure name this extension does not know yet. */
export const UNKNOWN_FAILURE = 'net.unknown';

export type FingerprintRule = Omit<Fingerprint, 'says'>;
export type MeaningRule = Pick<Meaning, 'id' | 'code' | 'prior' | 'when' | 'reach'>;
export type DecodedValueRule = Pick<DecodedValue, 'id' | 'match'>;
export interface DecoderRule extends Pick<HeaderDecoder, 'header' | 'generated' | 'onlyWithVendor' | 'onPage'> {
  readonly values?: readonly DecodedValueRule[];
}
export interface VendorRule extends Pick<Vendor, 'id' | 'name' | 'role' | 'makes' | 'servesSite'> {
  readonly fingerprints: readonly FingerprintRule[];
  readonly codes: readonly MeaningRule[];
  readonly decoders?: readonly DecoderRule[];
  /** Standard codes this vendor has a note on, and the evidence it needs (the note itself is words). */
  readonly notes?: readonly Pick<StandardNote, 'code' | 'when'>[];
}
export type NetworkErrorRule = Pick<NetworkError, 'id' | 'names' | 'producer' | 'noise'>;

/** What the engine decides with; also satisfied by the authored knowledge itself. */
export interface Rules {
  readonly vendors: readonly VendorRule[];
  readonly standard: readonly MeaningRule[];
  readonly networkErrors: readonly NetworkErrorRule[];
}

/** The authored knowledge: rules with their words in every language. */
export interface Authored {
  readonly vendors: readonly Vendor[];
  readonly standard: readonly Meaning[];
  readonly networkErrors: readonly NetworkError[];
  readonly classes: Readonly<Record<StatusClass, Words>>;
  readonly unknownFailure: Words;
  readonly warnings: readonly WarningCode[];
  readonly phrases: Readonly<Record<string, Text>>;
}

/** One language's words by id. */
export type Dictionary = Readonly<Record<string, string>>;

/** What the popup shows about a meaning besides its words: where it comes from, how often it is seen. */
export interface MeaningDetails {
  readonly source: Source;
  readonly reach?: Reach;
  readonly obsolete?: boolean;
}

const classSource: Source = {
  title: 'RFC 9110 §15 (status code classes)',
  url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
};
const chromiumErrors: Source = { title: 'Chromium net/base/net_error_list.h' };

const fingerprintRule = ({ says: _, ...rule }: Fingerprint): FingerprintRule => rule;
const meaningRule = ({ id, code, prior, when, reach }: Meaning): MeaningRule => ({
  id,
  code,
  ...(prior !== undefined ? { prior } : {}),
  ...(when ? { when } : {}),
  // Only "never" changes a decision (decide.ts); "rare" is shown from the details.
  ...(reach === 'never' ? { reach } : {}),
});
const decoderRule = ({ header, generated, onlyWithVendor, onPage, values }: HeaderDecoder): DecoderRule => ({
  header,
  generated,
  ...(onlyWithVendor ? { onlyWithVendor } : {}),
  ...(onPage ? { onPage } : {}),
  ...(values ? { values: values.map(({ id, match }) => ({ id, match })) } : {}),
});

function vendorRule(vendor: Vendor): VendorRule {
  const { id, name, role, makes, servesSite, fingerprints, codes, decoders, notes } = vendor;
  return {
    id,
    name,
    role,
    ...(makes ? { makes } : {}),
    ...(servesSite ? { servesSite } : {}),
    fingerprints: fingerprints.map(fingerprintRule),
    codes: codes.map(meaningRule),
    ...(decoders ? { decoders: decoders.map(decoderRule) } : {}),
    ...(notes ? { notes: notes.map(({ code, when }) => ({ code, ...(when ? { when } : {}) })) } : {}),
  };
}

export function rulesOf(kb: Authored): Rules {
  return {
    vendors: kb.vendors.map(vendorRule),
    standard: kb.standard.map(meaningRule),
    networkErrors: kb.networkErrors.map(({ id, names, producer, noise }) => ({
      id,
      names,
      producer,
      ...(noise ? { noise } : {}),
    })),
  };
}

/**
 * Every meaning's source, reach and retirement, by meaning id; and the documentation of every vendor with a
 * decoder table, by docsId, for the rows of its tables that the lookup shows.
 */
export function detailsOf(kb: Authored): Readonly<Record<string, MeaningDetails>> {
  const out: Record<string, MeaningDetails> = {};
  const put = (id: string, source: Source, reach?: Reach, obsolete?: boolean): void => {
    out[id] = { source, ...(reach ? { reach } : {}), ...(obsolete ? { obsolete } : {}) };
  };
  for (const m of [...kb.standard, ...kb.vendors.flatMap((v) => v.codes)]) put(m.id, m.source, m.reach, m.obsolete);
  for (const e of kb.networkErrors) put(e.id, e.source);
  for (const cls of Object.keys(kb.classes)) put(`class.${cls}`, classSource);
  put(UNKNOWN_FAILURE, chromiumErrors);
  for (const v of kb.vendors) if (v.decoders?.some((d) => d.values?.length)) put(docsId(v.id), v.docs);
  return out;
}

/** Every word of the knowledge base in `lang`, by id. Throws on an id used twice. */
export function wordsOf(kb: Authored, lang: Lang): Dictionary {
  const out: Record<string, string> = {};
  const put = (id: string, text: Text | undefined): void => {
    if (!text) return;
    if (id in out) throw new Error(`word id used twice: ${id}`);
    out[id] = text[lang];
  };
  const putMeaning = (m: Pick<Meaning, 'id' | 'title' | 'summary' | 'visitor' | 'owner' | 'whenSeen'>): void => {
    for (const part of ['title', 'summary', 'visitor', 'owner', 'whenSeen'] as const)
      put(wordId.meaning(m.id, part), m[part]);
  };
  for (const m of kb.standard) putMeaning(m);
  for (const e of kb.networkErrors) putMeaning(e);
  for (const [cls, words] of Object.entries(kb.classes)) putMeaning({ id: `class.${cls}`, ...words });
  putMeaning({ id: UNKNOWN_FAILURE, ...kb.unknownFailure });
  for (const v of kb.vendors) {
    for (const f of v.fingerprints) put(wordId.fingerprint(v.id, f.id), f.says);
    for (const m of v.codes) putMeaning(m);
    for (const d of v.decoders ?? []) {
      put(wordId.fallback(v.id, d.header), d.fallback);
      for (const value of d.values ?? [])
        for (const part of ['title', 'summary', 'visitor', 'owner'] as const)
          put(wordId.decoded(v.id, d.header, value.id, part), value[part]);
    }
    for (const n of v.notes ?? []) put(wordId.note(v.id, n.code), n.note);
    put(wordId.body(v.id), v.bodyHint);
  }
  for (const w of kb.warnings) {
    put(wordId.warning(w.code, 'title'), w.title);
    put(wordId.warning(w.code, 'summary'), w.summary);
  }
  for (const [key, text] of Object.entries(kb.phrases)) put(wordId.phrase(key), text);
  return out;
}

/** The word id of a title in the titles' table: a meaning's id there stands for its title. */
const titleWordId = (key: string): string => (key.endsWith('.title') ? key : wordId.meaning(key, 'title'));

/**
 * The ids of the words the package keeps apart from the titles, in the order every language's list keeps (the
 * ids are the same in every language). The titles are shipped once, in the list's table (titlesOf).
 */
export function wordIdsOf(kb: Authored): string[] {
  const titles = new Set(Object.keys(titlesOf(kb, 'en')).map(titleWordId));
  return Object.keys(wordsOf(kb, 'en')).filter((id) => !titles.has(id));
}

/**
 * One language's words but the titles, as a list in the order of wordIdsOf. The package holds the ids once for
 * every language (word-ids.ts) and each language's list beside them; dictionaryOf puts the words back together.
 * A sentence said under several ids (advice many meanings share) is written once: later places hold the
 * position of its first.
 */
export function wordListOf(kb: Authored, lang: Lang): (string | number)[] {
  const words = wordsOf(kb, lang);
  const first = new Map<string, number>();
  return wordIdsOf(kb).map((id, i) => {
    const text = words[id] ?? '';
    const at = first.get(text);
    if (at !== undefined && text.length > 8) return at;
    first.set(text, i);
    return text;
  });
}

/**
 * Ids written one a line, each as how many characters it shares with the one before and the rest of it
 * ("0std.100.title", "8summary"): neighbouring ids share long prefixes, so this is a fraction of the size.
 */
export function packIds(ids: readonly string[]): string {
  let previous = '';
  return ids
    .map((id) => {
      let shared = 0;
      while (shared < id.length && shared < previous.length && id[shared] === previous[shared]) shared++;
      previous = id;
      return `${shared} ${id.slice(shared)}`;
    })
    .join('\n');
}

export function unpackIds(packed: string): string[] {
  let previous = '';
  return packed.split('\n').map((line) => {
    const space = line.indexOf(' ');
    previous = previous.slice(0, Number(line.slice(0, space))) + line.slice(space + 1);
    return previous;
  });
}

/** A language's words by id, from the shared ids, its list and its titles' table. */
export function dictionaryOf(
  ids: readonly string[],
  list: readonly (string | number)[],
  titles: Dictionary,
): Dictionary {
  const out: Record<string, string> = {};
  ids.forEach((id, i) => {
    const text = list[i] ?? '';
    out[id] = typeof text === 'number' ? String(list[text] ?? '') : text;
  });
  for (const [key, title] of Object.entries(titles)) out[titleWordId(key)] = title;
  return out;
}

/**
 * The titles alone, by meaning id: what the popup's list needs before anything is opened. Also, by their word
 * id, the titles of the values a vendor's error page can name (decoders a page signal `decodes`), which the
 * list shows in place of the meaning's.
 */
export function titlesOf(kb: Authored, lang: Lang): Dictionary {
  const words = wordsOf(kb, lang);
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(words)) {
    const meaning = /^(.+)\.title$/.exec(id)?.[1];
    if (meaning && !id.includes('.decoder.') && !id.startsWith('warning.')) out[meaning] = text;
  }
  for (const v of kb.vendors) {
    const named = new Set(v.fingerprints.flatMap((f) => (f.signal.kind === 'page' && f.signal.decodes) || []));
    for (const d of v.decoders ?? [])
      if (named.has(d.header))
        for (const value of d.values ?? []) out[wordId.decoded(v.id, d.header, value.id, 'title')] = value.title[lang];
  }
  return out;
}

/** A vendor's name in `lang`: product names are the same in every language. */
export const nameIn = (name: VendorName, lang: Lang): string => (typeof name === 'string' ? name : name[lang]);
