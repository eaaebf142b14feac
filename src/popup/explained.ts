/** The full explanation of an entry, loaded on demand: the knowledge base is not part of the list's first paint. */
import { useEffect, useState } from 'preact/hooks';
import type { Explanation } from '../knowledge/explain';
import type { Entry } from '../shared/log';

export async function explainEntry(entry: Entry): Promise<Explanation> {
  const { explain } = await import('../knowledge/explain');
  return explain(entry.obs, undefined, entry.first);
}

export function useExplanation(entry: Entry): Explanation | undefined {
  const [ex, setEx] = useState<Explanation | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void explainEntry(entry).then((e) => {
      if (alive) setEx(e);
    });
    return () => {
      alive = false;
    };
  }, [entry.id]);
  return ex;
}
