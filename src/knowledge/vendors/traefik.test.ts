import { describe, expect, it } from 'vitest';
import {
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchOne,
  pageFindsIn,
  responseSigns,
  withPage,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { shownAs } from '../../../test/error-pages/plain-text';
import { traefikNoAvailableServer } from '../../../test/error-pages/traefik';
import { explain } from '../explain';
import { observe } from '../observation';
import { traefik } from './traefik';

// Traefik FAQ, "Why is Traefik Answering XXX HTTP Response Status Code?" (404 when no router matches, 502 on an
// upstream error, 503 when the service has no ready server); traefik/traefik pkg/proxy/httputil/proxy.go writes
// the status text as a plain body and no header of its own.
describe('Traefik leaves no header sign', () => {
  it('has no header or cookie fingerprint, and no strong one at all', () => {
    expect(responseSigns(traefik)).toEqual([]);
    for (const f of traefik.fingerprints) expect(f.weight).not.toBe('strong');
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
  const note = (code: number): string => noteOn(traefik, code);

  it('names the plain-text bodies that are the only way to tell it', () => {
    expect(note(404)).toMatch(/404 page not found/);
    expect(note(502)).toMatch(/Bad Gateway/);
    expect(note(503)).toMatch(/no available server/);
    expect(note(504)).toMatch(/Gateway Timeout/);
    expect(traefik.bodyHint?.en).toMatch(/only the body/);
  });

  itWritesEveryTextInBothLanguages(traefik);
});

// Traefik's weighted load balancer writes "no available server" with Go's http.Error
// (traefik/traefik pkg/server/service/loadbalancer/wrr), shaped in test/error-pages/traefik.ts. Go's own
// "404 page not found" is every Go server's and names no one.
describe('Traefik error page', () => {
  itFindsOnPages('finds the one line that is Traefik’s wording', [
    [traefikNoAvailableServer, [{ id: 'traefik.page-no-available-server' }]],
  ]);

  // Traefik is named, without certainty, where nothing else would be.
  itNamesTheMakerFromItsPage([traefikNoAvailableServer], { confidence: 'medium', title: 'status' });

  it('does not pin Go’s "404 page not found", prose or a longer line on Traefik', () => {
    const text = (body: string) => shownAs({ headers: { 'content-type': 'text/plain' }, html: body });
    expect(pageFindsIn(text('404 page not found\n'))).toEqual([]);
    expect(
      explain(withPage(404, text('404 page not found\n'), traefikNoAvailableServer.headers)).producer.vendor,
    ).toBeUndefined();
    expect(pageFindsIn('<html><body><p>no available server</p></body></html>')).toEqual([]);
    expect(pageFindsIn(text('no available server for region eu-west'))).toEqual([]);
  });
});
