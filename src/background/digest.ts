/**
 * The part of an explanation the popup's list needs, computed once when an entry is recorded and
 * saved with it. The list paints from digests alone; the full explanation (and the knowledge base
 * behind it) loads only when a person opens an entry.
 */
import { decide, explain, type Evidence, type ProducerGuess } from '../knowledge/explain';
import type { Confidence, Observation, Role, Text } from '../knowledge/types';

export interface Digest {
  readonly meaningId: string;
  readonly title: Text;
  /** The vendor whose meaning was chosen, if any. */
  readonly vendor?: string;
  /** Who most likely produced the response. */
  readonly role: Role;
  readonly who?: string;
  /** The strongest evidence for who produced it. */
  readonly evidence?: Pick<Evidence, 'kind' | 'name' | 'value'>;
  readonly confidence: Confidence;
  readonly ambiguous: boolean;
  readonly noise: boolean;
  /** Every product the response shows signs of. */
  readonly seen: readonly string[];
}

function digest(meaningId: string, title: Text, vendor: string | undefined, producer: ProducerGuess, rest: Pick<Digest, 'confidence' | 'ambiguous' | 'noise' | 'seen'>): Digest {
  const first = producer.evidence[0];
  return {
    meaningId,
    title,
    ...(vendor ? { vendor } : {}),
    role: producer.role,
    ...(producer.vendor ? { who: producer.vendor.name } : {}),
    ...(first ? { evidence: { kind: first.kind, name: first.name, value: first.value.slice(0, 120) } } : {}),
    ...rest,
  };
}

export function digestOf(obs: Observation): Digest {
  if (obs.statusCode === undefined || obs.error) {
    const ex = explain(obs);
    return digest(ex.meaningId, ex.title, undefined, ex.producer, { confidence: ex.confidence, ambiguous: false, noise: ex.noise, seen: [] });
  }
  const v = decide(obs, obs.statusCode);
  return digest(v.meaning.id, v.meaning.title, v.chosen?.item.vendor?.name, v.producer, {
    confidence: v.confidence,
    ambiguous: v.ambiguous,
    noise: false,
    seen: v.matches.map((m) => m.vendor.name),
  });
}
