import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, matchOne, vendorTexts } from '../test-helpers';
import { traefik } from './traefik';

// Traefik FAQ, "Why is Traefik Answering XXX HTTP Response Status Code?" (404 when no router matches, 502 on an
// upstream error, 503 when the service has no ready server); traefik/traefik pkg/proxy/httputil/proxy.go writes
// the status text as a plain body and no header of its own.
describe('Traefik leaves no header sign', () => {
  it('has no fingerprint a browser could see', () => {
    expect(traefik.fingerprints).toEqual([]);
  });

  it.each([
    [404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' }],
    [502, { 'content-type': 'text/plain; charset=utf-8' }],
    [504, { 'content-type': 'text/plain; charset=utf-8', server: 'traefik' }],
  ] as const)('a plain-text %i is never matched to Traefik', (statusCode, headers) => {
    expect(matchOne(traefik, observe({ statusCode, headers }))).toBeUndefined();
  });

  it('so its own 404 "404 page not found" is not pinned on it, nor on anyone else, by headers', () => {
    const ex = explain(
      observe({
        statusCode: 404,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
      }),
    );
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.producer.confidence).toBe('low');
  });
});

describe('Traefik texts', () => {
  const note = (code: number) => (traefik.notes ?? []).find((n) => n.code === code)?.note.en ?? '';

  it('names the plain-text bodies that are the only way to tell it', () => {
    expect(note(404)).toMatch(/404 page not found/);
    expect(note(502)).toMatch(/Bad Gateway/);
    expect(note(503)).toMatch(/no available server/);
    expect(note(504)).toMatch(/Gateway Timeout/);
    expect(traefik.bodyHint?.en).toMatch(/only the body/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(traefik));
  });
});
