/**
 * The address bar's suggestions for what follows the keyword ("sc 522"), from the index alone
 * (lookup-index.ts). Styled runs of text, not markup: how a browser wants them written is platform/omnibox.ts's business.
 */
import type { IndexedMeaning, LookupIndex } from './lookup-index';
import { FIRST_PRODUCT_NUMBER, type LookupQuery, MAX_QUERY, parseLookup, queryText } from '../shared/lookup-query';
import { classOf } from './status-class';

/** A run of a suggestion's text: `match` is what the person typed, `dim` the helper text. */
export interface Styled {
  readonly text: string;
  readonly style?: 'match' | 'dim';
}

export interface Suggestion {
  /** What the address bar gets, and the worker is given back on Enter: "522 cloudflare.522". */
  readonly content: string;
  readonly description: readonly Styled[];
}

export interface Suggestions {
  /** The first row: what Enter does with the text as typed. */
  readonly first: readonly Styled[];
  readonly rest: readonly Suggestion[];
}

/** Browsers show about this many rows under the default one. */
export const MAX_SUGGESTIONS = 6;

const product = (text: string): Styled => ({ text: ` — ${text}`, style: 'dim' });

/** The browser that reports a failure name: Chromium's start with "net::", the rest are Firefox's. */
const browserOf = (name: string): string => (name.startsWith('net::') ? 'Chromium' : 'Firefox');

function meaningRow(code: string, m: IndexedMeaning, index: LookupIndex): Suggestion {
  return {
    content: `${code} ${m.id}`,
    description: [
      { text: code, style: 'match' },
      { text: ` ${m.title}` },
      product(m.product ?? index.strings.standard),
    ],
  };
}

/**
 * A product's error number: "Cloudflare: Origin DNS error (1016)", the number marked where the title gives it,
 * else written before the rest.
 */
function decodedRow(code: string, m: IndexedMeaning): Suggestion {
  const before = m.product ? `${m.product}: ` : '';
  const text = `${before}${m.title}`;
  // The number is looked for in the title only: a product's name may hold digits of its own.
  const inTitle = m.title.search(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  const at = inTitle < 0 ? -1 : before.length + inTitle;
  const runs: Styled[] =
    at < 0
      ? [{ text: code, style: 'match' }, { text: ` ${text}` }]
      : [{ text: text.slice(0, at) }, { text: code, style: 'match' }, { text: text.slice(at + code.length) }];
  return { content: `${code} ${m.id}`, description: runs.filter((r) => r.text !== '') };
}

function numberRows(digits: string, index: LookupIndex): Suggestion[] {
  const exact = index.codes[String(Number(digits))];
  if (digits.length >= 3 || exact) {
    const code = String(Number(digits));
    if (exact) return exact.map((m) => (m.decoded ? decodedRow(code, m) : meaningRow(code, m, index)));
    const cls = classOf(Number(code));
    return [
      {
        content: `${code} class.${cls}`,
        description: [
          { text: code, style: 'match' },
          { text: ` ${index.classes[cls]}` },
          product(index.strings.unregistered),
        ],
      },
    ];
  }
  // A number still being typed: the statuses it starts, with their likeliest meaning.
  return Object.keys(index.codes)
    .filter((code) => code.startsWith(digits) && Number(code) < FIRST_PRODUCT_NUMBER)
    .slice(0, MAX_SUGGESTIONS)
    .flatMap((code) => {
      const top = index.codes[code]?.[0];
      return top ? [meaningRow(code, top, index)] : [];
    });
}

/** Failure names holding `needle`: the exact one first, then those starting with it, then the shortest. */
function nameRows(needle: string, index: LookupIndex): Suggestion[] {
  const bare = (name: string): string => name.replace(/^net::/, '');
  const want = bare(needle);
  const found = index.failures
    .flatMap((f) => f.names.map((name) => ({ name, title: f.title })))
    .filter((x) => bare(x.name).includes(want))
    .map((x) => ({ ...x, rank: bare(x.name) === want ? 0 : bare(x.name).startsWith(want) ? 1 : 2 }))
    .sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
  return found.slice(0, MAX_SUGGESTIONS).map((x) => ({
    content: x.name,
    description: [{ text: x.name, style: 'match' }, { text: ` ${x.title}` }, product(browserOf(x.name))],
  }));
}

/** What the first row says for a query. */
function firstRow(q: LookupQuery, index: LookupIndex): Styled[] {
  const [before = '', after = ''] = index.strings.lookUp.split('{code}');
  const runs: Styled[] = [{ text: before }, { text: queryText(q), style: 'match' }, { text: after }];
  return runs.filter((s) => s.text !== '');
}

/** The suggestions for the text after the keyword. */
export function suggestFor(input: string, index: LookupIndex): Suggestions {
  const text = input.trim().slice(0, MAX_QUERY);
  const q = parseLookup(text);
  const hint: Styled[] = [{ text: index.strings.hint, style: 'dim' }];
  if (q?.kind === 'status') return { first: firstRow(q, index), rest: numberRows(String(q.code), index) };
  if (q?.kind === 'failure') return { first: firstRow(q, index), rest: nameRows(q.name, index) };
  // A piece of a name ("cert", "refused"): the names that hold it.
  if (/^[a-z0-9_:]{3,}$/i.test(text)) return { first: hint, rest: nameRows(text.toUpperCase(), index) };
  return { first: hint, rest: [] };
}

/** The lookup page's query string for what was entered: the typed text or a chosen suggestion's content. */
export function lookupSearch(input: string): string {
  const q = parseLookup(input);
  const params = new URLSearchParams({ lookup: q ? queryText(q) : input.trim().slice(0, MAX_QUERY) });
  if (q?.meaningId) params.set('meaning', q.meaningId);
  return `?${params.toString()}`;
}
