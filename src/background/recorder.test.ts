import { describe, expect, it } from 'vitest';
import type { RequestDetails } from './capture';
import { digestOf } from './digest';
import { health } from './health';
import { Journal } from './journal';
import { createRecorder } from './recorder';

const details = (over: Partial<RequestDetails>): RequestDetails => ({ requestId: '1', url: 'https://a.test/x', method: 'GET', type: 'image', tabId: 1, frameId: 0, timeStamp: 1, statusCode: 404, ...over });

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
  const recorder = createRecorder(journal, { schedule: () => void (scheduled += 1) }, (d, fn) => fn(d));
  return { journal, recorder, scheduled: () => scheduled };
}

describe('recorder', () => {
  it('queues events until the saved journal is loaded, then records them in order', () => {
    const { journal, recorder } = setup();
    const on = recorder.listener('completed');
    on(details({ requestId: 'a', url: 'https://a.test/1' }));
    on(details({ requestId: 'b', url: 'https://a.test/2', statusCode: 500 }));
    expect(journal.entryCount()).toBe(0);
    recorder.ready();
    expect(journal.currentPage(1)?.entries.map((e) => e.obs.statusCode)).toEqual([404, 500]);
  });

  it('drops 2xx subresources before any work, but keeps main-frame navigations', () => {
    const { journal, recorder, scheduled } = setup();
    recorder.ready();
    recorder.listener('completed')(details({ statusCode: 200 }));
    expect(scheduled()).toBe(0);
    recorder.listener('completed')(details({ requestId: 'n', statusCode: 200, type: 'main_frame', url: 'https://b.test/' }));
    expect(journal.currentPage(1)?.url).toBe('https://b.test/');
  });

  it('counts an error in one event and goes on with the next', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    const before = health.errors;
    const on = recorder.listener('completed');
    on(details({ requestId: 'x', url: 'https://a.test/boom' }));
    on(details({ requestId: 'y', url: 'https://a.test/fine' }));
    expect(health.errors).toBe(before + 1);
    expect(journal.currentPage(1)?.entries.map((e) => e.obs.url)).toEqual(['https://a.test/fine']);
  });

  it('forgets a closed tab', () => {
    const { journal, recorder } = setup();
    recorder.ready();
    recorder.listener('completed')(details({}));
    recorder.tabClosed(1);
    expect(journal.tab(1)).toBeUndefined();
  });
});
