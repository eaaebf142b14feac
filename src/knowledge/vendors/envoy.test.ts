import { describe, expect, it } from 'vitest';
import {
  decoderOf,
  decodeWith,
  itFindsOnPages,
  itMatchesHeaders,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchOne,
  pageFindsIn,
  readPage,
  withPage,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { envoyConnectFailure, envoyNoHealthyUpstream, envoyUpstreamTimeout } from '../../../test/error-pages/envoy';
import { shownAs } from '../../../test/error-pages/plain-text';
import { explain } from '../explain';
import { observe } from '../observation';
import { envoy } from './envoy';

describe('Envoy fingerprint', () => {
  itMatchesHeaders(envoy, [
    ['server', 'envoy'],
    ['server', 'istio-envoy'],
    ['x-envoy-upstream-service-time', '12'],
    ['x-envoy-overloaded', 'true'],
    ['x-envoy-ratelimited', 'true'],
    ['x-envoy-decorator-operation', 'reviews.default.svc.cluster.local:9080/*'],
  ]);

  itRejectsHeaders(envoy, [
    ['server', 'envoy-gateway-proxy'],
    ['server', 'istio'],
    ['server', 'myenvoy'],
    ['x-envoy-upstream-service-time', 'fast'],
    ['x-envoy-upstream-service-time', '12 ms'],
    ['x-envoy-attempt-count', '1'],
  ]);

  it('marks only a bare local reply, its own reply pages and the overload and rate-limit headers as generated', () => {
    const generated = envoy.fingerprints.filter((f) => f.generated).map((f) => f.id);
    expect(generated.sort()).toEqual([
      'page-local-reply',
      'page-reset',
      'server-no-upstream-time',
      'x-envoy-overloaded',
      'x-envoy-ratelimited',
    ]);
    expect(
      matchOne(envoy, observe({ headers: { server: 'envoy', 'x-envoy-upstream-service-time': '40' } }))?.generated,
    ).toBe(false);
    expect(matchOne(envoy, observe({ headers: { server: 'envoy', 'x-envoy-overloaded': 'true' } }))?.generated).toBe(
      true,
    );
  });

  it('says the upstream-service-time header means the service answered', () => {
    const fp = envoy.fingerprints.find(
      (f) => f.signal.kind === 'header' && f.signal.name === 'x-envoy-upstream-service-time',
    );
    expect(fp?.generated).not.toBe(true);
    expect(fp?.says.en).toMatch(/only when the service behind Envoy answered/);
  });
});

describe('Envoy decoders', () => {
  it.each([
    ['x-envoy-overloaded', 'true', /shed/],
    ['x-envoy-overloaded', ' TRUE ', /shed/],
    ['x-envoy-ratelimited', 'true', /Rate limited/],
  ])('decodes %s: %s', (name, value, title) => {
    const hit = decodeWith(envoy, name, value);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.title.en).toMatch(title);
  });

  it.each([
    ['x-envoy-overloaded', 'truex'],
    ['x-envoy-overloaded', 'false'],
    ['x-envoy-ratelimited', 'yes'],
  ])('leaves %s: %s to the fallback', (name, value) => {
    expect(decodeWith(envoy, name, value)).toHaveLength(0);
    expect(decoderOf(envoy, name).fallback.en).not.toBe('');
  });

  it('treats both decoders as Envoy answering by itself', () => {
    for (const d of envoy.decoders ?? []) expect(d.generated).toBe(true);
  });
});

describe('Envoy notes', () => {
  const note = (code: number): string => noteOn(envoy, code);

  it('names the body-only reasons of the 503 and the 504', () => {
    expect(note(503)).toMatch(/no healthy upstream/);
    expect(note(503)).toMatch(/upstream connect error/);
    expect(note(504)).toMatch(/upstream request timeout/);
    expect(envoy.bodyHint?.en).toMatch(/plain text/);
  });

  itWritesEveryTextInBothLanguages(envoy);
});

