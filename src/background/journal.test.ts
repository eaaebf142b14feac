import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { caps } from '../shared/caps';
import { digestOf } from './digest';
import { Journal, NO_TAB, NO_TAB_PRIVATE, type JournalEvent } from './journal';

const journal = () =>
  new Journal({ skip: (o) => o.error === 'net::ERR_ABORTED', pagesPerTab: caps.pagesPerTab, digest: digestOf });
let n = 0;
const ev = (
  over: Partial<JournalEvent> & { status?: number; error?: string; url?: string; type?: string },
): JournalEvent => {
  const { status, error, url, type, ...rest } = over;
  const t = type ?? 'image';
  return {
    phase: error ? 'error' : 'completed',
    requestId: String(++n),
    tabId: 1,
    frameId: 0,
    time: n,
    obs: observe({
      url: url ?? `https://a.test/${n}`,
      type: t,
      mainFrame: t === 'main_frame',
      ...(error ? { error } : { statusCode: status ?? 404 }),
    }),
    ...rest,
  };
};

describe('journal', () => {
  it('keeps non-2xx responses and network failures, never 2xx', () => {
    const j = journal();
    j.record(ev({ status: 200 }));
    j.record(ev({ status: 204 }));
    j.record(ev({ status: 404 }));
    j.record(ev({ status: 503 }));
    j.record(ev({ error: 'net::ERR_CONNECTION_REFUSED' }));
    j.record(ev({ status: 999 }));
    expect(j.currentPage(1)?.entries.map((e) => e.kind)).toEqual(['client', 'server', 'network', 'odd']);
  });

  it('skips noise failures such as cancelled requests', () => {
    const j = journal();
    j.record(ev({ error: 'net::ERR_ABORTED' }));
    expect(j.entryCount()).toBe(0);
  });

  it('starts a new page on a top-level navigation and keeps earlier pages up to the cap', () => {
    const j = journal();
    for (let i = 0; i < caps.pagesPerTab + 3; i++) {
      j.record(ev({ status: 200, type: 'main_frame', url: `https://a.test/page${i}` }));
      j.record(ev({ status: 404 }));
    }
    const pages = j.tab(1)!.pages;
    expect(pages).toHaveLength(caps.pagesPerTab);
    expect(pages.at(-1)!.url).toBe(`https://a.test/page${caps.pagesPerTab + 2}`);
    expect(j.entryCount()).toBe(caps.pagesPerTab);
  });

  it('keeps a main-frame error on the page it starts', () => {
    const j = journal();
    j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/' }));
    j.record(ev({ status: 522, type: 'main_frame', url: 'https://b.test/' }));
    const page = j.currentPage(1)!;
    expect(page.url).toBe('https://b.test/');
    expect(page.entries.map((e) => e.obs.statusCode)).toEqual([522]);
  });

  it('links redirect hops of one request and records how the chain ended', () => {
    const j = journal();
    const base = { requestId: 'r1', type: 'main_frame' } as const;
    j.record({
      ...ev({ ...base, status: 301, url: 'https://a.test/' }),
      phase: 'redirect',
      redirectTo: 'https://b.test/',
    });
    j.record({
      ...ev({ ...base, status: 302, url: 'https://b.test/' }),
      phase: 'redirect',
      redirectTo: 'https://b.test/home',
    });
    expect(j.hasChain('r1')).toBe(true);
    j.record(ev({ ...base, status: 200, url: 'https://b.test/home' }));
    const page = j.currentPage(1)!;
    expect(j.tab(1)!.pages).toHaveLength(1);
    expect(page.entries.map((e) => [e.hop, e.obs.statusCode])).toEqual([
      [0, 301],
      [1, 302],
    ]);
    expect(page.entries.every((e) => e.end?.statusCode === 200 && e.end.url === 'https://b.test/home')).toBe(true);
    expect(j.hasChain('r1')).toBe(false);
  });

  it('explains an entry when it is first read, once, and never a repeat or an entry evicted unread', () => {
    let explained = 0;
    const j = new Journal({
      skip: () => false,
      pagesPerTab: 5,
      digest: (obs) => {
        explained++;
        return digestOf(obs);
      },
    });
    for (let i = 0; i < caps.entriesPerPage + 10; i++) j.record(ev({ status: 503, url: `https://a.test/${i}` }));
    for (let i = 0; i < 5; i++) j.record(ev({ status: 503, url: 'https://a.test/0-again' }));
    expect(explained).toBe(0);
    const written = JSON.parse(JSON.stringify(j.currentPage(1))) as { entries: { digest: { meaningId: string } }[] };
    expect(explained).toBe(caps.entriesPerPage);
    expect(written.entries.every((e) => e.digest.meaningId === 'std.503')).toBe(true);
    JSON.stringify(j.allTabs());
    expect(j.currentPage(1)!.entries[0]!.digest.meaningId).toBe('std.503');
    expect(explained).toBe(caps.entriesPerPage);
  });

  it('counts identical responses instead of listing them again', () => {
    const j = journal();
    for (let i = 0; i < 5; i++) j.record(ev({ status: 404, url: 'https://a.test/same.png' }));
    const entries = j.currentPage(1)!.entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]!.count).toBe(5);
    expect(entries[0]!.last).toBeGreaterThan(entries[0]!.first);
  });

  it('holds the per-page cap and counts what it dropped', () => {
    const j = journal();
    for (let i = 0; i < caps.entriesPerPage + 20; i++) j.record(ev({ status: 500 }));
    const page = j.currentPage(1)!;
    expect(page.entries).toHaveLength(caps.entriesPerPage);
    expect(page.dropped).toBe(20);
  });

  it('holds the total cap across tabs, dropping earlier pages before current ones', () => {
    const j = journal();
    j.record(ev({ tabId: 1, status: 200, type: 'main_frame', url: 'https://a.test/earlier' }));
    for (let i = 0; i < 10; i++) j.record(ev({ tabId: 1, status: 404 }));
    j.record(ev({ tabId: 1, status: 200, type: 'main_frame', url: 'https://a.test/now' }));
    const tabs = Math.ceil(caps.entriesTotal / caps.entriesPerPage) + 2;
    for (let tab = 1; tab <= tabs; tab++)
      for (let i = 0; i < caps.entriesPerPage; i++) j.record(ev({ tabId: tab, status: 404 }));
    const stored = j.allTabs().reduce((s, l) => s + l.pages.reduce((p, pg) => p + pg.entries.length, 0), 0);
    expect(j.entryCount()).toBe(stored);
    expect(stored).toBeLessThanOrEqual(caps.entriesTotal);
    expect(stored).toBeGreaterThanOrEqual(Math.floor(caps.entriesTotal * 0.9));
    // The earlier page load went first; the newest tab's page is intact.
    expect(j.tab(1)!.pages[0]!.entries).toHaveLength(0);
    expect(j.tab(1)!.pages[0]!.dropped).toBe(10);
    expect(j.currentPage(tabs)!.entries).toHaveLength(caps.entriesPerPage);
  });

  it('keeps requests with no tab in their own bounded group', () => {
    const j = journal();
    for (let i = 0; i < caps.entriesNoTab + 5; i++) j.record(ev({ tabId: -1, status: 503 }));
    expect(j.currentPage(NO_TAB)!.entries).toHaveLength(caps.entriesNoTab);
    expect(j.currentPage(NO_TAB)!.url).toBe('');
  });

  it('forgets a closed tab and reports it as changed', () => {
    const j = journal();
    j.record(ev({ status: 404 }));
    j.takeDirty();
    j.closeTab(1);
    expect(j.tab(1)).toBeUndefined();
    expect(j.entryCount()).toBe(0);
    expect(j.takeDirty()).toEqual([{ tabId: 1, earlier: true }]);
  });

  it('drops private-window tabs when asked', () => {
    const j = journal();
    j.record(ev({ tabId: 2, status: 404, incognito: true }));
    j.record(ev({ tabId: 3, status: 404 }));
    j.dropIncognito();
    expect(j.tab(2)).toBeUndefined();
    expect(j.tab(3)).toBeDefined();
  });

  it('restores saved logs so counting, caps and chains continue after a worker restart', () => {
    const a = journal();
    a.record({
      ...ev({ requestId: 'r9', status: 302, type: 'main_frame', url: 'https://a.test/' }),
      phase: 'redirect',
      redirectTo: 'https://a.test/x',
    });
    a.record(ev({ status: 404, url: 'https://a.test/i.png' }));
    const saved = structuredClone(a.allTabs());
    const b = journal();
    b.restore(saved);
    expect(b.entryCount()).toBe(2);
    b.record(ev({ status: 404, url: 'https://a.test/i.png' }));
    expect(b.currentPage(1)!.entries.find((e) => e.obs.url.endsWith('i.png'))!.count).toBe(2);
    b.record(ev({ requestId: 'r9', status: 200, type: 'main_frame', url: 'https://a.test/x' }));
    expect(b.currentPage(1)!.entries[0]!.end?.statusCode).toBe(200);
    expect(b.tab(1)!.pages).toHaveLength(1);
  });

  it('sheds the largest log first, its earlier page loads before its current entries, and never a small one', () => {
    const j = journal();
    j.record(ev({ tabId: 1, status: 200, type: 'main_frame', url: 'https://a.test/before' }));
    for (let i = 0; i < 10; i++) j.record(ev({ tabId: 1, status: 404 }));
    j.record(ev({ tabId: 1, status: 200, type: 'main_frame', url: 'https://a.test/now' }));
    for (let i = 0; i < 30; i++) j.record(ev({ tabId: 1, status: 404 }));
    for (let i = 0; i < 20; i++) j.record(ev({ tabId: 2, status: 404 }));
    for (let i = 0; i < 2; i++) j.record(ev({ tabId: 3, status: 404 }));
    const urls = (tabId: number) => j.tab(tabId)!.pages.flatMap((p) => p.entries.map((e) => e.obs.url));
    const [newest1, newest2, small] = [urls(1).at(-1), urls(2).at(-1), urls(3)];
    j.takeDirty();
    j.shed(
      (json) => json.length,
      (total) => total * 0.6,
    );
    expect(j.tab(1)!.pages.map((p) => p.url)).toEqual(['https://a.test/now']);
    expect(urls(3)).toEqual(small);
    expect(urls(1).at(-1)).toBe(newest1);
    expect(urls(2).at(-1)).toBe(newest2);
    // Tab 1 gave until it was no larger than tab 2; from there the two gave alike.
    expect(urls(2).length).toBeLessThan(20);
    expect(Math.abs(urls(1).length - urls(2).length)).toBeLessThanOrEqual(1);
    expect(j.tab(1)!.pages[0]!.dropped).toBe(30 - urls(1).length);
    expect(j.entryCount()).toBe(urls(1).length + urls(2).length + urls(3).length);
    expect(j.takeDirty()).toEqual([
      { tabId: 1, earlier: true },
      { tabId: 2, earlier: false },
    ]);
  });

  it('gives every page and entry an id of its own after a restart', () => {
    const a = journal();
    // Each page load gets a failure of its own, so none is dropped as a page with nothing to list.
    const load = (j: Journal, tabId: number, n: number) => {
      j.navigate(tabId, `https://a.test/${n}`, n, `nav${n}`);
      j.record(ev({ tabId }));
    };
    a.record(ev({ status: 404 }));
    load(a, 1, 2);
    load(a, 1, 3);
    load(a, 2, 4);
    const b = journal();
    b.restore(structuredClone(a.allTabs()));
    load(b, 1, 5);
    load(b, 2, 6);
    b.record(ev({ tabId: 3, status: 500 }));
    const pages = b.allTabs().flatMap((l) => l.pages);
    const ids = [...pages.map((p) => p.id), ...pages.flatMap((p) => p.entries.map((e) => e.id))];
    expect(pages).toHaveLength(7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('restoring after recording began brings back no tab closed, cleared or dropped as private meanwhile', () => {
    const a = journal();
    for (const [tabId, incognito] of [
      [1, false],
      [2, true],
      [3, false],
    ] as const)
      a.record(ev({ tabId, status: 404, incognito }));
    const saved = structuredClone(a.allTabs());
    const b = journal();
    b.closeTab(1);
    b.dropIncognito();
    b.restore(saved);
    expect(b.allTabs().map((l) => l.tabId)).toEqual([3]);
    expect(b.entryCount()).toBe(1);
    // Their saved logs go with the next write.
    expect(
      b
        .takeDirty()
        .map((d) => d.tabId)
        .sort(),
    ).toEqual([1, 2]);
    const c = journal();
    c.clear();
    c.record(ev({ tabId: 3, status: 500, url: 'https://a.test/after' }));
    c.restore(saved);
    expect(c.allTabs().flatMap((l) => l.pages.flatMap((p) => p.entries.map((e) => e.obs.url)))).toEqual([
      'https://a.test/after',
    ]);
  });

  it('joins saved pages and those recorded before the read, within the caps', () => {
    const a = journal();
    for (let i = 0; i < caps.pagesPerTab; i++) {
      a.record(ev({ status: 200, type: 'main_frame', url: `https://a.test/saved${i}` }));
      a.record(ev({ status: 404 }));
    }
    const saved = structuredClone(a.allTabs());
    const b = journal();
    b.record(ev({ status: 503, url: 'https://a.test/late' }));
    b.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/new' }));
    b.record(ev({ status: 500 }));
    b.restore(saved);
    const pages = b.tab(1)!.pages;
    expect(pages.map((p) => p.url)).toEqual([
      ...[1, 2, 3, 4].map((i) => `https://a.test/saved${i}`),
      'https://a.test/new',
    ]);
    // An event with no page load of its own belongs to the page the tab was showing.
    expect(pages[3]!.entries.map((e) => e.obs.statusCode)).toEqual([404, 503]);
    expect(b.entryCount()).toBe(6);
  });
  it('keeps no address of a page load that had nothing to list once the tab has moved on', () => {
    const j = journal();
    j.navigate(1, 'https://bank.test/account?id=1', 1, 'nav1');
    j.navigate(1, 'https://a.test/broken', 2, 'nav2');
    j.record(ev({ status: 404 }));
    j.navigate(1, 'https://a.test/next', 3, 'nav3');
    expect(j.tab(1)?.pages.map((p) => p.url)).toEqual(['https://a.test/broken', 'https://a.test/next']);
  });

  describe('requests with no tab', () => {
    it('keeps those from private windows in a private group of their own, dropped with the private windows', () => {
      const j = journal();
      j.record(ev({ tabId: -1, incognito: true, url: 'https://private.test/sw-fetch' }));
      j.record(ev({ tabId: -1, incognito: false, url: 'https://normal.test/sw-fetch' }));
      expect(j.tab(NO_TAB)!.incognito).toBe(false);
      expect(j.currentPage(NO_TAB)!.entries.map((e) => e.obs.url)).toEqual(['https://normal.test/sw-fetch']);
      expect(j.tab(NO_TAB_PRIVATE)!.incognito).toBe(true);
      expect(j.currentPage(NO_TAB_PRIVATE)!.entries.map((e) => e.obs.url)).toEqual(['https://private.test/sw-fetch']);
      j.dropIncognito();
      expect(j.tab(NO_TAB_PRIVATE)).toBeUndefined();
      expect(j.currentPage(NO_TAB)!.entries).toHaveLength(1);
    });
  });

  it('says when an entry awaits its explanation, which a replaced tab does not work out early', () => {
    const explained: string[] = [];
    const j = new Journal({
      skip: () => false,
      pagesPerTab: caps.pagesPerTab,
      digest: (obs) => {
        explained.push(obs.url);
        return digestOf(obs);
      },
    });
    j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/' }));
    expect(j.hasUndigested()).toBe(false);
    j.record(ev({ status: 404, url: 'https://a.test/gone' }));
    expect(j.hasUndigested()).toBe(true);
    j.replaceTab(1, 2, false);
    expect(explained).toEqual([]);
    expect(j.currentPage(2)!.entries[0]!.digest.meaningId).toBe('std.404');
    expect(explained).toEqual(['https://a.test/gone']);
    expect(j.hasUndigested()).toBe(false);
  });

  describe('a replaced tab', () => {
    it("moves the old tab's log to the new tab id, before what the new tab logged already", () => {
      const j = journal();
      j.record(ev({ tabId: 1, status: 200, type: 'main_frame', url: 'https://a.test/' }));
      j.record(
        ev({ tabId: 1, requestId: 'hop', status: 302, url: 'https://a.test/old', redirectTo: 'https://a.test/new' }),
      );
      j.record(ev({ tabId: 2, status: 200, type: 'main_frame', url: 'https://b.test/' }));
      j.record(ev({ tabId: 2, status: 500, url: 'https://b.test/api' }));
      j.takeDirty();
      j.replaceTab(1, 2, false);
      expect(j.tab(1)).toBeUndefined();
      const pages = j.tab(2)!.pages;
      expect(pages.map((p) => p.url)).toEqual(['https://a.test/', 'https://b.test/']);
      expect(pages.flatMap((p) => p.entries.map((e) => e.tabId))).toEqual([2, 2]);
      expect(pages.every((p) => p.tabId === 2)).toBe(true);
      expect(j.entryCount()).toBe(2);
      expect(j.takeDirty()).toEqual(
        expect.arrayContaining([
          { tabId: 1, earlier: true },
          { tabId: 2, earlier: true },
        ]),
      );
      // The moved redirect hop still learns how its request ended.
      j.record(ev({ tabId: 2, requestId: 'hop', status: 200, url: 'https://a.test/new' }));
      expect(pages[0]!.entries[0]!.end).toEqual({ url: 'https://a.test/new', statusCode: 200 });
    });

    it('drops the old log when one of the two tabs is private and the other not', () => {
      for (const [oldPrivate, newPrivate] of [
        [true, false],
        [false, true],
      ] as const) {
        const j = journal();
        j.record(ev({ tabId: 1, incognito: oldPrivate, url: 'https://a.test/missing' }));
        j.replaceTab(1, 2, newPrivate);
        expect(j.tab(1)).toBeUndefined();
        expect(j.tab(2)).toBeUndefined();
        expect(j.entryCount()).toBe(0);
      }
    });
  });

  describe('top-level responses that leave the page in place', () => {
    const topLevel = (status: number, headers: { name: string; value: string }[], url: string): JournalEvent => ({
      ...ev({ type: 'main_frame' }),
      obs: observe({ url, type: 'main_frame', mainFrame: true, statusCode: status, headers }),
    });

    it('keeps the current page for a download, and a non-2xx download on it', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/list' }));
      j.record(
        topLevel(
          200,
          [{ name: 'Content-Disposition', value: 'attachment; filename="report.pdf"' }],
          'https://a.test/report.pdf',
        ),
      );
      j.record(
        topLevel(
          500,
          [{ name: 'content-disposition', value: "ATTACHMENT;filename*=UTF-8''r%C3%A9sum%C3%A9.csv" }],
          'https://a.test/export.csv',
        ),
      );
      expect(j.tab(1)!.pages.map((p) => p.url)).toEqual(['https://a.test/list']);
      expect(j.currentPage(1)!.entries.map((e) => e.obs.url)).toEqual(['https://a.test/export.csv']);
    });

    it('keeps the current page for a 204 or 205 answer', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/form' }));
      j.record(topLevel(204, [{ name: 'Server', value: 'nginx' }], 'https://a.test/vote'));
      j.record(topLevel(205, [], 'https://a.test/reset'));
      expect(j.tab(1)!.pages.map((p) => p.url)).toEqual(['https://a.test/form']);
    });

    /** A top-level redirect hop of request `requestId`, from `url` to `to`. */
    const hop = (requestId: string, url: string, to: string): JournalEvent => ({
      ...ev({ requestId, status: 302, type: 'main_frame', url }),
      phase: 'redirect',
      redirectTo: to,
    });
    const attachment = [{ name: 'Content-Disposition', value: 'attachment; filename="report.pdf"' }];
    const pagesOf = (j: Journal): [string, string[]][] =>
      j.tab(1)!.pages.map((p) => [p.url, p.entries.map((e) => e.obs.url)]);

    it.each([
      [
        'a download',
        (id: string): JournalEvent => ({ ...topLevel(200, attachment, 'https://a.test/r.pdf'), requestId: id }),
      ],
      ['a 204 answer', (id: string): JournalEvent => ({ ...topLevel(204, [], 'https://a.test/r.pdf'), requestId: id })],
      [
        'a cancel',
        (id: string): JournalEvent =>
          ev({ requestId: id, error: 'net::ERR_ABORTED', type: 'main_frame', url: 'https://a.test/r.pdf' }),
      ],
    ])('keeps the page the tab shows when a redirect chain ends in %s, with the hop on it', (_, end) => {
      for (const before of [['https://a.test/x.png'], []]) {
        const j = journal();
        j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/list' }));
        for (const url of before) j.record(ev({ url }));
        j.record(hop('dl', 'https://a.test/get', 'https://a.test/r.pdf'));
        j.record(end('dl'));
        expect(pagesOf(j)).toEqual([['https://a.test/list', [...before, 'https://a.test/get']]]);
        expect(j.currentPage(1)!.entries.at(-1)!.redirectTo).toBe('https://a.test/r.pdf');
      }
    });

    it('still starts a page for a redirect chain that ends in a document, leaving an empty page behind', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/list' }));
      j.record(hop('nav', 'https://a.test/go', 'https://a.test/there'));
      j.record(ev({ requestId: 'nav', status: 200, type: 'main_frame', url: 'https://a.test/there' }));
      expect(pagesOf(j)).toEqual([['https://a.test/go', ['https://a.test/go']]]);
    });

    it('keeps the hops of a redirect chain the person left for another page on the page they left', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/list' }));
      j.record(hop('slow', 'https://a.test/go', 'https://a.test/there'));
      j.record(ev({ requestId: 'other', status: 200, type: 'main_frame', url: 'https://a.test/other' }));
      j.record(ev({ requestId: 'slow', error: 'net::ERR_ABORTED', type: 'main_frame', url: 'https://a.test/there' }));
      expect(pagesOf(j)).toEqual([
        ['https://a.test/list', ['https://a.test/go']],
        ['https://a.test/other', []],
      ]);
    });

    it('still starts a page for an inline document', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/list' }));
      j.record(
        topLevel(
          200,
          [{ name: 'Content-Disposition', value: 'inline; filename="attachment.pdf"' }],
          'https://a.test/doc.pdf',
        ),
      );
      expect(j.currentPage(1)!.url).toBe('https://a.test/doc.pdf');
    });
  });

  describe('a navigation that fails', () => {
    it('starts its own page at the failed URL, where the browser shows its error page', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/' }));
      j.record(ev({ status: 404, url: 'https://a.test/logo.png' }));
      j.record(ev({ error: 'net::ERR_NAME_NOT_RESOLVED', type: 'main_frame', url: 'https://nowhere.test/' }));
      expect(j.tab(1)!.pages.map((p) => p.url)).toEqual(['https://a.test/', 'https://nowhere.test/']);
      expect(j.currentPage(1)!.entries.map((e) => e.obs.error)).toEqual(['net::ERR_NAME_NOT_RESOLVED']);
    });

    it('keeps the page for a cancelled navigation, which shows nothing new', () => {
      const j = journal();
      j.record(ev({ status: 200, type: 'main_frame', url: 'https://a.test/' }));
      j.record(ev({ error: 'NS_BINDING_ABORTED', type: 'main_frame', url: 'https://a.test/slow' }));
      expect(j.tab(1)!.pages.map((p) => p.url)).toEqual(['https://a.test/']);
    });

    it('stays on the page its own response started', () => {
      const j = journal();
      j.record(ev({ requestId: 'nav', status: 200, type: 'main_frame', url: 'https://a.test/' }));
      j.record(
        ev({ requestId: 'nav', error: 'net::ERR_CONNECTION_RESET', type: 'main_frame', url: 'https://a.test/' }),
      );
      expect(j.tab(1)!.pages).toHaveLength(1);
      expect(j.currentPage(1)!.entries.map((e) => e.obs.error)).toEqual(['net::ERR_CONNECTION_RESET']);
    });
  });
});

