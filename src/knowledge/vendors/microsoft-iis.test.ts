import { describe, expect, it } from 'vitest';
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

  // Microsoft-HTTPAPI/2.0 is http.sys, not IIS. It is kept only as a weak hint worded as http.sys,
  // so it never counts as the IIS Server header.
  it('treats Microsoft-HTTPAPI/2.0 as a weak http.sys hint, not as the IIS Server header', () => {
    const m = headerHit('server', 'Microsoft-HTTPAPI/2.0');
    expect(m?.hits).toHaveLength(1);
    expect(m?.hits[0]?.fingerprint.weight).toBe('weak');
    expect(m?.hits[0]?.fingerprint.id).toBe('server-httpapi');
    expect(m?.hits[0]?.fingerprint.generated).not.toBe(true);
    const says = microsoftIis.fingerprints.find((f) => f.id === 'server-httpapi')?.says.en;
    expect(says).toMatch(/http\.sys/);
    expect(says).toMatch(/does not prove IIS/);
    const iisServer = microsoftIis.fingerprints.find(
      (f) => f.signal.kind === 'header' && f.signal.value?.test('Microsoft-IIS/10.0'),
    );
    expect(iisServer?.signal.kind === 'header' && iisServer.signal.value?.test('Microsoft-HTTPAPI/2.0')).toBe(false);
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
