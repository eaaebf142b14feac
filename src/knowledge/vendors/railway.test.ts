import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  matchHeader,
  vendorTexts,
} from '../test-helpers';
import { railway } from './railway';

// Header shapes: Railway docs "Edge Networking" (X-Railway-Edge: iad1) and "Specs & Limits" (X-Railway-Request-Id),
// and captured answers (server: railway-edge, x-railway-edge: railway/us-west2, x-railway-fallback: true).
describe('Railway fingerprints', () => {
  itMatchesHeaders(railway, [
    ['server', 'railway-edge'],
    ['server', 'railway-hikari'],
    ['x-railway-edge', 'railway/us-west2'],
    ['x-railway-edge', 'iad1'],
    ['x-railway-request-id', 'ucE8S2t-Qn6AKhHY0_TJvA'],
    ['x-railway-fallback', 'true'],
  ]);

  itRejectsHeaders(railway, [
    ['server', 'railway'],
    ['server', 'railway-edge-proxy'],
    ['server', 'Railway Edge'],
    ['x-railway-fallback', 'false'],
    ['x-railway-request', 'abc'],
    ['x-railway', 'iad1'],
  ]);

  itMatchesHosts(railway, ['https://restockednew-production.up.railway.app/auth/login']);
  itRejectsHosts(railway, ['https://railway.app/', 'https://up.railway.app.evil.test/', 'https://notup.railway.app/']);

  it('treats only x-railway-fallback as the edge answering by itself', () => {
    expect(railway.fingerprints.filter((f) => f.generated).map((f) => f.id)).toEqual(['x-railway-fallback']);
    expect(matchHeader(railway, 'server', 'railway-edge')?.generated).toBe(false);
  });
});

// Railway docs, "Application Failed to Respond": the edge proxy answers 502 when it cannot talk to the app.
describe('Railway and the layer that answered', () => {
  const edge = {
    server: 'railway-edge',
    'x-railway-edge': 'railway/europe-west4-drams3a',
    'x-railway-request-id': '3BsSCxDDT8uq2MeOw9P4nw',
  };

  it('its own 502 "Application failed to respond" names Railway with high confidence', () => {
    const ex = explain(observe({ statusCode: 502, headers: { ...edge, 'x-railway-fallback': 'true' } }));
    expect(ex.producer).toMatchObject({ role: 'platform', vendor: { id: 'railway' }, confidence: 'high' });
    expect(ex.notes.some((n) => n.vendor?.id === 'railway' && /\$PORT/.test(n.text))).toBe(true);
  });

  it('its own 404 "Application not found" names Railway', () => {
    const ex = explain(observe({ statusCode: 404, headers: { ...edge, 'x-railway-fallback': 'true' } }));
    expect(ex.producer.vendor?.id).toBe('railway');
  });

  it('the app’s own 401, passed along by the edge, is the site’s', () => {
    const ex = explain(observe({ statusCode: 401, headers: { ...edge, 'content-type': 'application/json' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.seen.map((s) => s.vendor.id)).toContain('railway');
  });

  it('a 502 without the fallback mark is only a guess on the platform', () => {
    const ex = explain(observe({ statusCode: 502, headers: edge }));
    expect(ex.producer).toMatchObject({ vendor: { id: 'railway' }, confidence: 'low' });
  });
});

describe('Railway texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(railway));
  });

  it('has notes for its two own pages and no codes of its own', () => {
    expect(railway.notes?.map((n) => n.code)).toEqual([404, 502]);
    expect(railway.codes).toEqual([]);
    expect(railway.bodyHint?.en).toMatch(/Application failed to respond/);
  });
});
