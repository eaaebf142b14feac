import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { decodeWith, expectBilingual, matchHeader, matchOne, vendorTexts } from '../test-helpers';
import { browserInternal } from './browser-internal';

describe('browser-internal', () => {
  it('recognises Chromium’s own redirects by Non-Authoritative-Reason', () => {
    expect(matchHeader(browserInternal, 'non-authoritative-reason', 'HSTS')?.generated).toBe(true);
  });

  it.each(['authoritative-reason', 'x-non-authoritative-reason'])('does not match the near miss %s', (name) => {
    expect(matchOne(browserInternal, observe({ headers: { [name]: 'HSTS' } }))).toBeUndefined();
  });

  it('has a name in both languages, since it describes rather than names a product', () => {
    expect(typeof browserInternal.name).toBe('object');
    expectBilingual([browserInternal.name as { en: string; ru: string }]);
    expectBilingual(vendorTexts(browserInternal));
  });

  it.each([
    ['HSTS', 'hsts'],
    ['WebRequest API', 'webrequest-api'],
  ])('decodes %s as the row %s', (value, id) => {
    expect(decodeWith(browserInternal, 'non-authoritative-reason', value).map((v) => v.id)).toEqual([id]);
  });
});

// Chromium source, net/url_request/url_request_redirect_job.cc: the fake status line is "HTTP/1.1 <code> Internal Redirect".
describe('browser-internal reason phrase', () => {
  it('marks a 307 "Internal Redirect" status line as the browser’s own, even without the header', () => {
    const m = matchOne(
      browserInternal,
      observe({
        statusCode: 307,
        statusLine: 'HTTP/1.1 307 Internal Redirect',
        headers: { location: 'https://a.test/' },
      }),
    );
    expect(m?.hits[0]?.fingerprint.id).toBe('reason-internal-redirect');
    expect(m?.hits[0]?.kind).toBe('reason');
    expect(m?.generated).toBe(true);
  });

  it.each(['HTTP/1.1 307 Temporary Redirect', 'HTTP/1.1 307 Internal Redirect Loop', 'HTTP/2 307', 'HTTP/1.1 307'])(
    'does not match the near miss status line %s',
    (statusLine) => {
      expect(matchOne(browserInternal, observe({ statusCode: 307, statusLine }))).toBeUndefined();
    },
  );
});

describe('browser-internal explained', () => {
  it.each([
    ['HSTS', /HTTPS/],
    ['WebRequest API', /extension/],
  ])('a 307 with reason %s is the browser’s, explained', (value, title) => {
    const ex = explain(
      observe({
        statusCode: 307,
        statusLine: 'HTTP/1.1 307 Internal Redirect',
        headers: { 'non-authoritative-reason': value, location: 'https://a.test/' },
      }),
    );
    expect(ex.producer.role).toBe('browser');
    expect(ex.decoded[0]?.title).toMatch(title);
    expect(ex.notes.some((n) => /Internal Redirect/.test(n.text))).toBe(true);
  });

  it('explains an unknown reason with the fallback', () => {
    const ex = explain(observe({ statusCode: 307, headers: { 'non-authoritative-reason': 'Something New' } }));
    expect(ex.decoded[0]?.title).toBeUndefined();
    expect(ex.decoded[0]?.summary).toMatch(/browser made this redirect itself/);
  });
});
