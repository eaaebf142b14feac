import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { itMatchesHeaders, itRejectsHeaders, matchOne, itWritesEveryTextInBothLanguages } from '../test-helpers';
import { modsecurity } from './modsecurity';

// ModSecurity Reference Manual (v2.x), SecServerSignature: the administrator may replace the Server token; the
// values are the ones wafw00f (plugins/modsecurity.py) recognises on real sites.
describe('ModSecurity Server values', () => {
  itMatchesHeaders(modsecurity, [
    ['server', 'Mod_Security'],
    ['server', 'mod_security 2.9.7'],
    ['server', 'Mod_Security/2.9 (Unix)'],
    ['server', 'NOYB'],
    ['server', 'noyb'],
  ]);

  itRejectsHeaders(modsecurity, [
    ['server', 'Apache/2.4.62 (Debian)'],
    ['server', 'modsecurityX'],
    ['server', 'NOYB-proxy'],
    ['server', 'not mod_security'],
    ['x-mod-security', 'on'],
  ]);

  it('weighs NOYB as a hint only', () => {
    expect(matchOne(modsecurity, observe({ headers: { server: 'NOYB' } }))?.score).toBe(1);
    expect(matchOne(modsecurity, observe({ headers: { server: 'Mod_Security' } }))?.score).toBe(2);
  });

  it('never claims an answer as its own block from a header', () => {
    expect(modsecurity.fingerprints.filter((f) => f.generated || f.relayed)).toEqual([]);
  });
});

describe('ModSecurity texts', () => {
  it('says its block is the web server’s own page, found in the error log', () => {
    const note = (modsecurity.notes ?? []).find((n) => n.code === 403)?.note.en;
    expect(note).toMatch(/Access denied with code 403/);
    expect(modsecurity.bodyHint?.en).toMatch(/no page of its own/);
  });

  itWritesEveryTextInBothLanguages(modsecurity);
});

describe('ModSecurity through explain', () => {
  it('a 403 from a server signed Mod_Security is the site’s own side, with the block note', () => {
    const ex = explain(observe({ statusCode: 403, headers: { server: 'Mod_Security 2.9.7' } }));
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'modsecurity' } });
    expect(ex.notes.find((n) => n.vendor?.id === 'modsecurity')?.text).toMatch(/error log/);
  });

  it('a 406 from the same server gets the note that some hosts block with 406', () => {
    const ex = explain(observe({ statusCode: 406, headers: { server: 'Mod_Security' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.notes.find((n) => n.vendor?.id === 'modsecurity')?.text).toMatch(/406/);
  });

  it('a 403 without its Server value is not put on ModSecurity', () => {
    const ex = explain(observe({ statusCode: 403, headers: { server: 'Apache' } }));
    expect(ex.producer.vendor?.id).toBe('apache');
  });
});
