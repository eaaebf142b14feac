import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  matchHeader,
  vendorTexts,
} from '../test-helpers';
import { denoDeploy } from './deno-deploy';

// Header shapes: Deno Deploy docs "CDN and caching" (Cache-Status: deno; hit / deno; fwd=uri-miss; stored) and
// captured Deno Deploy Classic answers (server: deno/gcp-asia-northeast1, via: http/1.1 edgeproxy-h).
describe('Deno Deploy fingerprints', () => {
  itMatchesHeaders(denoDeploy, [
    ['cache-status', 'deno; hit'],
    ['cache-status', 'deno; fwd=uri-miss; stored'],
    ['cache-status', 'deno; fwd=bypass; detail=set-cookie'],
    ['server', 'deno/gcp-asia-northeast1'],
    ['server', 'deno/gcp-us-west4'],
    ['via', 'http/1.1 edgeproxy-h'],
  ]);

  itRejectsHeaders(denoDeploy, [
    ['cache-status', 'Cloudflare; hit'],
    ['cache-status', 'denoland; hit'],
    ['server', 'deno'],
    ['server', 'Deno/1.40'],
    ['via', '1.1 edgeproxy'],
    ['x-deno-ray', '4bf92f3577b34da6a3ce929d0e0e4736'],
  ]);

  itMatchesHosts(denoDeploy, ['https://my-app.acme-inc.deno.net/', 'https://orderfoodonline.deno.dev/api/product']);
  itRejectsHosts(denoDeploy, ['https://deno.com/', 'https://jsr.io/', 'https://app.deno.dev.evil.test/']);

  it('reads a cache hit as the app’s answer passed along, and a forward as neither', () => {
    expect(matchHeader(denoDeploy, 'cache-status', 'deno; hit')?.relayed).toBe(true);
    expect(matchHeader(denoDeploy, 'cache-status', 'deno; fwd=stale')?.relayed).toBe(false);
    expect(denoDeploy.fingerprints.some((f) => f.generated)).toBe(false);
  });
});

// Deno Deploy docs, "Runtime" (an app that crashes before its HTTP server starts fails the request with 502) and
// "CDN and caching" (Cache-Status values).
describe('Deno Deploy and the layer that answered', () => {
  it('a 502 from an app that crashed at start is put on the platform as a guess', () => {
    const ex = explain(observe({ statusCode: 502, url: 'https://my-app.acme-inc.deno.net/' }));
    expect(ex.producer).toMatchObject({ role: 'platform', vendor: { id: 'deno-deploy' }, confidence: 'low' });
    expect(ex.notes.some((n) => n.vendor?.id === 'deno-deploy')).toBe(true);
  });

  it('a cached 404 is the app’s answer, passed along', () => {
    const ex = explain(observe({ statusCode: 404, headers: { 'cache-status': 'deno; hit' } }));
    expect(ex.producer).toMatchObject({ role: 'origin', confidence: 'medium' });
  });
});

describe('Deno Deploy texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(denoDeploy));
  });

  it('has a note on 502 and no codes of its own', () => {
    expect(denoDeploy.notes?.map((n) => n.code)).toEqual([502]);
    expect(denoDeploy.codes).toEqual([]);
  });
});
