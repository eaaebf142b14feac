import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { esri } from './esri';

describe('Esri ArcGIS fingerprint', () => {
  it.each([
    ['https://gis.example.test/arcgis/rest/services/Roads/MapServer/0/query', 'path'],
    ['https://gis.example.test/arcgis/rest', 'path'],
    ['https://gis.example.test/arcgis/tokens/generateToken', 'path'],
    ['https://gis.example.test/sharing/rest/generateToken', 'path'],
    ['https://gis.example.test/portal/sharing/rest/content/items/abc', 'path'],
    ['https://services3.arcgis.com/x/y', 'host'],
    ['https://www.arcgis.com/home/', 'host'],
  ])('matches %s by %s', (url, kind) => {
    expect(matchOne(esri, observe({ url }))?.hits[0]?.kind).toBe(kind);
  });

  itRejectsHosts(esri, [
    'https://example.test/docs/arcgis/rest/services',
    'https://example.test/arcgisrest/services',
    'https://example.test/arcgis/restful',
    'https://example.test/a/b/sharing/rest/x',
    'https://notarcgis.com/',
    'https://services.arcgis.com.evil.test/',
  ]);
});

describe('Esri 498 and 499', () => {
  it.each([
    ['esri.498', 498, 0.8],
    ['esri.499', 499, 0.4],
  ])('%s is rare, explains the 200-with-JSON habit, prior %s', (id, code, prior) => {
    const m = esri.codes.find((c) => c.id === id);
    expect(m?.code).toBe(code);
    expect(m?.prior).toBe(prior);
    expect(m?.reach).toBe('rare');
    expect(m?.whenSeen?.en).toMatch(/200/);
    expect(m?.whenSeen?.ru).toMatch(/200/);
  });

  it('ranks its 499 above nginx’s 499 (prior 0.3) when nothing else decides', () => {
    expect(esri.codes.find((c) => c.code === 499)?.prior).toBeGreaterThan(0.3);
  });

  it('writes every code in both languages', () => {
    for (const c of esri.codes) {
      expectBilingual([c.title, c.summary, c.visitor, c.owner]);
    }
  });
});

describe('Esri fingerprint ids', () => {
  it.each([
    ['https://gis.example.test/arcgis/rest/services', 'path-arcgis-rest'],
    ['https://gis.example.test/arcgis/tokens/generateToken', 'path-arcgis-tokens'],
    ['https://gis.example.test/portal/sharing/rest/info', 'path-sharing-rest'],
    ['https://services3.arcgis.com/x/y', 'host'],
  ])('%s is matched by %s', (url, id) => {
    expect(matchOne(esri, observe({ url }))?.hits[0]?.fingerprint.id).toBe(id);
  });

  it('has distinct ids', () => {
    const ids = esri.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
