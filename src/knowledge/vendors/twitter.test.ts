import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { twitter } from './twitter';

describe('Twitter / X API fingerprint', () => {
  it.each([
    'https://api.twitter.com/1.1/search/tweets.json',
    'https://api.x.com/2/tweets',
    'https://upload.twitter.com/1.1/media/upload.json',
    'https://stream.twitter.com/1.1/statuses/filter.json',
  ])('matches %s', (url) => {
    const m = matchOne(twitter, observe({ url }));
    expect(m?.hits[0]?.kind).toBe('host');
    expect(m?.score).toBe(2);
  });

  itRejectsHosts(twitter, [
    'https://api.twitter.com.evil.test/',
    'https://notapi.twitter.com/',
    'https://twitter.com/home',
    'https://x.com/home',
    'https://myapi.x.com/',
    'https://api.x.company.test/',
  ]);
});

describe('Twitter 420', () => {
  const m = twitter.codes.find((c) => c.id === 'twitter.420');

  it('is the legacy rate limit, ranked above Spring’s 420', () => {
    expect(m?.code).toBe(420);
    expect(m?.prior).toBe(0.5);
    expect(m?.obsolete).toBe(true);
    expect(m?.reach).toBe('rare');
    expect(m?.owner.en).toMatch(/429/);
  });

  it('is written in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner, m?.whenSeen, twitter.notes?.[0]?.note]);
  });
});
