import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { sucuri } from './sucuri';

describe('Sucuri fingerprint', () => {
  it.each([
    ['x-sucuri-id', '18012'],
    ['x-sucuri-cache', 'HIT'],
    ['server', 'Sucuri/Cloudproxy'],
    ['server', 'Sucuri-Cloudproxy'],
    ['server', 'Sucuri'],
    ['x-sucuri-block', 'BL002'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(sucuri, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it.each([
    ['server', 'Sucuri/Cloudproxy/2'],
    ['server', 'SucuriScanner'],
    ['server', 'cloudproxy'],
    ['x-sucuri', '1'],
    ['x-sucuri-idx', '1'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(sucuri, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it('marks only the block header as generated', () => {
    expect(
      matchVendor(sucuri, observe({ headers: { 'x-sucuri-id': '1', server: 'Sucuri/Cloudproxy' } }))?.generated,
    ).toBe(false);
    expect(matchVendor(sucuri, observe({ headers: { 'x-sucuri-block': 'BL002' } }))?.generated).toBe(true);
  });
});

describe('Sucuri decoder and notes', () => {
  it('decodes x-sucuri-block as a firewall block', () => {
    const d = sucuri.decoders?.find((x) => x.header === 'x-sucuri-block');
    expect(d?.generated).toBe(true);
    expect(d?.fallback.en).toMatch(/blocked this request before it reached the site/);
  });

  it('writes every text in both languages', () => {
    const texts = [
      ...sucuri.fingerprints.map((f) => f.says),
      ...(sucuri.decoders ?? []).map((d) => d.fallback),
      ...(sucuri.notes ?? []).map((n) => n.note),
    ];
    for (const x of texts) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});
