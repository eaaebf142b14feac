import { describe, expect, it } from 'vitest';
import { matchVendors } from '../match';
import { observe } from '../observation';
import { standardCodes } from '../standard';
import { expectBilingual } from '../test-helpers';
import { microsoftParentalControls } from './microsoft-parental-controls';

describe('Windows Parental Controls', () => {
  it('has no fingerprint, so it never claims a response by headers', () => {
    expect(microsoftParentalControls.fingerprints).toHaveLength(0);
    const obs = observe({
      statusCode: 450,
      headers: { server: 'Microsoft-IIS/10.0' },
      cookieNames: ['ASP.NET_SessionId'],
    });
    expect(matchVendors([microsoftParentalControls], obs)).toEqual([]);
  });

  it('blames the visitor’s own computer, not the site or the network', () => {
    expect(microsoftParentalControls.role).toBe('browser');
    expect(microsoftParentalControls.makes).toEqual([450]);
  });

  it('defines 450 with prior 0.8 and says the source is Wikipedia only', () => {
    const m = microsoftParentalControls.codes[0];
    expect(microsoftParentalControls.codes).toHaveLength(1);
    expect(m?.id).toBe('microsoft-parental-controls.450');
    expect(m?.code).toBe(450);
    expect(m?.prior).toBe(0.8);
    expect(m?.source.title).toMatch(/Wikipedia/);
    expect(m?.whenSeen?.en).toMatch(/Wikipedia alone/);
    expect(m?.summary.en).toMatch(/reported/);
    expect(standardCodes.some((s) => s.code === 450)).toBe(false);
  });

  it('writes every text in both languages', () => {
    for (const m of microsoftParentalControls.codes) {
      expectBilingual([m.title, m.summary, m.visitor, m.owner, ...(m.whenSeen ? [m.whenSeen] : [])]);
    }
  });
});
