import { describe, expect, it } from 'vitest';
import {
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchHeader,
  matchOne,
  pageFindsIn,
  readPage,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { apacheNotFound, apacheProxyUnavailable } from '../../../test/error-pages/apache';
import { observe } from '../observation';
import { standardCodes } from '../standard';
import { apache } from './apache';

const srv = (value: string) => observe({ headers: { server: value } });

describe('Apache httpd fingerprint', () => {
  it.each([
    'Apache',
    'Apache/2.4.58',
    'Apache/2.4.41 (Ubuntu)',
    'Apache/2.4.6 (CentOS) OpenSSL/1.0.2k-fips PHP/7.4.33',
    'Apache/2.2.21 (Win32) mod_ssl/2.2.21 OpenSSL/1.0.0e PHP/5.3.8 mod_perl/2.0.4 Perl/v5.10.1',
    'Apache/2.4.57 (Unix)',
  ])('matches Server: %s', (value) => {
    expect(matchOne(apache, srv(value))?.hits[0]?.name).toBe('server');
  });

  it.each([
    'Apache-Coyote/1.1',
    'Apache Tomcat/9.0.83',
    'Apache TomEE',
    'Apache/2.4 Coyote',
    'ApacheBench/2.3',
    'Apache2',
    'nginx',
    'LiteSpeed',
    'Apache/2.4.41 (Ubuntu) free text here',
  ])('does not match the near miss Server: %s', (value) => {
    expect(matchOne(apache, srv(value))).toBeUndefined();
  });

  it('does not match Apache named in another header', () => {
    expect(matchHeader(apache, 'x-powered-by', 'Apache/2.4.58')).toBeUndefined();
  });
});

describe('Apache 509', () => {
  const m = apache.codes.find((c) => c.id === 'apache.509');

  it('owns the unofficial 509 with prior 0.6 and mentions cPanel', () => {
    expect(m?.code).toBe(509);
    expect(m?.prior).toBe(0.6);
    expect(m?.owner.en).toMatch(/cPanel/);
    expect(m?.source.title).toMatch(/unofficial/);
  });

  it('is not a standard code', () => {
    expect(standardCodes.some((s) => s.code === 509)).toBe(false);
  });

  it('writes every text in both languages', () => {
    const texts = [
      ...apache.fingerprints.map((f) => f.says),
      ...apache.codes.flatMap((c) => [c.title, c.summary, c.visitor, c.owner]),
      ...(apache.notes ?? []).map((n) => n.note),
    ];
    for (const x of texts) {
      expect(x.en.trim()).not.toBe('');
      expect(x.ru).toMatch(/[а-яё]/i);
    }
  });
});

describe('apache Server header and the layer that answered', () => {
  it('Apache’s own 503 page (mod_proxy) and a relayed one carry the same Server value, so it is not marked as made by the server itself', () => {
    const m = matchOne(apache, observe({ statusCode: 503, headers: { server: 'Apache/2.4.58 (Ubuntu)' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});

// httpd's own error pages with ServerSignature On (httpd source, server/core.c, ap_psignature), shaped in
// test/error-pages/apache.ts.
describe('Apache error page', () => {
  itFindsOnPages('finds the signature under the rule and keeps the banner', [
    [apacheNotFound, [{ id: 'apache.page-signature', value: 'Apache/2.4.57 (Debian)' }]],
    [apacheProxyUnavailable, [{ id: 'apache.page-signature', value: 'Apache/2.4.62 (Ubuntu)' }]],
  ]);

  it.each([
    ['Apache Server at site.example Port 80', 'Apache'],
    [
      'Apache/2.4.6 (CentOS) OpenSSL/1.0.2k-fips PHP/7.4.33 Server at www.site.example Port 443',
      'Apache/2.4.6 (CentOS)',
    ],
    ['Apache/2.4.58 Server at 192.0.2.10 Port 8080', 'Apache/2.4.58'],
  ])('reads the signature "%s" as %s', (signature, value) => {
    const html = apacheNotFound.html.replace('Apache/2.4.57 (Debian) Server at site.example Port 443', signature);
    expect(pageFindsIn(html)).toEqual([{ id: 'apache.page-signature', value }]);
  });

  itNamesTheMakerFromItsPage([apacheNotFound, apacheProxyUnavailable], { confidence: 'high', title: 'status' });

  it('settles a 503 whose headers name no server at all', () => {
    const p = apacheProxyUnavailable;
    expect(readPage(p, '<html><body>Unavailable</body></html>').producer.vendor).toBeUndefined();
    expect(readPage(p).producer.vendor?.id).toBe('apache');
  });

  it('does not take prose, an address block or a Tomcat page for Apache’s signature', () => {
    const prose = `<html><body><h1>Why you see "Apache/2.4.57 (Debian) Server at site.example Port 443"</h1>
      <p>Apache/2.4.57 (Debian) Server at site.example Port 443</p><hr><p>Posted by the editors</p></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const contact = apacheNotFound.html.replace(
      'Apache/2.4.57 (Debian) Server at site.example Port 443',
      'Apache Street 4, Server Town, Port Elizabeth',
    );
    expect(pageFindsIn(contact)).toEqual([]);
    const tomcat = apacheNotFound.html.replace(
      'Apache/2.4.57 (Debian) Server at site.example Port 443',
      'Apache Tomcat/10.1.20',
    );
    expect(pageFindsIn(tomcat)).toEqual([]);
  });

  itWritesEveryTextInBothLanguages(apache);
});
