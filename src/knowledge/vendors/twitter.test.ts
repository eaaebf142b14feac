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
    'https://search.twitter.com/search.json?q=test',
    'https://twitter.com/home',
    'https://x.com/home',
    'https://x.com/i/api/graphql/abc/HomeTimeline',
  ])('matches %s', (url) => {
    const m = matchOne(twitter, observe({ url }));
    expect(m?.hits[0]?.kind).toBe('host');
    expect(m?.hits[0]?.fingerprint.id).toBe('host');
    expect(m?.score).toBe(2);
  });

  itRejectsHosts(twitter, [
    'https://api.twitter.com.evil.test/',
    'https://nottwitter.com/',
    'https://notx.com/',
    'https://x.co/',
    'https://t.co/abc',
    'https://api.x.company.test/',
    'https://twitter.example.test/',
  ]);
});

// The 420 is Twitter's own answer, so it only comes from its hosts: the host is decisive.
describe('Twitter / X host decides its 420', () => {
  it('marks the host decisive', () => {
    expect(twitter.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });

  it.each([
    'https://api.twitter.com/1.1/search/tweets.json',
    'https://twitter.com/',
    'https://x.com/',
    'https://api.x.com/2/tweets',
  ])('a 420 from %s carries the decisive host', (url) => {
    const m = matchOne(twitter, observe({ statusCode: 420, url }));
    expect(m?.hits.some((h) => h.fingerprint.decisive === true)).toBe(true);
  });

  it.each(['https://example.test/api/orders', 'https://app.example.com/'])(
    'a 420 on the unrelated host %s does not match Twitter',
    (url) => {
      expect(matchOne(twitter, observe({ statusCode: 420, url, headers: { server: 'Apache' } }))).toBeUndefined();
    },
  );
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
    expectBilingual([
      m?.title,
      m?.summary,
      m?.visitor,
      m?.owner,
      m?.whenSeen,
      twitter.notes?.[0]?.note,
      ...twitter.fingerprints.map((f) => f.says),
    ]);
  });
});
