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
import { openai } from './openai';

const cloudflare = { server: 'cloudflare', 'cf-ray': '8e4f1c2b9d7a3e51-AMS' };

// OpenAI API reference, "Debugging requests": openai-organization, openai-processing-ms, openai-version,
// x-request-id and the x-ratelimit-* headers come back on API responses.
describe('OpenAI API fingerprint', () => {
  it('matches api.openai.com', () => {
    const m = matchOne(openai, observe({ url: 'https://api.openai.com/v1/chat/completions' }));
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['host']);
    expect(openai.fingerprints.find((f) => f.id === 'host')?.decisive).toBe(true);
  });

  itRejectsHosts(openai, [
    'https://openai.com/',
    'https://chat.openai.com/',
    'https://api.openai.com.evil.test/',
    'https://my-resource.openai.azure.com/openai/deployments/x',
    'https://api.groq.test/openai/v1/chat/completions',
  ]);

  itMatchesHeaders(openai, [
    ['openai-organization', 'user-abc123'],
    ['openai-processing-ms', '412'],
    ['openai-version', '2020-10-01'],
  ]);

  itRejectsHeaders(openai, [
    ['openai-processing-ms', 'fast'],
    ['openai-version', 'v1'],
    ['x-request-id', 'req_7d3f1c2b9e8a4d5f6a7b8c9d0e1f2a3b'],
    ['x-ratelimit-remaining-requests', '0'],
    ['x-ratelimit-remaining-tokens', '0'],
  ]);
});

// OpenAI guide "Rate limits", rate limits in headers: x-ratelimit-remaining-requests / -tokens.
describe('OpenAI rate-limit decoders', () => {
  it.each(['x-ratelimit-remaining-requests', 'x-ratelimit-remaining-tokens'])(
    'reads %s: 0 as that limit reached',
    (h) => {
      expect(decodeWith(openai, h, '0').map((v) => v.id)).toEqual(['exhausted']);
      expect(decodeWith(openai, h, '0')[0]?.title.en).toMatch(/limit reached/);
    },
  );

  it.each([
    ['x-ratelimit-remaining-requests', '4999'],
    ['x-ratelimit-remaining-tokens', '149984'],
    ['x-ratelimit-remaining-tokens', '0.5'],
  ])('leaves %s: %s to the fallback', (h, value) => {
    expect(decodeWith(openai, h, value)).toHaveLength(0);
    expect(decoderOf(openai, h).fallback.en).toMatch(/quota/);
  });

  it('reads them only on OpenAI’s own answers (other services copy the names)', () => {
    for (const d of openai.decoders ?? []) {
      expect(d.onlyWithVendor).toBe(true);
      expect(d.generated).toBe(false);
    }
  });
});

describe('OpenAI texts', () => {
  const note = (code: number): string => noteOn(openai, code);

  it('tells the rate limit from the exhausted quota on a 429 (OpenAI Error codes guide)', () => {
    expect(note(429)).toMatch(/Rate limit reached/);
    expect(note(429)).toMatch(/You exceeded your current quota/);
    expect(note(500)).toMatch(/retry/i);
    expect(note(503)).toMatch(/overloaded/);
  });

  itWritesEveryTextInBothLanguages(openai);
});

describe('OpenAI API through explain', () => {
  it('a 429 from api.openai.com behind Cloudflare is OpenAI’s, not a Cloudflare rate limit', () => {
    const ex = explain(
      observe({
        statusCode: 429,
        url: 'https://api.openai.com/v1/chat/completions',
        headers: {
          ...cloudflare,
          'x-request-id': 'req_7d3f1c2b9e8a4d5f6a7b8c9d0e1f2a3b',
          'openai-organization': 'user-abc123',
          'openai-processing-ms': '12',
          'x-ratelimit-remaining-requests': '0',
          'x-ratelimit-remaining-tokens': '149000',
        },
      }),
    );
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'openai' } });
    expect(ex.producer.confidence).not.toBe('low');
    expect(ex.decoded.map((d) => [d.header, d.title])).toEqual([
      ['x-ratelimit-remaining-requests', 'OpenAI request limit reached'],
      ['x-ratelimit-remaining-tokens', undefined],
    ]);
  });

  it('a 502 on api.openai.com with only Cloudflare’s headers stays a Cloudflare guess', () => {
    const ex = explain(
      observe({ statusCode: 502, url: 'https://api.openai.com/v1/chat/completions', headers: cloudflare }),
    );
    expect(ex.producer).toMatchObject({ vendor: { id: 'cloudflare' }, confidence: 'low' });
  });

  it('an OpenAI-compatible service’s headers are not read as OpenAI’s', () => {
    const ex = explain(
      observe({
        statusCode: 429,
        url: 'https://api.llm-host.test/v1/chat/completions',
        headers: { 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-remaining-tokens': '0' },
      }),
    );
    expect(ex.decoded).toEqual([]);
    expect(ex.seen.map((s) => s.vendor.id)).not.toContain('openai');
  });
});
