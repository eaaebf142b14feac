/** Tab logs built through the real journal and digest, as the worker saves them, for popup tests. */
import { digestOf } from '../src/background/digest';
import { Journal, type JournalEvent, type TabLog } from '../src/background/journal';
import { observe } from '../src/knowledge/observation';

export type Event = Omit<JournalEvent, 'requestId' | 'frameId' | 'tabId' | 'time'> & { readonly time?: number };

let n = 0;

/** Records `events` for one tab (times default to now + a step each) and returns the saved logs. */
export function logsOf(events: readonly Event[], tabId = 7): TabLog[] {
  const j = new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
  const start = Date.now();
  for (const [i, e] of events.entries())
    j.record({ requestId: `r${++n}`, frameId: 0, tabId, ...e, time: e.time ?? start + i });
  return structuredClone(j.allTabs());
}

/** A completed subresource response. */
export const completed = (init: Parameters<typeof observe>[0], time?: number): Event => ({
  phase: 'completed',
  obs: observe({ type: 'image', mainFrame: false, ...init }),
  ...(time === undefined ? {} : { time }),
});

/** A subresource that failed without a response. */
export const failed = (error: string, url: string, time?: number): Event => ({
  phase: 'error',
  obs: observe({ error, url, type: 'image', mainFrame: false }),
  ...(time === undefined ? {} : { time }),
});
