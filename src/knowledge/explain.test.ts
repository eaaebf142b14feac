import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { observe } from './observation';
import { standardCodes } from './standard';
import { warningCodes } from './warnings';

/** Every code the three seed documents list (status codes; 110–299 Warning codes are checked apart). */
const seedStatusCodes = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308,
  400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 421, 422,
  423, 424, 425, 426, 428, 429, 430, 431, 440, 444, 449, 450, 451, 460, 463, 464, 494, 495, 496, 497, 498, 499, 500,
  501, 502, 503, 504, 505, 506, 507, 508, 509, 510, 511, 520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 561, 598,
  599,
];
const seedWarningCodes = [110, 111, 112, 113, 199, 214, 299];

const ids = (ex: ReturnType<typeof explain>) => ex.candidates.map((c) => c.meaningId);

describe('coverage', () => {
  it.each(standardCodes.map((m) => [m.code]))('IANA %i gets its standard meaning with no evidence', (code) => {
    const ex = explain(observe({ statusCode: code }));
    expect(ex.meaningId).toBe(`std.${code}`);
    expect(ex.definedBy).toBe('standard');
    expect(ex.source.title).toMatch(/RFC|draft/);
  });

  it.each(seedStatusCodes.map((c) => [c]))('seed code %i has a meaning of its own (chosen or offered)', (code) => {
    const ex = explain(observe({ statusCode: code }));
    const known = [ex.meaningId, ...ids(ex)].filter((id) => !id.startsWith('class.'));
    expect(known.some((id) => id.endsWith(`.${code}`) || id.includes(`.${code}-`))).toBe(true);
  });

  it.each(seedWarningCodes.map((c) => [c]))('Warning code %i is explained when a response carries it', (code) => {
    const ex = explain(observe({ statusCode: 200, headers: { warning: `${code} proxy.example "something"` } }));
    expect(ex.warnings[0]?.code).toBe(code);
    expect(ex.warnings[0]?.known?.title).toBe(warningCodes.find((w) => w.code === code)!.title.en);
  });

  it.each([
    [437, 'class.client-error', 'client-error'],
    [299, 'class.success', 'success'],
    [0, 'class.unknown', 'unknown'],
    [1, 'class.unknown', 'unknown'],
    [99, 'class.unknown', 'unknown'],
    [600, 'class.unknown', 'unknown'],
    [65535, 'class.unknown', 'unknown'],
    [-5, 'class.unknown', 'unknown'],
    [404.5, 'class.unknown', 'unknown'],
  ] as const)('odd code %s gets an honest class answer', (code, id, cls) => {
    const ex = explain(observe({ statusCode: code }));
    expect(ex.meaningId).toBe(id);
    expect(ex.statusClass).toBe(cls);
    expect(ex.confidence).toBe('low');
    expect(ex.title).not.toBe('');
    expect(explain(observe({ statusCode: code }), 'ru').title).toMatch(/[а-яё]/i);
  });

  it('says the title of an unregistered 4xx plainly', () => {
    expect(explain(observe({ statusCode: 437 })).title).toMatch(/unregistered client error/i);
  });
});

