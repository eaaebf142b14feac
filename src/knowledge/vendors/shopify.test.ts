import { describe, expect, it } from 'vitest';
import { signalMatches } from '../match';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchOne } from '../test-helpers';
import { shopify } from './shopify';

describe('Shopify fingerprint', () => {
  itMatchesHeaders(shopify, [
    ['x-shopid', '12345678'],
    ['x-shopify-stage', 'production'],
    ['powered-by', 'Shopify'],
  ]);

  it.each(['_shopify_y', '_shopify_s', '_shopify_essential', '_shopify_essential_:AbC123'])(
    'matches the cookie %s',
    (name) => {
      expect(matchOne(shopify, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
    },
  );

  it('matches *.myshopify.com', () => {
    expect(matchOne(shopify, observe({ url: 'https://my-store.myshopify.com/products/x' }))?.hits[0]?.kind).toBe(
      'host',
    );
  });

  itRejectsHeaders(shopify, [
    ['x-shopidx', '1'],
    ['x-shop-id', '1'],
    ['powered-by', 'Shopify Plus Partner Agency'],
    ['powered-by', 'NotShopify'],
    ['x-powered-by', 'Shopify'],
  ]);

  it('does not match near-miss cookies or hosts', () => {
    expect(
      matchOne(shopify, observe({ cookieNames: ['_shopify_x', 'shopify_y', '_shopify_yy', '_shopify_sa'] })),
    ).toBeUndefined();
    expect(matchOne(shopify, observe({ url: 'https://notmyshopify.com/' }))).toBeUndefined();
    expect(matchOne(shopify, observe({ url: 'https://store.myshopify.com.evil.test/' }))).toBeUndefined();
  });
});

describe('Shopify 430', () => {
  const security = shopify.codes.find((c) => c.id === 'shopify.430-security');
  const rate = shopify.codes.find((c) => c.id === 'shopify.430-rate');

  it('has two meanings, the current one ranked first', () => {
    expect(security?.code).toBe(430);
    expect(rate?.code).toBe(430);
    expect(security?.prior).toBe(0.7);
    expect(rate?.prior).toBe(0.3);
    expect(rate?.obsolete).toBe(true);
    expect(security?.obsolete).toBeUndefined();
  });

  it.each(['/api/2024-01/graphql.json', '/api/unstable/graphql.json', '/api/graphql', '/api/2025-07/graphql'])(
    'picks the security rejection on the Storefront API path %s',
    (path) => {
      const obs = observe({ url: `https://shop.example.test${path}` });
      expect(security?.when?.some((s) => signalMatches(s, obs))).toBe(true);
    },
  );

  it.each(['/products/shirt', '/api/2024-01/graphql.json/extra', '/admin/api/2024-01/graphql.json', '/xapi/graphql'])(
    'does not treat %s as the Storefront API',
    (path) => {
      const obs = observe({ url: `https://shop.example.test${path}` });
      expect(security?.when?.some((s) => signalMatches(s, obs))).toBe(false);
    },
  );

  it('reads a Retry-After header as a hint for the old rate-limit meaning, and nothing else', () => {
    const withRetry = observe({ url: 'https://shop.example.test/products/x', headers: { 'retry-after': '30' } });
    expect(rate?.when?.some((s) => signalMatches(s, withRetry))).toBe(true);
    expect(security?.when?.some((s) => signalMatches(s, withRetry))).toBe(false);
    expect(rate?.when?.some((s) => signalMatches(s, observe({ headers: { 'x-retry-after': '30' } })))).toBe(false);
  });

  it('explains the locked store and the old 420', () => {
    const note = shopify.notes?.find((n) => n.code === 423)?.note;
    expect(note?.en).toMatch(/420/);
    expect(note?.ru).toMatch(/420/);
  });

  it('writes every code and note in both languages', () => {
    for (const c of shopify.codes) {
      expectBilingual([c.title, c.summary, c.visitor, c.owner]);
    }
    for (const n of shopify.notes ?? []) expect(n.note.ru).toMatch(/[а-яё]/i);
  });
});

// Shopify docs, "API response status and error codes": the storefront's own refusals (430, 423, 402) carry the
// same shop headers as the pages it serves, so the headers only show the platform.
describe('Shopify and the layer that answered', () => {
  it('a storefront answer is recognised but not claimed', () => {
    const m = matchOne(
      shopify,
      observe({
        statusCode: 430,
        url: 'https://my-store.myshopify.com/api/2024-01/graphql.json',
        headers: { 'x-shopid': '12345678', 'powered-by': 'Shopify' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-shopid', 'powered-by', 'host']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('gives every fingerprint a unique id', () => {
    const ids = shopify.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
