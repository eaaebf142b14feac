import { describe, expect, it } from 'vitest';
import {
  expectBilingual,
  itDecodes,
  itFindsOnPages,
  itMatchesHeaders,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchOne,
  pageFindsIn,
  readPage,
  vendorTexts,
} from '../test-helpers';
import { httpapiInvalidHostname, httpapiServiceUnavailable } from '../../../test/error-pages/microsoft-httpapi';
import { explain } from '../explain';
import { observe } from '../observation';
import { microsoftHttpapi } from './microsoft-httpapi';
import { microsoftIis } from './microsoft-iis';

describe('Microsoft HTTP.sys fingerprint', () => {
  itMatchesHeaders(microsoftHttpapi, [
    ['server', 'Microsoft-HTTPAPI/2.0'],
    ['server', 'microsoft-httpapi/1.0'],
  ]);

  itRejectsHeaders(microsoftHttpapi, [
    ['server', 'Microsoft-IIS/10.0'],
    ['server', 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0'],
    ['server', 'Microsoft-HTTPAPI'],
    ['server', 'Microsoft-HTTPAPIX/2.0'],
    ['x-powered-by', 'Microsoft-HTTPAPI/2.0'],
  ]);

  it('is strong evidence on its own, not a sign that it made the answer', () => {
    const m = matchOne(microsoftHttpapi, observe({ statusCode: 503, headers: { server: 'Microsoft-HTTPAPI/2.0' } }));
    expect(m?.hits[0]?.fingerprint.weight).toBe('strong');
    expect(m?.generated).toBe(false);
  });

  it('is not IIS, and IIS is not it', () => {
    const srv = (value: string) => observe({ headers: { server: value } });
    expect(matchOne(microsoftIis, srv('Microsoft-HTTPAPI/2.0'))).toBeUndefined();
    expect(matchOne(microsoftHttpapi, srv('Microsoft-IIS/10.0'))).toBeUndefined();
  });
});

describe('Microsoft HTTP.sys notes', () => {
  const note = (code: number) => (microsoftHttpapi.notes ?? []).find((n) => n.code === code)?.note;

  it('tells the 400s apart: an unknown host name and oversized headers', () => {
    expect(note(400)?.en).toMatch(/Invalid Hostname/);
    expect(note(400)?.en).toMatch(/Request header too long/);
    expect(note(400)?.en).toMatch(/HTTPERR/);
  });

  it('says the 404 never reached the application', () => {
    expect(note(404)?.en).toMatch(/never saw the request/);
  });

  it('puts the 503 on the application pool, with the HTTPERR reasons', () => {
    expect(note(503)?.en).toMatch(/application pool is stopped/);
    expect(note(503)?.en).toMatch(/AppOffline/);
    expect(note(503)?.ru).toMatch(/пул приложений/);
  });

  it('writes every text in both languages, with a source', () => {
    expectBilingual(vendorTexts(microsoftHttpapi));
    expect(microsoftHttpapi.docs.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});

describe('a 503 signed by HTTP.sys', () => {
  const ex = explain(observe({ statusCode: 503, headers: { server: 'Microsoft-HTTPAPI/2.0' } }));

  it('names HTTP.sys as the server that answered', () => {
    expect(ex.producer.vendor?.id).toBe('microsoft-httpapi');
    expect(ex.producer.role).toBe('origin');
  });

  it('shows the note on the stopped application pool', () => {
    expect(ex.notes.map((n) => n.text).join(' ')).toMatch(/application pool/);
  });
});

// HTTP.sys's own pages (observed), shaped in test/error-pages/microsoft-httpapi.ts.
describe('Microsoft HTTP.sys error page', () => {
  itFindsOnPages('finds the reason on the line under the rule', [
    [httpapiInvalidHostname, [{ id: 'microsoft-httpapi.page-error', value: 'The request hostname is invalid' }]],
    [httpapiServiceUnavailable, [{ id: 'microsoft-httpapi.page-error', value: 'The service is unavailable' }]],
  ]);

  // HTTP.sys answered, and the page says why.
  itNamesTheMakerFromItsPage([httpapiInvalidHostname, httpapiServiceUnavailable], {
    confidence: 'high',
    title: 'page',
  });

  it('turns a Server header that only names HTTP.sys into its own answer', () => {
    const p = httpapiServiceUnavailable;
    expect(readPage(p, '<html><body>Down</body></html>').producer.confidence).not.toBe('high');
    expect(readPage(p).producer.confidence).toBe('high');
  });

  itDecodes(microsoftHttpapi, 'reason', [
    ['The request hostname is invalid', 'invalid-hostname'],
    ['The size of the request headers is too long', 'headers-too-long'],
    ['The requested resource is not found', 'not-found'],
    ['The service is unavailable', 'service-unavailable'],
  ]);

  it('does not take prose or a page of another shape for HTTP.sys’s', () => {
    const prose = `<html><body><h2>Bad Request - Invalid Hostname</h2>
      <p>Then I got HTTP Error 400. The request hostname is invalid.</p>
      <div><h2>Service Unavailable</h2><hr><p>HTTP Error 503. The service is unavailable.</p></div></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const iisStyle = httpapiInvalidHostname.html.replace('<hr>', '<hr><div>').replace('</p>', '</p></div>');
    expect(pageFindsIn(iisStyle)).toEqual([]);
  });
});