describe('producer: who made the response', () => {
  it('a 404 passing through Cloudflare is the origin’s', () => {
    const ex = explain(
      observe({ statusCode: 404, headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }),
    );
    expect(ex.meaningId).toBe('std.404');
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.producer.evidence.map((e) => e.name)).toContain('cf-ray');
  });

  it('a 522 is Cloudflare’s own', () => {
    const ex = explain(
      observe({ statusCode: 522, headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }),
    );
    expect(ex.meaningId).toBe('cloudflare.522');
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'cloudflare' }, confidence: 'high' });
  });

  it('a 502 from server awselb/2.0 is the load balancer’s', () => {
    const ex = explain(observe({ statusCode: 502, headers: { server: 'awselb/2.0' } }));
    expect(ex.producer).toMatchObject({ role: 'load-balancer', vendor: { id: 'aws-elb' } });
    expect(ex.notes.some((n) => n.vendor?.id === 'aws-elb')).toBe(true);
  });

  it('an S3 404 relayed by CloudFront is S3’s, with the S3 error code decoded', () => {
    const ex = explain(
      observe({
        statusCode: 404,
        headers: {
          server: 'AmazonS3',
          'x-amz-error-code': 'NoSuchKey',
          'x-cache': 'Error from cloudfront',
          'x-amz-cf-id': 'abc',
        },
      }),
    );
    expect(ex.producer.vendor?.id).toBe('aws-s3');
    expect(ex.decoded.map((d) => d.header)).toEqual(expect.arrayContaining(['x-amz-error-code', 'x-cache']));
    expect(ex.seen.map((s) => s.vendor.id)).toEqual(expect.arrayContaining(['aws-s3', 'aws-cloudfront']));
  });

  it('a platform error header names the platform as the producer', () => {
    const ex = explain(
      observe({ statusCode: 404, headers: { 'x-vercel-error': 'DEPLOYMENT_NOT_FOUND', 'x-vercel-id': 'fra1::abc' } }),
    );
    expect(ex.producer.vendor?.id).toBe('vercel');
    expect(ex.decoded[0]?.title).toMatch(/deployment/i);
  });

  it('with no product evidence, says it is most likely the site’s server, with low confidence', () => {
    const ex = explain(observe({ statusCode: 500 }));
    expect(ex.producer).toMatchObject({ role: 'origin', confidence: 'low', evidence: [] });
  });

  it('nginx answering 400 notes the hidden 494–497 reasons', () => {
    const ex = explain(observe({ statusCode: 400, headers: { server: 'nginx/1.25.3' } }));
    expect(ex.producer.vendor?.id).toBe('nginx');
    expect(ex.notes.some((n) => /494/.test(n.text))).toBe(true);
  });
});

