import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHeaders, itRejectsHeaders, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
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

  itWritesEveryTextInBothLanguages(litespeed);
});

describe('litespeed Server header and the layer that answered', () => {
  it('LiteSpeed’s own error page and a page from the application carry the same Server value, so it is not marked as made by the server itself', () => {
    const m = matchOne(litespeed, observe({ statusCode: 503, headers: { server: 'LiteSpeed' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});

describe('LiteSpeed fingerprint ids', () => {
  it.each([
    ['server', 'LiteSpeed', 'server'],
    ['x-litespeed-cache', 'hit', 'x-litespeed-cache'],
    ['x-turbo-charged-by', 'LiteSpeed', 'x-turbo-charged-by'],
  ])('%s: %s is the fingerprint %s', (name, value, id) => {
    expect(matchOne(litespeed, observe({ headers: { [name]: value } }))?.hits[0]?.fingerprint.id).toBe(id);
  });
});
