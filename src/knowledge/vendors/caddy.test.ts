import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne, itWritesEveryTextInBothLanguages, noteOn } from '../test-helpers';
import { caddy } from './caddy';

describe('Caddy fingerprint', () => {
  it.each(['Caddy', 'caddy'])('matches Server: %s', (value) => {
    expect(matchHeader(caddy, 'server', value)?.hits[0]?.name).toBe('server');
  });

  it.each(['Caddy/2.7', 'caddyserver', 'Caddy Proxy', 'nginx'])('does not match the near miss Server: %s', (value) => {
    expect(matchHeader(caddy, 'server', value)).toBeUndefined();
  });

  it('does not match Caddy in another header', () => {
    expect(matchHeader(caddy, 'via', '1.1 Caddy')).toBeUndefined();
  });
});

describe('Caddy notes', () => {
  it('tells the 502 (upstream unreachable) from the 504 (upstream time-out)', () => {
    const note = (code: number): string => noteOn(caddy, code);
    expect(note(502)).toMatch(/could not reach the upstream/);
    expect(note(504)).toMatch(/timed out/);
  });

  itWritesEveryTextInBothLanguages(caddy);
});

describe('caddy Server header and the layer that answered', () => {
  it('Caddy adds Server: Caddy to every answer, its own 502 and proxied ones alike (caddyserver/caddy#5667), so it is not marked as made by the server itself', () => {
    const m = matchOne(caddy, observe({ statusCode: 502, headers: { server: 'Caddy' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});
