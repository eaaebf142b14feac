import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { SESSION_QUOTA_BYTES, storedBytes } from '../platform/storage';
import { caps } from '../shared/caps';
import { earlierKey, encodeTabLog, loadTabLogs, tabKey, type TabLog } from '../shared/log';
import { observationOf, type RequestDetails } from './capture';
import { digestOf } from './digest';
import { Journal } from './journal';
import { Persistence, type SessionArea } from './persistence';

class Area implements SessionArea {
  data: Record<string, unknown> = {};
  sets = 0;
  removes = 0;
  /** The keys of each write, in order. */
  written: string[][] = [];
  failNext: Error | undefined;
  async get(keys: string[] | null) {
    const wanted = keys ?? Object.keys(this.data);
    return structuredClone(Object.fromEntries(Object.entries(this.data).filter(([k]) => wanted.includes(k))));
  }
  async set(items: Record<string, unknown>) {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    this.sets += 1;
    this.written.push(Object.keys(items));
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    this.removes += 1;
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

/** storage.session as Chrome counts it: a write that would take it past its quota fails and stores nothing. */
class QuotaArea extends Area {
  constructor(readonly QUOTA_BYTES: number) {
    super();
  }
  used(data: Record<string, unknown> = this.data): number {
    let bytes = 0;
    for (const [key, value] of Object.entries(data))
      bytes += storedBytes.chrome(key) + storedBytes.chrome(String(value));
    return bytes;
  }
  override async set(items: Record<string, unknown>) {
    if (this.used({ ...this.data, ...items }) > this.QUOTA_BYTES)
      throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    // Strings need no copy; the values here can be hundreds of megabytes.
    this.sets += 1;
    this.written.push(Object.keys(items));
    Object.assign(this.data, items);
  }
}

/** Lets a write started by a timer run to its end. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A clock the test moves by hand; timers run when the time they were due for is reached. */
const manualTimer = () => {
  let time = 0;
  let due: { at: number; fn: () => void }[] = [];
  const timer = {
    setTimeout: (fn: () => void, ms: number) => due.push({ at: time + ms, fn }),
    now: () => time,
    /** Moves the clock to `to`, running every timer that falls due on the way, in order. */
    runUntil: (to: number) => {
      for (;;) {
        const next = due.filter((d) => d.at <= to).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        due = due.filter((d) => d !== next);
        time = next.at;
        next.fn();
      }
      time = to;
    },
    /** Runs whatever is pending, however far ahead. */
    fire: () => timer.runUntil(Math.max(time, ...due.map((d) => d.at))),
    pending: () => due.length,
  };
  return timer;
};

const journal = () => new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
const rec = (j: Journal, tabId: number, id: string, status = 404) =>
  j.record({
    phase: 'completed',
    requestId: id,
    tabId,
    frameId: 0,
    time: Number(id),
    obs: observe({ statusCode: status, url: `https://a.test/${id}`, type: 'image', mainFrame: false }),
  });

/** What the logs weigh in storage.session as Chrome counts it, encoded as the worker stores them. */
const weight = (logs: readonly TabLog[]): number =>
  logs
    .flatMap((log) => Object.entries(encodeTabLog(log)))
    .reduce((sum, [key, value]) => sum + storedBytes.chrome(key) + storedBytes.chrome(value), 0);

const urlsOf = (log: TabLog | undefined): string[] =>
  log?.pages.flatMap((pg) => pg.entries.map((e) => e.obs.url)) ?? [];

/** Makes the area's next `n` reads fail, as a worker start may see them do. */
function failReads(area: Area, n: number): void {
  const get = area.get.bind(area);
  let left = n;
  area.get = async (keys) => {
    if (left-- > 0) throw new Error('storage not ready');
    return get(keys);
  };
}

describe('persistence', () => {
  it('batches many changes into one write per flush', async () => {
    const area = new Area();
    const j = journal();
    const timer = manualTimer();
    const p = new Persistence(area, j, timer);
    for (let i = 1; i <= 50; i++) {
      rec(j, (i % 3) + 1, String(i));
      p.schedule();
    }
    expect(timer.pending()).toBe(1);
    timer.fire();
    await p.flush();
    expect(area.sets).toBe(1);
    expect(Object.keys(area.data).sort()).toEqual([1, 2, 3].map(tabKey));
  });

  it('waits for what must be read before a write (the rules) and writes what was recorded meanwhile too', async () => {
    const area = new Area();
    const j = journal();
    const timer = manualTimer();
    const p = new Persistence(area, j, timer);
    let release = (): void => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    p.beforeWrite = () => gate;
    rec(j, 1, '1');
    p.schedule();
    timer.fire();
    const written = p.flush();
    await settle();
    expect(area.sets).toBe(0);
    rec(j, 2, '2');
    release();
    await written;
    expect(area.sets).toBe(1);
    expect(Object.keys(area.data).sort()).toEqual([1, 2].map(tabKey));
  });

  it('writes a burst of changes once, when it pauses', async () => {
    const timer = manualTimer();
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, timer);
    // A page load: a failure every 50 ms for 1.2 s, then quiet.
    for (let t = 0; t <= 1_200; t += 50) {
      timer.runUntil(t);
      rec(j, 1, String(t + 1));
      p.schedule();
    }
    timer.runUntil(1_450);
    await settle();
    expect(area.sets).toBe(0);
    timer.runUntil(1_500);
    await settle();
    expect(area.sets).toBe(1);
    expect(JSON.parse(area.data[tabKey(1)] as string).pages[0].entries).toHaveLength(25);
  });

  it('writes at least every 2 s while changes never pause, and less often when writes are slow', async () => {
    const timer = manualTimer();
    const area = new Area();
    const writesAt: number[] = [];
    let cost = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      writesAt.push(timer.now());
      timer.runUntil(timer.now() + cost);
      return set(items);
    };
    const j = journal();
    const p = new Persistence(area, j, timer);
    const traffic = async (from: number, to: number): Promise<void> => {
      for (let t = from; t < to; t += 100) {
        timer.runUntil(t);
        rec(j, 1, String(t + 1));
        p.schedule();
        await settle();
      }
    };
    await traffic(0, 4_500);
    expect(writesAt).toEqual([2_000, 4_000]);
    // A write that took 400 ms: the next batch may gather for 4 s.
    cost = 400;
    await traffic(4_500, 20_000);
    expect(p.maxWait()).toBe(4_000);
    // From the second write after the slow one on, batches gather for 4 s.
    const gaps = writesAt.slice(3).map((t, i) => t - (writesAt[i + 2] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(4_000);
    // Never more than 5 s, however slow: the popup must stay close to live.
    cost = 2_000;
    await traffic(20_000, 40_000);
    expect(p.maxWait()).toBe(5_000);
  });

  it('restores exactly what was written (the worker restarting)', async () => {
    const area = new Area();
    const a = journal();
    const p = new Persistence(area, a, manualTimer());
    rec(a, 1, '1', 503);
    rec(a, 1, '2', 404);
    await p.flush();
    const b = journal();
    b.restore(await loadTabLogs(area));
    expect(b.currentPage(1)?.entries.map((e) => e.obs.statusCode)).toEqual([503, 404]);
    expect(b.currentPage(1)?.entries[0]?.digest.meaningId).toBe('std.503');
  });

  it('keeps what a restarted worker needs to recognise a page shown without a request: documents and prerendered pages', async () => {
    const area = new Area();
    const a = journal();
    const p = new Persistence(area, a, manualTimer());
    a.navigate(2, 'https://a.test/a', 1, 'nav-a');
    a.commit({ tabId: 2, url: 'https://a.test/a', documentId: 'doc-a', time: 2 });
    rec(a, 2, '3');
    a.navigate(2, 'https://a.test/p', 4, 'nav-p');
    a.commit({ tabId: 2, url: 'https://a.test/p', documentId: 'doc-p', time: 5 });
    const prerendering = { frameId: 5, parentFrameId: -1 };
    a.navigate(2, 'https://a.test/next', 6, 'nav-next', false, { prerendering });
    a.record({
      phase: 'completed',
      requestId: '7',
      tabId: 2,
      frameId: 5,
      time: 7,
      obs: observe({ statusCode: 404, url: 'https://a.test/next.png', type: 'image', mainFrame: false }),
      prerendering: { ...prerendering, documentId: 'doc-next' },
    });
    await p.flush();
    // The popup reads the newest page only: the prerendered page is stored beside it, never among the pages.
    const [newest] = await loadTabLogs(area, 2, 'newest');
    expect(newest?.pages.map((pg) => pg.url)).toEqual(['https://a.test/p']);
    expect(newest?.held?.map((pg) => pg.url)).toEqual(['https://a.test/next']);

    const b = journal();
    b.restore(await loadTabLogs(area));
    b.commit({ tabId: 2, url: 'https://a.test/next', documentId: 'doc-next', time: 8 });
    expect(b.currentPage(2)?.entries.map((e) => e.obs.url)).toEqual(['https://a.test/next.png']);
    b.commit({ tabId: 2, url: 'https://a.test/a', documentId: 'doc-a', time: 9 });
    expect(b.currentPage(2)?.entries.map((e) => e.obs.url)).toEqual(['https://a.test/3']);
  });

  it('removes both of a closed tab’s keys, and only its', async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    rec(j, 4, '1');
    rec(j, 5, '2');
    await p.flush();
    j.closeTab(4);
    await p.flush();
    expect(Object.keys(area.data).sort()).toEqual([tabKey(5)]);
    expect(area.removes).toBe(1);
  });

  it("keeps a tab's newest page apart from the ones before it, and loads either the newest or the whole", async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    for (const [n, url] of ['https://a.test/1', 'https://a.test/2', 'https://a.test/3'].entries()) {
      j.navigate(7, url, n, `nav${n}`);
      rec(j, 7, String(100 + n));
    }
    await p.flush();
    const pageUrls = (logs: TabLog[]) => logs.flatMap((l) => l.pages.map((pg) => pg.url));
    expect(JSON.parse(area.data[earlierKey(7)] as string)).toHaveLength(2);
    expect(pageUrls(await loadTabLogs(area, 7, 'newest'))).toEqual(['https://a.test/3']);
    expect(await loadTabLogs(area, 7)).toEqual([JSON.parse(JSON.stringify(j.tab(7)))]);
    expect(await loadTabLogs(area, 8)).toEqual([]);
  });

  it("rewrites a tab's earlier page loads only when they changed", async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    j.navigate(3, 'https://a.test/1', 0, 'nav1');
    rec(j, 3, '1');
    j.navigate(3, 'https://a.test/2', 2, 'nav2');
    await p.flush();
    rec(j, 3, '3');
    rec(j, 3, '3');
    await p.flush();
    j.navigate(3, 'https://a.test/3', 4, 'nav3');
    await p.flush();
    expect(area.written).toEqual([[tabKey(3), earlierKey(3)], [tabKey(3)], [tabKey(3), earlierKey(3)]]);
  });

