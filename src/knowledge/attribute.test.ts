/**
 * Who made a response, rule by rule, with header shapes taken from each vendor's documentation (the
 * page is named in each case). Every gateway vendor is tried both answering by itself and relaying.
 */
import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { observe } from './observation';

const producer = (init: Parameters<typeof observe>[0]) => explain(observe(init)).producer;

describe('a layer that shows it answered by itself is the producer', () => {
  it('Cloudflare names its block in cf-mitigated (Cloudflare docs: cf-mitigated header)', () => {
    const p = producer({
      statusCode: 403,
      headers: { server: 'cloudflare', 'cf-ray': '8f1c2a3b4c5d6e7f-LHR', 'cf-mitigated': 'challenge' },
    });
    expect(p.vendor?.id).toBe('cloudflare');
    expect(p.confidence).toBe('high');
  });

  it('an own code with the vendor’s signs: Cloudflare 522 (Cloudflare docs: 5xx errors)', () => {
    const p = producer({ statusCode: 522, headers: { server: 'cloudflare', 'cf-ray': '8f1c2a3b4c5d6e7f-LHR' } });
    expect([p.vendor?.id, p.confidence]).toEqual(['cloudflare', 'high']);
  });
});

describe('gateway codes: the outermost layer that makes them, as a guess, the origin second', () => {
  it.each([
    ['Fastly 503 (Fastly docs: Fastly-generated 503 errors)', 503, { 'x-served-by': 'cache-lhr7340-LHR' }, 'fastly'],
    [
      'Azure Front Door 503 (Microsoft docs: Front Door troubleshooting)',
      503,
      { 'x-azure-ref': '0Ab1Cd2Ef3Gh4Ij5K' },
      'azure-front-door',
    ],
    [
      'Fly.io 502 (Fly docs: fly-request-id)',
      502,
      { 'fly-request-id': '01HV6Z8K9N3Q4R5S6T7U8V9W0X-lhr', server: 'Fly/6f0b2a1 (2024-05-01)' },
      'fly',
    ],
    ['Heroku 503 (Heroku Dev Center: HTTP routing, Via: 1.1 vegur)', 503, { via: '1.1 vegur' }, 'heroku'],
    [
      'Imperva 403 (Imperva docs: X-Iinfo header)',
      403,
      {
        'x-iinfo': '10-12345678-12345679 NNNN CT(0 0 0) RT(1700000000000 0) q(0 0 0 -1) r(0 0) U6',
        'x-cdn': 'Imperva',
      },
      'imperva',
    ],
    [
      'Google front end 502 (Google Cloud docs: load balancer error responses)',
      502,
      { server: 'Google Frontend', via: '1.1 google' },
      'google',
    ],
  ] as const)('%s', (_name, statusCode, headers, vendor) => {
    const ex = explain(observe({ statusCode, headers }));
    expect(ex.producer.vendor?.id).toBe(vendor);
    expect(ex.producer.confidence).toBe('low');
    expect(ex.producer.others.at(-1)?.role).toBe('origin');
    expect(ex.producer.settle).toBeTruthy();
    expect(ex.producer.why).toMatch(/guess/);
  });

  it('names the outermost of two layers and ranks the inner one next (Fastly in front of Heroku)', () => {
    const p = producer({ statusCode: 503, headers: { 'x-served-by': 'cache-lhr7340-LHR', via: '1.1 vegur' } });
    expect(p.vendor?.id).toBe('fastly');
    expect(p.others.map((o) => o.vendor?.id ?? o.role)).toEqual(['heroku', 'origin']);
  });

  it('keeps the origin as producer when its own server header came through the CDN (Fastly passes Server on)', () => {
    const p = producer({ statusCode: 503, headers: { 'x-served-by': 'cache-lhr7340-LHR', server: 'nginx/1.26.2' } });
    expect([p.role, p.vendor?.id, p.confidence]).toEqual(['origin', 'nginx', 'medium']);
  });

  it('treats a WAF’s 403 and 429 as gateway codes, but not a 404 passing through a pure CDN', () => {
    const cf = { server: 'cloudflare', 'cf-ray': '8f1c2a3b4c5d6e7f-LHR' };
    expect(producer({ statusCode: 403, headers: cf }).vendor?.id).toBe('cloudflare');
    expect(producer({ statusCode: 429, headers: cf }).vendor?.id).toBe('cloudflare');
    const notFound = producer({ statusCode: 404, headers: cf });
    expect([notFound.role, notFound.vendor, notFound.confidence]).toEqual(['origin', undefined, 'medium']);
  });
});

