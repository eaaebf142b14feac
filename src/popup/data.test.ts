// @vitest-environment happy-dom
/**
 * The popup's live view of storage.session: which keys it reads, when it reads them again, and that a
 * late answer never replaces a newer one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlierKey, encodeTabLog, tabKey, type TabLog } from '../shared/log';
import { afterPaintedRead } from '../../test/frames';
import { watchTabLogs } from './data';

const fake = vi.hoisted(async () => import('../../test/fake-browser'));
vi.mock('../platform', async () => ({ browser: (await fake).fakeBrowser }));
const { fakeBrowser, resetFakeBrowser } = await fake;
const session = fakeBrowser.storage.session;

const page = (tabId: number, url: string) => ({
  id: url,
  tabId,
  url,
  started: 1,
  navRequestId: 'n',
  entries: [],
  dropped: 0,
});
const log = (tabId: number, url = `https://tab${tabId}.example/`): TabLog => ({
  tabId,
  incognito: false,
  pages: [page(tabId, url)],
});
const save = (l: TabLog): Promise<void> => session.set(encodeTabLog(l));
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
const urls = (logs: TabLog[] | undefined): string[] => (logs ?? []).flatMap((l) => l.pages.map((p) => p.url));

/** Watches `target` and records every list of logs it was shown. */
function watch(target: number | 'all'): { shown: TabLog[][]; stop: () => void } {
  const shown: TabLog[][] = [];
  const stop = watchTabLogs(target, (logs) => shown.push(logs));
  return { shown, stop };
}

afterEach(() => {
  vi.restoreAllMocks();
  resetFakeBrowser();
});

describe('watchTabLogs', () => {
  it("reads only the target tab's keys, and every key for the all-tabs page", async () => {
    await save(log(1));
    await save(log(2));
    const get = vi.spyOn(session, 'get');
    const one = watch(2);
    const all = watch('all');
    await settle();
    expect(get.mock.calls).toEqual([[[tabKey(2)]], [null]]);
    await afterPaintedRead();
    expect(get.mock.calls).toEqual([[[tabKey(2)]], [null], [[tabKey(2), earlierKey(2)]]]);
    expect(one.shown.at(-1)).toEqual([log(2)]);
    expect(
      all.shown
        .at(-1)
        ?.map((l) => l.tabId)
        .sort(),
    ).toEqual([1, 2]);
  });

  it('shows the newest page first, and the page loads before it once that has been painted', async () => {
    await save({
      tabId: 1,
      incognito: false,
      pages: [page(1, 'https://a.example/1'), page(1, 'https://a.example/2'), page(1, 'https://a.example/3')],
    });
    const w = watch(1);
    await settle();
    expect(w.shown.map(urls)).toEqual([['https://a.example/3']]);
    await afterPaintedRead();
    expect(w.shown.map(urls)).toEqual([
      ['https://a.example/3'],
      ['https://a.example/1', 'https://a.example/2', 'https://a.example/3'],
    ]);
  });

  it("shows the tab's log again when the worker rewrites it, and ignores other tabs' writes", async () => {
    await save(log(1));
    const w = watch(1);
    await afterPaintedRead();
    const initial = w.shown.length;
    await save(log(2));
    await settle();
    expect(w.shown).toHaveLength(initial);
    await save(log(1, 'https://tab1.example/next'));
    await settle();
    expect(urls(w.shown.at(-1))).toEqual(['https://tab1.example/next']);
  });

  it('catches a write that lands while the first read is under way', async () => {
    await save(log(1));
    const w = watch(1);
    await save(log(1, 'https://tab1.example/written-meanwhile'));
    await settle();
    expect(urls(w.shown.at(-1))).toEqual(['https://tab1.example/written-meanwhile']);
  });

  it("shows nothing once the tab's log is removed", async () => {
    await save(log(1));
    const w = watch(1);
    await settle();
    await session.remove([tabKey(1), earlierKey(1)]);
    await settle();
    expect(w.shown.at(-1)).toEqual([]);
  });

  it('drops a read that answers after a later-started one was shown', async () => {
    await save(log(1, 'https://tab1.example/old'));
    const real = session.get;
    let releaseFirst = (): void => {};
    vi.spyOn(session, 'get').mockImplementationOnce(async (keys) => {
      const answer = await real(keys);
      await new Promise<void>((r) => (releaseFirst = r));
      return answer;
    });
    const w = watch(1);
    await save(log(1, 'https://tab1.example/new'));
    await settle();
    releaseFirst();
    await settle();
    expect(w.shown.length).toBeGreaterThan(0);
    expect(w.shown.flatMap(urls).every((u) => u === 'https://tab1.example/new')).toBe(true);
  });

  it('stops reading and showing once stopped', async () => {
    await save(log(1));
    const w = watch(1);
    await afterPaintedRead();
    const initial = w.shown.length;
    w.stop();
    await save(log(1, 'https://tab1.example/after'));
    await settle();
    expect(w.shown).toHaveLength(initial);
  });
});
