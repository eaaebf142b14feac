import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { githubPages } from './github-pages';

describe('GitHub Pages fingerprint', () => {
  it.each([
    ['server', 'GitHub.com'],
    ['server', 'github.com'],
    ['x-github-request-id', 'A1B2:3C4D:5E6F:7A8B:65F0C0DE'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(githubPages, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it('matches *.github.io', () => {
    expect(matchVendor(githubPages, observe({ url: 'https://octocat.github.io/project/' }))?.hits[0]?.kind).toBe(
      'host',
    );
  });

  it.each([
    ['server', 'GitHubXcom'],
    ['server', 'GitHub.com.evil'],
    ['server', 'GitHub'],
    ['x-github-request', 'abc'],
    ['x-gitlab-request-id', 'abc'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(githubPages, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it.each(['https://notgithub.io/', 'https://octocat.github.io.evil.test/', 'https://octocat.github.com/'])(
    'does not match the host %s',
    (url) => {
      expect(matchVendor(githubPages, observe({ url }))).toBeUndefined();
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
