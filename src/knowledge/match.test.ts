import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { leadingChars, matchVendors, reasonPhraseOf, urlParts } from './match';
import { observe } from './observation';
import type { VendorRule } from './rules';
import { header, reason } from './signals';
import { sample } from './test-helpers';

describe('urlParts', () => {
  it.each([
    ['https://Example.COM/a/b?q=1#f', 'example.com', '/a/b'],
    ['http://user:pw@host.test:8080/x', 'host.test', '/x'],
    ['https://[2001:db8::1]:443/p', '[2001:db8::1]', '/p'],
    ['https://host.test', 'host.test', '/'],
    ['https://host.test?x', 'host.test', '/'],
    ['ws://h.test/socket', 'h.test', '/socket'],
    ['not a url', '', ''],
    ['', '', ''],
  ])('%s → %s %s', (url, host, path) => {
    expect(urlParts(url)).toEqual({ host, path });
  });
});

describe('missing headers and reason phrases as evidence', () => {
  const proxy: VendorRule = {
    id: 'proxy',
    name: 'Proxy',
    role: 'load-balancer',
    codes: [],
    fingerprints: [
      { id: 'server', signal: header('server', /^proxy$/), weight: 'strong' },
      {
        id: 'local',
        signal: header('server', /^proxy$/),
        weight: 'strong',
        generated: true,
        absent: ['x-upstream-time'],
      },
      { id: 'upstream', signal: header('x-upstream-time'), weight: 'medium', relayed: true },
      { id: 'reason', signal: reason(/^no healthy upstream$/i), weight: 'strong', generated: true },
    ],
  };
  const ids = (obs: Parameters<typeof matchVendors>[1]): string[] =>
    matchVendors([proxy], obs)[0]?.hits.map((h) => h.fingerprint.id) ?? [];

  it('matches a fingerprint that needs a header missing only while that header is missing', () => {
    expect(ids(observe({ headers: { server: 'proxy' } }))).toEqual(['server', 'local']);
    const relayed = observe({ headers: { server: 'proxy', 'x-upstream-time': '12' } });
    expect(ids(relayed)).toEqual(['server', 'upstream']);
    expect(matchVendors([proxy], relayed)[0]?.relayed).toBe(true);
    expect(matchVendors([proxy], relayed)[0]?.generated).toBe(false);
  });

  it('matches the reason phrase of an HTTP/1.x status line, not of a placeholder', () => {
    expect(ids(observe({ statusLine: 'HTTP/1.1 503 No Healthy Upstream' }))).toEqual(['reason']);
    expect(ids(observe({ statusLine: 'HTTP/1.1 503 Service Unavailable' }))).toEqual([]);
    expect(ids(observe({ statusLine: 'HTTP/2 503' }))).toEqual([]);
    expect(reasonPhraseOf('HTTP/1.1 530 No Reason Phrase')).toBeUndefined();
  });
});

describe('leadingChars: the first characters a header pattern can match', () => {
  it.each([
    [/^gunicorn(?:$|[/ (;])/i, ['g']],
    [/^(?:ATS|ApacheTrafficServer)(?:$|[/ (;])/i, ['a']],
    [/^(?:Oracle-iPlanet-Web-Server|iPlanet-WebServer-Enterprise)(?:$|[/ (;])/i, ['o', 'i']],
    [/^(Open)?LiteSpeed(\/[\d.]+)?$/i, undefined],
    [/^Cloudflare$/, ['c']],
    [/^(?:a(b|c)|d[)|])x/, ['a', 'd']],
  ])('reads %s', (re, chars) => {
    const lead = leadingChars(re);
    expect(lead && [...lead].map((c) => String.fromCharCode(c)).sort()).toEqual(chars?.slice().sort());
  });

  it.each([
    /nginx/,
    /^a|b/,
    /^a?b/,
    /^a*b/,
    /^a{0,2}b/,
    /^(?:a|)b/,
    /^(?:a|b)?c/,
    /^\d+/,
    /^[ab]/,
    /^(?=a)a/,
    /^a/m,
    /^k/iu,
    /^(?:a|b)|c/,
    /^(?<n>a)/,
  ])('gives up on %s, which could start otherwise', (re) => {
    expect(leadingChars(re)).toBeUndefined();
  });

  it('never leaves out a pattern that matches: each header pattern’s own samples start with one of its characters', () => {
    const wrong: string[] = [];
    for (const v of authored.vendors)
      for (const f of v.fingerprints) {
        if (f.signal.kind !== 'header' || !f.signal.value) continue;
        const lead = leadingChars(f.signal.value);
        if (!lead) continue;
        const first = sample(f.signal.value).charAt(0).toLowerCase();
        if (!lead.has(first.charCodeAt(0))) wrong.push(`${v.id}.${f.id}: ${first}`);
      }
    expect(wrong).toEqual([]);
  });

  it('still matches a value with leading spaces, an upper-case first letter or a non-ASCII first character', () => {
    const v: VendorRule = {
      id: 'x',
      name: 'X',
      role: 'origin',
      codes: [],
      fingerprints: [
        { id: 'a', signal: header('server', /^gunicorn$/i), weight: 'strong' },
        { id: 'b', signal: header('server', /^(?:é|x)tag$/), weight: 'strong' },
      ],
    };
    const ids = (value: string) =>
      matchVendors([v], observe({ headers: { server: value } }))[0]?.hits.map((h) => h.fingerprint.id) ?? [];
    expect(ids('  GUNICORN')).toEqual(['a']);
    expect(ids('étag')).toEqual(['b']);
    expect(ids('nginx')).toEqual([]);
  });
});
