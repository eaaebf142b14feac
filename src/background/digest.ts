/**
 * The part of an explanation the popup's list needs (the Digest of shared/log.ts), computed once per
 * entry (when it is first written to storage) and saved with it. The list paints from digests alone;
 * the words (and the full explanation) load only when a person opens an entry.
 */
import { decide, decideFailure } from '../knowledge/decide';
import { rulesRead } from '../knowledge/rules-read';
import { UNKNOWN_FAILURE, wordId } from '../knowledge/rules';
import type { Observation } from '../knowledge/types';
import type { Attribution } from '../knowledge/verdict';
import type { Digest } from '../shared/log';
import { noteError } from './health';

function digest(
  meaningId: string,
  producer: Attribution,
  rest: Pick<Digest, 'confidence' | 'ambiguous' | 'noise' | 'seen' | 'vendorName' | 'named'>,
): Digest {
  const first = producer.evidence[0];
  return {
    meaningId,
    role: producer.role,
    whoConfidence: producer.confidence,
    ...(producer.vendor ? { who: producer.vendor.name } : {}),
    ...(first ? { evidence: { kind: first.kind, name: first.name, value: first.value.slice(0, 120) } } : {}),
    ...rest,
  };
}

function digestFrom(obs: Observation): Digest {
  if (obs.statusCode === undefined || obs.error) {
    const v = decideFailure(obs.error ?? 'unknown', rulesRead());
    return digest(v.failure?.id ?? UNKNOWN_FAILURE, v.producer, {
      confidence: v.failure ? 'high' : 'low',
      ambiguous: false,
      noise: v.failure?.noise === true,
      seen: [],
    });
  }
  const v = decide(obs, obs.statusCode, rulesRead());
  const named = v.decoded.find((d) => d.marker && d.valueId);
  return digest(v.meaning.id, v.producer, {
    ...(named?.valueId ? { named: wordId.decoded(named.vendor.id, named.header, named.valueId, 'title') } : {}),
    confidence: v.confidence,
    ambiguous: v.ambiguous,
    noise: false,
    seen: v.seen.map((s) => s.vendor.name),
    ...(v.vendor ? { vendorName: v.vendor.name } : {}),
  });
}

/** What the code or failure alone says, when the full observation could not be explained. */
const bare = (obs: Observation): Observation => ({
  url: '',
  method: 'GET',
  type: 'other',
  mainFrame: false,
  fromCache: false,
  headers: [],
  cookieNames: [],
  ...(obs.statusCode !== undefined ? { statusCode: obs.statusCode } : {}),
  ...(obs.error !== undefined ? { error: obs.error } : {}),
});

/**
 * Never throws: it runs while a storage write is being encoded, where one bad entry would otherwise
 * lose the whole write. A failure is counted (health.ts) and the entry gets its code's bare meaning.
 */
export function digestOf(obs: Observation): Digest {
  try {
    return digestFrom(obs);
  } catch (e) {
    noteError(e);
    return digestFrom(bare(obs));
  }
}