describe('the page a tab shows', () => {
  const j5 = () => new Journal({ skip: () => false, pagesPerTab: caps.pagesPerTab, digest: digestOf });
  /** A page load: its main-frame response, then its document's commit (webNavigation). */
  const load = (j: Journal, url: string, documentId: string, tabId = 1): void => {
    j.record(ev({ tabId, status: 200, type: 'main_frame', url }));
    j.commit({ tabId, url, documentId, time: ++n });
  };
  /** A commit that no request preceded: a page back from the back/forward cache, or a prerendered one shown. */
  const shown = (j: Journal, url: string, documentId: string, tabId = 1): void =>
    j.commit({ tabId, url, documentId, time: ++n });
  const urls = (j: Journal, tabId = 1): string[] => j.tab(tabId)!.pages.map((p) => p.url);
  const listed = (j: Journal, tabId = 1): string[] => j.currentPage(tabId)!.entries.map((e) => e.obs.url);

  describe('back/forward cache', () => {
    it('makes a page restored without a request the current page again, with its entries', () => {
      const j = j5();
      load(j, 'https://a.test/a', 'doc-a');
      j.record(ev({ url: 'https://a.test/a.png' }));
      load(j, 'https://a.test/b', 'doc-b');
      j.record(ev({ url: 'https://a.test/b.png' }));
      shown(j, 'https://a.test/a', 'doc-a');
      expect(urls(j)).toEqual(['https://a.test/b', 'https://a.test/a']);
      expect(listed(j)).toEqual(['https://a.test/a.png']);
      expect(j.tab(1)!.pages[0]!.entries.map((e) => e.obs.url)).toEqual(['https://a.test/b.png']);
      expect(j.entryCount()).toBe(2);
      // Forward again, also from the cache; what the restored page fails next is listed on it.
      shown(j, 'https://a.test/b', 'doc-b');
      expect(listed(j)).toEqual(['https://a.test/b.png']);
      shown(j, 'https://a.test/a', 'doc-a');
      j.record(ev({ url: 'https://a.test/a-later.png' }));
      expect(listed(j)).toEqual(['https://a.test/a.png', 'https://a.test/a-later.png']);
      expect(j.tab(1)!.pages).toHaveLength(2);
    });

    it('restores the page a commit matches by document, whatever its URL became (pushState) and however many share it', () => {
      const j = j5();
      load(j, 'https://a.test/list', 'doc-1');
      j.record(ev({ url: 'https://a.test/1.png' }));
      load(j, 'https://a.test/list', 'doc-2');
      j.record(ev({ url: 'https://a.test/2.png' }));
      load(j, 'https://a.test/other', 'doc-3');
      shown(j, 'https://a.test/list?page=2', 'doc-1');
      expect(listed(j)).toEqual(['https://a.test/1.png']);
      // The page load with nothing to list was dropped on leaving it, as any other.
      expect(urls(j)).toEqual(['https://a.test/list', 'https://a.test/list']);
    });

    it('gives a restored page the caps already dropped a new page for its URL, with nothing in it', () => {
      const j = j5();
      for (let i = 0; i <= caps.pagesPerTab; i++) {
        load(j, `https://a.test/${i}`, `doc-${i}`);
        j.record(ev({ url: `https://a.test/${i}.png` }));
      }
      expect(urls(j)).not.toContain('https://a.test/0');
      const before = j.entryCount();
      shown(j, 'https://a.test/0', 'doc-0');
      expect(j.currentPage(1)).toMatchObject({ url: 'https://a.test/0', entries: [], documentId: 'doc-0' });
      expect(j.tab(1)!.pages).toHaveLength(caps.pagesPerTab);
      // The page just left keeps its entries; only the cap on page loads dropped the oldest.
      expect(
        j
          .tab(1)!
          .pages.at(-2)!
          .entries.map((e) => e.obs.url),
      ).toEqual([`https://a.test/${caps.pagesPerTab}.png`]);
      expect(j.entryCount()).toBe(before - 1);
    });

    it('starts no page for the commit of a document a request loaded, even at another #fragment', () => {
      const j = j5();
      j.record(ev({ status: 404, type: 'main_frame', url: 'https://a.test/gone' }));
      j.commit({ tabId: 1, url: 'https://a.test/gone#top', documentId: 'doc-gone', time: ++n });
      expect(urls(j)).toEqual(['https://a.test/gone']);
      expect(j.currentPage(1)).toMatchObject({ documentId: 'doc-gone' });
      expect(listed(j)).toEqual(['https://a.test/gone']);
    });

    it('gives a page load its document when the commit came before the response (no order is promised)', () => {
      const j = j5();
      load(j, 'https://a.test/a', 'doc-a');
      j.record(ev({ url: 'https://a.test/a.png' }));
      // Firefox, at times: the commit of B, then B's response; and a redirect chain whose commit overtakes its end.
      shown(j, 'https://a.test/b', 'doc-b');
      j.record(ev({ requestId: 'b', status: 200, type: 'main_frame', url: 'https://a.test/b' }));
      j.record(ev({ url: 'https://a.test/b.png' }));
      j.record({
        ...ev({ requestId: 'c', status: 302, type: 'main_frame', url: 'https://a.test/c' }),
        phase: 'redirect',
        redirectTo: 'https://a.test/c2',
      });
      shown(j, 'https://a.test/c2', 'doc-c');
      j.record(ev({ requestId: 'c', status: 200, type: 'main_frame', url: 'https://a.test/c2' }));
      expect(urls(j)).toEqual(['https://a.test/a', 'https://a.test/b', 'https://a.test/c']);
      expect(j.tab(1)!.pages.map((p) => p.documentId)).toEqual(['doc-a', 'doc-b', 'doc-c']);
      shown(j, 'https://a.test/b', 'doc-b');
      expect(listed(j)).toEqual(['https://a.test/b.png']);
    });

    it("keeps a failed navigation's page current when the browser commits its error page there (Firefox)", () => {
      const j = j5();
      load(j, 'https://a.test/', 'doc-a');
      j.record(ev({ url: 'https://a.test/a.png' }));
      j.record(ev({ error: 'NS_ERROR_CONNECTION_REFUSED', type: 'main_frame', url: 'https://down.test/' }));
      j.commit({ tabId: 1, url: 'https://down.test/', documentId: 'doc-error', time: ++n });
      expect(urls(j)).toEqual(['https://a.test/', 'https://down.test/']);
      expect(j.currentPage(1)!.entries.map((e) => e.obs.error)).toEqual(['NS_ERROR_CONNECTION_REFUSED']);
    });

    it('remembers which document each page showed across a worker restart', () => {
      const a = j5();
      load(a, 'https://a.test/a', 'doc-a');
      a.record(ev({ url: 'https://a.test/a.png' }));
      load(a, 'https://a.test/b', 'doc-b');
      const b = j5();
      b.restore(structuredClone(a.allTabs()));
      shown(b, 'https://a.test/a', 'doc-a');
      expect(urls(b)).toEqual(['https://a.test/a']);
      expect(listed(b)).toEqual(['https://a.test/a.png']);
    });
  });

  describe('prerendering', () => {
    /** Chrome: a request of the page prerendered in frame 5 of tab 1 (inner frames have their own ids). */
    const pre = (frameId = 5, parentFrameId = -1, documentId?: string) => ({
      prerendering: { frameId, parentFrameId, ...(documentId ? { documentId } : {}) },
      frameId,
    });
    /** Page P prerenders /next, whose image and whose inner frame's image fail; then P's own image fails. */
    const prerendered = (): Journal => {
      const j = j5();
      load(j, 'https://a.test/p', 'doc-p');
      j.record(ev({ url: 'https://a.test/p.png' }));
      j.record(ev({ ...pre(), status: 200, type: 'main_frame', url: 'https://a.test/next' }));
      j.commit({ tabId: 1, url: 'https://a.test/next', documentId: 'doc-next', time: ++n, prerenderFrame: 5 });
      j.record(ev({ ...pre(5, -1, 'doc-next'), url: 'https://a.test/next.png' }));
      j.record(ev({ ...pre(9, 5), status: 200, type: 'sub_frame', url: 'https://a.test/inner' }));
      j.record(ev({ ...pre(9, 5, 'doc-inner'), url: 'https://a.test/inner.png' }));
      j.record(ev({ url: 'https://a.test/p-later.png' }));
      return j;
    };

    it("keeps a prerendering page's requests off the page the tab shows, held aside", () => {
      const j = prerendered();
      expect(urls(j)).toEqual(['https://a.test/p']);
      expect(listed(j)).toEqual(['https://a.test/p.png', 'https://a.test/p-later.png']);
      expect(j.tab(1)!.held!.map((p) => p.url)).toEqual(['https://a.test/next']);
      expect(j.tab(1)!.held![0]!.entries.map((e) => e.obs.url)).toEqual([
        'https://a.test/next.png',
        'https://a.test/inner.png',
      ]);
      expect(j.entryCount()).toBe(4);
    });

    it('makes the held page the current one when the prerendered document is shown', () => {
      const j = prerendered();
      shown(j, 'https://a.test/next', 'doc-next');
      expect(urls(j)).toEqual(['https://a.test/p', 'https://a.test/next']);
      expect(listed(j)).toEqual(['https://a.test/next.png', 'https://a.test/inner.png']);
      expect(j.tab(1)!.held).toBeUndefined();
      expect(j.currentPage(1)!.prerenderFrame).toBeUndefined();
      // Once shown, its requests are the current page's like any other (frame 0 now).
      j.record(ev({ url: 'https://a.test/next-later.png' }));
      expect(listed(j)).toContain('https://a.test/next-later.png');
      expect(j.entryCount()).toBe(5);
    });

    it('learns the prerendered document from its requests when its commit came before the page was held', () => {
      const j = j5();
      load(j, 'https://a.test/p', 'doc-p');
      j.record(ev({ ...pre(), status: 200, type: 'main_frame', url: 'https://a.test/next' }));
      j.record(ev({ ...pre(5, -1, 'doc-next'), url: 'https://a.test/next.png' }));
      shown(j, 'https://a.test/next', 'doc-next');
      expect(listed(j)).toEqual(['https://a.test/next.png']);
    });

    it('drops a prerendered page the person never opened when the tab shows another, and its entries', () => {
      const j = prerendered();
      load(j, 'https://a.test/elsewhere', 'doc-e');
      expect(j.tab(1)!.held).toBeUndefined();
      expect(j.tab(1)!.pages.flatMap((p) => p.entries.map((e) => e.obs.url))).toEqual([
        'https://a.test/p.png',
        'https://a.test/p-later.png',
      ]);
      expect(j.entryCount()).toBe(2);
      // Its late requests are kept nowhere.
      j.record(ev({ ...pre(5, -1, 'doc-next'), url: 'https://a.test/next-late.png' }));
      expect(j.entryCount()).toBe(2);
    });

    it('holds at most as many prerendering pages as page loads, and counts their entries in the total cap', () => {
      const j = j5();
      load(j, 'https://a.test/p', 'doc-p');
      for (let f = 10; f < 10 + caps.pagesPerTab + 2; f++) {
        j.record(ev({ ...pre(f), status: 200, type: 'main_frame', url: `https://a.test/n${f}` }));
        j.record(ev({ ...pre(f), url: `https://a.test/n${f}.png` }));
      }
      expect(j.tab(1)!.held).toHaveLength(caps.pagesPerTab);
      expect(j.tab(1)!.held![0]!.url).toBe('https://a.test/n12');
      expect(j.entryCount()).toBe(caps.pagesPerTab);
      j.closeTab(1);
      expect(j.entryCount()).toBe(0);
    });

    it('keeps held pages across a worker restart, so a page shown later is still recognised', () => {
      const a = prerendered();
      const b = j5();
      b.restore(structuredClone(a.allTabs()));
      expect(b.entryCount()).toBe(4);
      b.record(ev({ ...pre(5, -1, 'doc-next'), url: 'https://a.test/next-2.png' }));
      shown(b, 'https://a.test/next', 'doc-next');
      expect(b.currentPage(1)!.entries.map((e) => e.obs.url)).toEqual([
        'https://a.test/next.png',
        'https://a.test/inner.png',
        'https://a.test/next-2.png',
      ]);
    });

    it('sheds held pages first when storage is full', () => {
      const j = prerendered();
      j.shed(
        (json) => json.length,
        () => 0,
      );
      expect(j.tab(1)!.held).toBeUndefined();
    });
  });
});

