import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchHeader, vendorTexts } from '../test-helpers';
import { cdn77 } from './cdn77';

// Header shapes: CDN77 knowledge base "Headers added by CDN77" (X-Edge-Location: city, country) and captured CDN77
// answers (server: CDN77-Turbo, x-77-nzt: Abk73AHkeGz/rlm7AA==, x-77-pop: frankfurtDE, x-77-cache: HIT,
// x-edge-location: pragueCZ).
describe('CDN77 fingerprints', () => {
  itMatchesHeaders(cdn77, [
    ['server', 'CDN77-Turbo'],
    ['x-77-nzt', 'Abk73AHkeGz/rlm7AA=='],
    ['x-77-pop', 'frankfurtDE'],
    ['x-77-pop', 'losangelesUSCA'],
    ['x-77-cache', 'HIT'],
    ['x-edge-location', 'pragueCZ'],
  ]);

  itRejectsHeaders(cdn77, [
    ['server', 'CDN77'],
    ['server', 'CDN77-Turbo/2.0'],
    ['x-77-pop', 'FRA'],
    ['x-77-cache', 'MISS'],
    ['x-edge-location', 'defr'],
    ['x-edge-location', 'Prague, CZ'],
    ['x-cdn77', '1'],
  ]);

  it('weighs the shared header name x-edge-location as a weak hint', () => {
    expect(matchHeader(cdn77, 'x-edge-location', 'pragueCZ')?.score).toBe(1);
  });

  it('reads a cache HIT as the origin’s answer passed along', () => {
    expect(matchHeader(cdn77, 'x-77-cache', 'HIT')?.relayed).toBe(true);
    expect(cdn77.fingerprints.some((f) => f.generated)).toBe(false);
  });
});

describe('CDN77 and the layer that answered', () => {
  const edge = { server: 'CDN77-Turbo', 'x-77-nzt': 'Ark73AHNSBTe7EoTALmYQVOeRUvv8gAAAA==', 'x-77-pop': 'frankfurtDE' };

  it('a 502 from CDN77 with nothing from the origin is put on CDN77 as a guess', () => {
    const ex = explain(observe({ statusCode: 502, headers: edge }));
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'cdn77' }, confidence: 'low' });
  });

  it('a cached 404 passed along by CDN77 is the origin’s', () => {
    const ex = explain(observe({ statusCode: 404, headers: { ...edge, 'x-77-cache': 'HIT' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.confidence).toBe('medium');
  });

  it('a 403 that shows the site’s own framework is the site’s, not CDN77’s', () => {
    const ex = explain(observe({ statusCode: 403, headers: edge, cookieNames: ['laravel_session'] }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor?.id).toBe('laravel');
  });
});

describe('CDN77 texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(cdn77));
  });

  it('has a note on its own 403 and no codes of its own', () => {
    expect(cdn77.notes?.map((n) => n.code)).toEqual([403]);
    expect(cdn77.codes).toEqual([]);
  });
});
