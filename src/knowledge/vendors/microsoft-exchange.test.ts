import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { standardCodes } from '../standard';
import { matchHeader, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
import { microsoftExchange } from './microsoft-exchange';

const at = (url: string) => matchOne(microsoftExchange, observe({ url }));
const code = (n: number) => microsoftExchange.codes.find((c) => c.code === n);

describe('Microsoft Exchange fingerprint', () => {
  it.each([
    ['x-owa-version', '15.2.1544.4'],
    ['x-feserver', 'EXCH-FE01'],
    ['x-beserver', 'EXCH-MBX02'],
    ['x-calculatedbetarget', 'exch-mbx02.corp.example'],
    ['x-diaginfo', 'EXCH-MBX02'],
  ])('matches the header %s (strong)', (name, value) => {
    const m = matchHeader(microsoftExchange, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.hits[0]?.fingerprint.weight).toBe('strong');
  });

  it.each([
    ['https://mail.example.com/owa/', 'medium'],
    ['https://mail.example.com/owa', 'medium'],
    ['https://mail.example.com/OWA/auth/logon.aspx', 'medium'],
    ['https://mail.example.com/ecp/', 'medium'],
    ['https://mail.example.com/Microsoft-Server-ActiveSync?Cmd=Sync', 'medium'],
    ['https://autodiscover.example.com/autodiscover/autodiscover.xml', 'weak'],
    ['https://mail.example.com/mapi/emsmdb/', 'weak'],
  ])('matches the path of %s as %s evidence', (url, weight) => {
    const m = at(url);
    expect(m?.hits[0]?.kind).toBe('path');
    expect(m?.hits[0]?.fingerprint.weight).toBe(weight);
  });

  it.each([
    'https://example.com/owasp/top-ten',
    'https://example.com/blog/owa/',
    'https://example.com/ecpay/checkout',
    'https://example.com/Microsoft-Server-ActiveSyncX',
    'https://example.com/mapi',
    'https://example.com/autodiscover',
  ])('does not match the near-miss path %s', (url) => {
    expect(at(url)).toBeUndefined();
  });

  it.each(['x-owa', 'x-feserverx', 'x-owa-versions', 'request-id'])(
    'does not match the near-miss header %s',
    (name) => {
      expect(matchOne(microsoftExchange, observe({ headers: { [name]: '1' } }))).toBeUndefined();
    },
  );
});

describe('Microsoft Exchange codes', () => {
  it('defines 440, 451, 456 and 457', () => {
    expect(microsoftExchange.codes.map((c) => c.code).sort()).toEqual([440, 451, 456, 457]);
    for (const c of microsoftExchange.codes) expect(c.id).toBe(`microsoft-exchange.${c.code}`);
  });

  it('gives 440 concrete causes: session time-outs, cookies, a farm of servers, scripts under forms login', () => {
    const m = code(440);
    expect(m?.owner.en).toMatch(/time-out/);
    expect(m?.owner.en).toMatch(/cookie/);
    expect(m?.owner.en).toMatch(/load balancer/);
    expect(m?.owner.en).toMatch(/Scripts/);
    expect(m?.visitor.en).toMatch(/Sign in again/);
  });

  it('keeps the ActiveSync 451 below the standard 451 when nothing points at Exchange', () => {
    const m = code(451);
    expect(m?.prior).toBe(0.2);
    expect(m?.when).toBeUndefined();
    expect(m?.summary.en).toMatch(/X-MS-Location/);
    expect(standardCodes.some((s) => s.code === 451)).toBe(true);
  });

  it.each([451, 456, 457])('marks ActiveSync code %i as rare in a browser, from MS-ASHTTP', (n) => {
    const m = code(n);
    expect(m?.reach).toBe('rare');
    expect(m?.whenSeen?.en).toMatch(/ActiveSync/);
    expect(m?.source.url).toMatch(/ms-ashttp/);
  });

  it('decodes X-MS-Location as an Exchange-generated redirect target', () => {
    const d = microsoftExchange.decoders?.find((x) => x.header === 'x-ms-location');
    expect(d?.generated).toBe(true);
    expect(d?.fallback.en).toMatch(/address of the server/);
    expect(d?.fallback.ru).toMatch(/адрес сервера/);
  });

  itWritesEveryTextInBothLanguages(microsoftExchange);
});

describe('Microsoft Exchange fingerprint ids', () => {
  it('has distinct ids, named for the header or path they look at', () => {
    const ids = microsoftExchange.fingerprints.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(matchHeader(microsoftExchange, 'x-feserver', 'EXCH-FE01')?.hits[0]?.fingerprint.id).toBe('x-feserver');
    expect(at('https://mail.example.com/Microsoft-Server-ActiveSync')?.hits[0]?.fingerprint.id).toBe('path-activesync');
  });
});

// [MS-ASHTTP]: the 403 and 404 readings belong to the ActiveSync address; Outlook on the web (/owa/) answers them
// with their ordinary meanings.
describe('the ActiveSync notes', () => {
  const activeSyncText = (ex: ReturnType<typeof explain>) =>
    ex.notes.filter((n) => n.vendor?.id === 'microsoft-exchange' && /ActiveSync/.test(n.text));

  it.each([403, 404])('%i on /Microsoft-Server-ActiveSync carries the ActiveSync note', (status) => {
    const ex = explain(
      observe({
        statusCode: status,
        url: 'https://mail.example.test/Microsoft-Server-ActiveSync?Cmd=Sync',
        headers: { server: 'Microsoft-IIS/10.0' },
      }),
    );
    expect(activeSyncText(ex)).toHaveLength(1);
    expect(
      activeSyncText(
        explain(observe({ statusCode: status, url: 'https://mail.example.test/Microsoft-Server-ActiveSync' }), 'ru'),
      ),
    ).toHaveLength(1);
  });

  it.each([
    [403, 'https://mail.example.test/owa/'],
    [404, 'https://mail.example.test/owa/service.svc'],
    [403, 'https://mail.example.test/ecp/'],
  ])('%i on %s (with Exchange headers) does not', (status, url) => {
    const ex = explain(
      observe({
        statusCode: status,
        url,
        headers: { server: 'Microsoft-IIS/10.0', 'x-owa-version': '15.2.1544.4', 'x-feserver': 'EXCH01' },
      }),
    );
    expect(ex.seen.map((s) => s.vendor.id)).toContain('microsoft-exchange');
    expect(activeSyncText(ex)).toEqual([]);
  });

  it('marks both notes as needing the ActiveSync path', () => {
    for (const code of [403, 404]) {
      const n = microsoftExchange.notes?.find((x) => x.code === code);
      expect(n?.when?.some((s) => s.kind === 'path' && s.pattern.test('/Microsoft-Server-ActiveSync'))).toBe(true);
      expect(n?.when?.some((s) => s.kind === 'path' && s.pattern.test('/owa/'))).toBe(false);
    }
  });
});

// Exchange runs on IIS: a 440 with Outlook on the web's signs is Exchange's even though IIS's 440 matches too.
describe('440 on Outlook on the web', () => {
  it.each([
    ['X-OWA-Version and /owa/', 'https://mail.example.test/owa/', { 'x-owa-version': '15.2.1544.4' }],
    ['the /owa/ path alone', 'https://mail.example.test/owa/auth/logon.aspx', {}],
    ['X-FEServer on another path', 'https://mail.example.test/EWS/Exchange.asmx', { 'x-feserver': 'EXCH01' }],
  ])('with %s is Exchange’s, credited to Exchange', (_label, url, extra) => {
    const ex = explain(
      observe({
        statusCode: 440,
        url,
        headers: { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET', ...extra },
      }),
    );
    expect(ex.meaningId).toBe('microsoft-exchange.440');
    expect(ex.producer.vendor?.id).toBe('microsoft-exchange');
    expect(ex.confidence).not.toBe('low');
  });
});
