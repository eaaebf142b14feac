// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cloudflareFirewall, cloudflareOriginDns } from '../../test/error-pages/cloudflare';
import { explain } from './explain';
import { PAGE_LIMITS, pageMarkers, readMarkers } from './page-markers';
import { rules } from './rules-data';
import { pageFindsIn, withPage } from './test-helpers';

/** The shapes that can make a regex slow: a quantified group holding a quantifier, a back-reference, a look-around. */
const nested = /\([^()]*[+*}][^()]*\)[+*{]|\\[1-9]|\(\?<?[=!]/;

describe('reading an error page', () => {
  it('finds a marker where the product puts it, with its value', () => {
    expect(pageFindsIn(cloudflareOriginDns.html)).toEqual([
      { id: 'cloudflare.page-error', value: '1016' },
      { id: 'cloudflare.page-ray', value: '8e2f4a6b1c3d5e7f' },
    ]);
  });

  it('does not count prose that only mentions the markers', () => {
    const article = `<html><head><title>How to fix Cloudflare Error 1016</title></head><body>
      <h1>Error 1016</h1><p class="cf-error-code">1016</p>
      <p>Cloudflare Ray ID: 8e2f4a6b1c3d5e7f is printed at the bottom of the page.</p>
      <p>Some pages say Guru Meditation, others Reference #18.2d351ab8.1557333295.a4e16ab.</p></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });

  it('reads nothing from a frame that shows another document', () => {
    expect(readMarkers(pageMarkers(rules), 'https://elsewhere.example/', PAGE_LIMITS)).toBeNull();
  });

  it('keeps a captured value short and reads a bounded part of a long text', () => {
    const long = `<html><body><div id="cf-error-details"><span class="cf-error-code">${'1'.repeat(5)}</span>
      <span class="cf-footer-item">${'x'.repeat(50_000)} Cloudflare Ray ID: 8e2f4a6b1c3d5e7f</span></div></body></html>`;
    expect(pageFindsIn(long)).toEqual([{ id: 'cloudflare.page-error', value: '11111' }]);
  });

  it('skips a marker whose selector the page cannot parse, and goes on', () => {
    const broken = [{ id: 'x.bad', in: 'div[', source: '.', flags: '' }, ...pageMarkers(rules)];
    document.body.innerHTML = '';
    expect(readMarkers(broken, location.href, PAGE_LIMITS)).toEqual([]);
  });

  it('every page pattern runs in linear time: no nested quantifier, back-reference or look-around', () => {
    const markers = pageMarkers(rules);
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(nested.test(m.source), `${m.id}: ${m.source}`).toBe(false);
  });
});

describe('what a read page settles', () => {
  it('names the exact error and its maker from the page, not the bare status', () => {
    const ex = explain(withPage(cloudflareOriginDns.status, cloudflareOriginDns.html, cloudflareOriginDns.headers));
    expect(ex.decoded[0]?.title).toBe(cloudflareOriginDns.expect.title);
    expect(ex.producer.vendor?.name).toBe('Cloudflare');
    expect(ex.producer.confidence).toBe('high');
    expect(ex.producer.why).toContain('error page');
    expect(ex.producer.evidence[0]).toMatchObject({ kind: 'page', value: '1016' });
  });

  it('turns a guessed gateway 403 into a certain one', () => {
    const bare = explain(withPage(403, '<html><body>Forbidden</body></html>', cloudflareFirewall.headers));
    const read = explain(withPage(403, cloudflareFirewall.html, cloudflareFirewall.headers));
    expect(bare.producer.confidence).toBe('low');
    expect(read.producer.confidence).toBe('high');
    expect(read.decoded[0]?.title).toBe(cloudflareFirewall.expect.title);
  });
});