  it('stores exactly the journal after every flush, whatever happened in between', async () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    const open = new Map<string, number>();
    const byTab = (logs: readonly TabLog[]): string => JSON.stringify([...logs].sort((a, b) => a.tabId - b.tabId));
    let id = 0;
    let flushes = 0;
    let most = 0;
    for (let step = 0; step < 12_000; step++) {
      const tabId = 1 + random(6);
      const roll = random(2000);
      const obs = (status: number, type = 'image') =>
        observe({
          statusCode: status,
          url: `https://a.test/${tabId}/${random(1000)}`,
          type,
          mainFrame: type === 'main_frame',
        });
      if (step === 9000) j.shed(storedBytes.chrome, (total) => total / 2);
      else if (roll < 1760)
        j.record({
          phase: 'completed',
          requestId: String(++id),
          tabId,
          frameId: 0,
          time: step,
          obs: obs(random(2) ? 404 : 503),
        });
      else if (roll < 1772) j.navigate(tabId, `https://a.test/${tabId}/page${step}`, step, `nav${step}`);
      else if (roll < 1892) {
        const requestId = `r${++id}`;
        open.set(requestId, tabId);
        j.record({
          phase: 'redirect',
          requestId,
          tabId,
          frameId: 0,
          time: step,
          obs: obs(302),
          redirectTo: 'https://a.test/next',
        });
      } else if (roll < 1982 && open.size) {
        const [requestId, tab] = [...open][random(open.size)]!;
        open.delete(requestId);
        j.record({ phase: 'completed', requestId, tabId: tab, frameId: 0, time: step, obs: obs(200) });
      } else if (roll < 1983) j.closeTab(tabId);
      else if (roll < 1988) {
        await p.flush();
        flushes += 1;
        expect(
          byTab(await loadTabLogs(area)) === byTab(j.allTabs()),
          `storage differs from the journal after step ${step}`,
        ).toBe(true);
      }
      most = Math.max(most, j.entryCount());
    }
    expect(flushes).toBeGreaterThan(20);
    // The total cap was reached, so entries were evicted from earlier and current pages alike.
    expect(most).toBeGreaterThan(caps.entriesTotal * 0.9);
    const withEarlier = area.written.filter((keys) => keys.some((k) => k.endsWith(':earlier'))).length;
    expect(withEarlier).toBeLessThan(area.written.length);
  });

  it('reports which tabs it wrote so their badges refresh', async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    const seen: number[][] = [];
    p.onFlushed = (ids) => seen.push([...ids]);
    rec(j, 5, '1');
    await p.flush();
    expect(seen).toEqual([[5]]);
  });
});

