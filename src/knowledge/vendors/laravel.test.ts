import { describe, expect, it } from 'vitest';
import {
  expectBilingual,
  itDecodes,
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchHeader,
  matchOne,
  pageFindsIn,
  withPage,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { laravelMaintenance, laravelPageExpired } from '../../../test/error-pages/laravel';
import { explain } from '../explain';
import { observe } from '../observation';
import { laravel } from './laravel';

describe('Laravel fingerprint', () => {
  it('matches the laravel_session cookie strongly', () => {
    const m = matchOne(laravel, observe({ cookieNames: ['laravel_session'] }));
    expect(m?.hits[0]?.name).toBe('laravel_session');
    expect(m?.score).toBe(3);
  });

  it('treats XSRF-TOKEN alone as a weak hint', () => {
    expect(matchOne(laravel, observe({ cookieNames: ['XSRF-TOKEN'] }))?.score).toBe(1);
  });

  it.each(['laravel_session_x', 'my_laravel_session', 'LARAVEL_SESSION', 'xsrf-token-2', 'XSRF-TOKENS', 'laravel'])(
    'does not match the near-miss cookie %s',
    (name) => {
      expect(matchOne(laravel, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );

  it('does not look at header values', () => {
    expect(matchHeader(laravel, 'x-powered-by', 'laravel_session')).toBeUndefined();
  });
});

describe('Laravel 419', () => {
  const m = laravel.codes.find((c) => c.id === 'laravel.419');

  it('is defined with a source and both languages', () => {
    expect(m?.code).toBe(419);
    expect(m?.source.url).toMatch(/^https:\/\//);
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner]);
  });

  it('tells the owner about the CSRF token and session settings', () => {
    expect(m?.owner.en).toMatch(/@csrf/);
    expect(m?.owner.en).toMatch(/SESSION_LIFETIME/);
  });
});

describe('Laravel fingerprint ids', () => {
  it.each([
    ['laravel_session', 'cookie-laravel-session'],
    ['XSRF-TOKEN', 'cookie-xsrf-token'],
  ])('the cookie %s is the fingerprint %s', (name, id) => {
    expect(matchOne(laravel, observe({ cookieNames: [name] }))?.hits[0]?.fingerprint.id).toBe(id);
  });
});

// Laravel's built-in error views (laravel/framework src/Illuminate/Foundation/Exceptions/views/minimal.blade.php),
// shaped in test/error-pages/laravel.ts.
describe('Laravel error page', () => {
  itFindsOnPages('finds the code beside the message in the views’ row', [
    [laravelPageExpired, [{ id: 'laravel.page-error-view', value: '419' }]],
    [laravelMaintenance, [{ id: 'laravel.page-error-view', value: '503' }]],
  ]);

  // Laravel made it, and the page names the case.
  itNamesTheMakerFromItsPage([laravelPageExpired, laravelMaintenance], { confidence: 'high', title: 'page' });

  it('a code without a row of its own still names Laravel, with the weight of the layout alone', () => {
    const html = laravelPageExpired.html.replace('419', '404').replace(/Page Expired/g, 'Not Found');
    const ex = explain(withPage(404, html, { 'content-type': 'text/html; charset=UTF-8' }));
    expect(ex.producer.vendor?.id).toBe('laravel');
    expect(ex.producer.confidence).toBe('medium');
    expect(ex.decoded).toEqual([]);
  });

  itDecodes(laravel, 'error-view', [
    ['419', '419'],
    ['503', '503'],
  ]);

  it('does not take prose, a lone code box or a reordered row for Laravel’s view', () => {
    const prose = `<html><body><h1>Page Expired</h1><p>Laravel shows 419 | PAGE EXPIRED when the CSRF token is stale.</p></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const lone = `<html><body><div class="flex items-center"><div class="px-4 border-r tracking-wider">419</div></div></body></html>`;
    expect(pageFindsIn(lone)).toEqual([]);
    const reordered = `<html><body><div class="flex items-center"><div class="ml-4 uppercase tracking-wider">Page Expired</div>
      <div class="px-4 border-r tracking-wider">419</div></div></body></html>`;
    expect(pageFindsIn(reordered)).toEqual([]);
  });

  itWritesEveryTextInBothLanguages(laravel);
});
