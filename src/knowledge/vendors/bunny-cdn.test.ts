import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  decodeWith,
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  matchHeader,
  vendorTexts,
} from '../test-helpers';
import { bunnyCdn } from './bunny-cdn';

// Header shapes: bunny.net docs "Find your PoP" (Server: BunnyCDN-{PoP}-{server id}) and captured answers
// (cdn-pullzone: 93447, cdn-requestid: 32 hex digits, cdn-cache: HIT / MISS, cdn-requestpullcode: 200).
describe('Bunny CDN fingerprints', () => {
  itMatchesHeaders(bunnyCdn, [
    ['server', 'BunnyCDN-DE1-1047'],
    ['server', 'BunnyCDN-UK1-786'],
    ['cdn-requestid', 'a83ed6be3dc65fe78b8ece425fe518f8'],
    ['cdn-pullzone', '93447'],
    ['cdn-cache', 'HIT'],
    ['cdn-cache', 'MISS'],
  ]);

  itRejectsHeaders(bunnyCdn, [
    ['server', 'BunnyCDN'],
    ['server', 'BunnyCDN-DE1'],
    ['server', 'NotBunnyCDN-DE1-1047'],
    ['cdn-requestid', 'abc-123'],
    ['cdn-pullzone', 'my-zone'],
    ['cdn-cache', 'DYNAMIC'],
    ['x-cdn-requestid', 'a83ed6be3dc65fe78b8ece425fe518f8'],
  ]);

  itMatchesHosts(bunnyCdn, ['https://example.b-cdn.net/video.mp4']);
  itRejectsHosts(bunnyCdn, ['https://example.b-cdn.net.evil.test/', 'https://notb-cdn.net/', 'https://bunny.net/']);

  it('reads a cache HIT as the origin’s answer passed along, and nothing as Bunny’s own', () => {
    expect(matchHeader(bunnyCdn, 'cdn-cache', 'HIT')?.relayed).toBe(true);
    expect(matchHeader(bunnyCdn, 'cdn-cache', 'MISS')?.relayed).toBe(false);
    expect(bunnyCdn.fingerprints.some((f) => f.generated)).toBe(false);
  });
});

describe('cdn-requestpullcode decoder', () => {
  it.each([
    ['200', '2xx'],
    ['204', '2xx'],
    ['404', '4xx'],
    ['503', '5xx'],
  ])('reads the origin status %s', (value, id) => {
    expect(decodeWith(bunnyCdn, 'cdn-requestpullcode', value).map((r) => r.id)).toEqual([id]);
  });

  it.each(['301', '2000', 'True', ''])('leaves %s to the fallback', (value) => {
    expect(decodeWith(bunnyCdn, 'cdn-requestpullcode', value)).toHaveLength(0);
  });
});

// bunny.net docs, "Origin Errors" (statuses reported when pulling from the origin fails; 60-second timeout) and
// "Token Authentication" (a request without a valid token gets a 403 page).
describe('Bunny CDN and the layer that answered', () => {
  const edge = {
    server: 'BunnyCDN-DE1-865',
    'cdn-pullzone': '93447',
    'cdn-requestid': '31845bf51158cfa61f15bb6956f372d5',
  };

  it('a 504 with Bunny’s headers is put on Bunny as a guess, the site second', () => {
    const ex = explain(observe({ statusCode: 504, headers: { ...edge, 'cdn-cache': 'MISS' } }));
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'bunny-cdn' }, confidence: 'low' });
    expect(ex.producer.others.map((o) => o.role)).toContain('origin');
    expect(ex.notes.some((n) => n.vendor?.id === 'bunny-cdn' && /60 seconds/.test(n.text))).toBe(true);
  });

  it('a cached 404 passed along by Bunny is the origin’s', () => {
    const ex = explain(observe({ statusCode: 404, headers: { ...edge, 'cdn-cache': 'HIT' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.confidence).toBe('medium');
  });

  it('decodes the origin’s own status next to a relayed 500', () => {
    const ex = explain(observe({ statusCode: 500, headers: { ...edge, 'cdn-requestpullcode': '500' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.decoded.map((d) => d.header)).toContain('cdn-requestpullcode');
  });
});

describe('Bunny CDN texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(bunnyCdn));
  });

  it('has notes for the codes it makes and no codes of its own', () => {
    expect(bunnyCdn.notes?.map((n) => n.code)).toEqual([403, 502, 504, 508]);
    expect(bunnyCdn.makes).toEqual([403, 502, 504, 508]);
    expect(bunnyCdn.codes).toEqual([]);
  });
});
