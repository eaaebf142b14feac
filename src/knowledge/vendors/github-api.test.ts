import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  itMatchesHeaders,
  itRejectsHeaders,
  itRejectsHosts,
  matchOne,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { githubApi } from './github-api';

/** What api.github.com sends on every answer (GitHub Docs: Rate limits for the REST API; Media types). */
const apiHeaders = (remaining: string): Record<string, string> => ({
  server: 'github.com',
  'x-github-request-id': 'B646:3E30C6:703151:87B13E:69A9546A',
  'x-github-media-type': 'github.v3; format=json',
  'x-github-api-version-selected': '2022-11-28',
  'x-ratelimit-limit': '60',
  'x-ratelimit-remaining': remaining,
  'x-ratelimit-reset': '1745924000',
  'x-ratelimit-resource': 'core',
});

describe('GitHub REST API fingerprint', () => {
  it.each(['https://api.github.com/repos/octocat/hello-world', 'https://api.github.com/rate_limit'])(
    'matches the host of %s',
    (url) => {
      const m = matchOne(githubApi, observe({ url }));
      expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['host']);
    },
  );

  itRejectsHosts(githubApi, [
    'https://github.com/octocat',
    'https://octocat.github.io/',
    'https://api.github.com.evil.test/',
    'https://uploads.github.com/repos/a/b/releases/1/assets',
    'https://api.github.example.test/',
  ]);

  // GitHub Docs, Media types: "X-GitHub-Media-Type: github.v3; param=full; format=json" on every response.
  itMatchesHeaders(githubApi, [
    ['x-github-media-type', 'github.v3'],
    ['x-github-media-type', 'github.v3; format=json'],
    ['x-github-media-type', 'github.v3; param=full; format=json'],
    ['x-github-api-version-selected', '2022-11-28'],
  ]);

  itRejectsHeaders(githubApi, [
    ['x-github-media-type', 'application/json'],
    ['x-github-media-type', 'gitlab.v4'],
    ['x-github-api-version-selected', 'latest'],
    ['x-github-request-id', 'B646:3E30C6:703151:87B13E:69A9546A'],
    ['server', 'github.com'],
  ]);

  it('marks the API host decisive', () => {
    expect(githubApi.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });
});

// GitHub Docs, Rate limits for the REST API: exceeding the primary limit gives 403 or 429 with x-ratelimit-remaining 0.
describe('GitHub x-ratelimit-remaining decoder', () => {
  it('reads 0 as the hourly allowance used up', () => {
    const hit = decodeWith(githubApi, 'x-ratelimit-remaining', ' 0 ');
    expect(hit.map((v) => v.id)).toEqual(['exhausted']);
    expect(hit[0]?.title.en).toMatch(/rate limit used up/);
  });

  it.each(['1', '4999', '00', '', 'none'])('leaves %s to the fallback', (value) => {
    expect(decodeWith(githubApi, 'x-ratelimit-remaining', value)).toHaveLength(0);
  });

  it('is read only on GitHub’s own answers, never as the producer’s sign', () => {
    const d = decoderOf(githubApi, 'x-ratelimit-remaining');
    expect(d.onlyWithVendor).toBe(true);
    expect(d.generated).toBe(false);
    expect(d.fallback.en).toMatch(/secondary rate limit/);
  });
});

describe('GitHub REST API texts', () => {
  const note = (code: number): string => noteOn(githubApi, code);

  it('explains rate-limited 403s and 429s, secondary limits and Retry-After', () => {
    expect(note(403)).toMatch(/X-RateLimit-Remaining: 0/);
    expect(note(403)).toMatch(/secondary rate limit/);
    expect(note(403)).toMatch(/Retry-After/);
    expect(note(429)).toMatch(/Retry-After/);
    expect(githubApi.bodyHint?.en).toMatch(/X-GitHub-Request-Id/);
  });

  itWritesEveryTextInBothLanguages(githubApi);
});

describe('GitHub REST API through explain', () => {
  it('a 403 "rate limit exceeded" from api.github.com is GitHub’s API, with the limit decoded', () => {
    const ex = explain(observe({ statusCode: 403, url: 'https://api.github.com/repos/a/b', headers: apiHeaders('0') }));
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'github-api' } });
    expect(ex.decoded.find((d) => d.header === 'x-ratelimit-remaining')?.title).toMatch(/rate limit used up/);
    expect(ex.notes.some((n) => n.vendor?.id === 'github-api')).toBe(true);
  });

  it('a 429 with requests left reads as a secondary limit, and Retry-After is parsed', () => {
    const ex = explain(
      observe({
        statusCode: 429,
        url: 'https://api.github.com/search/code',
        headers: { ...apiHeaders('25'), 'retry-after': '60' },
      }),
    );
    expect(ex.producer.vendor?.id).toBe('github-api');
    expect(ex.decoded.find((d) => d.header === 'x-ratelimit-remaining')?.summary).toMatch(/secondary/);
    expect(ex.retryAfter).toBeDefined();
  });

  it('the API is not taken for a GitHub Pages site, though both send Server: github.com and a request id', () => {
    const ex = explain(
      observe({ statusCode: 404, url: 'https://api.github.com/repos/a/b', headers: apiHeaders('59') }),
    );
    expect(ex.producer.vendor?.id).toBe('github-api');
  });

  it('a GitHub Pages 404 is still GitHub Pages’', () => {
    const ex = explain(
      observe({
        statusCode: 404,
        headers: { server: 'GitHub.com', 'x-github-request-id': 'A1B2:3C4D:5E6F:7A8B:9C0D' },
      }),
    );
    expect(ex.producer.vendor?.id).toBe('github-pages');
    expect(ex.decoded).toEqual([]);
  });

  it('another API’s X-RateLimit-Remaining: 0 is not explained as GitHub’s', () => {
    const ex = explain(
      observe({ statusCode: 429, url: 'https://api.example.test/v1/items', headers: { 'x-ratelimit-remaining': '0' } }),
    );
    expect(ex.decoded).toEqual([]);
    expect(ex.producer.vendor).toBeUndefined();
  });
});
