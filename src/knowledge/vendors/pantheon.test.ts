import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchOne } from '../test-helpers';
import { pantheon } from './pantheon';

describe('Pantheon fingerprint', () => {
  itMatchesHeaders(pantheon, [
    ['x-pantheon-styx-hostname', 'styx-fe1-a-123abc-xyz'],
    ['x-styx-req-id', '0123abcd-4567-89ef-0123-456789abcdef'],
    ['server', 'Pantheon'],
    ['server', 'pantheon-nginx'],
  ]);

  it('matches *.pantheonsite.io', () => {
    expect(matchOne(pantheon, observe({ url: 'https://live-my-site.pantheonsite.io/' }))?.hits[0]?.kind).toBe('host');
  });

  itRejectsHeaders(pantheon, [
    ['server', 'Pantheons'],
    ['server', 'nginx (Pantheon)'],
    ['x-pantheon-styx', 'x'],
    ['x-styx-req', 'x'],
  ]);

  it.each(['https://notpantheonsite.io/', 'https://live-x.pantheonsite.io.evil.test/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(pantheon, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Pantheon 530', () => {
  const m = pantheon.codes.find((c) => c.id === 'pantheon.530');

  it('is a low-prior meaning that admits its weak source', () => {
    expect(m?.code).toBe(530);
    expect(m?.prior).toBe(0.3);
    expect(m?.source.title).toMatch(/Wikipedia/);
  });

  it('writes the code and notes in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner, ...(pantheon.notes ?? []).map((n) => n.note)]);
    expect(pantheon.notes?.map((n) => n.code)).toEqual([401, 404, 502]);
  });
});

// Pantheon docs, "Errors and Server Responses": the platform's own pages (Unknown Site, Upstream Header Too Big)
// go out through the same Styx router that passes the site's answers along, with the same headers.
describe('Pantheon and the layer that answered', () => {
  it('a site’s 500 passed along by the router is recognised but not claimed', () => {
    const m = matchOne(
      pantheon,
      observe({
        statusCode: 500,
        headers: { 'x-pantheon-styx-hostname': 'styx-fe1-a-123abc-xyz', 'x-styx-req-id': '0123abcd' },
      }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-pantheon-styx-hostname', 'x-styx-req-id']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('gives every fingerprint a unique id', () => {
    expect(pantheon.fingerprints.map((f) => f.id)).toEqual([
      'x-pantheon-styx-hostname',
      'x-styx-req-id',
      'server',
      'host',
    ]);
  });
});
