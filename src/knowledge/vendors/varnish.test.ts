import { describe, expect, it } from 'vitest';
import { fastlyFirstByteTimeout } from '../../../test/error-pages/fastly';
import { varnishBackendFetchFailed } from '../../../test/error-pages/varnish';
import { matchVendors } from '../match';
import { observe } from '../observation';
import {
  filled,
  itFindsOnPages,
  itGivesUniqueKebabIds,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  pageFindsIn,
  pageMarkIds,
  readPage,
  readPageAlone,
} from '../test-helpers';
import { fastly } from './fastly';
import { varnish } from './varnish';

describe('Varnish fingerprints', () => {
  it.each([
    ['x-varnish', '32774'],
    ['x-varnish', '32777 10'],
    ['via', '1.1 varnish (Varnish/6.0)'],
    ['via', '1.1 web01 (Varnish/7.4)'],
    ['via', '1.1 varnish'],
  ])('matches %s: %s without claiming the response when Age and Via are there too', (name, value) => {
    const m = matchOne(varnish, observe({ headers: { age: '0', via: '1.1 varnish (Varnish/7.4)', [name]: value } }));
    expect(m?.hits.some((h) => h.name === name && h.value === value)).toBe(true);
    expect(m?.generated).toBe(false);
  });

  it.each(['Varnish', 'varnish'])('matches Server: %s as a response Varnish made itself', (value) => {
    const m = matchHeader(varnish, 'server', value);
    expect(m?.generated).toBe(true);
  });

  itRejectsHeaders(varnish, [
    ['x-varnish', 'HIT'],
    ['x-varnish', '123 456 789'],
    ['x-varnish-cache', 'MISS'],
    ['server', 'Varnish/6.0'],
    ['server', 'nginx + varnish'],
    ['via', '1.1 varnishcache'],
    ['via', '1.1 vegur'],
  ]);

  it('treats Via as medium (shared with Fastly) and x-varnish / Server as strong', () => {
    const weight = (name: string) =>
      varnish.fingerprints.find((f) => f.signal.kind === 'header' && f.signal.name === name)?.weight;
    expect(weight('via')).toBe('medium');
    expect(weight('x-varnish')).toBe('strong');
    expect(weight('server')).toBe('strong');
  });

  it('ranks a self-hosted Varnish first when only Varnish signs are present', () => {
    const obs = observe({ statusCode: 503, headers: { via: '1.1 varnish', 'x-varnish': '32774', server: 'Varnish' } });
    expect(matchVendors([fastly, varnish], obs).map((m) => m.vendor.id)[0]).toBe('varnish');
  });
});

