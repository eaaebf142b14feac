import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { qualys } from './qualys';

describe('Qualys SSL Labs fingerprint', () => {
  it.each(['https://api.ssllabs.com/api/v3/analyze?host=example.test', 'https://api.dev.ssllabs.com/api/v3/info'])(
    'matches %s',
    (url) => {
      expect(matchOne(qualys, observe({ url }))?.hits[0]?.kind).toBe('host');
    },
  );

  itRejectsHosts(qualys, [
    'https://www.ssllabs.com/ssltest/',
    'https://api.ssllabs.com.evil.test/',
    'https://notapi.ssllabs.com/',
    'https://xapi.ssllabs.com/',
  ]);
});

describe('Qualys 529', () => {
  const m = qualys.codes.find((c) => c.id === 'qualys.529');

  it('says the service is overloaded and to wait', () => {
    expect(m?.code).toBe(529);
    expect(m?.summary.en).toMatch(/capacity/);
    expect(m?.owner.en).toMatch(/30/);
    expect(m?.source.url).toContain('ssllabs-api-docs');
  });

  it('writes the code and notes in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner, ...(qualys.notes ?? []).map((n) => n.note)]);
  });
});
