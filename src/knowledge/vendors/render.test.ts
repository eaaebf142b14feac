import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  matchHeader,
  matchOne,
  vendorTexts,
} from '../test-helpers';
import { render } from './render';

// Header shapes as Render services send them in captures (none of these headers is in Render's docs):
// rndr-id: 423ac5e9-ba1b-4ad9, x-render-origin-server: uvicorn, x-render-routing: no-server / suspend / …
describe('Render fingerprints', () => {
  itMatchesHeaders(render, [
    ['rndr-id', '423ac5e9-ba1b-4ad9'],
    ['x-render-routing', 'no-server'],
    ['x-render-origin-server', 'uvicorn'],
    ['x-render-origin-server', 'Render'],
  ]);

  itRejectsHeaders(render, [
    ['x-render-id', '423ac5e9-ba1b-4ad9'],
    ['rndr', '423ac5e9'],
    ['x-render-origin', 'uvicorn'],
    ['x-render', 'no-server'],
    ['x-rendered-by', 'next'],
  ]);

  itMatchesHosts(render, ['https://my-api.onrender.com/health', 'https://onrender.com/']);
  itRejectsHosts(render, [
    'https://notonrender.com/',
    'https://my-api.onrender.com.evil.test/',
    'https://render.com/docs',
  ]);

  it('marks x-render-routing as Render answering itself and x-render-origin-server as the app’s answer', () => {
    expect(matchHeader(render, 'x-render-routing', 'suspend')?.generated).toBe(true);
    expect(matchHeader(render, 'x-render-origin-server', 'gunicorn')?.relayed).toBe(true);
    expect(matchHeader(render, 'rndr-id', 'a')?.generated).toBe(false);
  });

  it('does not read x-render-origin-server as relayed when Render names its own failure', () => {
    const m = matchOne(
      render,
      observe({ headers: { 'x-render-origin-server': 'Render', 'x-render-routing': 'dynamic-paid-error' } }),
    );
    expect(m?.relayed).toBe(false);
    expect(m?.generated).toBe(true);
  });
});

describe('x-render-routing decoder', () => {
  it.each([
    ['no-server', 'no-server', /no running service/i],
    ['no-deploy', 'no-deploy', /nothing deployed/i],
    ['suspend', 'suspend', /suspended/i],
    ['suspend-by-user', 'suspend-by-user', /owner/i],
    ['hibernate-wake-error', 'hibernate-wake-error', /failed to wake/i],
    ['hibernate-rate-limited', 'hibernate-rate-limited', /wake-up/i],
    ['dynamic-hibernate-error-503', 'dynamic-hibernate-error', /waking up/i],
    ['dynamic-paid-error', 'dynamic-error', /could not reach/i],
    ['dynamic-free-error', 'dynamic-error', /could not reach/i],
    [' SUSPEND ', 'suspend', /suspended/i],
  ])('decodes %s', (value, id, title) => {
    const rows = decodeWith(render, 'x-render-routing', value);
    expect(rows.map((r) => r.id)).toEqual([id]);
    expect(rows[0]?.title.en).toMatch(title);
  });

  it.each(['no-servers', 'suspended', 'hibernate', 'dynamic-error', 'no-server, suspend', 'ok'])(
    'leaves the near miss %s to the fallback',
    (value) => {
      expect(decodeWith(render, 'x-render-routing', value)).toHaveLength(0);
    },
  );

  it('is a decoder of Render’s own answers, with a fallback', () => {
    const d = decoderOf(render, 'x-render-routing');
    expect(d.generated).toBe(true);
    expect(d.fallback.en).toMatch(/Events and Logs/);
  });
});

// Render docs, "Deploy for Free" (free services spin down after 15 minutes and are suspended when free usage runs
// out) and the runtime-errors tutorial (502 is the edge's, 400/404/500 the app's).
describe('Render and the layer that answered', () => {
  const edge = { server: 'cloudflare', 'cf-ray': 'a28d7d1c8ca60721-HKG', 'rndr-id': '251835f2-2a4d-4591' };

  it('a free service that failed to wake is Render’s own 503, decoded', () => {
    const ex = explain(observe({ statusCode: 503, headers: { ...edge, 'x-render-routing': 'hibernate-wake-error' } }));
    expect(ex.producer).toMatchObject({ role: 'platform', vendor: { id: 'render' }, confidence: 'high' });
    expect(ex.decoded[0]).toMatchObject({ header: 'x-render-routing', value: 'hibernate-wake-error' });
    expect(ex.decoded[0]?.title).toMatch(/failed to wake/i);
  });

  it('no service at the address is Render’s own 404', () => {
    const ex = explain(observe({ statusCode: 404, headers: { ...edge, 'x-render-routing': 'no-server' } }));
    expect(ex.producer.vendor?.id).toBe('render');
    expect(ex.notes.some((n) => n.vendor?.id === 'render' && /no-server/.test(n.text))).toBe(true);
  });

  it('the app’s own 401, passed through Cloudflare and Render, is the site’s', () => {
    const ex = explain(
      observe({
        statusCode: 401,
        headers: { ...edge, 'x-render-origin-server': 'uvicorn', 'www-authenticate': 'Bearer' },
      }),
    );
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.seen.map((s) => s.vendor.id)).toEqual(expect.arrayContaining(['render', 'cloudflare']));
  });

  it('the app’s own 500 is not put on the platform', () => {
    const ex = explain(observe({ statusCode: 500, headers: { ...edge, 'x-render-origin-server': 'gunicorn' } }));
    expect(ex.producer.role).toBe('origin');
  });
});

describe('Render texts', () => {
  it('writes every fingerprint, decoded value, note and hint in both languages', () => {
    expectBilingual(vendorTexts(render));
  });

  it('has notes for the codes its router writes, and no codes of its own', () => {
    expect(render.notes?.map((n) => n.code)).toEqual([404, 429, 502, 503]);
    expect(render.codes).toEqual([]);
    expect(render.notes?.find((n) => n.code === 503)?.note.en).toMatch(/15 minutes/);
  });
});
