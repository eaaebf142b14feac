import { describe, expect, it } from 'vitest';
import { fastlyFirstByteTimeout } from '../../../test/error-pages/fastly';
import { varnishBackendFetchFailed } from '../../../test/error-pages/varnish';
import { matchVendors } from '../match';
import { observe } from '../observation';
import {
  decodeWith,
  filled,
  itDecodes,
  itFindsOnPages,
  itGivesUniqueKebabIds,
  itLeavesToFallback,
  itNamesTheMakerFromItsPage,
  itReadsPageValuesOnly,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  pageFindsIn,
  pageMarkIds,
  readPageAlone,
} from '../test-helpers';
import { fastly } from './fastly';
import { varnish } from './varnish';

describe('Fastly fingerprints', () => {
  it.each([
    ['x-served-by', 'cache-lhr7340-LHR'],
    ['x-served-by', 'cache-iad-kiad7000154-IAD'],
    ['x-served-by', 'cache-sjc10043-SJC, cache-lcy19221-LCY'],
    ['x-fastly-request-id', '5f0b6e1d9c1e4e7a8c2d3b4a5f6e7d8c9b0a1f2e'],
    ['fastly-debug-digest', '9d2c8b7a6f5e4d3c'],
    ['x-timer', 'S1700000000.123456,VS0,VE12'],
    ['via', '1.1 varnish'],
    ['via', '1.1 varnish, 1.1 varnish'],
  ])('matches %s: %s', (name, value) => {
    const m = matchHeader(fastly, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  itRejectsHeaders(fastly, [
    ['x-served-by', 'cache-server-1'],
    ['x-served-by', 'web-lhr7340-LHR'],
    ['x-served-by', 'cache-lhr7340'],
    ['x-served-by', 'app01.example.com'],
    ['x-timer', '12ms'],
    ['x-timer', 'S1700000000.123456,VS0'],
    ['via', '1.1 varnish (Varnish/6.0)'],
    ['via', '1.1 google'],
    ['via', '1.1 varnishx'],
  ]);

  it('weighs the shared Via: 1.1 varnish and x-timer as weak hints only', () => {
    const weakOnes = fastly.fingerprints
      .filter((f) => f.weight === 'weak')
      .map((f) => (f.signal.kind === 'header' ? f.signal.name : ''));
    expect(weakOnes.sort()).toEqual(['via', 'x-timer']);
  });

  it('ranks Fastly above plain Varnish when Fastly’s own headers are present', () => {
    const obs = observe({ statusCode: 503, headers: { via: '1.1 varnish', 'x-served-by': 'cache-lhr7340-LHR' } });
    const ids = matchVendors([fastly, varnish], obs).map((m) => m.vendor.id);
    expect(ids[0]).toBe('fastly');
  });
});

// Fastly docs, "Fastly-generated 503 errors in VCL" and bereq.first_byte_timeout / bereq.fetch_timeout: Fastly's own
// errors are 503 with obj.response naming the cause, which is the reason phrase on HTTP/1.x only.
describe('Fastly by layer', () => {
  const fastlyHeaders = {
    'x-served-by': 'cache-lhr7340-LHR',
    'x-cache': 'MISS',
    'x-timer': 'S1700000000.123456,VS0,VE15002',
    via: '1.1 varnish',
  };

  it.each([
    ['first byte timeout', 'reason-first-byte-timeout'],
    ['backend read error', 'reason-backend-read-error'],
    ['All backends failed or unhealthy', 'reason-all-backends-failed'],
    ['All backends failed or unhealthy (chash)', 'reason-all-backends-failed'],
    ['Backend is unhealthy', 'reason-backend-unhealthy'],
    ['fetch timeout', 'reason-fetch-timeout'],
  ])('HTTP/1.1 503 %s is Fastly’s own answer', (phrase, id) => {
    const m = matchOne(
      fastly,
      observe({ statusCode: 503, statusLine: `HTTP/1.1 503 ${phrase}`, headers: fastlyHeaders }),
    );
    expect(m?.generated).toBe(true);
    expect(m?.hits.find((h) => h.kind === 'reason')?.fingerprint.id).toBe(id);
  });

  it('a 503 the origin sent, relayed over HTTP/2, is not claimed', () => {
    const m = matchOne(fastly, observe({ statusCode: 503, statusLine: 'HTTP/1.1 503', headers: fastlyHeaders }));
    expect(m?.generated).toBe(false);
    expect(m?.hits.some((h) => h.kind === 'reason')).toBe(false);
  });

  it.each([
    'HTTP/1.1 503 Service Unavailable',
    'HTTP/2 503 first byte timeout',
    'HTTP/1.1 503 first byte timeout exceeded',
    'HTTP/1.1 503 Backend fetch failed',
  ])('does not read %s as Fastly’s wording', (statusLine) => {
    expect(matchOne(fastly, observe({ statusCode: 503, statusLine }))).toBeUndefined();
  });

  it('makes only 503 by itself', () => {
    expect(fastly.makes).toEqual([503]);
  });

  itGivesUniqueKebabIds(fastly);
});

describe('Fastly notes and body hint', () => {
  it('explains 503 and that its reason phrase is lost on HTTP/2', () => {
    const note = fastly.notes?.find((n) => n.code === 503)?.note;
    expect(note && filled(note)).toBe(true);
    expect(note?.en).toMatch(/first byte timeout/);
    expect(note?.en).toMatch(/backend read error/);
    expect(note?.en).toMatch(/HTTP\/2/);
  });

  it('points at the Error 503 heading and the Guru Mediation block', () => {
    expect(fastly.bodyHint && filled(fastly.bodyHint)).toBe(true);
    expect(fastly.bodyHint?.en).toMatch(/Error 503/);
    expect(fastly.bodyHint?.en).toMatch(/Guru Mediation/);
  });

  it('defines no codes of its own', () => {
    expect(fastly.codes).toEqual([]);
  });
});

// Fastly's synthetic page (observed pages; obj.response texts from "Fastly-generated 503 errors in VCL"): "Error 503
// <obj.response>", "Guru Mediation:" (sic) and "Details: <cache node> <time> <number>".
describe('Fastly error page', () => {
  const page = fastlyFirstByteTimeout;

  itFindsOnPages('finds the cache node, the failure named in the heading and the Guru Mediation heading', [
    [
      page,
      [
        { id: 'fastly.page-details', value: 'cache-fra-eddf8230051-FRA' },
        { id: 'fastly.page-error', value: 'first byte timeout' },
        { id: 'fastly.page-guru-mediation' },
      ],
    ],
  ]);

  itNamesTheMakerFromItsPage([page], { confidence: 'high' });

  it('reads the page of an HTTP/2 response, where the reason phrase is gone, without Fastly’s headers', () => {
    const ex = readPageAlone(page);
    expect(ex.producer.vendor?.name).toBe('Fastly');
    expect(ex.decoded.find((d) => d.onPage)?.value).toBe('first byte timeout');
  });

  it('keeps a Fastly page apart from a Varnish one, both ways', () => {
    expect(pageMarkIds(page.html).filter((id) => id.startsWith('varnish.'))).toEqual([]);
    expect(pageMarkIds(varnishBackendFetchFailed.html).filter((id) => id.startsWith('fastly.'))).toEqual([]);
  });

  it('does not count the same words in prose, or a heading with another failure name', () => {
    const article = `<html><head><title>Fastly 503 first byte timeout</title></head><body>
      <h1>Fixing Error 503 first byte timeout on Fastly</h1>
      <p>The page shows Guru Mediation: Details: cache-lhr7340-LHR 1700000000 123456789 at the bottom.</p>
      <h3>Guru Mediation explained</h3><p>Details: the cache node is cache-lhr7340-LHR.</p>
      <article><h3>Guru Mediation:</h3><p>Details: cache-lhr7340-LHR 1700000000 123456789</p></article></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
    const other = page.html.replaceAll('first byte timeout', 'Backend fetch failed');
    expect(pageMarkIds(other)).toEqual(['fastly.page-details', 'fastly.page-guru-mediation']);
  });
});

describe('Fastly obj-response decoder', () => {
  itReadsPageValuesOnly(fastly, 'obj-response');

  itDecodes(fastly, 'obj-response', [
    ['first byte timeout', 'first-byte-timeout'],
    ['backend read error', 'backend-read-error'],
    ['All backends failed or unhealthy', 'all-backends-failed'],
    ['All backends failed or unhealthy (chash)', 'all-backends-failed'],
    ['Backend is unhealthy', 'backend-unhealthy'],
  ]);

  itLeavesToFallback(fastly, 'obj-response', [
    'Backend fetch failed',
    'first byte timeout exceeded',
    'Service Unavailable',
  ]);

  it('every row the page marker can capture is in the table', () => {
    const marker = fastly.fingerprints.find((f) => f.id === 'page-error')?.signal;
    const captured = [
      'first byte timeout',
      'backend read error',
      'All backends failed or unhealthy',
      'Backend is unhealthy',
    ];
    for (const value of captured) {
      expect(marker?.kind === 'page' && marker.text.test(`Error 503 ${value}`), value).toBe(true);
      expect(decodeWith(fastly, 'obj-response', value), value).toHaveLength(1);
    }
  });
});
