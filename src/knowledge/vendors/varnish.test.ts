import { describe, expect, it } from 'vitest';
import { matchVendors } from '../match';
import { observe } from '../observation';
import { itRejectsHeaders, matchHeader } from '../test-helpers';
import type { Text } from '../types';
import { fastly } from './fastly';
import { varnish } from './varnish';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;

describe('Varnish fingerprints', () => {
  it.each([
    ['x-varnish', '32774'],
    ['x-varnish', '32777 10'],
    ['via', '1.1 varnish (Varnish/6.0)'],
    ['via', '1.1 web01 (Varnish/7.4)'],
    ['via', '1.1 varnish'],
  ])('matches %s: %s without claiming the response', (name, value) => {
    const m = matchHeader(varnish, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it.each(['Varnish', 'varnish'])('matches Server: %s as a response Varnish made itself', (value) => {
    const m = matchHeader(varnish, 'server', value);
    expect(m?.generated).toBe(true);
  });

  itRejectsHeaders(varnish, [
    ['x-varnish', 'HIT'],
    ['x-varnish', '123 456 789'],
    ['x-varnish-cache', 'MISS'],
    ['server', 'Varnish/6.0'],
    ['server', 'nginx + varnish'],
    ['via', '1.1 varnishcache'],
    ['via', '1.1 vegur'],
  ]);

  it('treats Via as medium (shared with Fastly) and x-varnish / Server as strong', () => {
    const weight = (name: string) =>
      varnish.fingerprints.find((f) => f.signal.kind === 'header' && f.signal.name === name)?.weight;
    expect(weight('via')).toBe('medium');
    expect(weight('x-varnish')).toBe('strong');
    expect(weight('server')).toBe('strong');
  });

  it('ranks a self-hosted Varnish first when only Varnish signs are present', () => {
    const obs = observe({ statusCode: 503, headers: { via: '1.1 varnish', 'x-varnish': '32774', server: 'Varnish' } });
    expect(matchVendors([fastly, varnish], obs).map((m) => m.vendor.id)[0]).toBe('varnish');
  });
});

describe('Varnish notes and body hint', () => {
  it('explains 503 as Backend fetch failed', () => {
    const note = varnish.notes?.find((n) => n.code === 503)?.note;
    expect(note && filled(note)).toBe(true);
    expect(note?.en).toMatch(/Backend fetch failed/);
    for (const n of varnish.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('points at the Guru Meditation XID', () => {
    expect(varnish.bodyHint && filled(varnish.bodyHint)).toBe(true);
    expect(varnish.bodyHint?.en).toMatch(/Guru Meditation/);
    expect(varnish.bodyHint?.en).toMatch(/XID/);
  });

  it('is a proxy with no codes of its own', () => {
    expect(varnish.role).toBe('proxy');
    expect(varnish.codes).toEqual([]);
  });
});
