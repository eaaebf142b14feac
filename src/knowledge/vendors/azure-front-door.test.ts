import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { matchHeader, matchOne } from '../test-helpers';
import type { Text } from '../types';
import { azureFrontDoor } from './azure-front-door';

const filled = (x: Text): boolean => x.en.trim().length > 0 && x.ru.trim().length > 0;
const decoder = (name: string) => azureFrontDoor.decoders?.find((d) => d.header === name);

describe('Azure Front Door fingerprints', () => {
  it('matches x-azure-ref strongly but not as the producer', () => {
    const m = matchOne(
      azureFrontDoor,
      observe({
        headers: {
          'x-azure-ref':
            '0zxV+XAAAAABKMMOjBv2NT4TY6SQVjC0zV1NURURHRTA2MTkANDM3YzgyY2QtMzYwYS00YTU0LTk0YzMtNWZmNzA3NjQ3Nzgz',
        },
      }),
    );
    expect(m?.score).toBe(3);
    expect(m?.generated).toBe(false);
  });

  it('matches x-msedge-ref as a medium hint', () => {
    expect(matchHeader(azureFrontDoor, 'x-msedge-ref', 'Ref A: 1 Ref B: AMS Ref C: 2024')?.score).toBe(2);
  });

  it.each(['ASLBSA', 'ASLBSACORS'])('matches the cookie %s', (name) => {
    expect(matchOne(azureFrontDoor, observe({ cookieNames: [name] }))?.hits[0]?.kind).toBe('cookie');
  });

  it('matches an azurefd.net host', () => {
    expect(matchOne(azureFrontDoor, observe({ url: 'https://contoso-abc123.z01.azurefd.net/' }))?.hits[0]?.kind).toBe(
      'host',
    );
  });

  it.each([['ASLBSAX'], ['XASLBSA'], ['ARRAffinity']])('does not match the cookie %s', (name) => {
    expect(matchOne(azureFrontDoor, observe({ cookieNames: [name] }))).toBeUndefined();
  });

  it.each(['https://azurefd.net.evil.test/', 'https://notazurefd.net/', 'https://app.azurewebsites.net/'])(
    'does not match the host %s',
    (url) => {
      expect(matchOne(azureFrontDoor, observe({ url }))).toBeUndefined();
    },
  );

  it.each(['x-azure-fdid', 'x-ms-request-id', 'x-azure-requestchain'])('does not match the header %s', (name) => {
    expect(matchOne(azureFrontDoor, observe({ headers: { [name]: 'x' } }))).toBeUndefined();
  });
});

describe('Azure Front Door debug decoders', () => {
  it('treats the error headers as Front Door answering itself and the origin status as not', () => {
    expect(decoder('x-azure-externalerror')?.generated).toBe(true);
    expect(decoder('x-azure-internalerror')?.generated).toBe(true);
    expect(decoder('x-azure-originstatuscode')?.generated).toBe(false);
  });

  it('says every debug header is opt-in', () => {
    for (const d of azureFrontDoor.decoders ?? []) {
      expect(filled(d.fallback)).toBe(true);
      expect(d.fallback.en).toContain('X-Azure-DebugInfo: 1');
      expect(d.fallback.ru).toContain('X-Azure-DebugInfo: 1');
    }
  });

  it('decodes the documented certificate example', () => {
    const entry = decoder('x-azure-externalerror')?.values?.find((v) =>
      v.match.test('0x830c1011, The certificate authority is unfamiliar'),
    );
    expect(entry?.title.en).toMatch(/certificate/);
  });

  it.each([
    ['200', 'normally'],
    ['301', 'redirected'],
    ['404', 'refused'],
    ['503', 'failed'],
  ])('reads origin status %s', (value, word) => {
    expect(decoder('x-azure-originstatuscode')?.values?.find((v) => v.match.test(value))?.title.en).toContain(word);
  });

  it.each(['5030', 'abc', '99'])('leaves origin status %s to the fallback', (value) => {
    expect(decoder('x-azure-originstatuscode')?.values?.find((v) => v.match.test(value))).toBeUndefined();
  });
});

describe('Azure Front Door notes', () => {
  it('covers 403, 503 and 504 with the default origin timeout', () => {
    expect((azureFrontDoor.notes ?? []).map((n) => n.code)).toEqual([403, 503, 504]);
    for (const n of azureFrontDoor.notes ?? []) expect(filled(n.note)).toBe(true);
    expect(azureFrontDoor.notes?.find((n) => n.code === 504)?.note.en).toMatch(/30 seconds/);
    expect(azureFrontDoor.notes?.find((n) => n.code === 503)?.note.en).toMatch(/OriginInvalidResponse/);
  });

  it('points at ErrorInfo on the error page', () => {
    expect(azureFrontDoor.bodyHint && filled(azureFrontDoor.bodyHint)).toBe(true);
    expect(azureFrontDoor.bodyHint?.en).toMatch(/ErrorInfo: OriginTimeout/);
  });
});
