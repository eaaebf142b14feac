/**
 * Observation → verdict: which meaning of the number the evidence supports, how sure that is, which
 * headers name the exact error, and (through attribute.ts) who made the response. Works on the rules
 * alone, so the worker can run it; the words come later, in narrate.ts.
 */
import { attribute, evidenceOf } from './attribute';
import { classOf } from './status-class';
import { cachedFor, groupBy } from './maps';
import { matchVendors, signalMatches, type VendorMatch } from './match';
import { findNetworkError } from './network-lookup';
import { type DecoderRule, type MeaningRule, type Rules, type VendorRule, wordId } from './rules';
import type { Confidence, Observation, StatusClass } from './types';
import { type Considered, type DecodedRef, type FailureVerdict, refOf, type Verdict } from './verdict';

/** A meaning with the vendor that defines it (none for a standard meaning). */
interface MeaningEntry {
  readonly meaning: MeaningRule;
  readonly vendor?: VendorRule;
}

const meaningsCache = new WeakMap<Rules, Map<number, MeaningEntry[]>>();

/** Every meaning by its number: the standard one first, then the vendors' in registry order. */
function meaningsByCode(rules: Rules): Map<number, MeaningEntry[]> {
  return cachedFor(meaningsCache, rules, ({ standard, vendors }) =>
    groupBy<number, MeaningEntry>(
      [
        ...standard.map((meaning) => ({ meaning })),
        ...vendors.flatMap((vendor) => vendor.codes.map((meaning) => ({ meaning, vendor }))),
      ],
      (entry) => entry.meaning.code,
    ),
  );
}

/** A vendor with decisive signs (a host-bound API's host) none of which this response shows. */
const decisivelyAbsent = (vendor: VendorRule, match: VendorMatch | undefined): boolean =>
  vendor.fingerprints.some((f) => f.decisive) && !match?.hits.some((h) => h.fingerprint.decisive);

interface Scored {
  readonly item: MeaningEntry;
  readonly score: number;
  readonly match?: VendorMatch;
  readonly unlikely: boolean;
}

function scoreCandidate(
  item: MeaningEntry,
  matches: readonly VendorMatch[],
  obs: Observation,
  siblings: readonly MeaningEntry[],
): Scored {
  if (!item.vendor) return { item, score: 1.5, unlikely: false };
  const vendor = item.vendor;
  const match = matches.find((m) => m.vendor === vendor);
  const unlikely = decisivelyAbsent(vendor, match);
  let score = item.meaning.prior ?? 0.5;
  // The vendor's signs make a number it never sends (reach "never") likelier than a bare guess, but not
  // likelier than another product's meaning that its own signs support.
  if (match) score += item.meaning.reach === 'never' ? 5 : 10 + match.score;
  if (unlikely) score -= 10;
  const when = item.meaning.when;
  if (when?.length && when.some((s) => signalMatches(s, obs))) score += 5;
  else if (
    !when?.length &&
    siblings.some((s) => s.vendor === vendor && s !== item && s.meaning.when?.some((w) => signalMatches(w, obs)))
  ) {
    score -= 0.5;
  }
  return match ? { item, score, match, unlikely } : { item, score, unlikely };
}

interface VendorDecoder {
  readonly vendor: VendorRule;
  readonly decoder: DecoderRule;
}

const decodersCache = new WeakMap<Rules, Map<string, VendorDecoder[]>>();

function decodersByHeader(rules: Rules): Map<string, VendorDecoder[]> {
  return cachedFor(decodersCache, rules, ({ vendors }) =>
    groupBy(
      vendors.flatMap((vendor) => (vendor.decoders ?? []).map((decoder) => ({ vendor, decoder }))),
      (entry) => entry.decoder.header,
    ),
  );
}

/**
 * Values that name the exact error: found on the vendor's error page, or in headers. A header value outside a
 * decoder's table is still reported on a listed (non-2xx) response, but only when its vendor is otherwise seen
 * (x-cache is shared by several products); a decoder of a header many products send (onlyWithVendor) is read
 * only when its vendor is seen.
 */
function decodeHeaders(obs: Observation, rules: Rules, matches: readonly VendorMatch[]): DecodedRef[] {
  const decoded: DecodedRef[] = [];
  // Fallback texts speak of something having gone wrong: never for a 2xx.
  const listed = obs.statusCode === undefined || obs.statusCode >= 300;
  const byHeader = decodersByHeader(rules);
  const done = new Set<DecoderRule>();
  // A value the vendor's own error page shows names the error first: the page is what the person sees.
  for (const m of matches) {
    for (const hit of m.hits) {
      const signal = hit.fingerprint.signal;
      if (signal.kind !== 'page' || !signal.decodes || !hit.value) continue;
      const decoder = m.vendor.decoders?.find((d) => d.header === signal.decodes);
      if (!decoder || done.has(decoder)) continue;
      // A number the table does not know is shown as the marker's value; the decoder's fallback speaks of a header.
      const row = decoder.values?.find((e) => e.match.test(hit.value));
      if (!row) continue;
      done.add(decoder);
      decoded.push({
        header: decoder.header,
        value: hit.value,
        vendor: refOf(m.vendor),
        generated: decoder.generated,
        marker: hit.fingerprint.id,
        valueId: row.id,
      });
    }
  }
  for (const h of obs.headers) {
    const list = byHeader.get(h.name);
    if (!list) continue;
    for (const { vendor, decoder } of list) {
      if (done.has(decoder) || decoder.onPage) continue;
      const seen = matches.some((m) => m.vendor === vendor);
      if (decoder.onlyWithVendor && !seen) continue;
      const value = h.value.trim();
      const row = decoder.values?.find((e) => e.match.test(value));
      if (!row && !(listed && (!decoder.values || seen))) continue;
      done.add(decoder);
      decoded.push({
        header: decoder.header,
        value,
        vendor: refOf(vendor),
        generated: decoder.generated,
        ...(row ? { valueId: row.id } : {}),
      });
    }
  }
  return decoded;
}

