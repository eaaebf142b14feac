/**
 * The full explanation of one response or failure, in one language: the verdict (decide.ts) put into
 * words (narrate.ts), plus what only the popup shows (warnings, Retry-After, the reason phrase).
 */
import { decide, decideFailure } from './decide';
import { headerValues, reasonPhraseOf } from './match';
import {
  evidenceSays,
  type Narrator,
  narrator,
  otherWhy,
  producerWhy,
  settleWith,
  tellApart,
  unlikelyWhy,
} from './narrate';
import { parseRetryAfter, type RetryAfter } from './retry-after';
import { type Dictionary, type MeaningDetails, type Rules, UNKNOWN_FAILURE, wordId } from './rules';
import type { Confidence, Lang, Observation, Reach, Role, Source, StatusClass } from './types';
import type { Attribution, EvidenceRef, VendorRef } from './verdict';
import { MAX_WARNINGS, parseWarnings } from './warnings';

/** A vendor as the popup shows it: its name in the UI language. */
export interface NamedVendor {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

export interface Evidence {
  readonly kind: EvidenceRef['kind'];
  readonly name: string;
  readonly value: string;
  readonly says: string;
  readonly vendorId?: string;
}

export interface Candidate {
  readonly meaningId: string;
  readonly title: string;
  readonly summary: string;
  readonly vendor?: NamedVendor;
  readonly score: number;
  /** Evidence found for this candidate (empty when it is ranked by the number alone). */
  readonly evidence: readonly Evidence[];
  /** What in a response would confirm this candidate. */
  readonly tellApart: string;
  /** Set when the product's decisive sign is missing: why it is unlikely here. */
  readonly unlikely?: string;
}

export interface OtherCandidateProducer {
  readonly role: Role;
  readonly vendor?: NamedVendor;
  readonly why: string;
}

export interface ProducerGuess {
  readonly role: Role;
  readonly vendor?: NamedVendor;
  readonly confidence: Confidence;
  readonly why: string;
  readonly evidence: readonly Evidence[];
  /** The other possible producers, most likely first. */
  readonly others: readonly OtherCandidateProducer[];
  /** What would settle a guess. */
  readonly settle?: string;
}

/** A header value put into words; only the summary is sure (a value outside the table has just the fallback). */
export interface DecodedHeader {
  readonly header: string;
  readonly value: string;
  /** The value was found on the vendor's error page (not in the header `header` names). */
  readonly onPage?: boolean;
  readonly vendor: NamedVendor;
  readonly title?: string;
  readonly summary: string;
  readonly visitor?: string;
  readonly owner?: string;
}

export interface VendorNote {
  readonly vendor?: NamedVendor;
  readonly text: string;
}

export interface WarningSeen {
  readonly code: number;
  readonly agent: string;
  readonly text: string;
  readonly known?: { readonly title: string; readonly summary: string };
}

export interface Explanation {
  readonly lang: Lang;
  readonly code?: number;
  readonly error?: string;
  readonly statusClass: StatusClass;
  readonly meaningId: string;
  readonly title: string;
  readonly summary: string;
  readonly visitor: string;
  readonly owner: string;
  readonly source: Source;
  /** "standard" (IANA / RFC), a vendor's own number, a browser's failure name, or nobody's. */
  readonly definedBy: 'standard' | 'vendor' | 'browser' | 'unregistered';
  readonly vendor?: NamedVendor;
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
  readonly seen: readonly { readonly vendor: NamedVendor; readonly evidence: readonly Evidence[] }[];
  readonly decoded: readonly DecodedHeader[];
  readonly notes: readonly VendorNote[];
  readonly warnings: readonly WarningSeen[];
  readonly retryAfter?: RetryAfter;
  /** The server's reason phrase, only when it is the server's own text (HTTP/1.x). */
  readonly reasonPhrase?: string;
  /** A cancellation or similar failure that rarely means a broken page. */
  readonly noise: boolean;
}

/** The knowledge an explanation is made from: the rules, the meanings' details and one language's words. */
export interface Knowledge {
  readonly rules: Rules;
  readonly details: Readonly<Record<string, MeaningDetails>>;
  readonly words: Dictionary;
  readonly lang: Lang;
}

/** Where a meaning comes from; every meaning has details, so the fallback is only for odd input. */
const sourceOf = (k: Knowledge, id: string): Source => k.details[id]?.source ?? { title: id };

const named = (n: Narrator, v: VendorRef): NamedVendor => ({ id: v.id, name: n.name(v), role: v.role });

const evidenceIn = (n: Narrator, e: EvidenceRef): Evidence => ({
  kind: e.kind,
  name: e.name,
  value: e.value,
  says: evidenceSays(n, e),
  ...(e.vendorId ? { vendorId: e.vendorId } : {}),
});

function producerIn(n: Narrator, a: Attribution): ProducerGuess {
  const settle = settleWith(n, a);
  return {
    role: a.role,
    ...(a.vendor ? { vendor: named(n, a.vendor) } : {}),
    confidence: a.confidence,
    why: producerWhy(n, a),
    evidence: a.evidence.map((e) => evidenceIn(n, e)),
    others: a.others.map((o) => ({
      role: o.role,
      ...(o.vendor ? { vendor: named(n, o.vendor) } : {}),
      why: otherWhy(n, a, o),
    })),
    ...(settle ? { settle } : {}),
  };
}

/** The meaning's words, for a meaning id (standard, vendor, class or network failure). */
const meaningWords = (n: Narrator, id: string): { title: string; summary: string; visitor: string; owner: string } => ({
  title: n.word(wordId.meaning(id, 'title')),
  summary: n.word(wordId.meaning(id, 'summary')),
  visitor: n.word(wordId.meaning(id, 'visitor')),
  owner: n.word(wordId.meaning(id, 'owner')),
});

function warningsOf(n: Narrator, obs: Observation): WarningSeen[] {
  return headerValues(obs.headers, 'warning')
    .flatMap(parseWarnings)
    .slice(0, MAX_WARNINGS)
    .map((w) => {
      const title = n.word(wordId.warning(w.code, 'title'));
      return title ? { ...w, known: { title, summary: n.word(wordId.warning(w.code, 'summary')) } } : w;
    });
}

function explainFailure(obs: Observation, k: Knowledge, n: Narrator): Explanation {
  const v = decideFailure(obs.error ?? 'unknown', k.rules);
  const f = v.failure;
  const meaningId = f?.id ?? UNKNOWN_FAILURE;
  return {
    lang: k.lang,
    error: v.error,
    statusClass: 'network-failure',
    meaningId,
    ...meaningWords(n, meaningId),
    source: sourceOf(k, meaningId),
    definedBy: 'browser',
    reach: 'normal',
    obsolete: false,
    confidence: f ? 'high' : 'low',
    ambiguous: false,
    candidates: [],
    producer: producerIn(n, v.producer),
    seen: [],
    decoded: [],
    notes: [],
    warnings: [],
    noise: f?.noise === true,
  };
}

/** Explains one response or failure in `k.lang`. Never throws; odd input gets a calm, generic answer. */
export function explain(obs: Observation, k: Knowledge, now: number = Date.now()): Explanation {
  const n = narrator(k.words, k.lang);
  if (obs.statusCode === undefined || obs.error) return explainFailure(obs, k, n);
  const v = decide(obs, obs.statusCode, k.rules);
  const { meaning } = v;
  const details = k.details[meaning.id];
  const retryRaw = headerValues(obs.headers, 'retry-after')[0];
  const retryAfter = retryRaw === undefined ? undefined : parseRetryAfter(retryRaw, now);
  const reasonPhrase = reasonPhraseOf(obs.statusLine);
  const whenSeen = details?.reach && details.reach !== 'normal' ? n.word(wordId.meaning(meaning.id, 'whenSeen')) : '';
  const bodyOf = (id: string): string => n.word(wordId.body(id));
  const notes: VendorNote[] = [
    ...(whenSeen ? [{ text: whenSeen }] : []),
    ...v.notes.map((vendor) => ({ vendor: named(n, vendor), text: n.word(wordId.note(vendor.id, v.code)) })),
    ...(v.code >= 400 && v.producer.vendor && bodyOf(v.producer.vendor.id) && !v.producer.settle
      ? [{ vendor: named(n, v.producer.vendor), text: bodyOf(v.producer.vendor.id) }]
      : []),
    ...(obs.fromCache ? [{ text: n.phrase('note.from-cache') }] : []),
  ];
  return {
    lang: k.lang,
    code: v.code,
    statusClass: v.statusClass,
    meaningId: meaning.id,
    ...meaningWords(n, meaning.id),
    source: sourceOf(k, meaning.id),
    definedBy: v.definedBy,
    ...(v.vendor ? { vendor: named(n, v.vendor) } : {}),
    reach: details?.reach ?? 'normal',
    obsolete: details?.obsolete === true,
    confidence: v.confidence,
    ambiguous: v.ambiguous,
    candidates: v.considered.map((c) => ({
      meaningId: c.meaning.id,
      title: n.word(wordId.meaning(c.meaning.id, 'title')),
      summary: n.word(wordId.meaning(c.meaning.id, 'summary')),
      ...(c.vendor ? { vendor: named(n, c.vendor) } : {}),
      score: c.score,
      evidence: c.evidence.map((e) => evidenceIn(n, e)),
      tellApart: tellApart(n, c.vendor),
      ...(c.unlikely && c.vendor ? { unlikely: unlikelyWhy(n, c.vendor) } : {}),
    })),
    producer: producerIn(n, v.producer),
    seen: v.seen.map((s) => ({ vendor: named(n, s.vendor), evidence: s.evidence.map((e) => evidenceIn(n, e)) })),
    decoded: v.decoded.map((d) => {
      const part = (p: 'title' | 'summary' | 'visitor' | 'owner'): string =>
        d.valueId ? n.word(wordId.decoded(d.vendor.id, d.header, d.valueId, p)) : '';
      const visitor = part('visitor');
      const owner = part('owner');
      return {
        header: d.header,
        value: d.value,
        ...(d.marker ? { onPage: true } : {}),
        vendor: named(n, d.vendor),
        ...(part('title') ? { title: part('title') } : {}),
        summary: part('summary') || n.word(wordId.fallback(d.vendor.id, d.header)),
        ...(visitor ? { visitor } : {}),
        ...(owner ? { owner } : {}),
      };
    }),
    notes,
    warnings: warningsOf(n, obs),
    ...(retryAfter ? { retryAfter } : {}),
    ...(reasonPhrase ? { reasonPhrase } : {}),
    noise: false,
  };
}