// varnishcache/varnish-cache source: cache_fetch.c (vbf_stp_error: 503 "Backend fetch failed", Server: Varnish),
// cache_req_fsm.c (delivered answers get Age, Via and "X-Varnish: <id> <id>" on a hit; vcl_synth answers get
// only Date, Server: Varnish and X-Varnish), builtin.vcl (Retry-After: 5 on synthetic pages).
describe('Varnish by layer', () => {
  const ids = (obs: ReturnType<typeof observe>) => matchOne(varnish, obs)?.hits.map((h) => h.fingerprint.id);

  it('a failed backend fetch over HTTP/1.1 is Varnish’s own 503', () => {
    const obs = observe({
      statusCode: 503,
      statusLine: 'HTTP/1.1 503 Backend fetch failed',
      headers: {
        server: 'Varnish',
        'retry-after': '5',
        'x-varnish': '32770',
        age: '0',
        via: '1.1 varnish (Varnish/7.4)',
      },
    });
    const m = matchOne(varnish, obs);
    expect(m?.generated).toBe(true);
    expect(ids(obs)).toEqual(['x-varnish', 'via', 'server', 'reason-backend-fetch-failed']);
  });

  it('the reason phrase alone names Varnish as the maker', () => {
    const m = matchOne(varnish, observe({ statusCode: 503, statusLine: 'HTTP/1.1 503 Backend fetch failed' }));
    expect(m?.generated).toBe(true);
    expect(m?.hits.map((h) => h.kind)).toEqual(['reason']);
  });

  it.each(['HTTP/2 503', 'HTTP/1.1 503 Service Unavailable', 'HTTP/1.1 503 Backend fetch failed again'])(
    'does not take %s for Varnish’s wording',
    (statusLine) => {
      expect(matchOne(varnish, observe({ statusCode: 503, statusLine }))).toBeUndefined();
    },
  );

  it('a vcl_synth answer (X-Varnish without Age and Via) is Varnish’s own', () => {
    const obs = observe({ statusCode: 403, headers: { 'x-varnish': '98311' } });
    expect(matchOne(varnish, obs)?.generated).toBe(true);
    expect(ids(obs)).toEqual(['x-varnish', 'x-varnish-no-age-via']);
  });

  it.each([
    ['age', '0'],
    ['via', '1.1 varnish (Varnish/6.0)'],
  ])('does not call it synthetic when %s is present', (name, value) => {
    const obs = observe({ statusCode: 403, headers: { 'x-varnish': '98311', [name]: value } });
    expect(ids(obs)).not.toContain('x-varnish-no-age-via');
    expect(matchOne(varnish, obs)?.generated).toBe(false);
  });

  it('a cache hit is passed along from the cache, not made by Varnish', () => {
    const obs = observe({
      statusCode: 404,
      headers: { server: 'nginx', 'x-varnish': '32777 10', age: '12', via: '1.1 varnish (Varnish/7.4)' },
    });
    const m = matchOne(varnish, obs);
    expect(m?.relayed).toBe(true);
    expect(m?.generated).toBe(false);
    expect(ids(obs)).toEqual(['x-varnish-hit', 'via']);
  });

  it('makes only 503 by itself', () => {
    expect(varnish.makes).toEqual([503]);
  });

  itGivesUniqueKebabIds(varnish);
});

describe('Varnish notes and body hint', () => {
  it('explains 503 as Backend fetch failed', () => {
    const note = varnish.notes?.find((n) => n.code === 503)?.note;
    expect(note && filled(note)).toBe(true);
    expect(note?.en).toMatch(/Backend fetch failed/);
    for (const n of varnish.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('points at the Guru Meditation XID', () => {
    expect(varnish.bodyHint && filled(varnish.bodyHint)).toBe(true);
    expect(varnish.bodyHint?.en).toMatch(/Guru Meditation/);
    expect(varnish.bodyHint?.en).toMatch(/XID/);
  });

  it('is a proxy with no codes of its own', () => {
    expect(varnish.role).toBe('proxy');
    expect(varnish.codes).toEqual([]);
  });
});

// builtin.vcl (vcl_synth, vcl_backend_error): "Error <status> <reason>", "Guru Meditation:", "XID: <id>", and a
// "Varnish cache server" footer that Fastly's page shares, so the footer is not a mark.
describe('Varnish error page', () => {
  const page = varnishBackendFetchFailed;

  itFindsOnPages('finds the XID and the Guru Meditation heading', [
    [page, [{ id: 'varnish.page-xid', value: '10389692' }, { id: 'varnish.page-guru-meditation' }]],
  ]);

  itNamesTheMakerFromItsPage([page], { confidence: 'high' });

  it('settles an HTTP/2 503 with no Varnish header from the page alone', () => {
    const ex = readPageAlone(page);
    expect(ex.producer.vendor?.name).toBe('Varnish Cache');
    expect(ex.producer.confidence).toBe('high');
  });

  it('does not take Fastly’s page (Mediation, Details) for a Varnish page', () => {
    expect(pageMarkIds(fastlyFirstByteTimeout.html).filter((id) => id.startsWith('varnish.'))).toEqual([]);
    expect(readPage(fastlyFirstByteTimeout).producer.vendor?.name).toBe('Fastly');
  });

  it('does not count the words in prose, or an XID line outside the page’s frame', () => {
    const article = `<html><head><title>Varnish Guru Meditation</title></head><body>
      <h1>Error 503 Backend fetch failed</h1>
      <p>Varnish shows Guru Meditation: XID: 10389692 when the backend fails.</p>
      <h3>Guru Meditation and XID</h3><p>XID: look it up with varnishlog</p>
      <section><h3>Guru Meditation:</h3><p>XID: 10389692</p></section>
      <p>Varnish cache server</p></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });
});
