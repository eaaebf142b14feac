import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne } from '../test-helpers';
import { nginx } from './nginx';

describe('nginx fingerprint', () => {
  it.each(['nginx', 'nginx/1.25.3', 'nginx/1.18.0 (Ubuntu)', 'NGINX'])('matches Server: %s', (value) => {
    const m = matchHeader(nginx, 'server', value);
    expect(m?.hits[0]?.name).toBe('server');
  });

  it.each(['openresty', 'nginx-proxy-manager', 'tengine', 'xnginx'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchHeader(nginx, 'server', value)).toBeUndefined();
    },
  );

  it('does not match a header that merely mentions nginx elsewhere', () => {
    expect(matchHeader(nginx, 'x-powered-by', 'nginx')).toBeUndefined();
  });
});

describe('nginx Server header and the layer that answered', () => {
  it('nginx’s own 502 page and a relayed one carry the same Server value, so it is not marked as made by the server itself', () => {
    const m = matchOne(nginx, observe({ statusCode: 502, headers: { server: 'nginx/1.25.3' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});
