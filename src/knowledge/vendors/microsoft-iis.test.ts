import { describe, expect, it } from 'vitest';
import {
  expectBilingual,
  itDecodes,
  itFindsOnPages,
  itLeavesToFallback,
  itNamesTheMakerFromItsPage,
  matchHeader,
  matchOne,
  pageFindsIn,
  readPage,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import {
  iisAspNetCoreStartFailure,
  iisConfigInvalid,
  iisRemoteNotFound,
} from '../../../test/error-pages/microsoft-iis';
import { explain } from '../explain';
import { observe } from '../observation';
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

  itWritesEveryTextInBothLanguages(microsoftIis);
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

// IIS's detailed and remote error pages and the ASP.NET Core Module's page, shaped in test/error-pages/microsoft-iis.ts;
// sub-statuses from Microsoft Learn "HTTP status code in IIS 7.0 and later versions" and "Troubleshoot ASP.NET Core
// on Azure App Service and IIS".
describe('Microsoft IIS error page', () => {
  itFindsOnPages('finds the sub-status in the detailed page’s heading and in the ASP.NET Core Module’s', [
    [iisConfigInvalid, [{ id: 'microsoft-iis.page-detailed', value: '500.19' }]],
    [iisAspNetCoreStartFailure, [{ id: 'microsoft-iis.page-ancm', value: '500.30' }]],
    [iisRemoteNotFound, [{ id: 'microsoft-iis.page-remote', value: '404' }]],
  ]);

  // The detailed page and the ASP.NET Core Module's name the sub-status, and IIS for certain.
  itNamesTheMakerFromItsPage([iisConfigInvalid, iisAspNetCoreStartFailure], { confidence: 'high', title: 'page' });

  it('the remote page, with no Server header, names IIS with less certainty and no sub-status', () => {
    const p = iisRemoteNotFound;
    const ex = readPage(p);
    expect(ex.producer.vendor?.name).toBe(p.expect.who);
    expect(ex.producer.confidence).toBe('medium');
    expect(ex.decoded.find((d) => d.onPage)).toBeUndefined();
    expect(ex.title).toBe(p.expect.title);
    expect(readPage(p, '<html><body>Not found</body></html>').producer.vendor).toBeUndefined();
  });

  // Each row's title names its sub-status.
  itDecodes(
    microsoftIis,
    'substatus',
    [
      ['401.1', '401-1'],
      ['401.2', '401-2'],
      ['401.3', '401-3'],
      ['403.4', '403-4'],
      ['403.14', '403-14'],
      ['404.0', '404-0'],
      ['404.3', '404-3'],
      ['404.7', '404-7'],
      ['404.11', '404-11'],
      ['404.13', '404-13'],
      ['404.15', '404-15'],
      ['500.0', '500-0'],
      ['500.19', '500-19'],
      ['500.21', '500-21'],
      ['500.30', '500-30'],
      ['500.31', '500-31'],
      ['500.32', '500-32'],
      ['500.37', '500-37'],
      ['502.3', '502-3'],
      ['502.5', '502-5'],
      ['503.0', '503-0'],
    ],
    (row, value) => {
      expect(row.title.en.endsWith(`(${value})`)).toBe(true);
      expect(row.title.ru.endsWith(`(${value})`)).toBe(true);
    },
  );

  // Left to the status code.
  itLeavesToFallback(microsoftIis, 'substatus', ['500.1', '500.190', '404.30', '5000.19', '404']);

  it('does not take prose, a blog heading or ASP.NET’s own yellow error page for IIS’s pages', () => {
    const prose = `<html><body><div id="post"><h1>Fixing IIS</h1>
      <h3>HTTP Error 500.19 - Internal Server Error</h3>
      <p>HTTP Error 500.30 - ASP.NET Core app failed to start</p>
      <fieldset><h2>404 - File or directory not found.</h2></fieldset></div></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const yellowScreen = `<html><head><title>Runtime Error</title></head><body>
      <span><h1>Server Error in '/' Application.<hr width=100% size=1 color=silver></h1>
      <h2> <i>Runtime Error</i> </h2></span></body></html>`;
    expect(pageFindsIn(yellowScreen)).toEqual([]);
    const notFirst = `<html><body><nav>Docs</nav><h1>HTTP Error 500.30 - ASP.NET Core app failed to start</h1></body></html>`;
    expect(pageFindsIn(notFirst)).toEqual([]);
  });
});
