import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { caps } from '../shared/caps';
import { earlierKey, loadTabLogs, tabKey, type TabLog } from '../shared/log';
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

  it('on a quota error sheds old entries and still writes the newest', async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    for (let i = 1; i <= 20; i++) rec(j, 1, String(i));
    area.failNext = new Error('QUOTA_BYTES quota exceeded');
    await p.flush();
    const saved = JSON.parse(area.data[tabKey(1)] as string) as TabLog;
    const urls = saved.pages.at(-1)!.entries.map((e) => e.obs.url);
    expect(urls).toHaveLength(10);
    expect(urls.at(-1)).toBe('https://a.test/20');
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
      if (step === 9000) j.shrink();
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
});
