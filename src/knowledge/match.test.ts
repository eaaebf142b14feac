import { describe, expect, it } from 'vitest';
import { matchVendors, reasonPhraseOf, urlParts } from './match';
import { observe } from './observation';
import type { VendorRule } from './rules';
import { header, reason } from './signals';

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
