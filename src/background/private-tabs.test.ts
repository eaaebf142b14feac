import { describe, expect, it, vi } from 'vitest';
import type { RequestDetails } from './capture';
import { privateTabs } from './private-tabs';

const event = (requestId: string, tabId = 3, incognito?: boolean): RequestDetails => ({
  requestId,
  url: `https://a.test/${requestId}`,
  method: 'GET',
  type: 'image',
  tabId,
  frameId: 0,
  timeStamp: 1,
  statusCode: 404,
  ...(incognito === undefined ? {} : { incognito }),
});

/** A tab lookup the test answers by hand. */
function manualLookup() {
  const pending: { tabId: number; answer: (incognito: boolean) => void }[] = [];
  const lookup = vi.fn((tabId: number) => new Promise<boolean>((answer) => pending.push({ tabId, answer })));
  return { lookup, pending };
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('privateTabs', () => {
  it('looks a tab up once, however many of its events arrive before the answer, and keeps their order', async () => {
    const { lookup, pending } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const seen: string[] = [];
    for (const id of ['a', 'b', 'c']) p.resolve(event(id), (d) => seen.push(`${d.requestId}:${d.incognito ?? false}`));
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([]);
    pending[0]!.answer(true);
    await flush();
    p.resolve(event('d'), (d) => seen.push(`${d.requestId}:${d.incognito ?? false}`));
    expect(seen).toEqual(['a:true', 'b:true', 'c:true', 'd:true']);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('trusts the event when it says, and never looks up requests with no tab', () => {
    const { lookup } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const seen: (boolean | undefined)[] = [];
    p.resolve(event('a', 3, false), (d) => seen.push(d.incognito));
    p.resolve(event('b', -1, false), (d) => seen.push(d.incognito));
    expect(seen).toEqual([false, false]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it("keeps a tab's order when an event that says follows one that waits, and answers later silent ones from it", async () => {
    const { lookup, pending } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const seen: string[] = [];
    const see = (d: { tabId: number; incognito?: boolean }, id: string) => seen.push(`${id}:${d.incognito ?? '?'}`);
    // Firefox: a webNavigation commit (silent) first, then a webRequest event (says).
    p.resolve({ tabId: 3 }, (d) => see(d, 'commit'));
    p.resolve(event('a', 3, false), (d) => see(d, d.requestId));
    expect(seen).toEqual([]);
    pending[0]!.answer(false);
    await flush();
    expect(seen).toEqual(['commit:?', 'a:false']);
    // Another tab: its webRequest event says first, so its commits need no lookup.
    p.resolve(event('b', 4, true), (d) => see(d, d.requestId));
    p.resolve({ tabId: 4 }, (d) => see(d, 'commit'));
    expect(seen).toEqual(['commit:?', 'a:false', 'b:true', 'commit:true']);
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('drops the events of a tab removed while its lookup was on its way', async () => {
    const { lookup, pending } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const seen: string[] = [];
    p.resolve(event('a'), (d) => seen.push(d.requestId));
    p.forget(3);
    pending[0]!.answer(true);
    await flush();
    expect(seen).toEqual([]);
  });

  it('drops the events that come after their tab was removed, without looking it up', async () => {
    const { lookup } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const seen: string[] = [];
    p.forget(3);
    p.resolve(event('a'), (d) => seen.push(d.requestId));
    p.resolve(event('b', 3, false), (d) => seen.push(d.requestId));
    p.resolve(event('c', 4, false), (d) => seen.push(d.requestId));
    await flush();
    expect(lookup).not.toHaveBeenCalled();
    expect(seen).toEqual(['c']);
  });
  describe('requests with no tab', () => {
    it('keeps their own flag where the browser gives it, and counts one without it as private', () => {
      const { lookup } = manualLookup();
      const p = privateTabs(lookup, 'known', async () => true);
      const seen: (boolean | undefined)[] = [];
      for (const incognito of [true, false, undefined])
        p.resolve(event('a', -1, incognito), (d) => seen.push(d.incognito));
      expect(seen).toEqual([true, false, true]);
    });

    it('drops them while a private window is open where the browser does not say, and keeps them once none is', async () => {
      let open = true;
      const anyPrivateWindow = vi.fn(async () => open);
      const p = privateTabs(manualLookup().lookup, 'unknown', anyPrivateWindow);
      const seen: string[] = [];
      const keep = (d: RequestDetails): number => seen.push(`${d.requestId}:${d.incognito ?? false}`);
      p.resolve(event('while-asking', -1), keep);
      await flush();
      p.resolve(event('while-open', -1), keep);
      open = false;
      p.windowsChanged();
      p.resolve(event('after-closing', -1), keep);
      await flush();
      p.resolve(event('later', -1), keep);
      expect(seen).toEqual(['after-closing:false', 'later:false']);
      open = true;
      p.windowsChanged();
      p.resolve(event('reopened', -1), keep);
      await flush();
      expect(seen).toEqual(['after-closing:false', 'later:false']);
      expect(anyPrivateWindow).toHaveBeenCalledTimes(3);
    });

    it('asks about windows only once a tab-less event needs the answer, not when the worker starts', async () => {
      const anyPrivateWindow = vi.fn(async () => false);
      const p = privateTabs(manualLookup().lookup, 'unknown', anyPrivateWindow);
      p.windowsChanged();
      await flush();
      expect(anyPrivateWindow).not.toHaveBeenCalled();
      const seen: string[] = [];
      p.resolve(event('first', -1), (d) => seen.push(d.requestId));
      expect(seen).toEqual([]);
      await flush();
      expect(seen).toEqual(['first']);
      expect(anyPrivateWindow).toHaveBeenCalledTimes(1);
    });

    it('never asks about windows where the browser says', async () => {
      const anyPrivateWindow = vi.fn(async () => true);
      const p = privateTabs(manualLookup().lookup, 'known', anyPrivateWindow);
      p.windowsChanged();
      await flush();
      expect(anyPrivateWindow).not.toHaveBeenCalled();
    });
  });

  it("gives a replacing tab's privacy and forgets the tab it replaced", async () => {
    const { lookup, pending } = manualLookup();
    const p = privateTabs(lookup, 'known', async () => false);
    const answers: boolean[] = [];
    p.replaced(8, 3, (incognito) => answers.push(incognito));
    expect(pending.map((q) => q.tabId)).toEqual([8]);
    pending[0]!.answer(true);
    await flush();
    expect(answers).toEqual([true]);
    const seen: string[] = [];
    p.resolve(event('late', 3, true), (d) => seen.push(d.requestId));
    expect(seen).toEqual([]);
  });
});
