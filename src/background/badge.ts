/** The toolbar badge: how many problems the tab's current page has, coloured by the worst. */
import { listedKinds, severity, type EntryKind } from '../shared/kinds';
import type { Page } from '../shared/log';

export interface BadgeState {
  readonly text: string;
  readonly color: string;
  /** Counts by kind, worst first, for the tooltip. */
  readonly counts: readonly { readonly kind: EntryKind; readonly count: number }[];
}

export const badgeColors: Readonly<Record<EntryKind, string>> = {
  network: '#7e22ce',
  server: '#b91c1c',
  odd: '#4b5563',
  client: '#c2410c',
  redirect: '#1d4ed8',
  informational: '#4b5563',
  success: '#15803d',
};

/** The badge for a page; entries that stand for several identical responses count each one. */
export function badgeFor(page: Page | undefined, kinds: readonly EntryKind[] = listedKinds): BadgeState {
  const byKind = new Map<EntryKind, number>();
  for (const e of page?.entries ?? [])
    if (kinds.includes(e.kind)) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + e.count);
  const counts = [...byKind.entries()]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => severity[b.kind] - severity[a.kind]);
  const total = counts.reduce((n, c) => n + c.count, 0);
  const worst = counts[0]?.kind ?? 'success';
  return { text: total === 0 ? '' : total > 999 ? '999+' : String(total), color: badgeColors[worst], counts };
}