describe('honesty: ambiguous numbers are decided by evidence, else ranked', () => {
  const cases: readonly {
    code: number;
    evidence: readonly [string, Parameters<typeof observe>[0], string][];
    none: string;
    offered: readonly string[];
  }[] = [
    {
      code: 499,
      evidence: [
        ['server: nginx', { headers: { server: 'nginx' } }, 'nginx.499'],
        ['an ArcGIS REST path', { url: 'https://maps.example.org/arcgis/rest/services/Roads/MapServer' }, 'esri.499'],
      ],
      // Neither reading is likelier than not without a sign: the class answers, both offered.
      none: 'class.client-error',
      offered: ['esri.499', 'nginx.499'],
    },
    {
      code: 420,
      evidence: [
        ['the Twitter API host', { url: 'https://api.twitter.com/1/search.json' }, 'twitter.420'],
        ['the Spring Boot header', { headers: { 'x-application-context': 'app:prod:8080' } }, 'spring.420'],
      ],
      // Twitter's meaning needs its API host, and Spring's is the less likely reading: the class answers.
      none: 'class.client-error',
      offered: ['twitter.420', 'spring.420'],
    },
    {
      code: 451,
      evidence: [
        [
          'the ActiveSync path',
          { url: 'https://mail.example.com/Microsoft-Server-ActiveSync?Cmd=Sync' },
          'microsoft-exchange.451',
        ],
        ['no Microsoft sign at all', { headers: { server: 'nginx' } }, 'std.451'],
      ],
      none: 'std.451',
      offered: ['std.451', 'microsoft-exchange.451'],
    },
    {
      code: 530,
      evidence: [
        ['cf-ray', { headers: { 'cf-ray': '8c1f2a3b4c5d6e7f-FRA', server: 'cloudflare' } }, 'cloudflare.530'],
        ['the Pantheon header', { headers: { 'x-pantheon-styx-hostname': 'styx-fe1-a-123' } }, 'pantheon.530'],
      ],
      none: 'cloudflare.530',
      offered: ['cloudflare.530', 'pantheon.530'],
    },
    {
      code: 430,
      evidence: [
        [
          'the Storefront API path',
          { url: 'https://shop.example/api/2024-01/graphql.json', headers: { 'x-shopid': '1' } },
          'shopify.430-security',
        ],
        ['Retry-After with a Shopify header', { headers: { 'x-shopid': '1', 'retry-after': '2' } }, 'shopify.430-rate'],
      ],
      none: 'shopify.430-security',
      offered: ['shopify.430-security', 'shopify.430-rate'],
    },
    {
      code: 509,
      evidence: [['server: Apache', { headers: { server: 'Apache/2.4.57 (Unix)' } }, 'apache.509']],
      none: 'apache.509',
      offered: ['apache.509'],
    },
  ];

  for (const c of cases) {
    describe(String(c.code), () => {
      it.each(c.evidence.map((e) => [...e]))('with %s → %s', (_label, init, id) => {
        const ex = explain(observe({ ...init, statusCode: c.code }));
        expect(ex.meaningId).toBe(id);
        if (!String(id).startsWith('std.')) expect(ex.confidence).not.toBe('low');
      });

      it('with no evidence: ranked candidates, never a confident vendor', () => {
        const ex = explain(observe({ statusCode: c.code }));
        expect(ex.meaningId).toBe(c.none);
        expect(ids(ex)).toEqual(expect.arrayContaining([...c.offered]));
        if (ex.definedBy === 'vendor') expect(ex.confidence).not.toBe('high');
        if (c.offered.length > 1) {
          expect(ex.ambiguous).toBe(true);
          for (const cand of ex.candidates) expect(cand.tellApart).not.toBe('');
        }
      });
    });
  }

  it('527 is explained under both names the sources give', () => {
    const ex = explain(observe({ statusCode: 527, headers: { 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }));
    expect(ex.meaningId.startsWith('cloudflare.527')).toBe(true);
    const titles = ex.candidates.map((c) => c.title).join(' | ');
    expect(titles).toMatch(/railgun/i);
    expect(titles).toMatch(/range|bad gateway/i);
  });

  it('a vendor code with no evidence is offered with low or medium confidence, and says so', () => {
    const ex = explain(observe({ statusCode: 522 }));
    expect(ex.meaningId).toBe('cloudflare.522');
    expect(ex.confidence).not.toBe('high');
    expect(ex.producer.confidence).toBe('low');
    expect(ex.producer.why).toMatch(/no header confirms/i);
  });
});

describe('what the browser cannot see is said, not guessed', () => {
  it('never uses an HTTP/2 status line or Firefox’s filler as the meaning', () => {
    expect(explain(observe({ statusCode: 522, statusLine: 'HTTP/1.1 522' })).reasonPhrase).toBeUndefined();
    expect(
      explain(observe({ statusCode: 522, statusLine: 'HTTP/2 522 No Reason Phrase' })).reasonPhrase,
    ).toBeUndefined();
    expect(explain(observe({ statusCode: 404, statusLine: 'HTTP/2 404 Not Found' })).reasonPhrase).toBeUndefined();
    const http1 = explain(observe({ statusCode: 503, statusLine: 'HTTP/1.1 503 Backend fetch failed' }));
    expect(http1.reasonPhrase).toBe('Backend fetch failed');
    expect(http1.title).not.toBe('Backend fetch failed');
  });

  it('points at the error page for numbers that live in the body', () => {
    const cf = explain(
      observe({ statusCode: 530, headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }),
    );
    expect(cf.notes.some((n) => /\b1(xxx|\d{3})\b/.test(n.text))).toBe(true);
    const heroku = explain(observe({ statusCode: 503, headers: { via: '1.1 vegur' } }));
    expect(heroku.notes.some((n) => /H1\d/.test(n.text))).toBe(true);
  });

  it('says nginx 444 and 499 normally never reach a browser', () => {
    const ex = explain(observe({ statusCode: 444, headers: { server: 'nginx' } }));
    expect(ex.reach).toBe('never');
    expect(ex.notes[0]?.text).toMatch(/ERR_EMPTY_RESPONSE/);
  });

  it('says Esri usually sends 498/499 inside a 200 body', () => {
    const ex = explain(observe({ statusCode: 498, url: 'https://gis.example/arcgis/rest/services' }));
    expect(ex.notes.some((n) => /200/.test(n.text))).toBe(true);
  });
});

describe('network failures', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'network'],
    ['NS_ERROR_UNKNOWN_HOST', 'network'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'extension'],
    ['net::ERR_CONNECTION_REFUSED', 'origin'],
  ] as const)('%s is explained with who is at fault (%s)', (error, role) => {
    const ex = explain(observe({ error }));
    expect(ex.statusClass).toBe('network-failure');
    expect(ex.producer.role).toBe(role);
    expect(ex.definedBy).toBe('browser');
  });

  it('an unknown failure name gets a calm generic answer', () => {
    const ex = explain(observe({ error: 'net::ERR_SOMETHING_NEW' }));
    expect(ex.meaningId).toBe('net.unknown');
    expect(ex.confidence).toBe('low');
  });

  it('marks cancelled requests as noise', () => {
    expect(explain(observe({ error: 'net::ERR_ABORTED' })).noise).toBe(true);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');
  it('reads seconds', () => {
    expect(
      explain(observe({ statusCode: 429, headers: { 'retry-after': '120' } }), undefined, now).retryAfter,
    ).toMatchObject({ seconds: 120, form: 'seconds', at: now + 120_000 });
  });
  it('reads an HTTP date', () => {
    const ex = explain(
      observe({ statusCode: 503, headers: { 'retry-after': 'Mon, 23 Nov 2026 10:05:00 GMT' } }),
      undefined,
      now,
    );
    expect(ex.retryAfter).toMatchObject({ seconds: 300, form: 'date' });
  });
  it('ignores garbage', () => {
    expect(explain(observe({ statusCode: 503, headers: { 'retry-after': 'soon-ish' } })).retryAfter).toBeUndefined();
  });
});

