/**
 * The part of an explanation the popup's list needs (the Digest of shared/log.ts), computed once per
 * entry (when it is first written to storage) and saved with it. The list paints from digests alone;
 * the full explanation (and the knowledge base behind it) loads only when a person opens an entry.
 */
import { decide, explain, type ProducerGuess } from '../knowledge/explain';
import type { Observation, Text } from '../knowledge/types';
import type { Digest } from '../shared/log';
import { noteError } from './health';

function digest(
  meaningId: string,
  title: Text,
  vendorName: string | undefined,
  producer: ProducerGuess,
  rest: Pick<Digest, 'confidence' | 'ambiguous' | 'noise' | 'seen'>,
): Digest {
  const first = producer.evidence[0];
  return {
    meaningId,
    title,
    ...(vendorName ? { vendorName } : {}),
    role: producer.role,
    ...(producer.vendor ? { who: producer.vendor.name } : {}),
    ...(first ? { evidence: { kind: first.kind, name: first.name, value: first.value.slice(0, 120) } } : {}),
    ...rest,
  };
}

function digestFrom(obs: Observation): Digest {
  if (obs.statusCode === undefined || obs.error) {
    const ex = explain(obs);
    return digest(ex.meaningId, ex.title, undefined, ex.producer, {
      confidence: ex.confidence,
      ambiguous: false,
      noise: ex.noise,
      seen: [],
    });
  }
  const v = decide(obs, obs.statusCode);
  return digest(v.meaning.id, v.meaning.title, v.chosen?.item.vendor?.name, v.producer, {
    confidence: v.confidence,
    ambiguous: v.ambiguous,
    noise: false,
    seen: v.matches.map((m) => m.vendor.name),
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
