import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { digestOf } from './digest';
import { Journal, type TabLog } from './journal';
import { encodeTabLog, loadTabLogs, Persistence, tabKey, type SessionArea } from './persistence';

class Area implements SessionArea {
  data: Record<string, unknown> = {};
  sets = 0;
  removes = 0;
  failNext: Error | undefined;
  async get() {
    return structuredClone(this.data);
  }
  async set(items: Record<string, unknown>) {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    this.sets += 1;
    Object.assign(this.data, structuredClone(items));
  }
  async remove(keys: string | string[]) {
    this.removes += 1;
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

const manualTimer = () => {
  const fns: (() => void)[] = [];
  const delays: number[] = [];
  let time = 0;
  return {
    setTimeout: (fn: () => void, ms: number) => delays.push(ms) && fns.push(fn),
    now: () => time,
    advance: (ms: number) => void (time += ms),
    fire: () => fns.splice(0).forEach((f) => f()),
    pending: () => fns.length,
    delays,
  };
};

const journal = () => new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
const rec = (j: Journal, tabId: number, id: string, status = 404) =>
  j.record({ phase: 'completed', requestId: id, tabId, frameId: 0, time: Number(id), obs: observe({ statusCode: status, url: `https://a.test/${id}`, type: 'image', mainFrame: false }) });

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
    expect(Object.keys(area.data).sort()).toEqual([tabKey(1), tabKey(2), tabKey(3)]);
  });

  it('spaces flushes out when writes are slow, so storage never takes more than a tenth of the time', async () => {
    const timer = manualTimer();
    const area = new Area();
    // Each write takes 120 ms on the clock, as a big journal does in the browser.
    const slowSet = area.set.bind(area);
    area.set = async (items) => {
      timer.advance(120);
      return slowSet(items);
    };
    const j = journal();
    const p = new Persistence(area, j, timer);
    rec(j, 1, '1');
    p.schedule();
    expect(timer.delays).toEqual([500]);
    timer.fire();
    await p.flush();
    rec(j, 1, '2');
    p.schedule();
    expect(timer.delays).toEqual([500, 1200]);
    expect(p.delay()).toBe(1200);
    // Never more than 5 s, however slow: the popup must stay close to live.
    area.set = async (items) => {
      timer.advance(2_000);
      return slowSet(items);
    };
    timer.fire();
    await p.flush();
    expect(p.delay()).toBe(5_000);
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

  it('removes a closed tab’s key', async () => {
    const area = new Area();
    const j = journal();
    const p = new Persistence(area, j, manualTimer());
    rec(j, 4, '1');
    await p.flush();
    j.closeTab(4);
    await p.flush();
    expect(area.data).toEqual({});
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

  it('ignores foreign keys and damaged values when loading', async () => {
    const area = new Area();
    const log = (tabId: number): TabLog => ({ tabId, incognito: false, pages: [] });
    area.data = {
      'tab:1': encodeTabLog(log(1)),
      'tab:2': 'junk',
      'tab:3': '{"tabId": "3"}',
      'tab:4': log(4),
      other: encodeTabLog(log(5)),
    };
    expect((await loadTabLogs(area)).map((l) => l.tabId)).toEqual([1]);
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
