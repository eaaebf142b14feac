import { describe, expect, it } from 'vitest';
import { impervaBlocked } from '../../../test/error-pages/imperva';
import { observe } from '../observation';
import {
  itClaimsNothingByResponseSigns,
  itFindsOnPages,
  itGivesUniqueKebabIds,
  itMatchesHeaders,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchOne,
  pageFindsIn,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { imperva } from './imperva';

describe('Imperva fingerprint', () => {
  itMatchesHeaders(imperva, [
    ['x-iinfo', '13-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 12) q(0 0 0 -1) r(1 1) U6'],
    ['x-cdn', 'Incapsula'],
    ['x-cdn', 'Imperva'],
  ]);

  it.each(['incap_ses_1234_567890', 'visid_incap_567890'])('matches the cookie %s', (name) => {
    expect(matchOne(imperva, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  itRejectsHeaders(imperva, [
    ['x-cdn', 'Cloudfront'],
    ['x-cdn', 'Incapsula, Akamai'],
    ['x-info', '1'],
  ]);

  it.each(['incap_ses', 'incap_ses_abc_1', 'visid_incap_', 'nlbi_567890', 'xvisid_incap_1'])(
    'does not match the cookie %s',
    (name) => {
      expect(matchOne(imperva, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );
});

describe('Imperva texts', () => {
  it('tells where the incident ID is', () => {
    expect(imperva.bodyHint?.en).toMatch(/incident ID/);
    expect(imperva.bodyHint?.ru).toMatch(/incident ID/);
  });

  itWritesEveryTextInBothLanguages(imperva);
});

// Imperva's block page shows its incident ID in the body only; no header documented as written only on its own
// answers (or only on relayed ones) was found, so its signs show presence only.
describe('Imperva by layer', () => {
  it('a 403 through Imperva is not claimed by its headers alone', () => {
    const m = matchOne(
      imperva,
      observe({
        statusCode: 403,
        headers: {
          'x-cdn': 'Imperva',
          'x-iinfo': '13-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 12) q(0 0 0 -1) r(1 1) U6',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-iinfo', 'x-cdn']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  // Only its block page is its own.
  itClaimsNothingByResponseSigns(imperva);

  itGivesUniqueKebabIds(imperva);
});

// Imperva's block page (observed pages): a full-size iframe from /_Incapsula_Resource whose fallback text is
// "Request unsuccessful. Incapsula incident ID: <id>".
describe('Imperva error page', () => {
  const page = impervaBlocked;

  itFindsOnPages('finds the incident ID and the /_Incapsula_Resource frame', [
    [
      page,
      [{ id: 'imperva.page-incident', value: '123000010123456789-123456789012345678' }, { id: 'imperva.page-frame' }],
    ],
  ]);

  // A 403 the headers leave open is Imperva's own block once the page is read; its incident ID is the evidence.
  itNamesTheMakerFromItsPage([page], {
    confidence: 'high',
    evidence: { name: 'page-incident', value: '123000010123456789-123456789012345678' },
    uncertainUnread: true,
  });

  it.each(['1848000740416814348', '0-1199990858670542825'])('reads the incident ID shape %s', (id) => {
    expect(pageFindsIn(page.html.replaceAll('123000010123456789-123456789012345678', id))[0]).toEqual({
      id: 'imperva.page-incident',
      value: id,
    });
  });

  it('does not count the wording in prose, nor a site page that only loads Imperva’s script', () => {
    const article = `<html><head><script src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e"></script></head><body>
      <h1>What does "Request unsuccessful" mean?</h1>
      <p>Request unsuccessful. Incapsula incident ID: 123000010123456789-123456789012345678</p>
      <div><iframe src="/_Incapsula_Resource?CWUDNSAI=9">Request unsuccessful. Incapsula incident ID: 1-2</iframe></div>
      <iframe src="https://video.example/embed/1">Your browser cannot show this video.</iframe></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });
});
