import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { itMatchesHosts, itRejectsHosts, matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { awsApiGateway } from './aws-api-gateway';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;
const errorType = awsApiGateway.decoders?.find((d) => d.header === 'x-amzn-errortype');

describe('API Gateway fingerprints', () => {
  it.each([
    ['x-amz-apigw-id', 'KdujNGuqFiAFjXA='],
    ['apigw-requestid', 'GxAl3iaOIAMESWg='],
    ['x-amzn-requestid', '8477653c-204c-4e5e-87e3-0bca25d2088e'],
    ['x-amzn-remapped-server', 'gunicorn'],
  ])('matches %s as a relay', (name, value) => {
    const m = matchHeader(awsApiGateway, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.generated).toBe(false);
  });

  it('treats x-amzn-errortype as the gateway answering itself', () => {
    const m = matchHeader(awsApiGateway, 'x-amzn-errortype', 'ForbiddenException');
    expect(m?.generated).toBe(true);
  });

  itMatchesHosts(awsApiGateway, [
    'https://v944po9kjb.execute-api.us-east-1.amazonaws.com/prod/items',
    'https://abc123-vpce-0123456789abcdef0.execute-api.eu-west-1.amazonaws.com/dev',
    'https://v944po9kjb.execute-api.cn-northwest-1.amazonaws.com.cn/prod',
  ]);

  itRejectsHosts(awsApiGateway, [
    'https://execute-api.example.com/',
    'https://a.b.execute-api.us-east-1.amazonaws.com.evil.test/',
    'https://execute-api.us-east-1.amazonaws.com/',
    'https://abc.lambda-url.us-east-1.on.aws/',
  ]);

  it.each([['x-amz-apigw'], ['apigw-request-id'], ['x-amzn-error'], ['x-amzn-trace-id']])(
    'does not match the near-miss header %s',
    (name) => {
      expect(matchOne(awsApiGateway, observe({ headers: { [name]: 'x' } }))).toBeUndefined();
    },
  );
});

describe('x-amzn-errortype decoder', () => {
  it('is generated and has a fallback', () => {
    expect(errorType?.generated).toBe(true);
    expect(errorType && filled(errorType.fallback)).toBe(true);
  });

  it.each([
    ['MissingAuthenticationTokenException', '403'],
    ['MissingAuthenticationTokenException:http://internal.amazon.com/coral/com.amazon.coral.service/', '403'],
    ['ForbiddenException', '403'],
    ['AccessDeniedException', '403'],
    ['UnauthorizedException', '401'],
    ['TooManyRequestsException', '429'],
    ['LimitExceededException', '429'],
    ['BadRequestException', '400'],
    ['NotFoundException:', '404'],
    ['InternalServerErrorException', '502'],
    ['AuthorizerConfigurationException', '500'],
  ])('decodes %s (status %s)', (value, status) => {
    const hits = errorType?.values?.filter((v) => v.match.test(value)) ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.summary.en).toContain(status);
  });

  it.each(['Missing Authentication Token', 'xForbiddenException', 'ForbiddenExceptionX', 'ThrottlingException'])(
    'leaves %s to the fallback',
    (value) => {
      expect(errorType?.values?.find((v) => v.match.test(value))).toBeUndefined();
    },
  );

  it('says plainly that a missing route is the usual cause of MissingAuthenticationTokenException', () => {
    const entry = errorType?.values?.find((v) => v.match.test('MissingAuthenticationTokenException'));
    expect(entry?.summary.en).toMatch(/wrong URL/);
  });

  it('marks the unconfirmed names honestly', () => {
    for (const name of ['NotFoundException', 'AuthorizerConfigurationException']) {
      expect(errorType?.values?.find((v) => v.match.test(name))?.summary.en).toMatch(/not confirmed/);
    }
  });

  it('has both languages in every entry', () => {
    for (const v of errorType?.values ?? []) {
      for (const x of [v.title, v.summary, v.owner, v.visitor]) if (x) expect(filled(x)).toBe(true);
    }
  });
});

describe('API Gateway notes', () => {
  it('covers 401, 403, 413, 429, 500, 502 and 504', () => {
    expect((awsApiGateway.notes ?? []).map((n) => n.code)).toEqual([401, 403, 413, 429, 500, 502, 504]);
    for (const n of awsApiGateway.notes ?? []) expect(filled(n.note)).toBe(true);
    expect(awsApiGateway.bodyHint && filled(awsApiGateway.bodyHint)).toBe(true);
  });
});

describe('API Gateway and the layer that answered', () => {
  // "Gateway response types for API Gateway": the gateway's own refusals carry x-amzn-errortype.
  it('a 403 Missing Authentication Token is the gateway’s own answer', () => {
    const m = matchOne(
      awsApiGateway,
      observe({
        statusCode: 403,
        headers: {
          'x-amzn-requestid': '8477653c-204c-4e5e-87e3-0bca25d2088e',
          'x-amzn-errortype': 'MissingAuthenticationTokenException',
          'x-amz-apigw-id': 'KdujNGuqFiAFjXA=',
        },
      }),
    );
    expect(m?.generated).toBe(true);
    expect(m?.relayed).toBe(false);
    expect(errorType?.values?.find((v) => v.match.test('MissingAuthenticationTokenException'))?.id).toBe(
      'missing-authentication-token',
    );
  });

  // "Amazon API Gateway important notes" (REST APIs): the backend's Server, Date, … come back as x-amzn-Remapped-*.
  it('a 500 carrying the backend’s remapped Server header was passed along', () => {
    const m = matchOne(
      awsApiGateway,
      observe({
        statusCode: 500,
        headers: { 'x-amz-apigw-id': 'KtF82HGdliAFjxw=', 'x-amzn-remapped-server': 'gunicorn' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-amz-apigw-id', 'x-amzn-remapped-server']);
    expect(m?.relayed).toBe(true);
    expect(m?.generated).toBe(false);
  });

  it('the request ids alone prove neither side', () => {
    const m = matchOne(awsApiGateway, observe({ statusCode: 502, headers: { 'x-amz-apigw-id': 'KdujNGuqFiAFjXA=' } }));
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('makes the codes its gateway responses default to, and not 503', () => {
    expect(awsApiGateway.makes).toEqual([401, 403, 429, 502, 504]);
  });

  it('gives every fingerprint and decoded row a unique id', () => {
    const fps = awsApiGateway.fingerprints.map((f) => f.id);
    expect(new Set(fps).size).toBe(fps.length);
    const rows = errorType?.values?.map((v) => v.id) ?? [];
    expect(rows).toHaveLength(10);
    expect(new Set(rows).size).toBe(rows.length);
  });
});
