import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import {
  decoderOf,
  decodeWith,
  itMatchesHeaders,
  itRejectsHeaders,
  itRejectsHosts,
  matchOne,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { anthropic } from './anthropic';

const edge = { server: 'cloudflare', 'cf-ray': '8e4f1c2b9d7a3e51-AMS', 'request-id': 'req_018EeWyXxfu5pfWkrYcMdjWG' };

// Claude API documentation, Errors: requests go to api.anthropic.com; every response has a request-id header.
describe('Anthropic API fingerprint', () => {
  it('matches api.anthropic.com, decisively', () => {
    const m = matchOne(anthropic, observe({ url: 'https://api.anthropic.com/v1/messages' }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['host']);
    expect(anthropic.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });

  itRejectsHosts(anthropic, [
    'https://www.anthropic.com/',
    'https://claude.ai/chat',
    'https://api.anthropic.com.evil.test/v1/messages',
    'https://api.example.test/v1/messages',
  ]);

  // Claude API documentation, Rate limits: anthropic-ratelimit-requests-* and -tokens-* response headers.
  itMatchesHeaders(anthropic, [
    ['anthropic-ratelimit-requests-limit', '50'],
    ['anthropic-ratelimit-tokens-limit', '40000'],
  ]);

  itRejectsHeaders(anthropic, [
    ['anthropic-ratelimit-requests-limit', 'many'],
    ['request-id', 'req_018EeWyXxfu5pfWkrYcMdjWG'],
    ['x-ratelimit-limit-requests', '50'],
    ['retry-after', '20'],
  ]);
});

describe('Anthropic rate-limit decoders', () => {
  it.each(['anthropic-ratelimit-requests-remaining', 'anthropic-ratelimit-tokens-remaining'])(
    'reads %s: 0 as that limit reached',
    (h) => {
      expect(decodeWith(anthropic, h, '0')[0]?.title.en).toMatch(/limit reached/);
    },
  );

  it.each([
    ['anthropic-ratelimit-requests-remaining', '49'],
    ['anthropic-ratelimit-tokens-remaining', '39000'],
  ])('leaves %s: %s to the fallback', (h, value) => {
    expect(decodeWith(anthropic, h, value)).toHaveLength(0);
    expect(decoderOf(anthropic, h).fallback.en).toMatch(/acceleration limit/);
  });
});

// Claude API documentation, Errors: "529 - overloaded_error: The API is temporarily overloaded."
describe('Anthropic 529', () => {
  const m = anthropic.codes.find((c) => c.id === 'anthropic.529');

  it('is the overloaded_error, apart from the account’s own 429', () => {
    expect(m?.code).toBe(529);
    expect(m?.summary.en).toMatch(/overloaded_error/);
    expect(m?.owner.en).toMatch(/429/);
    expect(m?.source.url).toBe('https://docs.claude.com/en/api/errors');
  });

  it('a 529 from api.anthropic.com is Anthropic’s, with high confidence', () => {
    const ex = explain(observe({ statusCode: 529, url: 'https://api.anthropic.com/v1/messages', headers: edge }));
    expect(ex.meaningId).toBe('anthropic.529');
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'anthropic' }, confidence: 'high' });
    expect(ex.candidates.find((c) => c.meaningId === 'qualys.529')?.unlikely).toBeTruthy();
  });

  it('a 529 from api.ssllabs.com is still SSL Labs’', () => {
    const ex = explain(observe({ statusCode: 529, url: 'https://api.ssllabs.com/api/v3/analyze?host=a.test' }));
    expect(ex.meaningId).toBe('qualys.529');
    expect(ex.producer.vendor?.id).toBe('qualys');
    expect(ex.candidates.find((c) => c.meaningId === 'anthropic.529')?.unlikely).toBeTruthy();
  });

  it.each(['https://api.busy-site.test/v1/messages', 'https://example.test/'])(
    'a 529 from the unrelated %s names neither product, confidently or at all',
    (url) => {
      const ex = explain(observe({ statusCode: 529, url }));
      expect(ex.meaningId).toBe('class.server-error');
      expect(ex.definedBy).toBe('unregistered');
      expect(ex.producer.vendor).toBeUndefined();
      expect(ex.producer.confidence).toBe('low');
      const unlikely = ex.candidates.filter((c) => c.unlikely).map((c) => c.vendor?.id);
      expect(unlikely.sort()).toEqual(['anthropic', 'qualys']);
    },
  );

  it('a 529 through Cloudflare on another host is not Anthropic’s either', () => {
    const ex = explain(observe({ statusCode: 529, url: 'https://api.example.test/v1/messages', headers: edge }));
    expect(ex.meaningId).not.toBe('anthropic.529');
    expect(ex.producer.vendor?.id).not.toBe('anthropic');
  });
});

describe('Anthropic texts', () => {
  const note = (code: number): string => noteOn(anthropic, code);

  it('explains the 429 rate_limit_error and its retry-after', () => {
    expect(note(429)).toMatch(/rate_limit_error/);
    expect(note(429)).toMatch(/retry-after/);
    expect(anthropic.bodyHint?.en).toMatch(/request-id/);
  });

  itWritesEveryTextInBothLanguages(anthropic);
});

describe('Anthropic API through explain', () => {
  it('a 429 with its rate-limit headers is Anthropic’s own answer, the used-up limit decoded', () => {
    const ex = explain(
      observe({
        statusCode: 429,
        url: 'https://api.anthropic.com/v1/messages',
        headers: {
          ...edge,
          'retry-after': '20',
          'anthropic-ratelimit-requests-limit': '50',
          'anthropic-ratelimit-requests-remaining': '0',
        },
      }),
    );
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'anthropic' } });
    expect(ex.decoded.map((d) => d.title)).toEqual(['Anthropic request limit reached']);
    expect(ex.retryAfter).toBeDefined();
  });
});
