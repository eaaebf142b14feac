import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { awsElb } from './aws-elb';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;
const waf = awsElb.decoders?.find((d) => d.header === 'x-amzn-waf-action');

describe('AWS ELB fingerprints', () => {
  it.each(['awselb/2.0', 'AWSELB/2.0'])('matches Server: %s as a generated response', (value) => {
    const m = matchHeader(awsElb, 'server', value);
    expect(m?.hits[0]?.name).toBe('server');
    expect(m?.generated).toBe(true);
  });

  it.each(['AWSALB', 'AWSALBCORS', 'AWSALBTG', 'AWSALBTGCORS', 'AWSELB', 'AWSELBCORS'])(
    'matches the cookie %s without claiming the response',
    (name) => {
      const m = matchOne(awsElb, observe({ cookieNames: [name] }));
      expect(m?.hits[0]?.kind).toBe('cookie');
      expect(m?.generated).toBe(false);
    },
  );

  it.each(['awselb', 'awselb/2.0 (beta)', 'xawselb/2.0', 'awselb/2.01', 'AmazonS3'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchHeader(awsElb, 'server', value)).toBeUndefined();
    },
  );

  it.each(['AWSALBX', 'MYAWSALB', 'awsalb', 'AWSELB2'])('does not match the near miss cookie %s', (name) => {
    expect(matchOne(awsElb, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

describe('AWS ELB codes and notes', () => {
  it('defines 460, 463, 464 and 561 with ids and both languages', () => {
    expect(awsElb.codes.map((c) => c.code)).toEqual([460, 463, 464, 561]);
    for (const c of awsElb.codes) {
      expect(c.id).toBe(`aws-elb.${c.code}`);
      for (const x of [c.title, c.summary, c.visitor, c.owner]) expect(filled(x)).toBe(true);
      expect(c.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('marks 460 as never reaching a browser, with a whenSeen text', () => {
    const c460 = awsElb.codes.find((c) => c.code === 460);
    expect(c460?.reach).toBe('never');
    expect(c460?.whenSeen && filled(c460.whenSeen)).toBe(true);
    for (const c of awsElb.codes.filter((x) => x.code !== 460)) expect(c.reach ?? 'normal').toBe('normal');
  });

  it('has a note for every code of the ALB troubleshooting page', () => {
    const codes = (awsElb.notes ?? []).map((n) => n.code);
    for (const c of [400, 401, 403, 405, 408, 413, 500, 501, 502, 503, 504, 505, 507]) expect(codes).toContain(c);
    for (const n of awsElb.notes ?? []) expect(filled(n.note)).toBe(true);
  });

  it('says a 403 is most likely an AWS WAF block and a 503 means no healthy targets', () => {
    expect(awsElb.notes?.find((n) => n.code === 403)?.note.en).toMatch(/WAF/);
    expect(awsElb.notes?.find((n) => n.code === 503)?.note.en).toMatch(/no registered targets/);
  });
});

// AWS docs, "Troubleshoot your Application Load Balancers": HTTP 561 is listed as "Unauthorized" (the identity
// provider of an authenticate rule returned an error), and HTTP 464 has three causes, the third being an HTTP/2
// request that is not a POST sent to a gRPC target group.
describe('AWS ELB 561 and 464 as AWS names and explains them', () => {
  const c = (code: number) => awsElb.codes.find((x) => x.code === code);

  it('titles 561 "Unauthorized", the name AWS gives it', () => {
    expect(c(561)?.title.en).toMatch(/^Unauthorized \(AWS ELB\)$/);
    expect(c(561)?.title.en).not.toMatch(/Identity Provider Error/);
    expect(c(561)?.summary.en).toMatch(/identity provider/);
  });

  it('gives all three causes of 464, the non-POST HTTP/2 request to a gRPC target group included', () => {
    const summary = c(464)?.summary;
    for (const text of [summary?.en, summary?.ru]) {
      expect(text).toMatch(/HTTP\/1\.1/);
      expect(text).toMatch(/HTTP\/2[^.]*POST[^.]*gRPC/);
    }
  });
});

describe('x-amzn-waf-action decoder', () => {
  it('is a generated decoder with a fallback', () => {
    expect(waf?.generated).toBe(true);
    expect(waf && filled(waf.fallback)).toBe(true);
  });

  it.each([
    ['challenge', /202/],
    ['CAPTCHA', /405/],
  ])('decodes %s and names its status', (value, status) => {
    const entry = waf?.values?.find((v) => v.match.test(value));
    expect(entry?.summary.en).toMatch(status);
    expect(entry?.visitor && filled(entry.visitor)).toBe(true);
    expect(entry?.owner && filled(entry.owner)).toBe(true);
  });

  it.each(['block', 'challenged', 'captcha-pending'])('leaves %s to the fallback', (value) => {
    expect(waf?.values?.find((v) => v.match.test(value))).toBeUndefined();
  });
});

// AWS docs, "Troubleshoot your Application Load Balancers": the load balancer's own error pages carry
// Server: awselb/2.0; the stickiness cookies come with every answer, the targets' ones included.
describe('AWS ELB and the layer that answered', () => {
  const ids = (obs: Parameters<typeof matchOne>[1]) => matchOne(awsElb, obs)?.hits.map((h) => h.fingerprint.id);

  it('a 503 with Server: awselb/2.0 (no registered targets) is the load balancer’s own answer', () => {
    const obs = observe({ statusCode: 503, headers: { server: 'awselb/2.0', 'content-type': 'text/html' } });
    expect(ids(obs)).toEqual(['server']);
    expect(matchOne(awsElb, obs)?.generated).toBe(true);
  });

  it('a 502 a target wrote and the load balancer passed along, with only the AWSALB cookie, is not claimed', () => {
    const obs = observe({
      statusCode: 502,
      headers: { server: 'nginx/1.24.0' },
      cookieNames: ['AWSALB', 'AWSALBCORS'],
    });
    const m = matchOne(awsElb, obs);
    expect(ids(obs)).toEqual(['cookie-awsalb']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('counts the WAF 403 among the codes it makes itself', () => {
    expect(awsElb.makes).toEqual([403, 502, 503, 504]);
  });

  it('gives every fingerprint and WAF row a unique id', () => {
    expect(awsElb.fingerprints.map((f) => f.id)).toEqual(['server', 'cookie-awsalb', 'cookie-awselb']);
    expect(waf?.values?.map((v) => v.id)).toEqual(['challenge', 'captcha']);
  });
});
