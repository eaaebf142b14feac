import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itRejectsHeaders, matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { google } from './google';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;

describe('Google fingerprints', () => {
  it.each([
    ['server', 'gws'],
    ['server', 'GFE/2.0'],
    ['server', 'ESF'],
    ['server', 'Google Frontend'],
    ['via', '1.1 google'],
    ['via', '1.1 varnish, 1.1 google'],
    ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000/1;o=1'],
    ['x-cloud-trace-context', '105445aa7843bc8bf206b12000100000'],
    ['x-guploader-uploadid', 'ABPtcPoZ1x2y3z'],
    ['x-goog-generation', '1700000000123456'],
  ])('matches %s: %s', (name, value) => {
    const m = matchHeader(google, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it.each([
    'https://storage.googleapis.com/bucket/file.txt',
    'https://www.googleapis.com/youtube/v3/videos',
    'https://googleapis.com/',
  ])('matches the host of %s as a weak hint', (url) => {
    const m = matchOne(google, observe({ url }));
    expect(m?.hits[0]?.kind).toBe('host');
    expect(m?.score).toBe(1);
  });

  itRejectsHeaders(google, [
    ['server', 'gws2'],
    ['server', 'GFE'],
    ['server', 'GFE/two'],
    ['server', 'esf'],
    ['server', 'Google Frontend Proxy'],
    ['via', '1.1 googlebot'],
    ['via', '1.1 notgoogle'],
    ['x-cloud-trace-context', 'abc'],
    ['x-goog-generation', 'latest'],
  ]);

  it.each(['https://notgoogleapis.com/', 'https://googleapis.com.evil.test/'])(
    'does not match the near miss host %s',
    (url) => {
      expect(matchOne(google, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Google notes and body hint', () => {
  it('covers 502, 429 and 403 in both languages', () => {
    expect((google.notes ?? []).map((n) => n.code).sort()).toEqual([403, 429, 502]);
    for (const n of google.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('ties 502 to the "That’s an error" page and 429 to quotas', () => {
    expect(google.notes?.find((n) => n.code === 502)?.note.en).toMatch(/That’s an error/);
    expect(google.notes?.find((n) => n.code === 429)?.note.en).toMatch(/RESOURCE_EXHAUSTED/);
    expect(google.notes?.find((n) => n.code === 403)?.note.en).toMatch(/not enabled/);
  });

  it('tells where Google keeps the detail', () => {
    expect(google.bodyHint && filled(google.bodyHint)).toBe(true);
    expect(google.bodyHint?.en).toMatch(/That’s an error/);
    expect(google.bodyHint?.en).toMatch(/error\.status/);
  });
});

// No Google page consulted shows a header written only on the front end's own error pages ("Error 502 (Server
// Error)!!1" lives in the body) or only on passed-along answers, so every Google sign shows presence only.
describe('Google by layer', () => {
  it('a 502 behind Google Cloud Load Balancing is not claimed for Google by any header', () => {
    const m = matchOne(
      google,
      observe({ statusCode: 502, headers: { via: '1.1 google', 'content-type': 'text/html; charset=UTF-8' } }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['via']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('marks no fingerprint as generated or relayed', () => {
    expect(google.fingerprints.filter((f) => f.generated || f.relayed || f.absent || f.decisive)).toEqual([]);
  });

  it('gives every fingerprint a unique kebab-case id', () => {
    const ids = google.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
