import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { fly } from './fly';

describe('Fly.io fingerprint', () => {
  it.each([
    ['fly-request-id', '01HZX5K4Q0M2J9V8T7R6S5P4N3-ams'],
    ['server', 'Fly/8fd4d1c0 (2024-03-05)'],
    ['server', 'Fly/a1b2c3d4'],
    ['via', '1.1 fly.io'],
    ['via', '2 fly.io'],
    ['via', '1.1 fly.io, 1.1 fly.io'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(fly, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it('matches the _fly cookie and a *.fly.dev host', () => {
    expect(matchVendor(fly, observe({ cookieNames: ['_fly'] }))?.hits[0]?.kind).toBe('cookie');
    expect(matchVendor(fly, observe({ url: 'https://my-app.fly.dev/' }))?.hits[0]?.kind).toBe('host');
  });

  it.each([
    ['fly-request', 'abc'],
    ['x-fly-request-id', 'abc'],
    ['server', 'Flywheel/5.1.0'],
    ['server', 'Fly'],
    ['via', '1.1 fly.io.evil.test'],
    ['via', '1.1 notfly.io'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(fly, observe({ headers: { [name]: value } }))).toBeUndefined();
  });

  it('does not match near-miss cookies or hosts', () => {
    expect(matchVendor(fly, observe({ cookieNames: ['_flyer', 'fly'] }))).toBeUndefined();
    expect(matchVendor(fly, observe({ url: 'https://notfly.dev/' }))).toBeUndefined();
    expect(matchVendor(fly, observe({ url: 'https://app.fly.dev.evil.test/' }))).toBeUndefined();
  });
});

describe('Fly.io notes', () => {
  it('explains 502 and 503 from the proxy', () => {
    expect(fly.notes?.map((n) => n.code)).toEqual([502, 503]);
    expect(fly.notes?.[0]?.note.en).toContain('internal_port');
    for (const n of fly.notes ?? []) expect(n.note.ru).toMatch(/[а-яё]/i);
  });
});
