import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { matchVendors } from '../match';
import { observe } from '../observation';
import {
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  vendorTexts,
} from '../test-helpers';
import { cdn77 } from './cdn77';
import { keycdn } from './keycdn';

// Header shapes: KeyCDN Support "CDN Server Locations" (X-Edge-Location: two letters of country, two of city) and
// answers of KeyCDN zones (Server: keycdn-engine, X-Edge-Location: defr).
describe('KeyCDN fingerprints', () => {
  itMatchesHeaders(keycdn, [
    ['server', 'keycdn-engine'],
    ['x-edge-location', 'defr'],
    ['x-edge-location', 'usda'],
  ]);

  itRejectsHeaders(keycdn, [
    ['server', 'keycdn'],
    ['server', 'keycdn-engine/2'],
    ['x-edge-location', 'pragueCZ'],
    ['x-edge-location', 'DEFR'],
    ['x-edge-location', 'frankfurt'],
    ['x-pull', 'KeyCDN'],
  ]);

  itMatchesHosts(keycdn, ['https://example-1c6b.kxcdn.com/img/logo.png']);
  itRejectsHosts(keycdn, ['https://keycdn.com/', 'https://example.kxcdn.com.evil.test/', 'https://notkxcdn.com/']);

  it('tells its x-edge-location from CDN77’s by the value’s shape', () => {
    const both = [keycdn, cdn77];
    const ids = (value: string) =>
      matchVendors(both, observe({ headers: { 'x-edge-location': value } })).map((m) => m.vendor.id);
    expect(ids('defr')).toEqual(['keycdn']);
    expect(ids('pragueCZ')).toEqual(['cdn77']);
  });
});

// KeyCDN Support, "CDN Error Codes": KeyCDN's own pages are 403, 405, 410 and the 500 "Origin Error"; every other
// error page comes from the origin.
describe('KeyCDN and the layer that answered', () => {
  const edge = { server: 'keycdn-engine', 'x-edge-location': 'defr' };

  it('its 500 "Origin Error" is put on KeyCDN as a guess, the origin second', () => {
    const ex = explain(observe({ statusCode: 500, headers: edge }));
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'keycdn' }, confidence: 'low' });
    expect(ex.notes.some((n) => n.vendor?.id === 'keycdn' && /Origin Error/.test(n.text))).toBe(true);
  });

  it('a 404 passed along from the origin is the origin’s', () => {
    const ex = explain(observe({ statusCode: 404, headers: edge }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.seen.map((s) => s.vendor.id)).toContain('keycdn');
  });
});

describe('KeyCDN texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(keycdn));
  });

  it('has notes for its own pages and no codes of its own', () => {
    expect(keycdn.notes?.map((n) => n.code)).toEqual([403, 405, 410, 500]);
    expect(keycdn.makes).toEqual([403, 405, 410, 500]);
    expect(keycdn.codes).toEqual([]);
    expect(keycdn.bodyHint?.en).toMatch(/black or blue/);
  });
});
