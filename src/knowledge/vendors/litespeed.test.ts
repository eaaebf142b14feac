import { describe, expect, it } from 'vitest';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, vendorTexts } from '../test-helpers';
import { litespeed } from './litespeed';

describe('LiteSpeed fingerprint', () => {
  itMatchesHeaders(litespeed, [
    ['server', 'LiteSpeed'],
    ['server', 'litespeed'],
    ['server', 'OpenLiteSpeed/1.7.19'],
    ['x-litespeed-cache', 'hit'],
    ['x-litespeed-cache', 'miss'],
    ['x-turbo-charged-by', 'LiteSpeed'],
  ]);

  itRejectsHeaders(litespeed, [
    ['server', 'LiteSpeedX'],
    ['server', 'not LiteSpeed'],
    ['server', 'Apache'],
    ['x-turbo-charged-by', 'Nginx'],
    ['x-litespeed', 'hit'],
    ['x-lsadc-cache', 'hit'],
  ]);
});

describe('LiteSpeed notes', () => {
  it('explains a 508 as a hosting resource limit, hedged', () => {
    const n = (litespeed.notes ?? []).find((x) => x.code === 508);
    expect(n?.note.en).toMatch(/commonly report/);
    expect(n?.note.en).toMatch(/not a WebDAV loop/);
    expect(n?.note.ru).toMatch(/не цикл WebDAV/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(litespeed));
  });
});
