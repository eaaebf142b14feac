import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { litespeed } from './litespeed';

describe('LiteSpeed fingerprint', () => {
  it.each([
    ['server', 'LiteSpeed'],
    ['server', 'litespeed'],
    ['server', 'OpenLiteSpeed/1.7.19'],
    ['x-litespeed-cache', 'hit'],
    ['x-litespeed-cache', 'miss'],
    ['x-turbo-charged-by', 'LiteSpeed'],
  ])('matches %s: %s', (name, value) => {
    expect(matchVendor(litespeed, observe({ headers: { [name]: value } }))?.hits[0]?.name).toBe(name);
  });

  it.each([
    ['server', 'LiteSpeedX'],
    ['server', 'not LiteSpeed'],
    ['server', 'Apache'],
    ['x-turbo-charged-by', 'Nginx'],
    ['x-litespeed', 'hit'],
    ['x-lsadc-cache', 'hit'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(matchVendor(litespeed, observe({ headers: { [name]: value } }))).toBeUndefined();
  });
});

describe('LiteSpeed notes', () => {
  it('explains a 508 as a hosting resource limit, hedged', () => {
    const n = (litespeed.notes ?? []).find((x) => x.code === 508);
    expect(n?.note.en).toMatch(/commonly report/);
    expect(n?.note.en).toMatch(/not a WebDAV loop/);
    expect(n?.note.ru).toMatch(/не цикл WebDAV/);
  });

  it('writes every text in both languages', () => {
    for (const x of [...litespeed.fingerprints.map((f) => f.says), ...(litespeed.notes ?? []).map((n) => n.note)]) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});
