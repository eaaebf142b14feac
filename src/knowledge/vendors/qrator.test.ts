import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchOne, vendorTexts } from '../test-helpers';
import { qrator } from './qrator';

// Header shapes: captured answers of Qrator-protected sites (Qrator publishes no header reference): Server: QRATOR,
// cookies qrator_jsr / qrator_jsid / qrator_jsid2 / qrator_ssid, the check script and endpoint under /__qrator/.
describe('Qrator fingerprints', () => {
  itMatchesHeaders(qrator, [
    ['server', 'QRATOR'],
    ['server', 'qrator'],
  ]);

  itRejectsHeaders(qrator, [
    ['server', 'QRATOR/2'],
    ['server', 'qrator-labs'],
    ['server', 'ddos-guard'],
    ['x-qrator-auth', 'aabbccddeeff'],
  ]);

  it.each(['qrator_jsr', 'qrator_jsid', 'qrator_jsid2', 'qrator_ssid'])('matches the cookie %s', (name) => {
    expect(matchOne(qrator, observe({ cookieNames: [name] }))?.hits[0]?.fingerprint.id).toBe('cookie-qrator');
  });

  it.each(['qrator_jsid3', 'qrator', 'my_qrator_jsid', '__ddg1_'])('does not match the cookie %s', (name) => {
    expect(matchOne(qrator, observe({ cookieNames: [name] }))).toBeUndefined();
  });

  it.each(['https://www.example.ru/__qrator/qauth.js', 'https://www.example.ru/__qrator/validate'])(
    'reads %s as Qrator’s own address',
    (url) => {
      const m = matchOne(qrator, observe({ url }));
      expect(m?.hits[0]?.fingerprint.id).toBe('path-qrator');
      expect(m?.generated).toBe(true);
    },
  );

  it.each(['https://www.example.ru/qrator/qauth.js', 'https://www.example.ru/static/__qrator/x.js'])(
    'does not read %s as Qrator’s own address',
    (url) => {
      expect(matchOne(qrator, observe({ url }))).toBeUndefined();
    },
  );
});

describe('Qrator and the layer that answered', () => {
  it('a 403 from its /__qrator/validate endpoint is Qrator’s own, with high confidence', () => {
    const ex = explain(
      observe({ statusCode: 403, url: 'https://login.example.ru/__qrator/validate', headers: { server: 'QRATOR' } }),
    );
    expect(ex.producer).toMatchObject({ role: 'cdn', vendor: { id: 'qrator' }, confidence: 'high' });
  });

  it('its 401 JavaScript check is put on Qrator as a guess, with the note that explains it', () => {
    const ex = explain(observe({ statusCode: 401, headers: { server: 'QRATOR' }, cookieNames: ['qrator_jsr'] }));
    expect(ex.producer).toMatchObject({ vendor: { id: 'qrator' }, confidence: 'low' });
    expect(ex.notes.some((n) => n.vendor?.id === 'qrator' && /JavaScript/.test(n.text))).toBe(true);
  });

  it('a 404 passed along from the site is the site’s', () => {
    const ex = explain(observe({ statusCode: 404, headers: { server: 'QRATOR' } }));
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toBeUndefined();
  });

  it('a 403 that shows the site’s own framework is the site’s', () => {
    const ex = explain(observe({ statusCode: 403, headers: { server: 'QRATOR' }, cookieNames: ['laravel_session'] }));
    expect(ex.producer.vendor?.id).toBe('laravel');
  });
});

describe('Qrator texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(qrator));
  });

  it('has notes for its checks and blocks and no codes of its own', () => {
    expect(qrator.notes?.map((n) => n.code)).toEqual([401, 403, 429]);
    expect(qrator.codes).toEqual([]);
    expect(qrator.bodyHint?.en).toMatch(/__qrator/);
  });
});
