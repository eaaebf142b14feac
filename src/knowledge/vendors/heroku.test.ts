import { describe, expect, it } from 'vitest';
import { herokuApplicationError, herokuNoSuchApp } from '../../../test/error-pages/heroku';
import { observe } from '../observation';
import {
  decodeWith,
  filled,
  itClaimsNothingByResponseSigns,
  itLeavesToFallback,
  itNamesTheMakerFromItsPage,
  itReadsPageValuesOnly,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  pageFindsIn,
  readPage,
  unreadPage,
} from '../test-helpers';
import { heroku } from './heroku';

describe('Heroku fingerprint', () => {
  it.each([
    ['via', '1.1 vegur'],
    ['via', '1.1 vegur, 1.1 varnish'],
    ['via', '2.0 heroku-router'],
    ['via', '1.1 heroku-router'],
    [
      'report-to',
      '{"group":"heroku-nel","max_age":3600,"endpoints":[{"url":"https://nel.heroku.com/reports?ts=1&sid=a&s=b"}]}',
    ],
    ['reporting-endpoints', 'heroku-nel=https://nel.heroku.com/reports?ts=1700000000&sid=abc&s=def'],
    ['reporting-endpoints', 'heroku-nel="https://nel.heroku.com/reports?ts=1"'],
    ['server', 'Cowboy'],
  ])('matches %s: %s', (name, value) => {
    expect(matchHeader(heroku, name, value)?.hits[0]?.name).toBe(name);
  });

  it('matches *.herokuapp.com', () => {
    expect(matchOne(heroku, observe({ url: 'https://my-app-1234.herokuapp.com/' }))?.hits[0]?.kind).toBe('host');
  });

  it('weighs Server: Cowboy as a weak hint only', () => {
    expect(matchHeader(heroku, 'server', 'Cowboy')?.score).toBe(1);
  });

  itRejectsHeaders(heroku, [
    ['via', '1.1 vegurx'],
    ['via', '1.1 notvegur'],
    ['via', '1.1 heroku-router-proxy'],
    ['via', '1.1 varnish'],
    ['server', 'Cowboy2'],
    ['server', 'heroku'],
    ['report-to', '{"group":"default","endpoints":[{"url":"https://example.test/r"}]}'],
    ['reporting-endpoints', 'heroku-nel=https://nel.heroku.com.evil.test/reports'],
    ['reporting-endpoints', 'default=https://example.test/reports'],
  ]);

  it.each(['https://notherokuapp.com/', 'https://herokuapp.com.evil.test/', 'https://app.heroku.com.evil.test/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(heroku, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Heroku notes', () => {
  it('lists the main H-codes in the 503 note, in both languages', () => {
    const note = heroku.notes?.find((n) => n.code === 503)?.note;
    for (const h of ['H10', 'H12', 'H13', 'H14', 'H18', 'H20']) {
      expect(note?.en).toContain(h);
      expect(note?.ru).toContain(h);
    }
    expect(note?.en).toContain('heroku logs');
  });

  // Heroku Dev Center, "Heroku Error Codes": H20 is "App boot timeout" (the router waits 75 seconds for a starting
  // app); failing to bind to $PORT is R10 "Boot timeout", a runtime error of the dyno, not a router H-code.
  it('names H20 the router’s 75-second boot wait and puts the $PORT failure on R10, in both languages', () => {
    const note = heroku.notes?.find((n) => n.code === 503)?.note;
    const h20 = (text: string | undefined) => /H20[^,;.]*/.exec(text ?? '')?.[0] ?? '';
    expect(h20(note?.en)).toMatch(/75 seconds/);
    expect(h20(note?.en)).not.toMatch(/\$PORT/);
    expect(h20(note?.ru)).toMatch(/75 секунд/);
    expect(h20(note?.ru)).not.toMatch(/\$PORT/);
    expect(note?.en).toMatch(/\$PORT[^.]*R10 \(Boot timeout\)/);
    expect(note?.ru).toMatch(/\$PORT[^.]*R10 \(Boot timeout\)/);
  });

  it('tells where the body hides the detail', () => {
    expect(heroku.bodyHint?.en).toMatch(/code=H/);
    expect(heroku.bodyHint?.ru).toMatch(/[а-яё]/i);
  });
});

// Heroku Dev Center, "Heroku Error Codes": the router's own failures are the "Application error" page with the
// H-code only in the router log; Via: 1.1 vegur is added to the app's answers and the router's own alike.
describe('Heroku and the layer that answered', () => {
  it('the router’s own 503 (H10 app crashed) shows nothing that tells it from the app’s answer', () => {
    const m = matchOne(
      heroku,
      observe({
        statusCode: 503,
        url: 'https://my-app-1234.herokuapp.com/',
        headers: { server: 'Cowboy', via: '1.1 vegur', 'cache-control': 'no-cache, no-store' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via-vegur', 'server-cowboy', 'host']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('an app’s 500 passed along by Router 2.0 is recognised but not claimed', () => {
    const m = matchOne(heroku, observe({ statusCode: 500, headers: { via: '2.0 heroku-router', server: 'gunicorn' } }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via-heroku-router']);
    expect(m?.generated).toBe(false);
  });

  // No single header, host or cookie sign claims an answer: only its own error page does.
  itClaimsNothingByResponseSigns(heroku);
});

// Heroku Dev Center "Error Pages" (the default pages live on www.herokucdn.com/error-pages/) and observed pages: the
// router's page is a bare iframe loading one of them, so the page name says which router page this is.
describe('Heroku error page', () => {
  it.each([
    [herokuApplicationError, 'application-error'],
    [herokuNoSuchApp, 'no-such-app'],
  ])('finds the router page named in the iframe of $id', (page, name) => {
    expect(pageFindsIn(page.html)).toEqual([{ id: 'heroku.page-error', value: name }]);
  });

  itNamesTheMakerFromItsPage([herokuApplicationError, herokuNoSuchApp], { confidence: 'high' });

  it('turns a 503 the headers cannot place into the router’s own', () => {
    expect(unreadPage(herokuApplicationError).producer.confidence).not.toBe('high');
    expect(readPage(herokuApplicationError).producer.vendor?.name).toBe('Heroku');
  });

  it.each([
    'https://www.herokucdn.com/error-pages/application-error.html',
    'http://www.herokucdn.com/error-pages/maintenance-mode.html',
  ])('reads the absolute address %s too', (src) => {
    expect(pageFindsIn(`<html><body><iframe src="${src}"></iframe></body></html>`)[0]?.id).toBe('heroku.page-error');
  });

  it('does not count a custom error page, a link in prose, or a lookalike host', () => {
    const pages = [
      '<html><body><iframe src="//errors.site.example/application-error.html"></iframe></body></html>',
      '<html><body><p>Heroku loads //www.herokucdn.com/error-pages/application-error.html in an iframe.</p>' +
        '<a href="//www.herokucdn.com/error-pages/no-such-app.html">example</a></body></html>',
      '<html><body><div><iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe></div></body></html>',
      '<html><body><iframe src="//www.herokucdn.com.evil.test/error-pages/application-error.html"></iframe></body></html>',
    ];
    for (const html of pages) expect(pageFindsIn(html), html).toEqual([]);
  });
});

describe('Heroku error-page decoder', () => {
  itReadsPageValuesOnly(heroku, 'error-page');

  it.each([
    ['application-error', /heroku logs --tail/],
    ['no-such-app', /heroku domains/],
    ['maintenance-mode', /maintenance:off/],
  ])('decodes %s with advice for the owner', (name, owner) => {
    const [row] = decodeWith(heroku, 'error-page', name);
    expect(row?.id).toBe(name);
    expect(filled(row?.title) && filled(row?.summary) && filled(row?.owner)).toBe(true);
    expect(row?.owner?.en).toMatch(owner);
  });

  it('points the application error at the H-code of the router log, in both languages', () => {
    const [row] = decodeWith(heroku, 'error-page', 'application-error');
    for (const h of ['H10', 'H12', 'H13', 'H14']) {
      expect(row?.owner?.en).toContain(h);
      expect(row?.owner?.ru).toContain(h);
    }
  });

  itLeavesToFallback(heroku, 'error-page', ['ssl-cert-error', 'application-error-2', 'Application-Error']);
});