// Envoy docs: the HTTP connection manager writes server_name into Server on every response ("HTTP header
// manipulation: server"); the router filter adds x-envoy-upstream-service-time only once the upstream answered.
describe('Envoy and the layer that answered', () => {
  const ids = (headers: Record<string, string>) =>
    matchOne(envoy, observe({ statusCode: 503, headers }))?.hits.map((h) => h.fingerprint.id);

  it('a 503 "no healthy upstream" local reply (Server: envoy, no upstream time) is Envoy’s own', () => {
    const headers = { server: 'envoy', 'content-type': 'text/plain', 'content-length': '19' };
    const m = matchOne(envoy, observe({ statusCode: 503, headers }));
    expect(ids(headers)).toEqual(['server', 'server-no-upstream-time']);
    expect(m?.generated).toBe(true);
    expect(m?.relayed).toBe(false);
  });

  it('istio-envoy’s local 504 "upstream request timeout" counts the same way', () => {
    expect(matchOne(envoy, observe({ statusCode: 504, headers: { server: 'istio-envoy' } }))?.generated).toBe(true);
  });

  it('a 503 with X-Envoy-Upstream-Service-Time came from the service and was passed along', () => {
    const headers = { server: 'istio-envoy', 'x-envoy-upstream-service-time': '7' };
    const m = matchOne(envoy, observe({ statusCode: 503, headers }));
    expect(ids(headers)).toEqual(['server', 'x-envoy-upstream-service-time']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(true);
  });

  it('needs Envoy’s Server value: other Envoy headers without it do not claim the answer', () => {
    const headers = { 'x-envoy-decorator-operation': 'reviews:9080/*' };
    expect(ids(headers)).toEqual(['x-envoy-decorator-operation']);
    expect(matchOne(envoy, observe({ statusCode: 503, headers }))?.generated).toBe(false);
  });

  it('a near miss: another server without the timing header is not Envoy at all', () => {
    expect(matchOne(envoy, observe({ statusCode: 503, headers: { server: 'envoy-gateway-proxy' } }))).toBeUndefined();
  });

  it('gives the decoder rows ids', () => {
    expect(decoderOf(envoy, 'x-envoy-overloaded').values?.map((v) => v.id)).toEqual(['true']);
    expect(decoderOf(envoy, 'x-envoy-ratelimited').values?.map((v) => v.id)).toEqual(['true']);
  });
});

// Envoy's plain-text local replies (envoy source: router filter, Http::Utility::resetReasonToString), shaped in
// test/error-pages/envoy.ts and shown, as a browser shows text/plain, inside body > pre.
describe('Envoy error page', () => {
  const text = (body: string) => shownAs({ headers: { 'content-type': 'text/plain' }, html: body });

  itFindsOnPages('finds the whole line of a local reply, and the reset reason', [
    [envoyNoHealthyUpstream, [{ id: 'envoy.page-local-reply', value: 'no healthy upstream' }]],
    [envoyConnectFailure, [{ id: 'envoy.page-reset', value: 'remote connection failure' }]],
  ]);

  // Envoy answered by itself, and the page says why.
  itNamesTheMakerFromItsPage([envoyNoHealthyUpstream, envoyConnectFailure, envoyUpstreamTimeout], {
    confidence: 'high',
    title: 'page',
  });

  it('with no Server header at all, only the page names Envoy', () => {
    expect(readPage(envoyUpstreamTimeout, 'timeout').producer.vendor).toBeUndefined();
    expect(readPage(envoyUpstreamTimeout).producer.vendor?.id).toBe('envoy');
  });

  it.each([
    ['upstream connect error or disconnect/reset before headers. reset reason: connection failure', 'connect-failure'],
    [
      'upstream connect error or disconnect/reset before headers. reset reason: connection termination',
      'connection-termination',
    ],
    ['upstream connect error or disconnect/reset before headers. reset reason: overflow', 'overflow'],
    [
      'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: protocol error',
      'protocol-error',
    ],
    [
      'upstream connect error or disconnect/reset before headers. reset reason: connection timeout, transport failure reason: delayed connect error: 110',
      'connection-timeout',
    ],
    ['upstream connect error or disconnect/reset before headers. reset reason: remote reset', 'remote-reset'],
    ['upstream request timeout', 'upstream-timeout'],
  ])('reads "%s"', (body, id) => {
    const ex = explain(withPage(503, text(body), { server: 'envoy', 'content-type': 'text/plain' }));
    expect(ex.decoded[0]).toMatchObject({ header: 'local-reply', onPage: true });
    expect(decodeWith(envoy, 'local-reply', ex.decoded[0]?.value ?? '').map((r) => r.id)).toEqual([id]);
  });

  it('does not take prose, an HTML page or a reply with more text for Envoy’s', () => {
    expect(pageFindsIn('<html><body><p>no healthy upstream</p></body></html>')).toEqual([]);
    expect(
      pageFindsIn('<html><body><pre>$ curl site.example\nno healthy upstream\n$ kubectl get pods</pre></body></html>'),
    ).toEqual([]);
    expect(pageFindsIn(text('Error: upstream request timeout, please retry'))).toEqual([]);
    expect(pageFindsIn('<html><body><article><pre>upstream request timeout</pre></article></body></html>')).toEqual([]);
  });
});
