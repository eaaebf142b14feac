import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { azureAppService } from './azure-app-service';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;

describe('Azure App Service fingerprints', () => {
  it.each(['ARRAffinity', 'ARRAffinitySameSite', 'TiPMix'])('matches the cookie %s', (name) => {
    const m = matchOne(azureAppService, observe({ cookieNames: [name] }));
    expect(m?.hits[0]?.kind).toBe('cookie');
    expect(m?.score).toBe(2);
  });

  it.each(['https://contoso.azurewebsites.net/', 'https://contoso-staging.scm.azurewebsites.net/'])(
    'matches the host of %s',
    (url) => {
      expect(matchOne(azureAppService, observe({ url }))?.hits[0]?.kind).toBe('host');
    },
  );

  it('gives x-ms-request-id only the weight of a hint', () => {
    expect(matchHeader(azureAppService, 'x-ms-request-id', 'd5c1b0c2-1f0e-4b6a-9c0e-3f5e2a1b7c9d')?.score).toBe(1);
  });

  it('never claims to have made the response itself', () => {
    expect(azureAppService.fingerprints.every((f) => !f.generated)).toBe(true);
  });

  it.each(['ARRAffinityX', 'MyARRAffinity', 'arraffinity', 'TiPMixed', 'ASLBSA'])(
    'does not match the cookie %s',
    (name) => {
      expect(matchOne(azureAppService, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );

  it.each(['https://azurewebsites.net.evil.test/', 'https://notazurewebsites.net/', 'https://contoso.azurefd.net/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(azureAppService, observe({ url }))).toBeUndefined();
    },
  );

  it.each(['x-ms-client-request-id', 'x-ms-requestid'])('does not match the header %s', (name) => {
    expect(matchOne(azureAppService, observe({ headers: { [name]: 'x' } }))).toBeUndefined();
  });
});

describe('Azure App Service notes', () => {
  it('explains 403 (stopped app), 502 and 503', () => {
    expect((azureAppService.notes ?? []).map((n) => n.code)).toEqual([403, 502, 503]);
    for (const n of azureAppService.notes ?? []) expect(filled(n.note)).toBe(true);
    expect(azureAppService.notes?.find((n) => n.code === 403)?.note.en).toContain('This web app is stopped');
    expect(azureAppService.notes?.find((n) => n.code === 503)?.note.en).toMatch(/restart/);
  });

  it('tells where the platform names the failure', () => {
    expect(azureAppService.bodyHint && filled(azureAppService.bodyHint)).toBe(true);
  });
});

describe('Azure App Service and the layer that answered', () => {
  // Microsoft Learn, "Troubleshoot HTTP errors of 502 and 503 in Azure App Service": the front end answers
  // for an instance that cannot; its pages carry nothing in the headers that only it sets.
  it('the affinity cookie comes with the app’s answers as well, so it proves neither side', () => {
    const m = matchOne(
      azureAppService,
      observe({ statusCode: 503, headers: { server: 'Microsoft-IIS/10.0' }, cookieNames: ['ARRAffinity'] }),
    );
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['cookie-arraffinity']);
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it('counts the stopped-app and access-restriction 403 among the codes it makes itself', () => {
    expect(azureAppService.makes).toEqual([403, 502, 503, 504]);
  });

  it('gives every fingerprint a unique id', () => {
    expect(azureAppService.fingerprints.map((f) => f.id)).toEqual([
      'cookie-arraffinity',
      'cookie-tipmix',
      'host',
      'x-ms-request-id',
    ]);
  });
});
