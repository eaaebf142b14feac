/** Map helpers for the lookups the engine builds once and keeps. */

/** The value kept in `cache` for `key`, made on first use. */
export function cachedFor<K extends object, V>(cache: WeakMap<K, V>, key: K, make: (key: K) => V): V {
  const kept = cache.get(key);
  if (kept !== undefined) return kept;
  const made = make(key);
  cache.set(key, made);
  return made;
}

/** Items grouped by `keyOf`; each group keeps the items' order. */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
