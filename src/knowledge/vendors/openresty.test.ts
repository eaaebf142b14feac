import { describe, expect, it } from 'vitest';
import {
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchOne,
  pageFindsIn,
  pageMarkIds,
  itWritesEveryTextInBothLanguages,
  noteOn,
} from '../test-helpers';
import { observe } from '../observation';
import { nginx } from './nginx';
import { openresty } from './openresty';
import { openrestyBadGateway } from '../../../test/error-pages/openresty';

const srv = (value: string) => observe({ headers: { server: value } });

describe('OpenResty fingerprint', () => {
  it.each(['openresty', 'openresty/1.25.3.1', 'OpenResty/1.21.4.3'])('matches Server: %s', (value) => {
    expect(matchOne(openresty, srv(value))?.hits[0]?.name).toBe('server');
  });

  it.each(['nginx', 'nginx/1.25.3', 'openresty-edge', 'xopenresty', 'openresty/1.2 (Ubuntu) extra', 'kong/3.4.0'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchOne(openresty, srv(value))).toBeUndefined();
    },
  );

  it('is not taken for nginx, and nginx is not taken for it', () => {
    expect(matchOne(nginx, srv('openresty/1.25.3.1'))).toBeUndefined();
    expect(matchOne(openresty, srv('nginx/1.25.3'))).toBeUndefined();
  });
});

describe('OpenResty notes', () => {
  it('notes the nginx-style 400 and the Lua 500', () => {
    const note = (code: number): string => noteOn(openresty, code);
    expect(note(400)).toMatch(/nginx/);
    expect(note(500)).toMatch(/Lua/);
    expect(note(504)).toMatch(/upstream timed out/);
  });

  itWritesEveryTextInBothLanguages(openresty);
});

describe('openresty Server header and the layer that answered', () => {
  it('OpenResty’s own 504 page and a relayed one carry the same Server value, so it is not marked as made by the server itself', () => {
    const m = matchOne(openresty, observe({ statusCode: 504, headers: { server: 'openresty/1.25.3.1' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});

// nginx's built-in error pages as OpenResty signs them (nginx source, ngx_http_special_response.c), in
// test/error-pages/openresty.ts.
describe('OpenResty error page', () => {
  itFindsOnPages('finds the "openresty" signature with its version', [
    [openrestyBadGateway, [{ id: 'openresty.page-tail', value: 'openresty/1.25.3.1' }]],
  ]);

  // OpenResty, not nginx, is the certain maker.
  itNamesTheMakerFromItsPage([openrestyBadGateway], { confidence: 'high', title: 'status' });

  it('is not found in prose or on a page signed by nginx', () => {
    expect(pageFindsIn('<html><body><p>Under the line it said openresty/1.25.3.1.</p></body></html>')).toEqual([]);
    const signedNginx = openrestyBadGateway.html.replace('openresty/1.25.3.1', 'nginx');
    expect(pageMarkIds(signedNginx)).toEqual(['nginx.page-tail']);
  });
});
