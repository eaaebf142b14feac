/**
 * Verdict → sentences in one language. Everything said comes from the words dictionary: the vendor
 * files' texts by id, and the engine's own phrases (phrases.ts) with their placeholders filled.
 */
import type { PhraseKey } from './phrases';
import { type Dictionary, nameIn, type VendorRule, wordId } from './rules';
import type { Lang, Signal, Text } from './types';
import type { Attribution, EvidenceRef, OtherProducer, VendorRef } from './verdict';

export interface Narrator {
  readonly lang: Lang;
  /** The words with this id; empty when there are none (optional texts such as advice on a decoded value). */
  word(id: string): string;
  phrase(key: PhraseKey, vars?: Readonly<Record<string, string>>): string;
  text(text: Text): string;
  name(vendor: Pick<VendorRef, 'name'>): string;
  /** "A", "A and B", "A, B and C". */
  list(names: readonly string[]): string;
}

export function narrator(words: Dictionary, lang: Lang): Narrator {
  const word = (id: string): string => words[id] ?? '';
  const phrase = (key: PhraseKey, vars: Readonly<Record<string, string>> = {}): string =>
    word(wordId.phrase(key)).replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
  return {
    lang,
    word,
    phrase,
    text: (text) => text[lang],
    name: (vendor) => nameIn(vendor.name, lang),
    list: (names) =>
      names.length < 2
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(', ')} ${phrase('and')} ${names[names.length - 1]}`,
  };
}

export const evidenceSays = (n: Narrator, e: EvidenceRef): string => n.word(e.wordId);

/** Why the named producer made the response, in a sentence. */
export function producerWhy(n: Narrator, a: Attribution): string {
  const vendor = a.vendor ? n.name(a.vendor) : '';
  const r = a.reason;
  switch (r.kind) {
    case 'decoded':
      return r.marker
        ? n.phrase('why.decoded-page', { vendor })
        : n.phrase('why.decoded', { vendor, header: r.header });
    case 'own-code':
      return n.phrase(r.confirmed ? 'why.own-code' : 'why.own-code-unconfirmed', { vendor });
    case 'made-sign':
      return n.phrase(r.page ? 'why.made-page' : 'why.made-sign', { vendor });
    case 'relayed-sign':
      return a.vendor
        ? n.phrase('why.relayed-sign-named', { layer: n.name(r.layer), vendor })
        : n.phrase('why.relayed-sign', { layer: n.name(r.layer) });
    case 'gateway':
      return n.phrase('why.gateway', { vendor, code: String(r.code) });
    case 'serves-site':
      return n.phrase('why.serves-site', { vendor });
    case 'origin-seen':
      return r.through.length
        ? n.phrase('why.origin-through', { vendor, through: n.list(r.through.map(n.name)) })
        : n.phrase('why.origin-only', { vendor });
    case 'relayed':
      return n.phrase('why.relayed', { through: n.list(r.through.map(n.name)) });
    case 'nothing':
      return n.phrase('why.nothing');
    case 'failure':
      return n.phrase('why.failure', { role: n.phrase(`role.${a.role}`) });
  }
}

/** Why a producer ranked below the named one is still possible. */
export function otherWhy(n: Narrator, a: Attribution, other: OtherProducer): string {
  const layer = a.vendor ? n.name(a.vendor) : n.phrase(`role.${a.role}`);
  if (other.reason === 'layer-makes')
    return n.phrase('other.layer-makes', { vendor: other.vendor ? n.name(other.vendor) : '' });
  return other.vendor
    ? n.phrase('other.origin-behind-named', { layer, vendor: n.name(other.vendor) })
    : n.phrase('other.origin-behind', { layer });
}

/** What would settle a guessed producer: the vendor's own page hint, or the general test of the page's look. */
export function settleWith(n: Narrator, a: Attribution): string | undefined {
  if (!a.settle) return undefined;
  const body = n.word(wordId.body(a.settle.vendor.id));
  return body || n.phrase('settle.generic', { vendor: n.name(a.settle.vendor) });
}

/** A signal put into a short readable form: "cf-ray", "server: cloudflare", "host *.linkedin.com". */
export function describeSignal(signal: Signal): string {
  switch (signal.kind) {
    case 'header':
      return signal.value ? `${signal.name}: ${readableRegex(signal.value)}` : signal.name;
    case 'cookie':
      return `cookie ${readableRegex(signal.name)}`;
    case 'host':
      return `host ${readableRegex(signal.pattern)}`;
    case 'path':
      return `path ${readableRegex(signal.pattern)}`;
    case 'reason':
      return `reason "${readableRegex(signal.pattern)}"`;
    case 'page':
      return `page ${signal.in}: "${readableRegex(signal.text)}"`;
  }
}

/** A regex source made presentable: anchors, groups and escapes dropped, alternatives kept. */
function readableRegex(re: RegExp): string {
  return re.source
    .replace(/\(\^\|\\\.\)/g, '*.')
    .replace(/\\d\+?|\[\\d\.\]\+|\\S\+|\.\*|\.\+/g, '…')
    .replace(/\(\?:/g, '(')
    .replace(/[\^$?]/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\(([^()|]*)\)/g, '$1')
    .slice(0, 60);
}

const weightRank = { strong: 0, medium: 1, weak: 2 } as const;

/** The strongest few signs of a vendor, for telling its meaning apart from others. */
function strongestSigns(vendor: VendorRule, only?: (f: VendorRule['fingerprints'][number]) => boolean): string[] {
  const labels: string[] = [];
  const ranked = [...vendor.fingerprints]
    .filter(only ?? (() => true))
    .sort((a, b) => weightRank[a.weight] - weightRank[b.weight]);
  for (const fp of ranked) {
    const label = describeSignal(fp.signal);
    if (!labels.includes(label)) labels.push(label);
    if (labels.length === 3) break;
  }
  return labels;
}

/** What would confirm a candidate meaning: the standard reading, or the vendor's strongest signs. */
export function tellApart(n: Narrator, vendor: VendorRule | undefined): string {
  if (!vendor) return n.phrase('tell.standard');
  const signs = strongestSigns(vendor);
  return signs.length
    ? n.phrase('tell.signs', { vendor: n.name(vendor), signs: signs.join(', ') })
    : n.phrase('tell.none', { vendor: n.name(vendor) });
}

/** Why a vendor's meaning is unlikely: its decisive signs are all missing. */
export const unlikelyWhy = (n: Narrator, vendor: VendorRule): string =>
  n.phrase('unlikely', {
    vendor: n.name(vendor),
    signs: strongestSigns(vendor, (f) => f.decisive === true).join(', '),
  });
