import { describe, expect, it } from 'vitest';
import { googleServerError } from '../../../test/error-pages/google';
import { observe } from '../observation';
import {
  filled,
  itClaimsNothingByResponseSigns,
  itFindsOnPages,
  itGivesUniqueKebabIds,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  pageFindsIn,
} from '../test-helpers';
import { google } from './google';

describe('Google fingerprints', () => {
  it.each([
    ['server', 'gws'],
    ['server', 'GFE/2.0'],
    ['server', 'ESF'],
    ['server', 'Google Frontend'],
    ['via', '1.1 google'],
    ['via', '1.1 varnish, 1.1 google'],
    ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000/1;o=1'],
    ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000'],
    ['x-guploader-uploadid', 'ABPtcPoZ1x2y3z'],
    ['x-goog-generation', '1700000000123456'],
  ])('matches %s: %s', (name, value) => {
    const m = matchHeader(google, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it.each([
    'https://storage.googleapis.com/bucket/file.txt',
    'https://www.googleapis.com/youtube/v3/videos',
    'https://googleapis.com/',
  ])('matches the host of %s as a weak hint', (url) => {
    const m = matchOne(google, observe({ url }));
    expect(m?.hits[0]?.kind).toBe('host');
    expect(m?.score).toBe(1);
  });

  itRejectsHeaders(google, [
    ['server', 'gws2'],
    ['server', 'GFE'],
    ['server', 'GFE/two'],
    ['server', 'esf'],
    ['server', 'Google Frontend Proxy'],
    ['via', '1.1 googlebot'],
    ['via', '1.1 notgoogle'],
    ['x-cloud-trace-context', 'abc'],
    ['x-goog-generation', 'latest'],
  ]);

  it.each(['https://notgoogleapis.com/', 'https://googleapis.com.evil.test/'])(
    'does not match the near miss host %s',
    (url) => {
      expect(matchOne(google, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Google notes and body hint', () => {
  it('covers 502, 429 and 403 in both languages', () => {
    expect((google.notes ?? []).map((n) => n.code).sort()).toEqual([403, 429, 502]);
    for (const n of google.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('ties 502 to the "That’s an error" page and 429 to quotas', () => {
    expect(google.notes?.find((n) => n.code === 502)?.note.en).toMatch(/That’s an error/);
    expect(google.notes?.find((n) => n.code === 429)?.note.en).toMatch(/RESOURCE_EXHAUSTED/);
    expect(google.notes?.find((n) => n.code === 403)?.note.en).toMatch(/not enabled/);
  });

  it('tells where Google keeps the detail', () => {
    expect(google.bodyHint && filled(google.bodyHint)).toBe(true);
    expect(google.bodyHint?.en).toMatch(/That’s an error/);
    expect(google.bodyHint?.en).toMatch(/error\.status/);
  });
});

// No Google page consulted shows a header written only on the front end's own error pages ("Error 502 (Server
// Error)!!1" lives in the body) or only on passed-along answers, so every Google header sign shows presence only;
// only the error page itself, once read, shows that the front end answered.
describe('Google by layer', () => {
  it('a 502 behind Google Cloud Load Balancing is not claimed for Google by any header', () => {
    const m = matchOne(
      google,
      observe({ statusCode: 502, headers: { via: '1.1 google', 'content-type': 'text/html; charset=UTF-8' } }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  itClaimsNothingByResponseSigns(google);

  itGivesUniqueKebabIds(google);
});

// The error page of Google's front ends (observed pages): title "Error <status> (<name>)!!1" and
// "<p><b><status>.</b> <ins>That’s an error.</ins>".
describe('Google error page', () => {
  const page = googleServerError;

  itFindsOnPages('finds the "!!1" title with its status and the "That’s an error." line', [
    [page, [{ id: 'google.page-title', value: '502' }, { id: 'google.page-thats-an-error' }]],
  ]);

  // A 502 that Google's headers leave open is the front end's own once the page is read.
  itNamesTheMakerFromItsPage([page], { confidence: 'high', uncertainUnread: true });

  it.each([
    ['Error 404 (Not Found)!!1', '404'],
    ['Error 405 (Method Not Allowed)!!1', '405'],
    ['Error 429 (Too Many Requests)!!1', '429'],
  ])('reads the title %s', (title, status) => {
    expect(pageFindsIn(`<html><head><title>${title}</title></head><body></body></html>`)).toEqual([
      { id: 'google.page-title', value: status },
    ]);
  });

  it('does not count the wording in prose, a title without "!!1", or the line without its bold number', () => {
    const article = `<html><head><title>Error 502 (Server Error) on Google Cloud Run</title></head><body>
      <h1>Error 502 (Server Error)!!1 explained</h1>
      <p>Google shows 502. That’s an error. That’s all we know.</p>
      <p><i>502.</i> <ins>That’s an error.</ins></p>
      <p><b>Note:</b> <ins>That’s an error in the docs.</ins></p></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });
});