describe('persistence failures', () => {
  it('counts a write that fails for another reason instead of throwing', async () => {
    const { health } = await import('./health');
    const before = health.errors;
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    rec(j, 1, '1');
    area.failNext = new Error('disk on fire');
    await p.flush();
    expect(health.errors).toBe(before + 1);
    expect(health.lastError).toBe('disk on fire');
  });

  it('writes a batch again after a failed write, later each time while failures go on', async () => {
    const timer = manualTimer();
    const area = new Area();
    const attempts: number[] = [];
    let failures = 6;
    const set = area.set.bind(area);
    area.set = async (items) => {
      attempts.push(timer.now());
      if (failures-- > 0) throw new Error('disk on fire');
      return set(items);
    };
    const j = journal();
    const p = new Persistence(area, j, timer);
    rec(j, 1, '1');
    p.schedule();
    for (let i = 0; i < 50 && timer.pending(); i++) {
      timer.fire();
      await settle();
    }
    expect(urlsOf(JSON.parse(area.data[tabKey(1)] as string))).toEqual(['https://a.test/1']);
    expect(attempts.slice(1).map((t, i) => t - (attempts[i] ?? 0))).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 5_000]);
  });

  it('writes nothing over a saved journal it could not read, and adds to it once it can', async () => {
    const area = new Area();
    const before = journal();
    before.navigate(1, 'https://a.test/page', 0, 'nav');
    rec(before, 1, '1', 503);
    rec(before, 2, '2', 404);
    await new Persistence(area, before, manualTimer()).flush();
    const saved = structuredClone(area.data);
    // The worker restarts, and its first reads of the saved journal fail.
    failReads(area, 2);
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    rec(j, 1, '3', 500);
    await p.flush();
    await p.flush();
    expect(area.data).toEqual(saved);
    await p.flush();
    const logs = await loadTabLogs(area);
    const tab = (id: number) => logs.find((l) => l.tabId === id);
    // The event came with no page load of its own: it belongs to the page the tab was showing.
    expect(tab(1)?.pages.map((pg) => [pg.url, pg.entries.map((e) => e.obs.statusCode)])).toEqual([
      ['https://a.test/page', [503, 500]],
    ]);
    expect(urlsOf(tab(2))).toEqual(['https://a.test/2']);
    const ids = logs.flatMap((l) => l.pages.flatMap((pg) => [pg.id, ...pg.entries.map((e) => e.id)]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not bring back the saved log of a tab closed before the saved journal could be read', async () => {
    const area = new Area();
    const before = journal();
    rec(before, 1, '1');
    rec(before, 2, '2');
    await new Persistence(area, before, manualTimer()).flush();
    failReads(area, 1);
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    j.closeTab(1);
    await p.flush();
    await p.flush();
    expect(Object.keys(area.data)).toEqual([tabKey(2)]);
    expect(j.tab(1)).toBeUndefined();
    expect(urlsOf(j.tab(2))).toEqual(['https://a.test/2']);
  });

  it('reads the saved journal again at start when the first read fails', async () => {
    const area = new Area();
    const before = journal();
    rec(before, 1, '1');
    await new Persistence(area, before, manualTimer()).flush();
    failReads(area, 1);
    const timer = manualTimer();
    const j = journal();
    const loading = new Persistence(area, j, timer).load();
    await settle();
    timer.fire();
    await loading;
    expect(urlsOf(j.tab(1))).toEqual(['https://a.test/1']);
  });
});

