import { describe, expect, it } from 'vitest';
import { matchHeader } from '../test-helpers';
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
