import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHosts, itRejectsHeaders, itRejectsHosts, matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { awsCloudfront } from './aws-cloudfront';
import { awsS3 } from './aws-s3';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;
const errorCode = awsS3.decoders?.find((d) => d.header === 'x-amz-error-code');

describe('Amazon S3 fingerprints', () => {
  it('treats Server: AmazonS3 as S3 answering itself', () => {
    const m = matchHeader(awsS3, 'server', 'AmazonS3');
    expect(m?.hits[0]?.name).toBe('server');
    expect(m?.generated).toBe(true);
  });

  it.each([
    ['x-amz-request-id', '4442587FB7D0A2F9'],
    ['x-amz-id-2', 'vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo='],
  ])('matches %s', (name, value) => {
    expect(matchHeader(awsS3, name, value)?.hits[0]?.name).toBe(name);
  });

  itMatchesHosts(awsS3, [
    'https://my-bucket.s3.amazonaws.com/a.png',
    'https://my-bucket.s3.eu-central-1.amazonaws.com/a.png',
    'https://my-bucket.s3-website-us-east-1.amazonaws.com/',
    'https://my-bucket.s3-website.eu-west-2.amazonaws.com/',
    'https://s3.amazonaws.com/my-bucket/a.png',
    'https://my-bucket.s3.cn-north-1.amazonaws.com.cn/a.png',
  ]);

  itRejectsHosts(awsS3, [
    'https://mys3.amazonaws.com/',
    'https://s3x.amazonaws.com/',
    'https://sqs.us-east-1.amazonaws.com/',
    'https://s3.amazonaws.com.evil.test/',
    'https://bucket.s3.example.com/',
  ]);

  itRejectsHeaders(awsS3, [
    ['server', 'AmazonS3 proxy'],
    ['server', 'Amazon'],
    ['server', 'MinIO'],
    ['x-amz-id', 'x'],
    ['x-amz-cf-id', 'x'],
  ]);
});

describe('x-amz-error-code decoder', () => {
  it('is generated: the error code means S3 answered itself', () => {
    expect(errorCode?.generated).toBe(true);
    expect(errorCode && filled(errorCode.fallback)).toBe(true);
  });

  it.each([
    ['NoSuchKey', '404'],
    ['NoSuchBucket', '404'],
    ['AccessDenied', '403'],
    ['AllAccessDisabled', '403'],
    ['PreconditionFailed', '412'],
    ['InvalidRequest', '400'],
    ['SlowDown', '503'],
    ['ServiceUnavailable', '503'],
    ['InternalError', '500'],
    ['PermanentRedirect', '301'],
    ['TemporaryRedirect', '307'],
    ['NoSuchWebsiteConfiguration', '404'],
    ['ExpiredToken', '400'],
    ['SignatureDoesNotMatch', '403'],
    ['RequestTimeTooSkewed', '403'],
    ['InvalidObjectState', '403'],
    ['MethodNotAllowed', '405'],
    ['InvalidAccessKeyId', '403'],
    ['InvalidRange', '416'],
  ])('decodes %s and names status %s', (value, status) => {
    const hits = errorCode?.values?.filter((v) => v.match.test(value)) ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.summary.en).toContain(`(${status})`);
    expect(hits[0]?.summary.ru).toContain(`(${status})`);
  });

  it.each(['NoSuchKeys', 'xNoSuchKey', 'NoSuchUpload', 'Access Denied'])('leaves %s to the fallback', (value) => {
    expect(errorCode?.values?.find((v) => v.match.test(value))).toBeUndefined();
  });

  it('has both languages in every entry', () => {
    for (const v of errorCode?.values ?? []) {
      for (const x of [v.title, v.summary, v.owner, v.visitor]) if (x) expect(filled(x)).toBe(true);
    }
  });

  it('explains x-amz-error-message as well', () => {
    const msg = awsS3.decoders?.find((d) => d.header === 'x-amz-error-message');
    expect(msg && filled(msg.fallback)).toBe(true);
  });
});

describe('S3 behind CloudFront', () => {
  const obs = observe({
    statusCode: 404,
    url: 'https://www.example.test/missing.html',
    headers: {
      server: 'AmazonS3',
      'x-amz-error-code': 'NoSuchKey',
      'x-cache': 'Error from cloudfront',
      via: '1.1 77b355e48e983a9f568a89f4dbebf383.cloudfront.net (CloudFront)',
      'x-amz-cf-id': 'abc==',
    },
  });

  it('marks S3 as the producer and CloudFront as a relay', () => {
    expect(matchOne(awsS3, obs)?.generated).toBe(true);
    expect(matchOne(awsCloudfront, obs)?.generated).toBe(false);
  });
});

describe('S3 notes', () => {
  it('covers the statuses S3 commonly returns', () => {
    const codes = (awsS3.notes ?? []).map((n) => n.code);
    for (const c of [301, 307, 400, 403, 404, 405, 412, 500, 503]) expect(codes).toContain(c);
    for (const n of awsS3.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('warns that S3 hides a missing object behind 403', () => {
    expect(awsS3.notes?.find((n) => n.code === 403)?.note.en).toMatch(/missing object/);
  });

  it('points at the XML body', () => {
    expect(awsS3.bodyHint?.en).toMatch(/<Code>/);
  });
});

// Amazon S3 API Reference, "Error responses", and "Hosting a static website using Amazon S3": a bucket is the
// site's server itself, so everything it sends, errors included, is its own.
describe('S3 and the layer that answered', () => {
  it('serves the site itself', () => {
    expect(awsS3.servesSite).toBe(true);
    expect(awsS3.role).toBe('origin');
  });

  it('a website-endpoint 404 NoSuchKey is the bucket’s own answer, with its row id', () => {
    const m = matchOne(
      awsS3,
      observe({
        statusCode: 404,
        url: 'https://my-bucket.s3-website-us-east-1.amazonaws.com/missing.html',
        headers: {
          server: 'AmazonS3',
          'x-amz-error-code': 'NoSuchKey',
          'x-amz-request-id': '4442587FB7D0A2F9',
        },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['server', 'x-amz-request-id', 'host']);
    expect(m?.generated).toBe(true);
    expect(errorCode?.values?.find((v) => v.match.test('NoSuchKey'))?.id).toBe('no-such-key');
  });

  it('the request ids alone do not claim the answer (S3-compatible stores copy them)', () => {
    expect(matchOne(awsS3, observe({ headers: { 'x-amz-request-id': '4442587FB7D0A2F9' } }))?.generated).toBe(false);
  });

  it('gives every decoded row a unique id', () => {
    const rows = errorCode?.values?.map((v) => v.id) ?? [];
    expect(rows).toHaveLength(19);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