describe('persistence at the quota', () => {
  it('sheds from the largest log, its earlier page loads first, and leaves smaller tabs whole', async () => {
    const j = journal();
    j.navigate(1, 'https://a.test/before', 0, 'nav1');
    for (let i = 1; i <= 40; i++) rec(j, 1, String(i));
    j.navigate(1, 'https://a.test/now', 50, 'nav2');
    for (let i = 100; i < 300; i++) rec(j, 1, String(i));
    for (const tab of [2, 3, 4]) for (let i = 0; i < 3; i++) rec(j, tab, String(1000 * tab + i));
    const small = [2, 3, 4].map((tab) => urlsOf(j.tab(tab)));
    const area = new QuotaArea(Math.floor(weight(j.allTabs()) / 2));
    await new Persistence(area, j, manualTimer()).flush();
    const logs = await loadTabLogs(area);
    const tab = (id: number) => logs.find((l) => l.tabId === id);
    expect([2, 3, 4].map((id) => urlsOf(tab(id)))).toEqual(small);
    expect(tab(1)?.pages.map((pg) => pg.url)).toEqual(['https://a.test/now']);
    const kept = urlsOf(tab(1));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(200);
    expect(kept.at(-1)).toBe('https://a.test/299');
    expect(tab(1)?.pages[0]?.dropped).toBe(200 - kept.length);
    expect(area.used()).toBeLessThanOrEqual(area.QUOTA_BYTES);
    expect(JSON.stringify(logs.sort((a, b) => a.tabId - b.tabId))).toBe(JSON.stringify(j.allTabs()));
  });

  it('keeps every tab, with its newest entries, when the journal is as large as the caps allow', async () => {
    const j = journal();
    // Browsers hand over URLs, header names, methods and addresses in ASCII. Header values and status
    // lines may hold any character; none costs more than three bytes in UTF-8 (JSON's escapes cost two).
    const ascii = (length: number, seed: string | number): string => `https://a.test/${seed}/`.padEnd(length, 'x');
    const wide = (length: number): string => '€'.repeat(length);
    const headers = Array.from({ length: caps.headersPerEntry }, (_, h) => ({
      name: `x-${h}-`.padEnd(caps.headerName, 'h'),
      value: wide(caps.headerValue),
    }));
    const cookies = Array.from({ length: caps.cookieNamesPerEntry }, (_, c) =>
      `${c}=v`.padStart(caps.headerName + 2, 'c'),
    );
    const tabs = caps.entriesTotal / caps.entriesPerPage;
    let n = 0;
    for (let tabId = 1; tabId <= tabs; tabId++) {
      j.navigate(tabId, ascii(caps.url, `page${tabId}`), n, `nav${tabId}`);
      for (let i = 0; i < caps.entriesPerPage; i++) {
        const requestId = String(++n);
        const details: RequestDetails = {
          requestId,
          url: ascii(caps.url, n),
          method: 'M'.repeat(16),
          type: 'xmlhttprequest',
          tabId,
          frameId: 0,
          timeStamp: n,
          statusCode: 307,
          statusLine: wide(caps.statusLine),
          ip: 'f'.repeat(64),
          responseHeaders: [...headers, { name: 'Set-Cookie', value: cookies.join('\n') }],
        };
        const hop = { requestId, tabId, frameId: 0, time: n } as const;
        j.record({
          ...hop,
          phase: 'redirect',
          obs: observationOf(details),
          redirectTo: ascii(caps.url, `to${n}`),
          initiator: ascii(caps.url, `from${n}`),
        });
        // The hop learns where its request ended: one more URL kept with it.
        j.record({
          ...hop,
          phase: 'completed',
          obs: observe({ statusCode: 200, url: ascii(caps.url, `end${n}`), type: 'xmlhttprequest', mainFrame: false }),
        });
      }
    }
    const newest = j.allTabs().map((l) => urlsOf(l).at(-1));
    expect(j.entryCount()).toBe(caps.entriesTotal);
    // The caps alone do not keep the journal within the quota: the quota path has to.
    expect(weight(j.allTabs())).toBeGreaterThan(SESSION_QUOTA_BYTES);
    const area = new QuotaArea(SESSION_QUOTA_BYTES);
    await new Persistence(area, j, manualTimer()).flush();
    const logs = (await loadTabLogs(area)).sort((a, b) => a.tabId - b.tabId);
    expect(area.used()).toBeLessThanOrEqual(SESSION_QUOTA_BYTES);
    expect(logs.map((l) => urlsOf(l).at(-1))).toEqual(newest);
    // Equal logs give alike: none is emptied for the others.
    const counts = logs.map((l) => urlsOf(l).length);
    expect(Math.min(...counts)).toBeGreaterThan(0);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  }, 120_000);
});
