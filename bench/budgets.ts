/** The browser bench's budgets, and how its figures are checked against them and printed. */

/** A figure may reach `atMost`, or must stay `below`. */
export type Budget = { readonly atMost: number } | { readonly below: number };

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/**
 * The budgets of a run that timed `peers` (the BENCH_COMPARE extensions) too. Page load is held to the
 * floor, an extension with Statuscope's listeners doing nothing, in every run; Statuscope must also load
 * faster than each peer timed beside it. Without peers, its cost against no extension is printed only.
 */
export function browserBudgets(peers: readonly string[]): ReadonlyMap<string, Budget> {
  return new Map<string, Budget>([
    ['page_load_vs_floor', { atMost: 1.03 }],
    ...peers.map((peer): [string, Budget] => [`page_load_vs_${peer}`, { below: 1 }]),
    ['popup_ms_10', { atMost: 30 }],
    ['popup_ms_1000', { atMost: 100 }],
    ['popup_js_gz_kb', { atMost: 50 }],
    // The worker restarts often: what it reads at each start, and how long that start takes against the floor's.
    ['worker_js_kb', { atMost: 80 }],
    // JSON, parsed many times faster than the same data as script, and while the saved journal loads.
    ['worker_rules_kb', { atMost: 160 }],
    ['worker_start_vs_floor', { atMost: 1.3 }],
    // Reading an error page: from its load to its entry's update.
    ['error_page_read_ms', { atMost: 50 }],
    ['package_zip_kb_chrome', { atMost: 300 }],
    ['package_zip_kb_firefox', { atMost: 300 }],
  ]);
}

/** NaN (a figure with no samples) meets no budget. */
export const meets = (value: number, budget: Budget): boolean =>
  'atMost' in budget ? value <= budget.atMost : value < budget.below;

const shown = (budget: Budget): string => ('atMost' in budget ? `${budget.atMost}` : `< ${budget.below}`);

/**
 * One `name: value unit` line per figure, with its budget beside it, and the names of the budgets missed.
 * A budget whose figure was never measured is missed, and gets a line of its own.
 */
export function checked(
  figures: readonly Figure[],
  budgets: ReadonlyMap<string, Budget>,
): { lines: string[]; missed: string[] } {
  const lines: string[] = [];
  const missed: string[] = [];
  for (const { name, value, unit } of figures) {
    const budget = budgets.get(name);
    const met = !budget || meets(value, budget);
    if (!met) missed.push(name);
    const note = budget ? ` (budget ${shown(budget)}${met ? '' : ', MISSED'})` : '';
    lines.push(`${name}: ${value.toFixed(value >= 100 ? 1 : 3)} ${unit}${note}`);
  }
  for (const [name, budget] of budgets) {
    if (figures.some((f) => f.name === name)) continue;
    missed.push(name);
    lines.push(`${name}: not measured (budget ${shown(budget)}, MISSED)`);
  }
  return { lines, missed };
}
