import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchHeader, vendorTexts } from '../test-helpers';
import { edgio } from './edgio';

// Header shapes: Edgio docs (v7) "Response" (server: ECAcc (lac/55D2), x-edg-request-id, x-edg-status: p=200,w=200,
// server-timing: edgio_cache;desc=TCP_HIT,edgio_pop;desc=lac) and captured Edgecast answers (server: ECS (nyb/1D11),
// x-ec-custom-error: 1).
describe('Edgio fingerprints', () => {
  itMatchesHeaders(edgio, [
    ['server', 'ECAcc (lac/55D2)'],
    ['server', 'ECS (nyb/1D11)'],
    ['server', 'ECD (dca/249E)'],
    ['x-edg-request-id', '4b8f1d3e-0c2a-4e55-9c1f-7b0e2d9a6c31'],
    ['x-edg-version', '16 16 19 NA 2023-04-02T22:52:30Z ed922fee-185c-427d-8949-83d135108aab'],
    ['x-edg-status', 'p=200,w=200'],
    ['x-edg-t', 'et=2,ct=0,ce=na'],
    ['server-timing', 'edgio_cache;desc=TCP_HIT,edgio_pop;desc=lac,edgio_country;desc=US'],
    ['x-ec-custom-error', '1'],
  ]);

  itRejectsHeaders(edgio, [
    ['server', 'ECS'],
    ['server', 'ECS (nyb)'],
    ['server', 'EOS (lax004/2813)'],
    ['server', 'ECS (nyb/1D11) extra'],
    ['x-edg-status', '200'],
    ['server-timing', 'cdn-cache;desc=HIT, edge;dur=12'],
    ['x-edge-request-id', 'abc'],
  ]);

  it('weighs x-ec-custom-error as a weak hint, since it is on ordinary answers too', () => {
    expect(matchHeader(edgio, 'x-ec-custom-error', '1')?.score).toBe(1);
    expect(edgio.fingerprints.some((f) => f.generated || f.relayed)).toBe(false);
  });
});

describe('Edgio own codes', () => {
  it('defines 530–544, all marked obsolete with a low prior and the Edgio response page as source', () => {
    expect(edgio.codes.map((c) => c.code)).toEqual([
      530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541, 542, 543, 544,
    ]);
    for (const c of edgio.codes) {
      expect(c.obsolete).toBe(true);
      expect(c.prior).toBeLessThan(0.5);
      expect(c.source.url).toBe('https://docs.edgio.io/guides/v7/performance/response');
    }
  });

  it('with Edgio’s headers, a 536 is Edgio’s own code and Edgio made the answer', () => {
    const ex = explain(
      observe({ statusCode: 536, headers: { server: 'ECAcc (lac/55D2)', 'x-edg-request-id': 'abc' } }),
    );
    expect(ex.meaningId).toBe('edgio.536');
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'edgio' }, confidence: 'high' });
  });

  it('a bare 530 still reads as Cloudflare’s, and Edgio’s is only offered', () => {
    const ex = explain(observe({ statusCode: 530 }));
    expect(ex.meaningId).toBe('cloudflare.530');
    expect(ex.candidates.map((c) => c.meaningId)).toContain('edgio.530');
  });

  it('a bare 535 with no sign of Edgio falls back to the class', () => {
    expect(explain(observe({ statusCode: 535 })).meaningId).toBe('class.server-error');
  });
});

// Edgio docs (v7), "Response": errors from the backend are simply forwarded; Edgio's own use 53x/54x.
describe('Edgio and the layer that answered', () => {
  it('a 502 carrying Edgecast’s Server value is the origin’s, passed along', () => {
    const ex = explain(observe({ statusCode: 502, headers: { server: 'ECAcc (lac/55D2)' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.notes.some((n) => n.vendor?.id === 'edgio' && /53x/.test(n.text))).toBe(true);
  });

  it('takes no standard code on itself by guess', () => {
    expect(edgio.makes).toEqual([]);
  });
});

describe('Edgio texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(edgio));
  });

  it('says honestly that Edgio shut down in January 2025', () => {
    expect(edgio.bodyHint?.en).toMatch(/15 January 2025/);
    expect(edgio.bodyHint?.ru).toMatch(/15 января 2025/);
    expect(edgio.docs.url).toMatch(/edgio-retirement-faq/);
  });
});
