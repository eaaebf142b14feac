import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, itRejectsHosts, matchOne } from '../test-helpers';
import { linkedin } from './linkedin';

describe('LinkedIn fingerprint', () => {
  it.each(['https://www.linkedin.com/in/someone', 'https://linkedin.com/', 'https://uk.linkedin.com/company/x'])(
    'matches %s',
    (url) => {
      expect(matchOne(linkedin, observe({ url }))?.hits[0]?.kind).toBe('host');
    },
  );

  itRejectsHosts(linkedin, [
    'https://notlinkedin.com/',
    'https://www.linkedin.com.evil.test/',
    'https://linkedin.co/',
    'https://lnkd.in/abc',
  ]);
});

describe('LinkedIn 999', () => {
  const m = linkedin.codes.find((c) => c.id === 'linkedin.999');

  it('is defined and honest about its source', () => {
    expect(m?.code).toBe(999);
    expect(m?.summary.en).toMatch(/does not document/);
    expect(m?.source.title).toMatch(/not documented/);
  });

  it('is written in both languages', () => {
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner]);
  });
});
