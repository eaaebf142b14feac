import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
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

  itWritesEveryTextInBothLanguages(zscaler);
});

// wafw00f plugin zscaler.py: Zscaler's block and error pages carry Server: Zscaler. A site's answer passed
// through Zscaler keeps the site's own headers and shows no Zscaler sign at all.
describe('Zscaler and the layer that answered', () => {
  it('a 403 block page is Zscaler’s own answer', () => {
    const m = matchOne(zscaler, observe({ statusCode: 403, headers: { server: 'Zscaler/6.2' } }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server']);
    expect(m?.generated).toBe(true);
  });

  it('a site’s answer passed through Zscaler is not matched at all', () => {
    expect(
      matchOne(zscaler, observe({ statusCode: 403, headers: { server: 'nginx', via: '1.1 proxy' } })),
    ).toBeUndefined();
  });
});
