import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHeaders, itMatchesHosts, itRejectsHeaders, itRejectsHosts, matchOne } from '../test-helpers';
import { netlify } from './netlify';

describe('Netlify fingerprint', () => {
  itMatchesHeaders(netlify, [
    ['server', 'Netlify'],
    ['server', 'netlify'],
    ['x-nf-request-id', '01HZX5K4Q0M2J9V8T7R6S5P4N3'],
  ]);

  itMatchesHosts(netlify, [
    'https://my-site.netlify.app/',
    'https://deploy-preview-12--my-site.netlify.app/x',
    'https://old-site.netlify.com/',
  ]);

  itRejectsHosts(netlify, [
    'https://notnetlify.app/',
    'https://netlify.app.evil.test/',
    'https://site.netlify.net/',
    'https://netlify-app.com/',
  ]);

  itRejectsHeaders(netlify, [
    ['server', 'Netlify Edge'],
    ['server', 'nginx'],
    ['x-nf-request-idx', 'abc'],
    ['x-nf-request', 'abc'],
  ]);
});

describe('Netlify notes', () => {
  it('explains its own 404 and 502 in both languages', () => {
    expect(netlify.notes?.map((n) => n.code)).toEqual([404, 502]);
    for (const n of netlify.notes ?? []) {
      expect(n.note.en).not.toBe('');
      expect(n.note.ru).toMatch(/[а-яё]/i);
    }
    expect(netlify.notes?.[0]?.note.en).toMatch(/_redirects/);
  });

  it('claims no status numbers of its own', () => {
    expect(netlify.codes).toHaveLength(0);
  });
});

// Netlify docs, "Redirects and rewrites" / "Custom 404 page handling": Netlify serves the published files itself.
describe('Netlify and the layer that answered', () => {
  it('serves the site itself, so its 404 is the site’s own, and no header claims the answer', () => {
    expect(netlify.servesSite).toBe(true);
    const m = matchOne(
      netlify,
      observe({
        statusCode: 404,
        url: 'https://my-site.netlify.app/missing',
        headers: { server: 'Netlify', 'x-nf-request-id': '01HZX5K4Q0M2J9V8T7R6S5P4N3' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-nf-request-id', 'host']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});
