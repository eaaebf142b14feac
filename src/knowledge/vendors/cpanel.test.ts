import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itRejectsHeaders, itRejectsHosts, matchHeader, matchOne } from '../test-helpers';
import { apache } from './apache';
import { cpanel } from './cpanel';

describe('cPanel fingerprint', () => {
  it.each(['cpsrvd/11.110.0.17', 'cpsrvd'])('matches Server: %s', (value) => {
    const m = matchHeader(cpanel, 'server', value);
    expect(m?.hits[0]?.fingerprint.weight).toBe('strong');
  });

  it.each(['cpsession', 'cprelogin'])('matches the cookie %s', (name) => {
    expect(matchOne(cpanel, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  it.each([
    ['https://example.com/cgi-sys/suspendedpage.cgi', 'path'],
    ['https://example.com/cgi-sys/defaultwebpage.cgi', 'path'],
    ['https://cpanel.example.com/', 'host'],
    ['https://whm.example.com/', 'host'],
  ])('matches %s by %s (weak)', (url, kind) => {
    const m = matchOne(cpanel, observe({ url }));
    expect(m?.hits[0]?.kind).toBe(kind);
    expect(m?.hits[0]?.fingerprint.weight).toBe('weak');
  });

  itRejectsHeaders(cpanel, [
    ['server', 'cpsrvd-proxy'],
    ['server', 'xcpsrvd/11'],
  ]);

  it.each(['cpsession2', 'xcprelogin', 'session'])('does not match the cookie %s', (name) => {
    expect(matchOne(cpanel, observe({ cookieNames: [name] }))).toBeUndefined();
  });

  itRejectsHosts(cpanel, [
    'https://example.com/cgi-bin/test.cgi',
    'https://example.com/x/cgi-sys/',
    'https://mycpanel.example.com/',
    'https://example.com/cpanel',
  ]);
});

describe('cPanel codes', () => {
  it('defines only 508, the resource limit, and leaves 509 to apache.ts', () => {
    expect(cpanel.codes.map((c) => c.id)).toEqual(['cpanel.508']);
    expect(apache.codes.some((c) => c.id === 'apache.509')).toBe(true);
    expect((cpanel.notes ?? []).map((n) => n.code)).toContain(509);
  });

  it('points the owner at the LVE entry-process limit', () => {
    const m = cpanel.codes[0];
    expect(m?.owner.en).toMatch(/EP \(entry processes\)/);
    expect(m?.title.en).toMatch(/Resource Limit Is Reached/);
    expect(m?.when).toBeUndefined();
  });

  it('writes every text in both languages', () => {
    const texts = [
      ...cpanel.fingerprints.map((f) => f.says),
      ...cpanel.codes.flatMap((c) => [c.title, c.summary, c.visitor, c.owner]),
      ...(cpanel.notes ?? []).map((n) => n.note),
    ];
    for (const x of texts) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});

// cPanel docs: cpsrvd serves cPanel's own interfaces; sites on the host are served by its web server, so no cPanel
// sign marks who wrote a site's error.
describe('cPanel and the layer that answered', () => {
  it('the suspended-account page is recognised by its path but not claimed', () => {
    const m = matchOne(
      cpanel,
      observe({ statusCode: 200, url: 'https://example.com/cgi-sys/suspendedpage.cgi', headers: { server: 'Apache' } }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['path-cgi-sys']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('gives every fingerprint a unique id', () => {
    expect(cpanel.fingerprints.map((f) => f.id)).toEqual([
      'server',
      'cookie-cpsession',
      'cookie-cprelogin',
      'path-cgi-sys',
      'host',
    ]);
  });
});
