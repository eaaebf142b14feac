/** The worker's trimmed rules must decide every listed response exactly as the full rules do. */
import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { decide } from './decide';
import { rulesOf, workerRulesOf } from './rules';
import { sample, witness } from './test-helpers';
import type { Observation } from './types';

const full = rulesOf(authored);
const worker = workerRulesOf(authored);

/** What the list digest is made of. */
function digestParts(obs: Observation, code: number, rules: typeof full) {
  const v = decide(obs, code, rules);
  const first = v.producer.evidence[0];
  return {
    meaning: v.meaning.id,
    ambiguous: v.ambiguous,
    confidence: v.confidence,
    role: v.producer.role,
    who: v.producer.vendor?.id,
    whoConfidence: v.producer.confidence,
    // The digest keeps what the evidence is, not the id of the words about it.
    evidence: first && [first.kind, first.name, first.value],
    seen: v.seen.map((s) => s.vendor.id),
  };
}

/** Every fingerprint and every decoder row, alone, at the codes layers make and each vendor's own codes. */
function corpus(): Observation[] {
  const out: Observation[] = [];
  for (const v of authored.vendors) {
    const codes = [403, 404, 429, 500, 502, 503, 504, ...v.codes.map((c) => c.code)];
    for (const code of codes) {
      for (const f of v.fingerprints) out.push(witness(code, [f.signal]));
      for (const d of v.decoders ?? []) {
        for (const row of d.values ?? [])
          out.push({ ...witness(code, []), headers: [{ name: d.header, value: sample(row.match) }] });
        out.push({ ...witness(code, []), headers: [{ name: d.header, value: 'something-unlisted' }] });
      }
    }
  }
  return out;
}

describe('the worker’s rules', () => {
  it('are smaller than the full rules', () => {
    expect(JSON.stringify(worker).length).toBeLessThan(JSON.stringify(full).length);
  });

  it('give the same digest as the full rules for every listed response in the corpus', () => {
    const differ = corpus().filter((obs) => {
      const code = obs.statusCode ?? 0;
      return JSON.stringify(digestParts(obs, code, worker)) !== JSON.stringify(digestParts(obs, code, full));
    });
    expect(differ.map((o) => `${o.statusCode} ${JSON.stringify(o.headers)}`)).toEqual([]);
  });
});
