/**
 * Observation → explanation: picks the meaning of a status code (or network failure) from the
 * evidence in the response, says who most likely produced it, and collects the advice.
 */
import { classOf, fallbackMeaning } from './classes';
import { cachedFor, groupBy } from './maps';
import { headerValues, matchVendors, signalMatches, type VendorMatch, weightScore } from './match';
import { findNetworkError } from './network-errors';
import { parseRetryAfter, type RetryAfter } from './retry-after';
import { standardCodes } from './standard';
import { t } from './text';
import type {
  Confidence,
  HeaderDecoder,
  Meaning,
  NetworkError,
  Observation,
  Reach,
  Role,
  Signal,
  Source,
  StatusClass,
  Text,
  Vendor,
  WarningCode,
  Words,
} from './types';
import { vendors as allVendors } from './vendors';
import { parseWarnings, warningCodes } from './warnings';

export interface Evidence {
  readonly kind: 'header' | 'cookie' | 'host' | 'path' | 'status' | 'error';
  /** Header or cookie name, "host", "path", "status" or "error". */
  readonly name: string;
  readonly value: string;
  readonly says: Text;
  readonly vendorId?: string;
}

export interface VendorRef {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

export interface Candidate {
  readonly meaningId: string;
  readonly title: Text;
  readonly summary: Text;
  readonly vendor?: VendorRef;
  readonly score: number;
  /** Evidence found for this candidate (empty when it is ranked by the number alone). */
  readonly evidence: readonly Evidence[];
  /** What in a response would confirm this candidate. */
  readonly tellApart: Text;
}

export interface ProducerGuess {
  readonly role: Role;
  readonly vendor?: VendorRef;
  readonly confidence: Confidence;
  readonly why: Text;
  readonly evidence: readonly Evidence[];
}

/** A header value put into words; only the summary is sure (a value outside the table has just the fallback). */
export interface DecodedHeader extends Pick<Words, 'summary'>, Partial<Pick<Words, 'title' | 'visitor' | 'owner'>> {
  readonly header: string;
  readonly value: string;
  readonly vendor: VendorRef;
}

export interface VendorNote {
  readonly vendor?: VendorRef;
  readonly text: Text;
}

export interface WarningSeen {
  readonly code: number;
  readonly agent: string;
  readonly text: string;
  readonly known?: WarningCode;
}

export interface Explanation extends Words {
  readonly code?: number;
  readonly error?: string;
  readonly statusClass: StatusClass;
  readonly meaningId: string;
  readonly source: Source;
  /** "standard" (IANA / RFC), a vendor's own number, a browser's failure name, or nobody's. */
  readonly definedBy: 'standard' | 'vendor' | 'browser' | 'unregistered';
  readonly vendor?: VendorRef;
  readonly reach: Reach;
  readonly obsolete: boolean;
  /** How sure the chosen meaning is. */
  readonly confidence: Confidence;
  /** True when the evidence did not settle the meaning: show `candidates`. */
  readonly ambiguous: boolean;
  /** Every meaning considered, best first. */
  readonly candidates: readonly Candidate[];
  readonly producer: ProducerGuess;
  /** Every product the response shows signs of, strongest first. */
  readonly seen: readonly { readonly vendor: VendorRef; readonly evidence: readonly Evidence[] }[];
  readonly decoded: readonly DecodedHeader[];
  readonly notes: readonly VendorNote[];
  readonly warnings: readonly WarningSeen[];
  readonly retryAfter?: RetryAfter;
  /** The server's reason phrase, only when it is the server's own text (HTTP/1.x). */
  readonly reasonPhrase?: string;
  /** A cancellation or similar failure that rarely means a broken page. */
  readonly noise: boolean;
}

/** A meaning with the vendor that defines it (none for a standard meaning). */
interface MeaningEntry {
  readonly meaning: Meaning;
  readonly vendor?: Vendor;
}

export interface KnowledgeBase {
  readonly vendors: readonly Vendor[];
  readonly standard: readonly Meaning[];
}

const meaningsCache = new WeakMap<KnowledgeBase, Map<number, MeaningEntry[]>>();

/** Every meaning by its number: the standard one first, then the vendors' in registry order. */
function meaningsByCode(kb: KnowledgeBase): Map<number, MeaningEntry[]> {
  return cachedFor(meaningsCache, kb, ({ standard, vendors }) =>
    groupBy<number, MeaningEntry>(
      [
        ...standard.map((meaning) => ({ meaning })),
        ...vendors.flatMap((vendor) => vendor.codes.map((meaning) => ({ meaning, vendor }))),
      ],
      (entry) => entry.meaning.code,
    ),
  );
}

export const defaultKnowledge: KnowledgeBase = { vendors: allVendors, standard: standardCodes };

const ref = (v: Vendor): VendorRef => ({ id: v.id, name: v.name, role: v.role });

/** Only the words of a meaning or failure, without its other fields. */
const wordsOf = ({ title, summary, visitor, owner }: Words): Words => ({ title, summary, visitor, owner });

/** The hits of a match, as evidence shown to people. */
function matchEvidence(match: VendorMatch): Evidence[] {
  return match.hits.map((hit) => ({
    kind: hit.kind,
    name: hit.name,
    value: hit.value,
    says: hit.fingerprint.says,
    vendorId: match.vendor.id,
  }));
}

/** "A", "A and B", "A, B and C" in both languages. */
function listWords(names: readonly string[]): Text {
  const join = (and: string): string =>
    names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
  return t(join('and'), join('и'));
}

const standardTellApart = t(
  'The standard meaning: it applies when no product-specific header, host or path points elsewhere.',
  'Стандартное значение: верно, когда ни заголовки, ни хост, ни путь не указывают на конкретный продукт.',
);
const tellApartCache = new WeakMap<Vendor, Text>();

/** What would confirm a candidate: the standard reading, or the vendor's strongest signals. */
function tellApartFor(vendor: Vendor | undefined): Text {
  return vendor ? cachedFor(tellApartCache, vendor, vendorTellApart) : standardTellApart;
}

/** "A Cloudflare response would show: cf-ray, server: cloudflare" — the strongest signals of a vendor. */
function vendorTellApart(vendor: Vendor): Text {
  const labels: string[] = [];
  const ranked = [...vendor.fingerprints].sort((a, b) => weightScore[b.weight] - weightScore[a.weight]);
  for (const fp of ranked) {
    const label = describeSignal(fp.signal);
    if (!labels.includes(label)) labels.push(label);
    if (labels.length === 3) break;
  }
  if (!labels.length) {
    return t(
      `${vendor.name} leaves no header a browser can see; only the site's own documentation or the page text can confirm it.`,
      `${vendor.name} не оставляет заметных браузеру заголовков; подтвердить можно только по документации сайта или тексту страницы.`,
    );
  }
  const list = labels.join(', ');
  return t(`A ${vendor.name} response would show: ${list}.`, `Ответ ${vendor.name} выдал бы: ${list}.`);
}

function describeSignal(signal: Signal): string {
  switch (signal.kind) {
    case 'header':
      return signal.value ? `${signal.name}: ${readableRegex(signal.value)}` : signal.name;
    case 'cookie':
      return `cookie ${readableRegex(signal.name)}`;
    case 'host':
      return `host ${readableRegex(signal.pattern)}`;
    case 'path':
      return `path ${readableRegex(signal.pattern)}`;
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

function scoreCandidate(
  item: MeaningEntry,
  matches: readonly VendorMatch[],
  obs: Observation,
  siblings: readonly MeaningEntry[],
): { score: number; match?: VendorMatch } {
  if (!item.vendor) return { score: 1.5 };
  const match = matches.find((m) => m.vendor === item.vendor);
  let score = item.meaning.prior ?? 0.5;
  if (match) score += 10 + match.score;
  const when = item.meaning.when;
  if (when?.length && when.some((s) => signalMatches(s, obs))) score += 5;
  else if (
    !when?.length &&
    siblings.some((s) => s.vendor === item.vendor && s !== item && s.meaning.when?.some((w) => signalMatches(w, obs)))
  ) {
    score -= 0.5;
  }
  return match ? { score, match } : { score };
}

/** Who a role is, in words for the producer line. */
const roleWords: Readonly<Record<Role, Text>> = {
  origin: t("the site's own server", 'собственный сервер сайта'),
  cdn: t('a CDN or security service in front of the site', 'CDN или защитный сервис перед сайтом'),
  'load-balancer': t('a load balancer in front of the site', 'балансировщик нагрузки перед сайтом'),
  gateway: t('an API gateway in front of the service', 'API-шлюз перед сервисом'),
  platform: t("the hosting platform's front layer", 'входной слой хостинг-платформы'),
  proxy: t('a proxy between you and the site', 'прокси между вами и сайтом'),
  network: t('the network between you and the site', 'сеть между вами и сайтом'),
  browser: t('your browser or computer', 'ваш браузер или компьютер'),
  extension: t('another browser extension', 'другое расширение браузера'),
  unknown: t('someone the evidence cannot name', 'неизвестная сторона'),
};

function guessProducer(
  chosen: MeaningEntry | undefined,
  chosenMatch: VendorMatch | undefined,
  matches: readonly VendorMatch[],
  decoded: readonly DecodedHeader[],
  decodedGenerated: Vendor | undefined,
): ProducerGuess {
  if (chosen?.vendor) {
    const v = chosen.vendor;
    return {
      role: v.role,
      vendor: ref(v),
      confidence: chosenMatch ? (chosenMatch.score >= 3 ? 'high' : 'medium') : 'low',
      why: chosenMatch
        ? t(
            `The code is ${v.name}'s own, and the response carries ${v.name}'s signs.`,
            `Это собственный код ${v.name}, и в ответе есть признаки ${v.name}.`,
          )
        : t(
            `The code is ${v.name}'s own, but no header confirms ${v.name} was involved.`,
            `Это собственный код ${v.name}, но ни один заголовок не подтверждает участие ${v.name}.`,
          ),
      evidence: chosenMatch ? matchEvidence(chosenMatch) : [],
    };
  }
  if (decodedGenerated) {
    const d = decoded.find((x) => x.vendor.id === decodedGenerated.id);
    const m = matches.find((x) => x.vendor === decodedGenerated);
    const evidence: Evidence[] = d
      ? [{ kind: 'header', name: d.header, value: d.value, says: d.summary, vendorId: d.vendor.id }]
      : [];
    if (m) evidence.push(...matchEvidence(m));
    return {
      role: decodedGenerated.role,
      vendor: ref(decodedGenerated),
      confidence: 'high',
      why: t(
        `${decodedGenerated.name} names its own error in a header, so it answered by itself.`,
        `${decodedGenerated.name} указывает собственную ошибку в заголовке — значит, ответил он сам.`,
      ),
      evidence,
    };
  }
  const generated = matches.find((m) => m.generated);
  if (generated) {
    const v = generated.vendor;
    return {
      role: v.role,
      vendor: ref(v),
      confidence: generated.score >= 3 ? 'high' : 'medium',
      why: t(
        `The response carries a sign that only ${v.name}'s own responses have.`,
        `В ответе есть признак, который бывает только у собственных ответов ${v.name}.`,
      ),
      evidence: matchEvidence(generated),
    };
  }
  const origin = matches.find((m) => m.vendor.role === 'origin');
  const layers = matches.filter((m) => m.vendor.role !== 'origin');
  const through = listWords(layers.map((m) => m.vendor.name));
  if (origin) {
    const v = origin.vendor;
    return {
      role: 'origin',
      vendor: ref(v),
      confidence: 'medium',
      why: layers.length
        ? t(
            `${v.name} answered and ${through.en} passed the answer along; nothing shows it was made on the way.`,
            `Ответил ${v.name}, а через ${through.ru} ответ только прошёл; признаков, что его создали по пути, нет.`,
          )
        : t(
            `${v.name} answered; it may be the site's web server or a proxy just in front of it.`,
            `Ответил ${v.name} — это веб-сервер сайта или прокси прямо перед ним.`,
          ),
      evidence: matchEvidence(origin),
    };
  }
  if (layers.length) {
    return {
      role: 'origin',
      confidence: 'medium',
      why: t(
        `The response passed through ${through.en}; such services relay the site's own answers, and nothing marks this one as made on the way.`,
        `Ответ прошёл через ${through.ru}; такие сервисы передают ответы сайта, и признаков, что этот ответ создан по пути, нет.`,
      ),
      evidence: layers.flatMap(matchEvidence),
    };
  }
  return {
    role: 'origin',
    confidence: 'low',
    why: t(
      "No header names a product, so this is most likely the site's own server.",
      'Ни один заголовок не называет продукт, поэтому, скорее всего, ответил собственный сервер сайта.',
    ),
    evidence: [],
  };
}

interface VendorDecoder {
  readonly vendor: Vendor;
  readonly decoder: HeaderDecoder;
}

const decodersCache = new WeakMap<KnowledgeBase, Map<string, VendorDecoder[]>>();

function decodersByHeader(kb: KnowledgeBase): Map<string, VendorDecoder[]> {
  return cachedFor(decodersCache, kb, ({ vendors }) =>
    groupBy(
      vendors.flatMap((vendor) => (vendor.decoders ?? []).map((decoder) => ({ vendor, decoder }))),
      (entry) => entry.decoder.header,
    ),
  );
}

/**
 * Headers that name the exact error. A value outside a decoder's table is still reported on a listed
 * (non-2xx) response, but only when its vendor is otherwise seen (x-cache is shared by several products).
 */
function decodeHeaders(
  obs: Observation,
  kb: KnowledgeBase,
  matches: readonly VendorMatch[],
): { decoded: DecodedHeader[]; generated?: Vendor } {
  const decoded: DecodedHeader[] = [];
  let generated: Vendor | undefined;
  // Fallback texts speak of something having gone wrong: never for a 2xx.
  const listed = obs.statusCode === undefined || obs.statusCode >= 300;
  const byHeader = decodersByHeader(kb);
  const done = new Set<HeaderDecoder>();
  for (const h of obs.headers) {
    const list = byHeader.get(h.name);
    if (!list) continue;
    for (const { vendor, decoder } of list) {
      if (done.has(decoder)) continue;
      const v = h.value.trim();
      const entry = decoder.values?.find((e) => e.match.test(v));
      if (!entry && !(listed && (!decoder.values || matches.some((m) => m.vendor === vendor)))) continue;
      done.add(decoder);
      const base = { header: decoder.header, value: v, vendor: ref(vendor) };
      decoded.push(
        entry
          ? {
              ...base,
              title: entry.title,
              summary: entry.summary,
              ...(entry.owner ? { owner: entry.owner } : {}),
              ...(entry.visitor ? { visitor: entry.visitor } : {}),
            }
          : { ...base, summary: decoder.fallback },
      );
      if (decoder.generated && !generated) generated = vendor;
    }
  }
  return generated ? { decoded, generated } : { decoded };
}

function reasonPhraseOf(statusLine: string | undefined): string | undefined {
  if (!statusLine) return undefined;
  const m = /^HTTP\/1\.[01]\s+\d{1,5}\s+(.+)$/.exec(statusLine.trim());
  const phrase = m?.[1]?.trim();
  if (!phrase || phrase === 'No Reason Phrase') return undefined;
  return phrase.slice(0, 200);
}

/** What is said about a failure name this extension does not know yet. */
const unknownFailure: Words = {
  title: t('Network failure', 'Сетевой сбой'),
  summary: t(
    'The request failed before any response arrived; the browser gave a failure name this extension does not know yet.',
    'Запрос сорвался до получения ответа; браузер назвал ошибку, которой это расширение пока не знает.',
  ),
  visitor: t(
    'Reload the page; if it keeps failing, try another network or browser.',
    'Обновите страницу; если ошибка повторяется, попробуйте другую сеть или браузер.',
  ),
  owner: t(
    'Reproduce the request with the browser developer tools open and look at the connection details.',
    'Повторите запрос с открытыми инструментами разработчика и посмотрите подробности соединения.',
  ),
};

function explainFailure(name: string): Explanation {
  const entry: NetworkError | undefined = findNetworkError(name);
  const error = name.slice(0, 200);
  const evidence: Evidence[] = [
    {
      kind: 'error',
      name: 'error',
      value: error,
      says: t(
        'The browser reported this failure instead of a response.',
        'Браузер сообщил об этой ошибке вместо ответа.',
      ),
    },
  ];
  const role = entry?.producer ?? 'unknown';
  return {
    error,
    statusClass: 'network-failure',
    meaningId: entry?.id ?? 'net.unknown',
    ...wordsOf(entry ?? unknownFailure),
    source: entry?.source ?? { title: 'Chromium net/base/net_error_list.h' },
    definedBy: 'browser',
    reach: 'normal',
    obsolete: false,
    confidence: entry ? 'high' : 'low',
    ambiguous: false,
    candidates: [],
    producer: {
      role,
      confidence: entry ? 'medium' : 'low',
      why: t(`Most likely cause: ${roleWords[role].en}.`, `Наиболее вероятная причина: ${roleWords[role].ru}.`),
      evidence,
    },
    seen: [],
    decoded: [],
    notes: [],
    warnings: [],
    noise: entry?.noise === true,
  };
}

interface Scored {
  readonly item: MeaningEntry;
  readonly score: number;
  readonly match?: VendorMatch;
}

/** The decision at the heart of an explanation: which meaning, how sure, who produced it. */
export interface Verdict {
  readonly code: number;
  readonly statusClass: StatusClass;
  readonly matches: readonly VendorMatch[];
  readonly scored: readonly Scored[];
  readonly chosen?: Scored;
  readonly meaning: Meaning;
  readonly confidence: Confidence;
  readonly ambiguous: boolean;
  readonly decoded: readonly DecodedHeader[];
  readonly producer: ProducerGuess;
}

/** Picks the meaning of a status code from the evidence; the cheap part of `explain`, used for list digests. */
export function decide(obs: Observation, code: number, kb: KnowledgeBase = defaultKnowledge): Verdict {
  const statusClass = classOf(code);
  const matches = matchVendors(kb.vendors, obs);
  const items = Number.isInteger(code) ? (meaningsByCode(kb).get(code) ?? []) : [];

  const scored: Scored[] = items
    .map((item) => ({ item, ...scoreCandidate(item, matches, obs, items) }))
    .sort((a, b) => b.score - a.score);
  const top = scored[0];
  const hasEvidence = (s: Scored | undefined): boolean => s?.match !== undefined;
  const standard = scored.find((s) => !s.item.vendor);

  // A vendor meaning with no evidence never beats the standard one; with no standard one it leads, as a guess.
  const chosen = top?.item.vendor && !hasEvidence(top) && standard ? standard : top;

  const others = scored.filter((s) => s !== chosen);
  const ambiguous =
    chosen === undefined
      ? scored.length > 0
      : others.length > 0 &&
        !hasEvidence(chosen) &&
        (chosen.item.vendor !== undefined || others.some((o) => !hasEvidence(o)));
  let confidence: Confidence;
  if (!chosen) confidence = 'low';
  else if (chosen.item.vendor) {
    if (chosen.match) confidence = chosen.match.score >= 3 && !others.some(hasEvidence) ? 'high' : 'medium';
    // No sign of a vendor that leaves signs is itself a hint against it.
    else
      confidence =
        others.length || chosen.item.vendor.fingerprints.length || (chosen.item.meaning.prior ?? 0.5) < 0.5
          ? 'low'
          : 'medium';
  } else confidence = others.length && !others.some(hasEvidence) ? 'medium' : 'high';

  const { decoded, generated } = decodeHeaders(obs, kb, matches);
  const producer = guessProducer(chosen?.item, chosen?.match, matches, decoded, generated);
  const meaning: Meaning = chosen?.item.meaning ?? fallbackMeaning(code, statusClass);
  return {
    code,
    statusClass,
    matches,
    scored,
    ...(chosen ? { chosen } : {}),
    meaning,
    confidence,
    ambiguous,
    decoded,
    producer,
  };
}

const fromCacheNote = t(
  'The browser took this answer from its cache, so it may be older than the site’s current state.',
  'Браузер взял этот ответ из своего кэша, поэтому он может быть старше текущего состояния сайта.',
);

function notesFor(v: Verdict, obs: Observation): VendorNote[] {
  const { meaning, matches, producer, code } = v;
  const notes: VendorNote[] = [];
  if (meaning.reach && meaning.reach !== 'normal' && meaning.whenSeen) notes.push({ text: meaning.whenSeen });
  for (const m of matches) {
    for (const n of m.vendor.notes ?? []) if (n.code === code) notes.push({ vendor: ref(m.vendor), text: n.note });
  }
  const producerVendor = producer.vendor
    ? (matches.find((m) => m.vendor.id === producer.vendor?.id)?.vendor ?? v.chosen?.item.vendor)
    : undefined;
  if (code >= 400 && producerVendor?.bodyHint)
    notes.push({ vendor: ref(producerVendor), text: producerVendor.bodyHint });
  if (obs.fromCache) notes.push({ text: fromCacheNote });
  return notes;
}

function warningsOf(obs: Observation): WarningSeen[] {
  return headerValues(obs.headers, 'warning')
    .flatMap(parseWarnings)
    .slice(0, 20)
    .map((w) => {
      const known = warningCodes.find((k) => k.code === w.code);
      return known ? { ...w, known } : w;
    });
}

/** Explains one response or failure. Never throws; odd input gets a calm, generic answer. */
export function explain(obs: Observation, kb: KnowledgeBase = defaultKnowledge, now: number = Date.now()): Explanation {
  if (obs.statusCode === undefined || obs.error) return explainFailure(obs.error ?? 'unknown');
  const v = decide(obs, obs.statusCode, kb);
  const { meaning, chosen } = v;
  const retryRaw = headerValues(obs.headers, 'retry-after')[0];
  const retryAfter = retryRaw === undefined ? undefined : parseRetryAfter(retryRaw, now);
  const reasonPhrase = reasonPhraseOf(obs.statusLine);
  const candidates: Candidate[] = v.scored.map((s) => ({
    meaningId: s.item.meaning.id,
    title: s.item.meaning.title,
    summary: s.item.meaning.summary,
    ...(s.item.vendor ? { vendor: ref(s.item.vendor) } : {}),
    score: Math.round(s.score * 100) / 100,
    evidence: s.match ? matchEvidence(s.match) : [],
    tellApart: tellApartFor(s.item.vendor),
  }));
  return {
    code: v.code,
    statusClass: v.statusClass,
    meaningId: meaning.id,
    ...wordsOf(meaning),
    source: meaning.source,
    definedBy: chosen ? (chosen.item.vendor ? 'vendor' : 'standard') : 'unregistered',
    ...(chosen?.item.vendor ? { vendor: ref(chosen.item.vendor) } : {}),
    reach: meaning.reach ?? 'normal',
    obsolete: meaning.obsolete === true,
    confidence: v.confidence,
    ambiguous: v.ambiguous,
    candidates,
    producer: v.producer,
    seen: v.matches.map((m) => ({ vendor: ref(m.vendor), evidence: matchEvidence(m) })),
    decoded: v.decoded,
    notes: notesFor(v, obs),
    warnings: warningsOf(obs),
    ...(retryAfter ? { retryAfter } : {}),
    ...(reasonPhrase ? { reasonPhrase } : {}),
    noise: false,
  };
}
