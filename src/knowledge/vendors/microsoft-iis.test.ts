import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, matchHeader, matchOne, vendorTexts } from '../test-helpers';
import { microsoftIis } from './microsoft-iis';

const headerHit = (name: string, value: string) => matchHeader(microsoftIis, name, value);
const cookieHit = (name: string) => matchOne(microsoftIis, observe({ cookieNames: [name] }));

describe('Microsoft IIS fingerprint', () => {
  it.each([
    ['server', 'Microsoft-IIS/10.0'],
    ['server', 'Microsoft-IIS/8.5'],
    ['server', 'Microsoft-IIS'],
    ['server', 'Kestrel'],
    ['x-powered-by', 'ASP.NET'],
    ['x-aspnet-version', '4.0.30319'],
  ])('matches %s: %s', (name, value) => {
    const m = headerHit(name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.hits[0]?.fingerprint.weight).not.toBe('weak');
  });

  it.each([
    'ASP.NET_SessionId',
    '.ASPXAUTH',
    '.AspNetCore.Antiforgery.9fXoN5jHCXs',
    '.AspNetCore.Session',
    '.AspNetCore.Identity.Application',
  ])('matches the cookie %s', (name) => {
    expect(cookieHit(name)?.hits[0]?.kind).toBe('cookie');
  });

  it.each([
    ['server', 'Microsoft-IIS/10.0 (extra)'],
    ['server', 'Microsoft-IISX/10.0'],
    ['server', 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0'],
    ['server', 'Kestrel-Proxy'],
    ['server', 'nginx'],
    ['x-powered-by', 'ASP.NET Core'],
    ['x-powered-by', 'PHP/8.2.1'],
    ['x-aspnet-version', 'latest'],
  ])('does not match the near miss %s: %s', (name, value) => {
    expect(headerHit(name, value)).toBeUndefined();
  });

  it.each(['ASP.NET_SessionIdX', 'ASPXAUTH', 'AspNetCore.Session', '.AspNetCore.', 'PHPSESSID'])(
    'does not match the cookie %s',
    (name) => {
      expect(cookieHit(name)).toBeUndefined();
    },
  );

  // Microsoft-HTTPAPI/2.0 is HTTP.sys, not IIS: other Windows services answer through it too. It has its own
  // vendor file (microsoft-httpapi.ts), so IIS does not claim it.
  it('leaves Microsoft-HTTPAPI/2.0 to the HTTP.sys vendor', () => {
    expect(headerHit('server', 'Microsoft-HTTPAPI/2.0')).toBeUndefined();
  });

  it('gives every fingerprint a distinct id, with the IIS and Kestrel Server values told apart', () => {
    const ids = microsoftIis.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(headerHit('server', 'Microsoft-IIS/10.0')?.hits[0]?.fingerprint.id).toBe('server-iis');
    expect(headerHit('server', 'Kestrel')?.hits[0]?.fingerprint.id).toBe('server-kestrel');
  });
});

describe('Microsoft IIS codes and notes', () => {
  it('defines 449 Retry With as a rare Microsoft WebDAV code', () => {
    const m = microsoftIis.codes.find((c) => c.id === 'microsoft-iis.449');
    expect(m?.code).toBe(449);
    expect(m?.reach).toBe('rare');
    expect(m?.whenSeen?.en).toMatch(/Reply With/);
    expect(m?.owner.en).toMatch(/Ms-Echo-Request/);
    expect(m?.source.url).toMatch(/ms-wdv/);
  });

  it.each([401, 403, 404, 500, 502, 503])('explains that the %i sub-status never reaches the status line', (code) => {
    const notes = (microsoftIis.notes ?? []).filter((n) => n.code === code);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.note.en).toMatch(new RegExp(`sub-status.*status line carries only ${code}`));
    expect(notes[0]?.note.ru).toMatch(/строке статуса/);
    expect(notes[0]?.note.en).toMatch(new RegExp(`${code}\\.\\d`));
  });

  it('points at the http.sys error log for 400 and 503', () => {
    for (const code of [400, 503])
      expect((microsoftIis.notes ?? []).find((n) => n.code === code)?.note.en).toMatch(/HTTPERR/);
  });

  it('tells where the sub-status is shown', () => {
    expect(microsoftIis.bodyHint?.en).toMatch(/sc-substatus/);
    expect(microsoftIis.bodyHint?.en).toMatch(/detailed error page/);
  });

  it('writes every text in both languages', () => {
    expectBilingual(vendorTexts(microsoftIis));
  });
});

// The seed lists give 440 Login Time-out under IIS: a plain IIS or ASP.NET application can send it too, and then
// it is that application's, not Outlook on the web's.
describe('a 440 from a plain IIS / ASP.NET application', () => {
  const plain = observe({
    statusCode: 440,
    url: 'https://intranet.example.test/orders/Default.aspx',
    headers: { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET' },
  });

  it('has an IIS reading of its own, in both languages', () => {
    const m = microsoftIis.codes.find((c) => c.id === 'microsoft-iis.440');
    expect(m?.code).toBe(440);
    expect(m?.title.en).toMatch(/^Login Time-out/);
    expect(m?.source.url).toMatch(/^https:\/\//);
    expectBilingual([m?.title, m?.summary, m?.visitor, m?.owner]);
  });

  it('is explained as IIS’s and credited to IIS, with no word of Exchange', () => {
    const ex = explain(plain);
    expect(ex.meaningId).toBe('microsoft-iis.440');
    expect(ex.producer.vendor?.id).toBe('microsoft-iis');
    expect(ex.title).not.toMatch(/Outlook|Exchange/);
    for (const n of ex.notes) expect(n.text).not.toMatch(/Outlook|Exchange/);
  });

  it('is credited to IIS on X-Powered-By: ASP.NET alone', () => {
    const ex = explain(observe({ statusCode: 440, headers: { 'x-powered-by': 'ASP.NET' } }));
    expect(ex.producer.vendor?.id).toBe('microsoft-iis');
  });
});
