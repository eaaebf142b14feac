import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { matchHeader, matchOne } from '../test-helpers';
import { browserInternal } from './browser-internal';

describe('browser-internal', () => {
  it('recognises Chromium’s own redirects by Non-Authoritative-Reason', () => {
    expect(matchHeader(browserInternal, 'non-authoritative-reason', 'HSTS')?.generated).toBe(true);
  });

  it.each(['authoritative-reason', 'x-non-authoritative-reason'])('does not match the near miss %s', (name) => {
    expect(matchOne(browserInternal, observe({ headers: { [name]: 'HSTS' } }))).toBeUndefined();
  });

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
    expect(ex.decoded[0]?.title?.en).toMatch(title);
    expect(ex.notes.some((n) => /Internal Redirect/.test(n.text.en))).toBe(true);
  });

  it('explains an unknown reason with the fallback', () => {
    const ex = explain(observe({ statusCode: 307, headers: { 'non-authoritative-reason': 'Something New' } }));
    expect(ex.decoded[0]?.title).toBeUndefined();
    expect(ex.decoded[0]?.summary.en).toMatch(/browser made this redirect itself/);
  });
});
