import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { itMatchesHeaders, itRejectsHeaders, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
import { f5Bigip } from './f5-bigip';

const cookieIds = (cookieNames: string[]) =>
  matchOne(f5Bigip, observe({ cookieNames }))?.hits.map((h) => h.fingerprint.id);

// F5 job aid "Securing BIG-IP Generated HTTP Server Header Information": Server: BigIP (the HTTP profile's
// Server Agent Name) is on responses the BIG-IP generates itself.
describe('F5 BIG-IP Server header', () => {
  itMatchesHeaders(f5Bigip, [
    ['server', 'BigIP'],
    ['server', 'bigip'],
    ['server', 'BIG-IP'],
  ]);

  itRejectsHeaders(f5Bigip, [
    ['server', 'BigIP-Proxy'],
    ['server', 'Apache'],
    ['server', 'F5-TrafficShield'],
    ['server', 'big ip'],
    ['x-bigip', 'BigIP'],
  ]);

  it('marks the BigIP Server value as the load balancer’s own answer', () => {
    expect(matchOne(f5Bigip, observe({ headers: { server: 'BigIP' } }))?.generated).toBe(true);
  });
});

// F5 K6917 "Overview of BIG-IP persistence cookie encoding": the insert/rewrite cookie is BIGipServer<pool_name>.
describe('F5 BIG-IP persistence cookie', () => {
  it.each(['BIGipServerweb_pool', 'BIGipServer~Common~pool_https', 'BIGipServersubdomain.acme.com', 'bigipserverapp'])(
    'matches %s',
    (name) => {
      expect(cookieIds([name])).toEqual(['cookie-bigipserver']);
    },
  );

  it.each(['BIGipServer', 'BIGipCookie', 'XBIGipServerpool', 'BIGip_Server_pool'])('does not match %s', (name) => {
    expect(matchOne(f5Bigip, observe({ cookieNames: [name] }))).toBeUndefined();
  });

  it('does not claim the answer: the cookie rides on what the pool member sent', () => {
    const m = matchOne(f5Bigip, observe({ statusCode: 404, cookieNames: ['BIGipServerweb_pool'] }));
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});

// F5 K6850 (ASM cookies, as cited by wafw00f plugins/f5bigipasm.py) and F5 Silverline "What cookies are leveraged in
// Silverline WAF?": the ASM main cookie is TS + 8 hex digits (TS + 6 before 11.4.0).
describe('F5 BIG-IP ASM cookie', () => {
  it.each(['TS01a2b3c4', 'TS0156e3f1', 'TSabcdef', 'TS8B9F5A7C'])('matches %s', (name) => {
    expect(cookieIds([name])).toEqual(['cookie-ts']);
  });

  it.each(['TS', 'TSPD_101', 'TS01a2b3c4d5e6', 'TS01xyz123', 'XTS01a2b3c4', 'TS01a2b'])('does not match %s', (name) => {
    expect(matchOne(f5Bigip, observe({ cookieNames: [name] }))).toBeUndefined();
  });
});

describe('F5 BIG-IP texts', () => {
  it('tells the ASM block page by its wording and support ID', () => {
    const note403 = (f5Bigip.notes ?? []).find((n) => n.code === 403)?.note;
    expect(note403?.en).toMatch(/The requested URL was rejected/);
    expect(note403?.en).toMatch(/support ID/);
    expect(f5Bigip.bodyHint?.en).toMatch(/support ID/);
    expect(f5Bigip.bodyHint?.ru).toMatch(/support ID/);
  });

  it('says a BIG-IP without live servers resets rather than answering 503', () => {
    expect((f5Bigip.notes ?? []).find((n) => n.code === 503)?.note.en).toMatch(/resets the connection/);
    expect(f5Bigip.makes).toEqual([]);
  });

  itWritesEveryTextInBothLanguages(f5Bigip);
});

describe('F5 BIG-IP through explain', () => {
  it('a 503 the BIG-IP wrote itself (Server: BigIP, an iRule’s maintenance answer) is the load balancer’s', () => {
    const ex = explain(observe({ statusCode: 503, headers: { server: 'BigIP', connection: 'close' } }));
    expect(ex.producer).toMatchObject({ role: 'load-balancer', vendor: { id: 'f5-bigip' }, confidence: 'high' });
    expect(ex.producer.evidence.map((e) => e.name)).toEqual(['server']);
  });

  it('a 404 passed along with the persistence cookie is the pool member’s (Apache here)', () => {
    const ex = explain(
      observe({ statusCode: 404, headers: { server: 'Apache' }, cookieNames: ['BIGipServer~Common~web_pool'] }),
    );
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor?.id).toBe('apache');
    expect(ex.seen.map((s) => s.vendor.id)).toContain('f5-bigip');
  });

  it('a 503 behind a BIG-IP with only its cookie is not pinned on the BIG-IP', () => {
    const ex = explain(observe({ statusCode: 503, cookieNames: ['BIGipServerweb_pool'] }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
    expect(ex.notes.some((n) => n.vendor?.id === 'f5-bigip')).toBe(true);
  });

  it('a 403 with the ASM cookie is not claimed either: only the block page’s wording tells', () => {
    const ex = explain(observe({ statusCode: 403, cookieNames: ['TS01a2b3c4'] }));
    expect(ex.producer.vendor?.id).not.toBe('f5-bigip');
    expect(ex.notes.find((n) => n.vendor?.id === 'f5-bigip')?.text).toMatch(/The requested URL was rejected/);
  });
});