/** The class-level meaning of a number nobody defines (or whose only definers are ruled out). */
const classMeaning = (code: number, cls: StatusClass): MeaningRule => ({ id: `class.${cls}`, code });

/**
 * A number its vendor only logs and never sends (nginx's 499): a response that reached the browser with
 * it was made by something else, so the vendor's signs on that response do not confirm this reading.
 */
const neverSent = (s: Scored | undefined): boolean => s?.item.meaning.reach === 'never';

function confidenceOf(chosen: Scored | undefined, others: readonly Scored[]): Confidence {
  const hasEvidence = (s: Scored): boolean => s.match !== undefined;
  if (!chosen) return 'low';
  // The vendor's signs point at its reading of the number, but the number itself says someone else sent it.
  if (neverSent(chosen) && chosen.match) return 'medium';
  const vendor = chosen.item.vendor;
  if (!vendor) return others.length && !others.some(hasEvidence) ? 'medium' : 'high';
  if (chosen.match) return chosen.match.score >= 3 && !others.some(hasEvidence) ? 'high' : 'medium';
  // No sign of a vendor that leaves signs is itself a hint against it.
  return others.length || vendor.fingerprints.length || (chosen.item.meaning.prior ?? 0.5) < 0.5 ? 'low' : 'medium';
}

/** The decision for one response with a status code. */
export function decide(obs: Observation, code: number, rules: Rules): Verdict {
  const statusClass = classOf(code);
  const matches = matchVendors(rules.vendors, obs);
  const items = Number.isInteger(code) ? (meaningsByCode(rules).get(code) ?? []) : [];
  const scored = items.map((item) => scoreCandidate(item, matches, obs, items)).sort((a, b) => b.score - a.score);
  const eligible = scored.filter((s) => !s.unlikely);
  const top = eligible[0];
  const standard = eligible.find((s) => !s.item.vendor);
  // A vendor meaning with no evidence never beats the standard one. With no standard one it leads, as a
  // guess, only when it is the likelier reading of the bare number; else the number's class answers.
  const guess = top?.item.vendor && !top.match;
  const chosen = guess ? (standard ?? ((top.item.meaning.prior ?? 0.5) >= 0.5 ? top : undefined)) : top;
  const others = scored.filter((s) => s !== chosen);
  const ambiguous =
    chosen === undefined
      ? scored.length > 0
      : others.length > 0 &&
        (neverSent(chosen) ||
          (!chosen.match && (chosen.item.vendor !== undefined || others.some((o) => !o.match && !o.unlikely))));

  const decoded = decodeHeaders(obs, rules, matches);
  const ownVendor = chosen?.item.vendor;
  // A never-sent number names no producer: the layers seen on the response do.
  const ownMaker = neverSent(chosen) ? undefined : ownVendor;
  const producer = attribute({
    code,
    statusClass,
    matches,
    decoded,
    ...(ownMaker ? { ownCode: chosen?.match ? { vendor: ownMaker, match: chosen.match } : { vendor: ownMaker } } : {}),
  });
  const considered: Considered[] = scored.map((s) => ({
    meaning: s.item.meaning,
    ...(s.item.vendor ? { vendor: s.item.vendor } : {}),
    score: Math.round(s.score * 100) / 100,
    evidence: s.match ? evidenceOf(s.match) : [],
    unlikely: s.unlikely,
  }));
  return {
    code,
    statusClass,
    meaning: chosen?.item.meaning ?? classMeaning(code, statusClass),
    definedBy: chosen ? (ownVendor ? 'vendor' : 'standard') : 'unregistered',
    ...(ownVendor ? { vendor: refOf(ownVendor) } : {}),
    confidence: confidenceOf(chosen, others),
    ambiguous,
    considered,
    producer,
    seen: matches.map((m) => ({ vendor: refOf(m.vendor), evidence: evidenceOf(m) })),
    decoded,
    notes: matches
      .filter((m) =>
        m.vendor.notes?.some((n) => n.code === code && (!n.when?.length || n.when.some((s) => signalMatches(s, obs)))),
      )
      .map((m) => refOf(m.vendor)),
  };
}

/** The decision for a request that failed without a response: its usual culprit. */
export function decideFailure(name: string, rules: Rules): FailureVerdict {
  const failure = findNetworkError(rules.networkErrors, name);
  const error = name.slice(0, 200);
  return {
    error,
    ...(failure ? { failure } : {}),
    producer: {
      role: failure?.producer ?? 'unknown',
      confidence: failure ? 'medium' : 'low',
      reason: { kind: 'failure', known: failure !== undefined },
      evidence: [{ kind: 'error', name: 'error', value: error, wordId: wordId.phrase('evidence.error') }],
      others: [],
    },
  };
}
