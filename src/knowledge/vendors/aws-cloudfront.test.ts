import { describe, expect, it } from 'vitest';
import { cloudfrontBlocked, cloudfrontOrigin } from '../../../test/error-pages/aws-cloudfront';
import { observe } from '../observation';
import {
  decodeWith,
  expectUniqueKebabIds,
  filled,
  itLeavesToFallback,
  itNamesTheMakerFromItsPage,
  itReadsPageValuesOnly,
  itRejectsHeaders,
  matchHeader,
  matchOne,
  pageFindsIn,
  readPage,
} from '../test-helpers';
import { awsCloudfront } from './aws-cloudfront';

const xcache = awsCloudfront.decoders?.find((d) => d.header === 'x-cache');

describe('CloudFront fingerprints', () => {
  it.each([
    ['x-amz-cf-id', 'p_Fuf9zaUH7YDjXDU4FSWhlREchCBigFZ33xVdggBiZn30jEq02jbw=='],
    ['x-amz-cf-pop', 'VIE50-P1'],
    ['via', '1.1 8fc54d3acff9539327f4d7a6bf40a31f.cloudfront.net (CloudFront)'],
    ['via', '1.1 varnish, 1.1 77b355e48e983a9f568a89f4dbebf383.cloudfront.net (CloudFront)'],
    ['via', 'HTTP/2.0 e1c42f7e378e3bdce50f3034fd2550f4.cloudfront.net (CloudFront), 1.1 google'],
    ['x-cache', 'Error from cloudfront'],
    ['x-cache', 'Hit from cloudfront'],
  ])('matches %s: %s as a relay, not as the producer', (name, value) => {
    const m = matchHeader(awsCloudfront, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it('treats Server: CloudFront as a response CloudFront made itself', () => {
    const m = matchHeader(awsCloudfront, 'server', 'CloudFront');
    expect(m?.generated).toBe(true);
  });

  it('matches a cloudfront.net host weakly', () => {
    const m = matchOne(awsCloudfront, observe({ url: 'https://d111111abcdef8.cloudfront.net/a.js' }));
    expect(m?.hits[0]?.kind).toBe('host');
    expect(m?.score).toBe(1);
  });

  itRejectsHeaders(awsCloudfront, [
    ['server', 'CloudFlare'],
    ['server', 'cloudfront-proxy'],
    ['via', '1.1 abc.cloudfront.net.evil.test (CloudFront)'],
    ['via', '1.1 abc.notcloudfront.net (CloudFront)'],
    ['via', '1.1 varnish'],
    ['x-cache', 'HIT from squid.example'],
    ['x-cache', 'Error from cloudfront-ish'],
    ['x-amz-cf', 'abc'],
  ]);

  it.each(['https://cloudfront.net.evil.test/', 'https://mycloudfront.net/', 'https://cloudfront.example/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(awsCloudfront, observe({ url }))).toBeUndefined();
    },
  );
});

// X-Cache carries the standard-log result type ("Standard logging reference"); "Error" marks any error answer, the
// origin's too, so only Server: CloudFront or an edge-answer type shows CloudFront wrote it.
describe('CloudFront by layer', () => {
  const ids = (headers: Record<string, string>, statusCode = 502) =>
    matchOne(awsCloudfront, observe({ statusCode, headers }))?.hits.map((h) => h.fingerprint.id);

  it('its own 502 page (Server: CloudFront) is CloudFront’s', () => {
    const headers = {
      server: 'CloudFront',
      'x-cache': 'Error from cloudfront',
      via: '1.1 8fc54d3acff9539327f4d7a6bf40a31f.cloudfront.net (CloudFront)',
      'x-amz-cf-pop': 'FRA56-P1',
      'x-amz-cf-id': 'p_Fuf9zaUH7YDjXDU4FSWhlREchCBigFZ33xVdggBiZn30jEq02jbw==',
    };
    const m = matchOne(awsCloudfront, observe({ statusCode: 502, headers }));
    expect(m?.generated).toBe(true);
    expect(m?.relayed).toBe(false);
  });

  it('an origin error marked "Error from cloudfront" is neither claimed nor called relayed', () => {
    const m = matchOne(
      awsCloudfront,
      observe({ statusCode: 404, headers: { server: 'AmazonS3', 'x-cache': 'Error from cloudfront' } }),
    );
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-cache']);
  });

  it.each(['Hit from cloudfront', 'RefreshHit from cloudfront', 'Miss from cloudfront'])(
    '%s means the origin’s answer was passed along',
    (value) => {
      const m = matchOne(awsCloudfront, observe({ statusCode: 404, headers: { 'x-cache': value } }));
      expect(m?.relayed).toBe(true);
      expect(m?.generated).toBe(false);
      expect(ids({ 'x-cache': value }, 404)).toEqual(['x-cache-from-origin']);
    },
  );

  it.each([
    'LambdaGeneratedResponse from cloudfront',
    'FunctionGeneratedResponse from cloudfront',
    'Redirect from cloudfront',
  ])('%s is an answer made at the edge', (value) => {
    const m = matchOne(awsCloudfront, observe({ statusCode: 403, headers: { 'x-cache': value } }));
    expect(m?.generated).toBe(true);
    expect(m?.relayed).toBe(false);
    expect(ids({ 'x-cache': value }, 403)).toEqual(['x-cache-edge-answer']);
  });

  it.each(['LimitExceeded from cloudfront', 'CapacityExceeded from cloudfront'])(
    'leaves %s as presence only',
    (value) => {
      expect(ids({ 'x-cache': value })).toEqual(['x-cache']);
    },
  );

  it.each(['Hit from cloudfront.net', 'Miss from cloudfront-edge', 'Hit from cloudflare', 'Hit-from cloudfront'])(
    'does not match the near miss x-cache: %s',
    (value) => {
      expect(matchOne(awsCloudfront, observe({ headers: { 'x-cache': value } }))).toBeUndefined();
    },
  );

  it('makes 403, 502, 503 and 504 by itself, not 429', () => {
    expect(awsCloudfront.makes).toEqual([403, 502, 503, 504]);
  });

  it('gives every fingerprint and decoded value a unique kebab-case id', () => {
    expectUniqueKebabIds(awsCloudfront.fingerprints.map((f) => f.id));
    expect(xcache?.values?.map((v) => v.id)).toEqual(['error', 'hit', 'miss', 'function-generated', 'redirect']);
  });
});

describe('x-cache decoder', () => {
  it('does not claim the response by itself (only the error page’s decoder does)', () => {
    expect(xcache?.generated).toBe(false);
    expect(awsCloudfront.decoders?.filter((d) => !d.onPage).every((d) => !d.generated)).toBe(true);
  });

  it('explains that "Error from cloudfront" needs the Server header to name the producer', () => {
    const entry = xcache?.values?.find((v) => v.match.test('Error from cloudfront'));
    expect(entry?.summary.en).toMatch(/Server: CloudFront/);
    expect(entry?.summary.en).toMatch(/AmazonS3/);
  });

  it.each([
    ['Error from cloudfront', 'Error passing'],
    ['error from CloudFront', 'Error passing'],
    ['Hit from cloudfront', 'cache'],
    ['RefreshHit from cloudfront', 'cache'],
    ['Miss from cloudfront', 'origin'],
    ['LambdaGeneratedResponse from cloudfront', 'edge function'],
    ['FunctionGeneratedResponse from cloudfront', 'edge function'],
    ['Redirect from cloudfront', 'Redirect'],
  ])('decodes %s', (value, word) => {
    const entry = xcache?.values?.find((v) => v.match.test(value));
    expect(entry?.title.en).toContain(word);
  });

  it.each(['Error from cloudfront edge', 'TCP_MISS', 'MISS, HIT'])('leaves %s to the fallback', (value) => {
    expect(xcache?.values?.find((v) => v.match.test(value))).toBeUndefined();
  });

  it('has both languages everywhere', () => {
    for (const v of xcache?.values ?? []) {
      for (const x of [v.title, v.summary, v.owner, v.visitor]) if (x) expect(filled(x)).toBe(true);
    }
    expect(xcache && filled(xcache.fallback)).toBe(true);
  });
});

describe('CloudFront notes', () => {
  it('covers 400, 403, 502, 503 and 504', () => {
    expect((awsCloudfront.notes ?? []).map((n) => n.code)).toEqual([400, 403, 502, 503, 504]);
    for (const n of awsCloudfront.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('marks the 403 causes as commonly seen rather than documented', () => {
    expect(awsCloudfront.notes?.find((n) => n.code === 403)?.note.en).toMatch(/commonly/);
  });

  it('names the default origin timeout for 504', () => {
    expect(awsCloudfront.notes?.find((n) => n.code === 504)?.note.en).toMatch(/30 seconds/);
  });

  it('tells where the Request ID is on the error page', () => {
    expect(awsCloudfront.bodyHint && filled(awsCloudfront.bodyHint)).toBe(true);
    expect(awsCloudfront.bodyHint?.en).toMatch(/x-amz-cf-id/);
  });
});

// CloudFront's own error page (observed pages): "<status> ERROR", "The request could not be satisfied.", the cause as
// bare text, then a <pre> with "Generated by cloudfront (CloudFront)" and the Request ID (= x-amz-cf-id).
describe('CloudFront error page', () => {
  it.each([cloudfrontOrigin, cloudfrontBlocked])('finds the Request ID and the cause on $id', (page) => {
    expect(pageFindsIn(page.html)).toEqual([
      { id: 'aws-cloudfront.page-request-id', value: page.headers['x-amz-cf-id'] },
      {
        id: 'aws-cloudfront.page-reason',
        value:
          page.id === 'cloudfront-origin' ? "CloudFront wasn't able to connect to the origin." : 'Request blocked.',
      },
    ]);
  });

  itNamesTheMakerFromItsPage([cloudfrontOrigin, cloudfrontBlocked], { confidence: 'high' });

  it('reads the cause before the x-cache label that only says an error passed through', () => {
    const ex = readPage(cloudfrontOrigin);
    expect(ex.decoded[0]?.onPage).toBe(true);
    expect(ex.decoded.map((d) => d.header)).toContain('x-cache');
  });

  it('keeps the first 64 characters of a long cause, and still decodes it', () => {
    const geo = 'The Amazon CloudFront distribution is configured to block access from your country.';
    const finds = pageFindsIn(cloudfrontBlocked.html.replace('Request blocked.', geo));
    const value = finds.find((f) => f.id === 'aws-cloudfront.page-reason')?.value ?? '';
    expect(value).toHaveLength(64);
    expect(decodeWith(awsCloudfront, 'page-reason', value).map((v) => v.id)).toEqual(['geo-blocked']);
  });

  it('does not count the wording quoted in prose or in a code block of another page', () => {
    const article = `<html><head><title>ERROR: The request could not be satisfied</title></head><body>
      <h1>Why CloudFront says 502 ERROR</h1>
      <p>502 ERROR The request could not be satisfied. CloudFront wasn't able to connect to the origin.</p>
      <div><pre>Generated by cloudfront (CloudFront)
Request ID: p_Fuf9zaUH7YDjXDU4FSWhlREchCBigFZ33xVdggBiZn30jEq02jbw==</pre></div>
      <pre>Generated by cloudfront (CloudFront) appears at the bottom.</pre></body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });
});

describe('CloudFront page-reason decoder', () => {
  itReadsPageValuesOnly(awsCloudfront, 'page-reason');

  // Whole sentences as the page shows them; the marker keeps only their first 64 characters.
  it.each([
    ["CloudFront wasn't able to connect to the origin.", 'origin-connect'],
    ['CloudFront wasn’t able to connect to the origin.', 'origin-connect'],
    [
      'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.',
      'origin-attempt-failed',
    ],
    ['The Amazon CloudFront distribution is configured to block access from your country.', 'geo-blocked'],
    ['Request blocked.', 'request-blocked'],
    ['Bad request.', 'bad-request'],
    [
      'This distribution is not configured to allow the HTTP request method that was used for this request.',
      'method-not-allowed',
    ],
    [
      'The Lambda function associated with the CloudFront distribution is invalid or doesn’t have the required permissions.',
      'edge-function-invalid',
    ],
  ])('decodes "%s" as %s, cut as the page reader cuts it', (sentence, id) => {
    const rows = decodeWith(awsCloudfront, 'page-reason', sentence.slice(0, 64));
    expect(rows.map((v) => v.id)).toEqual([id]);
    expect(rows[0] && filled(rows[0].title) && filled(rows[0].summary)).toBe(true);
  });

  itLeavesToFallback(awsCloudfront, 'page-reason', [
    'Request blocked by policy.',
    'Too many requests.',
    'The request could not be satisfied.',
  ]);

  it('tells a visitor blocked by country that only the site owner can change it', () => {
    const geo = decodeWith(
      awsCloudfront,
      'page-reason',
      'The Amazon CloudFront distribution is configured to block access',
    )[0];
    expect(geo?.visitor && filled(geo.visitor)).toBe(true);
  });
});