describe('a read error page', () => {
  const cfHeaders = [
    { name: 'server', value: 'cloudflare' },
    { name: 'cf-ray', value: '8e2f4a6b1c3d5e7f-AMS' },
  ];
  const errorDocument = (): JournalEvent => {
    const e = ev({ status: 403, type: 'main_frame', url: 'https://shop.test/' });
    return { ...e, obs: { ...e.obs, headers: cfHeaders } };
  };
  const finds = [{ id: 'cloudflare.page-error', value: '1020' }];

  it('joins the entry of the response that brought it, which is explained again', () => {
    const j = journal();
    const e = errorDocument();
    j.record(e);
    const entry = j.currentPage(1)!.entries[0]!;
    expect(entry.digest.whoConfidence).toBe('low');
    j.takeDirty();
    expect(j.pageRead(1, e.requestId, finds)).toBe(true);
    expect(entry.obs.page).toEqual(finds);
    expect(j.hasUndigested()).toBe(true);
    expect(entry.digest).toMatchObject({
      who: 'Cloudflare',
      whoConfidence: 'high',
      named: expect.stringContaining('1020'),
    });
    expect(j.hasUndigested()).toBe(false);
    expect(j.takeDirty().map((d) => d.tabId)).toEqual([1]);
  });

  it('counts an entry not explained yet once', () => {
    const j = journal();
    const e = errorDocument();
    j.record(e);
    j.pageRead(1, e.requestId, finds);
    expect(j.currentPage(1)!.entries[0]!.digest.whoConfidence).toBe('high');
    expect(j.hasUndigested()).toBe(false);
  });

  it('changes nothing for a request the tab no longer holds', () => {
    const j = journal();
    j.record(errorDocument());
    j.takeDirty();
    expect(j.pageRead(1, 'gone', finds)).toBe(false);
    expect(j.pageRead(9, 'gone', finds)).toBe(false);
    expect(j.takeDirty()).toEqual([]);
  });
});
