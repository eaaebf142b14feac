import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import {
  expectBilingual,
  itMatchesHeaders,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  vendorTexts,
} from '../test-helpers';
import { sucuri } from './sucuri';

describe('Sucuri fingerprint', () => {
  itMatchesHeaders(sucuri, [
    ['x-sucuri-id', '18012'],
    ['x-sucuri-cache', 'HIT'],
    ['server', 'Sucuri/Cloudproxy'],
    ['server', 'Sucuri-Cloudproxy'],
    ['server', 'Sucuri'],
    ['x-sucuri-block', 'BL002'],
  ]);

  itRejectsHeaders(sucuri, [
    ['server', 'Sucuri/Cloudproxy/2'],
    ['server', 'SucuriScanner'],
    ['server', 'cloudproxy'],
    ['x-sucuri', '1'],
    ['x-sucuri-idx', '1'],
  ]);

  it('marks only the block header as generated', () => {
    expect(matchOne(sucuri, observe({ headers: { 'x-sucuri-id': '1', server: 'Sucuri/Cloudproxy' } }))?.generated).toBe(
      false,
    );
    expect(matchHeader(sucuri, 'x-sucuri-block', 'BL002')?.generated).toBe(true);
  });
});

describe('Sucuri decoder and notes', () => {
  it('decodes x-sucuri-block as a firewall block', () => {
    const d = sucuri.decoders?.find((x) => x.header === 'x-sucuri-block');
    expect(d?.generated).toBe(true);
    expect(d?.fallback.en).toMatch(/blocked this request before it reached the site/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(sucuri));
  });
});