describe('a layer that marks the answer as relayed did not make it', () => {
  it('Envoy adds x-envoy-upstream-service-time only when the service answered (Envoy docs: router filter)', () => {
    const relayed = producer({
      statusCode: 503,
      headers: { server: 'envoy', 'x-envoy-upstream-service-time': '41' },
    });
    expect(relayed.role).toBe('origin');
    expect(relayed.why).toMatch(/Envoy/);
    const local = producer({ statusCode: 503, headers: { server: 'envoy' } });
    expect(local.vendor?.id).toBe('envoy');
    expect(local.role).not.toBe('origin');
  });
});

describe('platforms that serve the site themselves are named as its server', () => {
  it.each([
    [
      'GitHub Pages 404 (GitHub docs: custom 404 pages)',
      { server: 'GitHub.com', 'x-github-request-id': 'A1B2:3C4D:5E6F:7A8B:9C0D' },
      'github-pages',
    ],
    [
      'Netlify 404 (Netlify docs: redirects and 404s)',
      { server: 'Netlify', 'x-nf-request-id': '01HV6Z8K9N3Q4R5S6T7U8V9W0X' },
      'netlify',
    ],
  ] as const)('%s', (_name, headers, vendor) => {
    const p = producer({ statusCode: 404, headers });
    expect([p.role, p.vendor?.id]).toEqual(['origin', vendor]);
    expect(p.why).toMatch(/site’s server/);
  });
});

describe('evidence against: a code whose owner’s decisive sign is missing', () => {
  it('a 999 from a host that is not LinkedIn gets the number’s general meaning, LinkedIn listed as unlikely', () => {
    const ex = explain(observe({ statusCode: 999, url: 'https://www.odd-site.test/odd-999' }));
    expect(ex.meaningId).toBe('class.unknown');
    expect(ex.definedBy).toBe('unregistered');
    expect(ex.vendor).toBeUndefined();
    const linkedin = ex.candidates.find((c) => c.vendor?.id === 'linkedin');
    expect(linkedin?.unlikely).toMatch(/LinkedIn/);
    expect(ex.producer.vendor?.id).not.toBe('linkedin');
  });

  it('a 999 from linkedin.com is LinkedIn’s', () => {
    const ex = explain(observe({ statusCode: 999, url: 'https://www.linkedin.com/in/someone' }));
    expect([ex.meaningId, ex.producer.vendor?.id]).toEqual(['linkedin.999', 'linkedin']);
  });

  it('a bare 420 is not credited to Twitter', () => {
    const ex = explain(observe({ statusCode: 420, url: 'https://api.example.test/v1' }));
    expect(ex.vendor?.id).not.toBe('twitter');
    expect(ex.candidates.find((c) => c.vendor?.id === 'twitter')?.unlikely).toBeTruthy();
  });

  it('a 529 from an API that is not SSL Labs is not titled as SSL Labs', () => {
    const ex = explain(observe({ statusCode: 529, url: 'https://api.example.test/v1/jobs' }));
    expect(ex.title).not.toMatch(/SSL Labs/);
    expect(ex.definedBy).toBe('unregistered');
  });
});

describe('words for every producer, in the UI language', () => {
  it('says the gateway guess, the other candidates and what settles it in Russian', () => {
    const ex = explain(observe({ statusCode: 503, headers: { 'x-served-by': 'cache-lhr7340-LHR' } }), 'ru');
    for (const text of [ex.producer.why, ex.producer.settle ?? '', ...ex.producer.others.map((o) => o.why)])
      expect(text).toMatch(/[а-яё]/i);
  });

  it('localises names that are descriptions, not products', () => {
    const obs = observe({
      statusCode: 307,
      statusLine: 'HTTP/1.1 307 Internal Redirect',
      headers: { 'non-authoritative-reason': 'HSTS' },
    });
    expect(explain(obs, 'ru').producer.vendor?.name).toMatch(/[а-яё]/i);
    expect(explain(obs, 'en').producer.vendor?.name).toBe('The browser itself');
  });

  it('shows what tells candidates apart whether or not a vendor won', () => {
    const ex = explain(observe({ statusCode: 499, headers: { server: 'nginx' } }));
    for (const c of ex.candidates) expect(c.tellApart).not.toBe('');
  });
});
