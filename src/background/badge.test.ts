import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { badgeColors, badgeFor } from './badge';
import { digestOf } from './digest';
import { Journal } from './journal';

describe('badge', () => {
  it('is empty for a page without problems', () => {
    expect(badgeFor(undefined)).toMatchObject({ text: '', counts: [] });
  });

  it('counts every response on the current page and takes the colour of the worst', () => {
    const j = new Journal({ skip: () => false, pagesPerTab: 5, digest: digestOf });
    const rec = (id: string, o: Parameters<typeof observe>[0]) =>
      j.record({
        phase: o.error ? 'error' : 'completed',
        requestId: id,
        tabId: 1,
        frameId: 0,
        time: 1,
        obs: observe({ type: 'image', mainFrame: false, ...o }),
      });
    rec('1', { statusCode: 404, url: 'https://a.test/x' });
    rec('2', { statusCode: 404, url: 'https://a.test/x' });
    rec('3', { statusCode: 301, url: 'https://a.test/r' });
    rec('4', { statusCode: 503, url: 'https://a.test/s' });
    const badge = badgeFor(j.currentPage(1));
    expect(badge.text).toBe('4');
    expect(badge.color).toBe(badgeColors.server);
    expect(badge.counts.map((c) => c.kind)).toEqual(['server', 'client', 'redirect']);
    rec('5', { error: 'net::ERR_CONNECTION_REFUSED', url: 'https://b.test/' });
    expect(badgeFor(j.currentPage(1)).color).toBe(badgeColors.network);
  });
});
