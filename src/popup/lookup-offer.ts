/**
 * The popup's offer to look a code up: when the filter text is a status number or a failure name that
 * no listed entry has, the lookup page can still say what it means. Pure, and free of the knowledge base.
 */
import { failureName, type LookupQuery, parseLookup, queryText } from '../shared/lookup-query';
import type { Item, PageView } from './model';

/** Whether an item (a chain's hops and end included) carries the code. */
function carries(item: Item, q: LookupQuery): boolean {
  const outcomes = [...[item.entry, ...item.hops].map((e) => e.obs), ...(item.end ? [item.end] : [])];
  return outcomes.some((o) =>
    q.kind === 'status' ? o.statusCode === q.code : o.error !== undefined && failureName(o.error) === q.name,
  );
}

/** The code to offer looking up for this filter text, or undefined when it is no code or an entry has it. */
export function lookupOffer(text: string, views: readonly PageView[]): string | undefined {
  const q = parseLookup(text);
  if (!q) return undefined;
  return views.some((v) => v.items.some((i) => carries(i, q))) ? undefined : queryText(q);
}
