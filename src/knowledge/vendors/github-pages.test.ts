import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHeaders, itRejectsHeaders, matchOne } from '../test-helpers';
import { githubPages } from './github-pages';

describe('GitHub Pages fingerprint', () => {
  itMatchesHeaders(githubPages, [
    ['server', 'GitHub.com'],
    ['server', 'github.com'],
    ['x-github-request-id', 'A1B2:3C4D:5E6F:7A8B:65F0C0DE'],
  ]);

  it('matches *.github.io', () => {
    expect(matchOne(githubPages, observe({ url: 'https://octocat.github.io/project/' }))?.hits[0]?.kind).toBe('host');
  });

  itRejectsHeaders(githubPages, [
    ['server', 'GitHubXcom'],
    ['server', 'GitHub.com.evil'],
    ['server', 'GitHub'],
    ['x-github-request', 'abc'],
    ['x-gitlab-request-id', 'abc'],
  ]);

  it.each(['https://notgithub.io/', 'https://octocat.github.io.evil.test/', 'https://octocat.github.com/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(githubPages, observe({ url }))).toBeUndefined();
    },
  );
});

describe('GitHub Pages notes', () => {
  it('explains a 404 in both languages', () => {
    const note = githubPages.notes?.find((n) => n.code === 404)?.note;
    expect(note?.en).toMatch(/no file at this path/);
    expect(note?.ru).toMatch(/[а-яё]/i);
  });
});

// GitHub Docs, "GitHub Pages" and "Creating a custom 404 page": Pages serves the published files itself.
describe('GitHub Pages and the layer that answered', () => {
  it('serves the site itself, so its 404 is the site’s own', () => {
    expect(githubPages.servesSite).toBe(true);
    const m = matchOne(
      githubPages,
      observe({
        statusCode: 404,
        url: 'https://octocat.github.io/missing',
        headers: { server: 'GitHub.com', 'x-github-request-id': 'A1B2:3C4D:5E6F:7A8B:65F0C0DE' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-github-request-id', 'host']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});
