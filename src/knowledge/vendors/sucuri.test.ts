import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import {
  itGivesUniqueKebabIds,
  itMatchesHeaders,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { sucuri } from './sucuri';

describe('Sucuri fingerprint', () => {
  itMatchesHeaders(sucuri, [
    ['x-sucuri-id', '18012'],
    ['x-sucuri-cache', 'HIT'],
    ['server', 'Sucuri/Cloudproxy'],
    ['server', 'Sucuri-Cloudproxy'],
    ['server', 'Sucuri'],
    ['x-sucuri-block', 'BL002'],
  ]);

  itRejectsHeaders(sucuri, [
    ['server', 'Sucuri/Cloudproxy/2'],
    ['server', 'SucuriScanner'],
    ['server', 'cloudproxy'],
    ['x-sucuri', '1'],
    ['x-sucuri-idx', '1'],
  ]);

  it('marks only the block header as generated', () => {
    expect(matchOne(sucuri, observe({ headers: { 'x-sucuri-id': '1', server: 'Sucuri/Cloudproxy' } }))?.generated).toBe(
      false,
    );
    expect(matchHeader(sucuri, 'x-sucuri-block', 'BL002')?.generated).toBe(true);
  });
});

describe('Sucuri decoder and notes', () => {
  it('decodes x-sucuri-block as a firewall block', () => {
    const d = sucuri.decoders?.find((x) => x.header === 'x-sucuri-block');
    expect(d?.generated).toBe(true);
    expect(d?.fallback.en).toMatch(/blocked this request before it reached the site/);
  });

  itWritesEveryTextInBothLanguages(sucuri);
});

// wafw00f's Sucuri plugin: X-Sucuri-Block is set on the firewall's own block page; X-Sucuri-ID / X-Sucuri-Cache are on
// every answer it delivers.
describe('Sucuri by layer', () => {
  it('its block page (403 with X-Sucuri-Block) is Sucuri’s own answer', () => {
    const m = matchOne(
      sucuri,
      observe({
        statusCode: 403,
        headers: { server: 'Sucuri/Cloudproxy', 'x-sucuri-id': '18012', 'x-sucuri-block': 'BL002' },
      }),
    );
    expect(m?.generated).toBe(true);
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-sucuri-id', 'server', 'x-sucuri-block']);
  });

  it('a site error passed through the firewall is not claimed', () => {
    const m = matchOne(
      sucuri,
      observe({
        statusCode: 500,
        headers: { server: 'Sucuri/Cloudproxy', 'x-sucuri-id': '18012', 'x-sucuri-cache': 'MISS' },
      }),
    );
    expect(m?.generated).toBe(false);
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-sucuri-id', 'x-sucuri-cache', 'server']);
  });

  itGivesUniqueKebabIds(sucuri);
});
