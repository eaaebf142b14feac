import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { noiseFilter } from './noise';
import { defaultSettings, ignoreMatcher, parseSettings } from './settings';

describe('settings', () => {
  it('falls back to defaults for anything missing or broken', () => {
    expect(parseSettings(undefined)).toEqual(defaultSettings);
    expect(parseSettings('nonsense')).toEqual(defaultSettings);
    const s = parseSettings({
      noise: { aborted: 'yes', favicon: false },
      ignore: ['a.test', 5, ''],
      badgeKinds: ['server', 'bogus'],
      pagesPerTab: 99,
      theme: 'neon',
      language: 'ru',
    });
    expect(s.noise).toEqual({ ...defaultSettings.noise, favicon: false });
    expect(s.ignore).toEqual(['a.test']);
    expect(s.badgeKinds).toEqual(['server']);
    expect(s.pagesPerTab).toBe(5);
    expect(s.theme).toBe('system');
    expect(s.language).toBe('ru');
  });

  it('matches ignore patterns by host, wildcard host and URL', () => {
    const m = ignoreMatcher(['ads.example.com', '*.tracker.test', 'https://a.test/api/*']);
    expect(m('https://ads.example.com/x', 'ads.example.com')).toBe(true);
    expect(m('https://x.ads.example.com/x', 'x.ads.example.com')).toBe(false);
    expect(m('https://deep.cdn.tracker.test/p', 'deep.cdn.tracker.test')).toBe(true);
    expect(m('https://a.test/api/v1', 'a.test')).toBe(true);
    expect(m('https://a.test/apix', 'a.test')).toBe(false);
    expect(ignoreMatcher([])('https://a.test/', 'a.test')).toBe(false);
  });

  it('treats regex characters in patterns literally', () => {
    const m = ignoreMatcher(['a+b.test']);
    expect(m('https://a+b.test/', 'a+b.test')).toBe(true);
    expect(m('https://aab.test/', 'aab.test')).toBe(false);
  });

  it('ignores case and takes "?" as itself', () => {
    const m = ignoreMatcher(['ADS.example.com', 'https://a.test/search?q=*']);
    expect(m('https://ads.EXAMPLE.com/', 'ads.EXAMPLE.com')).toBe(true);
    expect(m('https://A.test/Search?q=x', 'A.test')).toBe(true);
    expect(m('https://a.test/searchXq=x', 'a.test')).toBe(false);
  });

  it('matches a many-star pattern against a long hostile URL in well under 20 ms', () => {
    // Any page can make the worker test such URLs; the RegExp once built from the pattern took
    // half a second on the first URL and minutes on the second.
    const m = ignoreMatcher(['https://cdn.example.com/*/*/*/*.map']);
    for (const url of [
      `https://cdn.example.com/${'a/'.repeat(190)}x`,
      `https://cdn.example.com/${'a/'.repeat(990)}x`,
    ]) {
      const start = performance.now();
      expect(m(url, 'cdn.example.com')).toBe(false);
      expect(performance.now() - start).toBeLessThan(20);
    }
    expect(m(`https://cdn.example.com/${'a/'.repeat(990)}x.map`, 'cdn.example.com')).toBe(true);
  });
});

describe('noise rules', () => {
  const isNoise = noiseFilter(defaultSettings);
  it.each([
    [observe({ error: 'net::ERR_ABORTED' }), true],
    [observe({ error: 'NS_BINDING_ABORTED' }), true],
    [observe({ statusCode: 304 }), true],
    [observe({ statusCode: 404, url: 'https://a.test/favicon.ico' }), true],
    [observe({ statusCode: 404, type: 'ping' }), true],
    [observe({ statusCode: 404, url: 'https://a.test/favicon-guide.html' }), true],
    [observe({ statusCode: 404, url: 'https://a.test/logo.png' }), false],
    [observe({ error: 'net::ERR_CONNECTION_REFUSED' }), false],
    [observe({ statusCode: 301 }), false],
  ] as const)('default rules: case %# → %s', (obs, noise) => {
    expect(isNoise(obs)).toBe(noise);
  });

  it('keeps everything when every rule is off', () => {
    const keep = noiseFilter({
      ...defaultSettings,
      noise: { aborted: false, notModified: false, favicon: false, beacons: false },
    });
    expect(keep(observe({ error: 'net::ERR_ABORTED' }))).toBe(false);
    expect(keep(observe({ statusCode: 304 }))).toBe(false);
  });

  it('drops ignored hosts', () => {
    const f = noiseFilter({ ...defaultSettings, ignore: ['*.ads.test'] });
    expect(f(observe({ statusCode: 500, url: 'https://x.ads.test/a' }))).toBe(true);
    expect(f(observe({ statusCode: 500, url: 'https://ads.test.example/a' }))).toBe(false);
  });
});
