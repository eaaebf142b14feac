import { describe, expect, it } from 'vitest';
import { expectBilingual, matchHeader, vendorTexts } from '../test-helpers';
import { zscaler } from './zscaler';

describe('Zscaler fingerprint', () => {
  it.each(['Zscaler', 'Zscaler/6.2', 'ZSCALER'])('matches Server: %s', (value) => {
    const m = matchHeader(zscaler, 'server', value);
    expect(m?.hits[0]?.name).toBe('server');
    expect(m?.generated).toBe(true);
  });

  it.each(['Zscaler-Proxy-Foo', 'notZscaler', 'zscloud', 'cloudflare'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchHeader(zscaler, 'server', value)).toBeUndefined();
    },
  );

  it('is a proxy on the visitor’s side', () => {
    expect(zscaler.role).toBe('proxy');
  });
});

describe('Zscaler notes', () => {
  it('says a 403 is the visitor’s network policy, not the site', () => {
    const n = (zscaler.notes ?? []).find((x) => x.code === 403);
    expect(n?.note.en).toMatch(/your own network, not from the site/);
    expect(n?.note.en).toMatch(/IT department/);
    expect(n?.note.ru).toMatch(/ИТ-отдел/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(zscaler));
  });
});
