/** Finding the entry for a failure name as the browser reports it. */
import { cachedFor } from './maps';
import type { NetworkErrorRule } from './rules';

const byNameCache = new WeakMap<readonly NetworkErrorRule[], ReadonlyMap<string, NetworkErrorRule>>();

/** A Chromium name, with or without "net::", optionally followed by ".DETAIL" (QUIC adds one). */
const chromiumForm = /^(?:net::)?(ERR_[A-Z0-9_]+)(?:\..*)?$/;

/**
 * The entry for a failure name. Exact and case-sensitive on the canonical spelling; also accepts
 * Chromium names without "net::" and with a ".QUIC_…" suffix.
 */
export function findNetworkError<E extends NetworkErrorRule>(list: readonly E[], name: string): E | undefined {
  const byName = cachedFor(
    byNameCache,
    list,
    (l) => new Map(l.flatMap((entry) => entry.names.map((n) => [n, entry] as const))),
  ) as ReadonlyMap<string, E>;
  const exact = byName.get(name);
  if (exact) return exact;
  const m = chromiumForm.exec(name.trim());
  return m ? byName.get(`net::${m[1]}`) : byName.get(name.trim());
}
