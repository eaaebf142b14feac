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
    const p = privateTabs(lookup);
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
    const p = privateTabs(lookup);
    const seen: (boolean | undefined)[] = [];
    p.resolve(event('a', 3, false), (d) => seen.push(d.incognito));
    p.resolve(event('b', -1), (d) => seen.push(d.incognito));
    expect(seen).toEqual([false, undefined]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('drops the events of a tab removed while its lookup was on its way', async () => {
    const { lookup, pending } = manualLookup();
    const p = privateTabs(lookup);
    const seen: string[] = [];
    p.resolve(event('a'), (d) => seen.push(d.requestId));
    p.forget(3);
    pending[0]!.answer(true);
    await flush();
    expect(seen).toEqual([]);
  });

  it('drops the events that come after their tab was removed, without looking it up', async () => {
    const { lookup } = manualLookup();
    const p = privateTabs(lookup);
    const seen: string[] = [];
    p.forget(3);
    p.resolve(event('a'), (d) => seen.push(d.requestId));
    p.resolve(event('b', 3, false), (d) => seen.push(d.requestId));
    p.resolve(event('c', 4, false), (d) => seen.push(d.requestId));
    await flush();
    expect(lookup).not.toHaveBeenCalled();
    expect(seen).toEqual(['c']);
  });
});
