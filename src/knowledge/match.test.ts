import { describe, expect, it } from 'vitest';
import { urlParts } from './match';

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
