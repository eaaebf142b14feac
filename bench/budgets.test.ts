import { describe, expect, it } from 'vitest';
import { browserBudgets, checked, type Figure, meets } from './budgets';

/** Every figure a run without peers budgets, each just within its budget. */
const withinBudget: Figure[] = [
  { name: 'page_load_ratio', value: 1.4, unit: 'x' },
  { name: 'page_load_vs_floor', value: 1.03, unit: 'x' },
  { name: 'popup_ms_10', value: 30, unit: 'ms' },
  { name: 'popup_ms_1000', value: 100, unit: 'ms' },
  { name: 'popup_js_gz_kb', value: 50, unit: 'KB' },
  { name: 'worker_js_kb', value: 80, unit: 'KB' },
  { name: 'worker_rules_kb', value: 160, unit: 'KB' },
  { name: 'worker_start_vs_floor', value: 1.3, unit: 'x' },
  { name: 'error_page_read_ms', value: 50, unit: 'ms' },
  { name: 'package_zip_kb_chrome', value: 300, unit: 'KB' },
  { name: 'package_zip_kb_firefox', value: 299.9, unit: 'KB' },
];

const withValue = (figures: readonly Figure[], name: string, value: number): Figure[] =>
  figures.map((f) => (f.name === name ? { ...f, value } : f));

describe('browserBudgets', () => {
  it('holds page load to the floor and leaves its cost against no extension unbudgeted without peers', () => {
    const budgets = browserBudgets([]);
    expect(budgets.get('page_load_vs_floor')).toEqual({ atMost: 1.03 });
    expect(budgets.has('page_load_ratio')).toBe(false);
    expect(budgets.get('popup_ms_10')).toEqual({ atMost: 30 });
    expect(budgets.get('popup_ms_1000')).toEqual({ atMost: 100 });
    expect(budgets.get('worker_js_kb')).toEqual({ atMost: 80 });
    expect(budgets.get('worker_rules_kb')).toEqual({ atMost: 160 });
    expect(budgets.get('worker_start_vs_floor')).toEqual({ atMost: 1.3 });
    expect(budgets.get('error_page_read_ms')).toEqual({ atMost: 50 });
    expect(budgets.get('package_zip_kb_chrome')).toEqual({ atMost: 300 });
    expect(budgets.get('package_zip_kb_firefox')).toEqual({ atMost: 300 });
  });

  it('makes Statuscope load faster than each peer timed in the run', () => {
    const budgets = browserBudgets(['redirect_inspector', 'other']);
    expect(budgets.get('page_load_vs_redirect_inspector')).toEqual({ below: 1 });
    expect(budgets.get('page_load_vs_other')).toEqual({ below: 1 });
    expect(budgets.get('page_load_vs_floor')).toEqual({ atMost: 1.03 });
    expect(budgets.has('page_load_ratio')).toBe(false);
  });
});

describe('meets', () => {
  it('allows a ceiling to be reached, but not a figure to be beaten by a tie', () => {
    expect(meets(1.03, { atMost: 1.03 })).toBe(true);
    expect(meets(1.031, { atMost: 1.03 })).toBe(false);
    expect(meets(0.999, { below: 1 })).toBe(true);
    expect(meets(1, { below: 1 })).toBe(false);
  });

  it('is never met by NaN, the figure of a run with no samples', () => {
    expect(meets(NaN, { atMost: 1.03 })).toBe(false);
    expect(meets(NaN, { below: 1 })).toBe(false);
  });
});

describe('checked', () => {
  it('prints each figure with its budget, and misses none within budget', () => {
    const { lines, missed } = checked(withinBudget, browserBudgets([]));
    expect(missed).toEqual([]);
    expect(lines).toEqual([
      'page_load_ratio: 1.400 x',
      'page_load_vs_floor: 1.030 x (budget 1.03)',
      'popup_ms_10: 30.000 ms (budget 30)',
      'popup_ms_1000: 100.0 ms (budget 100)',
      'popup_js_gz_kb: 50.000 KB (budget 50)',
      'worker_js_kb: 80.000 KB (budget 80)',
      'worker_rules_kb: 160.0 KB (budget 160)',
      'worker_start_vs_floor: 1.300 x (budget 1.3)',
      'error_page_read_ms: 50.000 ms (budget 50)',
      'package_zip_kb_chrome: 300.0 KB (budget 300)',
      'package_zip_kb_firefox: 299.9 KB (budget 300)',
    ]);
  });

  it('marks a figure over its budget as missed', () => {
    const { lines, missed } = checked(withValue(withinBudget, 'popup_ms_10', 30.1), browserBudgets([]));
    expect(missed).toEqual(['popup_ms_10']);
    expect(lines).toContain('popup_ms_10: 30.100 ms (budget 30, MISSED)');
  });

  it('misses a peer Statuscope did not beat, and a peer budget never measured', () => {
    const figures = [
      ...withinBudget,
      { name: 'page_load_vs_slow_peer', value: 0.97, unit: 'x' },
      { name: 'page_load_vs_fast_peer', value: 1, unit: 'x' },
    ];
    const { lines, missed } = checked(figures, browserBudgets(['slow_peer', 'fast_peer', 'lost_peer']));
    expect(lines).toContain('page_load_vs_slow_peer: 0.970 x (budget < 1)');
    expect(lines).toContain('page_load_vs_fast_peer: 1.000 x (budget < 1, MISSED)');
    expect(lines).toContain('page_load_vs_lost_peer: not measured (budget < 1, MISSED)');
    expect(missed).toEqual(['page_load_vs_fast_peer', 'page_load_vs_lost_peer']);
  });

  it('leaves page_load_ratio unbudgeted however high it is', () => {
    expect(checked(withValue(withinBudget, 'page_load_ratio', 3), browserBudgets([])).missed).toEqual([]);
  });
});
