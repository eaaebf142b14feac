import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itRejectsHeaders, matchHeader, matchOne } from '../test-helpers';
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

  it('claims no answer by any single sign', () => {
    expect(heroku.fingerprints.some((f) => f.generated || f.relayed)).toBe(false);
  });
});
