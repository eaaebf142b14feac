/**
 * A redirect chain in one short line. A loop can run to 20 hops; drawn in full it would push the popup
 * sideways, so runs of the same step fold into "302 ×20" and a long chain keeps its ends.
 */

/** Runs shorter than this stay drawn out: "a → a" says more than "a ×2". */
const FOLD_RUN = 3;
/** Steps kept at each end of a chain that is still long after folding. */
const KEEP_EACH_END = 2;

export function compactChain(steps: readonly string[]): string {
  const folded: string[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j] === steps[i]) j++;
    const run = j - i;
    if (run >= FOLD_RUN) folded.push(`${steps[i]} ×${run}`);
    else folded.push(...steps.slice(i, j));
    i = j;
  }
  if (folded.length <= KEEP_EACH_END * 2 + 1) return folded.join(' → ');
  const hidden = folded.length - KEEP_EACH_END * 2;
  return [...folded.slice(0, KEEP_EACH_END), `… ${hidden} …`, ...folded.slice(-KEEP_EACH_END)].join(' → ');
}
