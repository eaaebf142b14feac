import { describe, expect, it } from 'vitest';
import { type RequestDetails, webRequestDetails } from '../../test/journal-fixtures';
import { digestOf } from './digest';
import { health } from './health';
import type { CommitDetails } from '../platform/documents';
import { Journal } from './journal';
import { Persistence, type SessionArea } from './persistence';
import { createRecorder, MAX_PENDING, type Recorder } from './recorder';

const details = (over: Partial<RequestDetails>): RequestDetails =>
  webRequestDetails({ url: 'https://a.test/x', ...over });

function setup() {
  const journal = new Journal({
    skip: (obs) => {
      if (obs.url.includes('boom')) throw new Error('boom');
      return false;
    },
    pagesPerTab: 5,
    digest: digestOf,
  });
  let scheduled = 0;
  const schedule = (): void => {
    scheduled += 1;
  };
  const recorder = createRecorder(journal, { schedule }, (d, fn) => fn(d));
  return { journal, recorder, scheduled: () => scheduled };
}

describe('recorder', () => {
  it('queues events until the saved journal is loaded, then records them in order', () => {
    const { journal, recorder, scheduled } = setup();
    const on = recorder.listener('completed');
    on(details({ requestId: 'a', url: 'https://a.test/1' }));
    on(details({ requestId: 'b', url: 'https://a.test/2', statusCode: 500 }));
    expect(journal.entryCount()).toBe(0);
    const before = scheduled();
    recorder.ready();
    expect(journal.currentPage(1)?.entries.map((e) => e.obs.statusCode)).toEqual([404, 500]);
    expect(scheduled()).toBe(before + 1);
  });

  it('drops 2xx subresources before any work, but keeps main-frame navigations', () => {
    const { journal, recorder, scheduled } = setup();
    recorder.ready();
    recorder.listener('completed')(details({ statusCode: 200 }));
    expect(scheduled()).toBe(0);
    recorder.listener('completed')(
      details({ requestId: 'n', statusCode: 200, type: 'main_frame', url: 'https://b.test/' }),
    );
    recorder.drain();
    expect(journal.currentPage(1)?.url).toBe('https://b.test/');
  });

  it('counts an error in one event and goes on with the next', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    const before = health.errors;
    const on = recorder.listener('completed');
    on(details({ requestId: 'x', url: 'https://a.test/boom' }));
    on(details({ requestId: 'y', url: 'https://a.test/fine' }));
    recorder.drain();
    expect(health.errors).toBe(before + 1);
    expect(journal.currentPage(1)?.entries.map((e) => e.obs.url)).toEqual(['https://a.test/fine']);
  });

  it('forgets a closed tab', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    recorder.listener('completed')(details({}));
    recorder.tabClosed(1);
    recorder.drain();
    expect(journal.tab(1)).toBeUndefined();
  });

  it('queues events for the next write instead of recording them while the page loads', () => {
    const { journal, recorder, scheduled } = setup();
    recorder.ready();
    const on = recorder.listener('completed');
    on(details({ requestId: 'a' }));
    on(details({ requestId: 'b', statusCode: 503 }));
    expect(journal.entryCount()).toBe(0);
    expect(scheduled()).toBe(2);
    recorder.drain();
    expect(journal.currentPage(1)?.entries.map((e) => e.obs.statusCode)).toEqual([404, 503]);
  });

  it('keeps the success that ends a redirect chain whose hop is still queued', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    recorder.listener('redirect')(details({ requestId: 'r', statusCode: 302, redirectUrl: 'https://a.test/y' }));
    recorder.listener('completed')(details({ requestId: 'r', url: 'https://a.test/y', statusCode: 200 }));
    recorder.drain();
    expect(journal.currentPage(1)?.entries[0]?.end).toEqual({ url: 'https://a.test/y', statusCode: 200 });
  });

  it('records at once when the queue is full, so it stays bounded', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    const on = recorder.listener('error');
    for (let i = 0; i < MAX_PENDING; i++)
      on(
        details({
          requestId: `e${i}`,
          url: `https://a.test/${i % 50}`,
          statusCode: undefined,
          error: 'net::ERR_FAILED',
        }),
      );
    expect(journal.entryCount()).toBe(50);
  });

  it('records the queued events when a write begins', async () => {
    const journal = new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
    const stored = new Map<string, unknown>();
    const area: SessionArea = {
      get: async () => Object.fromEntries(stored),
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) stored.set(k, v);
      },
      remove: async () => undefined,
    };
    const persistence = new Persistence(area, journal, { setTimeout: () => undefined, now: () => 0 });
    const recorder = createRecorder(journal, persistence, (d, fn) => fn(d));
    persistence.beforeWrite = recorder.drain;
    recorder.ready();
    recorder.listener('completed')(details({ statusCode: 410 }));
    await persistence.flush();
    expect(String(stored.get('tab:1'))).toContain('"statusCode":410');
  });
  it('starts no page for a top-level download or a 204 answer, whose response leaves the tab on its page', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    recorder.navigation(details({ requestId: 'n', statusCode: 200, type: 'main_frame', url: 'https://a.test/' }));
    recorder.navigation(
      details({
        requestId: 'dl',
        statusCode: 200,
        type: 'main_frame',
        url: 'https://a.test/export',
        responseHeaders: [
          { name: 'Content-Type', value: 'text/csv' },
          { name: 'Content-Disposition', value: 'attachment; filename="export.csv"' },
        ],
      }),
    );
    recorder.navigation(details({ requestId: 'nc', statusCode: 204, type: 'main_frame', url: 'https://a.test/ping' }));
    recorder.drain();
    expect(journal.tab(1)?.pages.map((p) => p.url)).toEqual(['https://a.test/']);
  });

  it("moves a replaced tab's log to the tab that replaced it", () => {
    const { journal, recorder } = setup();
    recorder.ready();
    recorder.listener('completed')(details({}));
    recorder.tabReplaced(1, 7, false);
    recorder.drain();
    expect(journal.tab(1)).toBeUndefined();
    expect(journal.currentPage(7)?.entries.map((e) => e.obs.url)).toEqual(['https://a.test/x']);
  });

  // The events below are those of real runs (Chromium 156, Firefox ESR 153), trimmed: see platform/documents.ts.
  describe('pages a tab shows without a request', () => {
    const chrome = { documentLifecycle: 'active', frameType: 'outermost_frame' };
    const prerender = { documentLifecycle: 'prerender', frameType: 'outermost_frame', frameId: 5, parentFrameId: -1 };
    const commit = (over: Partial<CommitDetails>): CommitDetails => ({
      tabId: 1,
      frameId: 0,
      parentFrameId: -1,
      url: 'http://site.test/p',
      documentId: 'P',
      timeStamp: 1,
      ...over,
    });
    const pageLoad = (recorder: Recorder, id: string, url: string, over: Partial<RequestDetails> = {}): void => {
      const d = details({ requestId: id, type: 'main_frame', statusCode: 200, url, ...over });
      recorder.navigation(d);
      recorder.listener('completed')(d);
    };
    const urls = (journal: Journal): string[] => journal.tab(1)?.pages.map((p) => p.url) ?? [];
    const listed = (journal: Journal): string[] => journal.currentPage(1)?.entries.map((e) => e.obs.url) ?? [];

    it("holds a prerendering page's requests aside, and shows them when the page is opened (Chrome)", () => {
      const { journal, recorder } = setup();
      recorder.ready();
      pageLoad(recorder, '1', 'http://site.test/p', chrome);
      recorder.committed(commit({ ...chrome }));
      recorder.listener('completed')(details({ requestId: '2', url: 'http://site.test/missing-p.png', ...chrome }));
      pageLoad(recorder, '3', 'http://site.test/next', prerender);
      recorder.committed(commit({ ...prerender, url: 'http://site.test/next', documentId: 'N' }));
      recorder.listener('completed')(
        details({ requestId: '5', url: 'http://site.test/missing-next.png', documentId: 'N', ...prerender }),
      );
      recorder.drain();
      expect(urls(journal)).toEqual(['http://site.test/p']);
      expect(listed(journal)).toEqual(['http://site.test/missing-p.png']);
      // Opened: no request, one commit of the prerendered document in frame 0.
      recorder.committed(commit({ ...chrome, url: 'http://site.test/next', documentId: 'N' }));
      recorder.drain();
      expect(urls(journal)).toEqual(['http://site.test/p', 'http://site.test/next']);
      expect(listed(journal)).toEqual(['http://site.test/missing-next.png']);
    });

    it('shows again the page the back/forward cache brings back, and nothing changes for a frame inside it (Firefox)', () => {
      const { journal, recorder } = setup();
      recorder.ready();
      pageLoad(recorder, '11', 'http://site.test/a', { incognito: false });
      recorder.committed(commit({ url: 'http://site.test/a', documentId: 'a-doc' }));
      recorder.listener('completed')(details({ requestId: '13', url: 'http://site.test/missing-a.png' }));
      pageLoad(recorder, '16', 'http://site.test/b', { incognito: false });
      recorder.committed(commit({ url: 'http://site.test/b', documentId: 'b-doc' }));
      recorder.listener('completed')(details({ requestId: '17', url: 'http://site.test/missing-b.png' }));
      recorder.committed(commit({ url: 'http://site.test/a', documentId: 'a-doc' }));
      recorder.committed(commit({ frameId: 8, parentFrameId: 0, url: 'http://site.test/frame', documentId: 'f' }));
      recorder.drain();
      expect(urls(journal)).toEqual(['http://site.test/b', 'http://site.test/a']);
      expect(listed(journal)).toEqual(['http://site.test/missing-a.png']);
    });
  });
});
