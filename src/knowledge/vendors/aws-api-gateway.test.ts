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
