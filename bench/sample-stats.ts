/**
 * The statistics the benches report: summaries of repeated timings, and how far chance alone could move
 * a figure that compares two configurations timed in turn.
 */

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** NaN for no samples, so a budget checked against it is missed rather than met by default. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const low = s[(s.length - 1) >> 1];
  const high = s[s.length >> 1];
  return low === undefined || high === undefined ? NaN : (low + high) / 2;
};

/**
 * One value per round from two configurations timed in the same rounds, e.g. their ratio. A round runs
 * every configuration once, close together in time, so a slow spell of the machine weighs on both sides
 * of a round's value alike; comparing medians taken over the whole run does not cancel it.
 */
export function perRound(
  a: readonly number[],
  b: readonly number[],
  combine: (a: number, b: number) => number,
): number[] {
  if (a.length !== b.length) throw new Error(`rounds differ: ${a.length} and ${b.length}`);
  return a.map((x, i) => combine(x, b[i] ?? NaN));
}

export const ratio = (a: number, b: number): number => a / b;
export const difference = (a: number, b: number): number => a - b;

/**
 * The range that holds the median of `values` in 95 % of resamples (the rounds drawn again with
 * replacement): how far the same build's figure may move between runs by chance. `rand` is seeded by
 * the caller, so a run repeats its own interval.
 */
export function medianInterval(
  values: readonly number[],
  rand: () => number,
  resamples = 2_000,
): { low: number; high: number } {
  if (!values.length) return { low: NaN, high: NaN };
  const medians: number[] = [];
  const draw = new Array<number>(values.length);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < values.length; i++) draw[i] = values[Math.floor(rand() * values.length)] ?? NaN;
    medians.push(median(draw));
  }
  medians.sort((x, y) => x - y);
  const at = (q: number): number => medians[Math.min(medians.length - 1, Math.floor(q * medians.length))] ?? NaN;
  return { low: at(0.025), high: at(0.975) };
}
