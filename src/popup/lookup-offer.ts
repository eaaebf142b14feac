/**
 * The popup's offer to look a code up: when the filter text is a status number or a failure name that
 * no listed entry has, the lookup page can still say what it means. Pure, and free of the knowledge base.
 */
import { failureName, isProductNumber, type LookupQuery, parseLookup, queryText } from '../shared/lookup-query';
import type { Observation } from '../knowledge/types';
import type { Item, PageView } from './model';

/**
 * Whether an outcome carries the code: its status or failure name, or, for a product's error number past the
 * HTTP range (1016), the number its error page showed (the list then titles the entry with that error).
 */
function has(o: Pick<Observation, 'statusCode' | 'error' | 'page'>, q: LookupQuery): boolean {
  if (q.kind === 'failure') return o.error !== undefined && failureName(o.error) === q.name;
  return o.statusCode === q.code || (isProductNumber(q.code) && (o.page ?? []).some((f) => f.value === String(q.code)));
}

/** Whether an item (a chain's hops and end included) carries the code. */
function carries(item: Item, q: LookupQuery): boolean {
  const outcomes = [...[item.entry, ...item.hops].map((e) => e.obs), ...(item.end ? [item.end] : [])];
  return outcomes.some((o) => has(o, q));
}

/** The code to offer looking up for this filter text, or undefined when it is no code or an entry has it. */
export function lookupOffer(text: string, views: readonly PageView[]): string | undefined {
  const q = parseLookup(text);
  if (!q) return undefined;
  return views.some((v) => v.items.some((i) => carries(i, q))) ? undefined : queryText(q);
}
