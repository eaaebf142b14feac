import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, matchHeader, matchOne } from '../test-helpers';
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
