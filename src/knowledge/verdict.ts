/**
 * What the engine decides, without a sentence in it: which meaning, how sure, who made the response
 * and why, as reason codes and word ids. The worker keeps this much; narrate.ts puts it into words.
 */
import type { MeaningRule, NetworkErrorRule, VendorRule } from './rules';
import type { Confidence, Role, StatusClass, VendorName } from './types';

export interface VendorRef {
  readonly id: string;
  readonly name: VendorName;
  readonly role: Role;
}

export const refOf = (v: VendorRule): VendorRef => ({ id: v.id, name: v.name, role: v.role });

/** One thing seen in the response, and the id of the words that say what it shows. */
export interface EvidenceRef {
  readonly kind: 'header' | 'cookie' | 'host' | 'path' | 'reason' | 'page' | 'error';
  /** Header or cookie name, "host", "path", "reason", a page marker's id or "error". */
  readonly name: string;
  readonly value: string;
  readonly vendorId?: string;
  readonly wordId: string;
}

/** A header value the vendor uses to name its exact error. */
export interface DecodedRef {
  readonly header: string;
  readonly value: string;
  readonly vendor: VendorRef;
  /** The table row that matched; none when only the decoder's fallback applies. */
  readonly valueId?: string;
  /** The vendor wrote this header because it answered by itself. */
  readonly generated: boolean;
  /** For a value found on the error page: the page signal (fingerprint id) that found it. */
  readonly marker?: string;
}

/** Why the producer was named: the rule that fired. */
export type ProducerReason =
  /** A vendor named its own error in a header, or on its error page (`marker`). */
  | { readonly kind: 'decoded'; readonly header: string; readonly marker?: string }
  /** The code is the vendor's own; `confirmed` when the response shows the vendor's signs. */
  | { readonly kind: 'own-code'; readonly confirmed: boolean }
  /** A sign seen only on the vendor's own answers; `page` when it is on the error page the person saw. */
  | { readonly kind: 'made-sign'; readonly page?: boolean }
  /** A layer marks the answer as relayed from behind it. */
  | { readonly kind: 'relayed-sign'; readonly layer: VendorRef }
  /** A gateway code with a layer present that commonly makes it, and nothing showing the origin did. */
  | { readonly kind: 'gateway'; readonly code: number }
  /** A platform that serves the site's files itself. */
  | { readonly kind: 'serves-site' }
  /** The site's server or framework is named; `through` are the layers it passed. */
  | { readonly kind: 'origin-seen'; readonly through: readonly VendorRef[] }
  /** Only layers that relay answers were seen, for a code they don't commonly make. */
  | { readonly kind: 'relayed'; readonly through: readonly VendorRef[] }
  | { readonly kind: 'nothing' }
  /** A failure without a response: the failure's usual culprit. */
  | { readonly kind: 'failure'; readonly known: boolean };

/** A producer ranked below the named one, and why it is still possible. */
export interface OtherProducer {
  readonly role: Role;
  readonly vendor?: VendorRef;
  readonly reason: 'origin-behind' | 'layer-makes';
}

export interface Attribution {
  readonly role: Role;
  readonly vendor?: VendorRef;
  readonly confidence: Confidence;
  readonly reason: ProducerReason;
  readonly evidence: readonly EvidenceRef[];
  /** The other possible producers, most likely first. */
  readonly others: readonly OtherProducer[];
  /** Set when the attribution is a guess that the error page's wording could settle. */
  readonly settle?: { readonly vendor: VendorRef };
}

/** A meaning that was considered for the number. */
export interface Considered {
  readonly meaning: MeaningRule;
  readonly vendor?: VendorRule;
  readonly score: number;
  readonly evidence: readonly EvidenceRef[];
  /** The vendor's decisive signs are all missing, so this meaning is unlikely here. */
  readonly unlikely: boolean;
}

/** The decision for one response. */
export interface Verdict {
  readonly code: number;
  readonly statusClass: StatusClass;
  /** The meaning shown: a standard or vendor one, or the class's answer for an unregistered number. */
  readonly meaning: MeaningRule;
  readonly definedBy: 'standard' | 'vendor' | 'unregistered';
  readonly vendor?: VendorRef;
  readonly confidence: Confidence;
  /** The evidence did not settle the meaning: the candidates are worth showing. */
  readonly ambiguous: boolean;
  /** Every meaning considered, best first. */
  readonly considered: readonly Considered[];
  readonly producer: Attribution;
  /** Every product the response shows signs of, strongest first. */
  readonly seen: readonly { readonly vendor: VendorRef; readonly evidence: readonly EvidenceRef[] }[];
  readonly decoded: readonly DecodedRef[];
  /** Vendors whose note on this standard code applies. */
  readonly notes: readonly VendorRef[];
}

/** The decision for a request that failed without a response. */
export interface FailureVerdict {
  readonly error: string;
  readonly failure?: NetworkErrorRule;
  readonly producer: Attribution;
}
