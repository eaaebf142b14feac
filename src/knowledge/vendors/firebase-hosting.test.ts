import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { matchVendors } from '../match';
import { observe } from '../observation';
import {
  expectBilingual,
  itMatchesHeaders,
  itMatchesHosts,
  itRejectsHeaders,
  itRejectsHosts,
  vendorTexts,
} from '../test-helpers';
import { fastly } from './fastly';
import { firebaseHosting } from './firebase-hosting';

// Header shapes: captured Firebase Hosting answers (vary: x-fh-requested-host, accept-encoding, with Fastly's
// x-served-by: cache-mad22063-MAD and x-timer); hosts per the Firebase docs, "Manage cache behavior" and
// "Configure Hosting behavior".
describe('Firebase Hosting fingerprints', () => {
  itMatchesHeaders(firebaseHosting, [
    ['vary', 'x-fh-requested-host, accept-encoding'],
    ['vary', 'Accept-Encoding, cookie, need-authorization, x-fh-requested-host'],
    ['vary', 'Cookie, x-fh-requested-host, accept-encoding'],
  ]);

  itRejectsHeaders(firebaseHosting, [
    ['vary', 'accept-encoding'],
    ['vary', 'x-fh-requested-hostname, accept-encoding'],
    ['vary', 'x-forwarded-host'],
    ['x-fh-requested-host', 'example.com'],
    ['server', 'Google Frontend'],
  ]);

  itMatchesHosts(firebaseHosting, ['https://my-app.web.app/', 'https://my-app.firebaseapp.com/login']);
  itRejectsHosts(firebaseHosting, [
    'https://web.app.evil.test/',
    'https://notweb.app/',
    'https://firebaseapp.com.evil.test/',
    'https://firebase.google.com/docs',
  ]);

  it('matches next to Fastly on a typical answer, and is the stronger reading of the site', () => {
    const obs = observe({
      statusCode: 200,
      headers: {
        vary: 'x-fh-requested-host, accept-encoding',
        'x-served-by': 'cache-mad22063-MAD',
        'x-timer': 'S1610995021.741490,VS0,VE748',
      },
    });
    const ids = matchVendors([fastly, firebaseHosting], obs).map((m) => m.vendor.id);
    expect(ids).toEqual(expect.arrayContaining(['fastly', 'firebase-hosting']));
  });
});

// Firebase docs, "Configure Hosting behavior" (custom 404 page) and "Manage cache behavior": Hosting serves the
// deployed files itself; functions and Cloud Run services behind rewrites answer the dynamic paths.
describe('Firebase Hosting and the layer that answered', () => {
  const firebase = {
    vary: 'x-fh-requested-host, accept-encoding',
    'x-served-by': 'cache-fra-etou8220021-FRA',
    'x-cache': 'MISS',
  };

  it('its own 404 (no such file) names Firebase Hosting as the site’s server, not Fastly', () => {
    const ex = explain(observe({ statusCode: 404, url: 'https://my-app.web.app/missing', headers: firebase }));
    expect(ex.producer).toMatchObject({ role: 'origin', vendor: { id: 'firebase-hosting' } });
    expect(ex.notes.some((n) => n.vendor?.id === 'firebase-hosting' && /404\.html/.test(n.text))).toBe(true);
  });

  it('a 503 is put on Fastly, the outer layer that makes 503, as a guess; Firebase is offered next', () => {
    const ex = explain(observe({ statusCode: 503, headers: firebase }));
    expect(ex.producer).toMatchObject({ vendor: { id: 'fastly' }, confidence: 'low' });
    expect(ex.producer.others.map((o) => o.vendor?.id)).toContain('firebase-hosting');
  });

  it('is marked as serving the site itself', () => {
    expect(firebaseHosting.servesSite).toBe(true);
    expect(firebaseHosting.fingerprints.some((f) => f.generated || f.relayed)).toBe(false);
  });
});

describe('Firebase Hosting texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(firebaseHosting));
  });

  it('has notes for 404 and 500 and names the two default pages', () => {
    expect(firebaseHosting.notes?.map((n) => n.code)).toEqual([404, 500]);
    expect(firebaseHosting.bodyHint?.en).toMatch(/Page Not Found/);
    expect(firebaseHosting.bodyHint?.en).toMatch(/Site Not Found/);
    expect(firebaseHosting.codes).toEqual([]);
  });
});
