/**
 * Tab logs built through the worker's real capture path, journal and digest, as the worker saves them,
 * for tests of the pages (which may not import the worker themselves).
 */
import { linksOf, observationOf, type RequestDetails } from '../src/background/capture';
import { digestOf } from '../src/background/digest';
import { Journal, type JournalEvent } from '../src/background/journal';
import { observe } from '../src/knowledge/observation';
import type { TabLog } from '../src/shared/log';

export type { RequestDetails };

/** webRequest details of a failing image request in tab 1, with `over` on top. */
export const webRequestDetails = (over: Partial<RequestDetails> = {}): RequestDetails => ({
  requestId: '1',
  url: 'https://a.test/',
  method: 'GET',
  type: 'image',
  tabId: 1,
  frameId: 0,
  timeStamp: 1,
  statusCode: 404,
  ...over,
});

export type Event = Omit<JournalEvent, 'requestId' | 'frameId' | 'tabId' | 'time'> & { readonly time?: number };

/** Records exactly these events in a fresh journal and returns the logs it would save. */
export function journalLogs(events: readonly JournalEvent[]): TabLog[] {
  const j = new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
  for (const e of events) j.record(e);
  return structuredClone(j.allTabs());
}

let n = 0;

/** Records `events` for one tab (times default to now + a step each) and returns the saved logs. */
export function logsOf(events: readonly Event[], tabId = 7): TabLog[] {
  const start = Date.now();
  return journalLogs(
    events.map((e, i) => ({ requestId: `r${++n}`, frameId: 0, tabId, ...e, time: e.time ?? start + i })),
  );
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

/** A webRequest event as the worker records it: through the capture path, which drops secret values. */
export const captured = (details: RequestDetails, phase: JournalEvent['phase'] = 'completed'): JournalEvent => ({
  phase,
  requestId: details.requestId,
  tabId: details.tabId,
  frameId: details.frameId,
  time: details.timeStamp,
  obs: observationOf(details),
  ...linksOf(details),
});