describe('hostile input never throws', () => {
  it.each([
    observe({ statusCode: 404, url: `https://a.test/${'x'.repeat(100_000)}` }),
    observe({ statusCode: 404, url: 'not a url at all <script>' }),
    observe({
      statusCode: 500,
      headers: Array.from({ length: 5000 }, (_, i) => ({
        name: i % 2 ? 'server' : 'cf-ray',
        value: `<img src=x onerror=alert(${i})>`,
      })),
    }),
    observe({ statusCode: 503, headers: { warning: '"'.repeat(10_000), 'retry-after': '9'.repeat(400) } }),
    observe({ statusCode: 65535, statusLine: '\u0000\u0001' }),
  ])('case %#', (obs) => {
    expect(() => explain(obs)).not.toThrow();
  });
});

describe('the producer line for a response seen only through a web server', () => {
  it('names the server alone, with no empty list of layers in front of it', () => {
    const ex = explain(observe({ statusCode: 404, headers: { server: 'nginx' } }));
    expect(ex.producer.why).toBe("nginx answered; it may be the site's web server or a proxy just in front of it.");
    expect(explain(observe({ statusCode: 502, headers: { server: 'nginx/1.26.2' } }), 'ru').producer.why).not.toMatch(
      /\s{2}/,
    );
  });

  it('names the layers it passed through when there are some', () => {
    const ex = explain(
      observe({ statusCode: 404, headers: { server: 'nginx', via: '1.1 varnish', 'x-varnish': '1' } }),
    );
    expect(ex.producer.why).toMatch(/^nginx answered and \S/);
  });
});
