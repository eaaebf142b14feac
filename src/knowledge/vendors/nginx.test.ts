import { describe, expect, it } from 'vitest';
import { matchVendor } from '../match';
import { observe } from '../observation';
import { nginx } from './nginx';

describe('nginx fingerprint', () => {
  it.each(['nginx', 'nginx/1.25.3', 'nginx/1.18.0 (Ubuntu)', 'NGINX'])('matches Server: %s', (value) => {
    const m = matchVendor(nginx, observe({ headers: { server: value } }));
    expect(m?.hits[0]?.name).toBe('server');
  });

  it.each(['openresty', 'nginx-proxy-manager', 'tengine', 'xnginx'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchVendor(nginx, observe({ headers: { server: value } }))).toBeUndefined();
    },
  );

  it('does not match a header that merely mentions nginx elsewhere', () => {
    expect(matchVendor(nginx, observe({ headers: { 'x-powered-by': 'nginx' } }))).toBeUndefined();
  });
});
