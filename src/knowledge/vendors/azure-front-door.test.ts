import { describe, expect, it } from 'vitest';
import { azureFrontDoorUnavailable } from '../../../test/error-pages/azure-front-door';
import { observe } from '../observation';
import {
  decodeWith,
  expectUniqueKebabIds,
  filled,
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchHeader,
  matchOne,
  pageFindsIn,
} from '../test-helpers';
import { azureFrontDoor } from './azure-front-door';

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

// Microsoft Learn: "Protocol support for HTTP headers in Azure Front Door" (x-azure-ref on every answer; debug headers
// with X-Azure-DebugInfo: 1) and "Debug HTTP header for Azure CDN from Microsoft" (X-Cache values).
describe('Azure Front Door by layer', () => {
  const ref = '0zxV+XAAAAABKMMOjBv2NT4TY6SQVjC0zV1NURURHRTA2MTkANDM3YzgyY2QtMzYwYS00YTU0LTk0YzMtNWZmNzA3NjQ3Nzgz';

  it('a certificate failure towards the origin is Front Door’s own answer (debug header decoded as generated)', () => {
    const value = '0x830c1011, The certificate authority is unfamiliar';
    expect(decodeWith(azureFrontDoor, 'x-azure-externalerror', value).map((v) => v.id)).toEqual(['certificate']);
    expect(decoder('x-azure-externalerror')?.generated).toBe(true);
    // x-azure-ref alone is on every answer and decides nothing.
    const m = matchOne(azureFrontDoor, observe({ statusCode: 503, headers: { 'x-azure-ref': ref } }));
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });

  it.each(['TCP_HIT', 'TCP_REMOTE_HIT'])('X-Cache %s means the answer came from the cache, passed along', (value) => {
    const m = matchOne(azureFrontDoor, observe({ statusCode: 404, headers: { 'x-azure-ref': ref, 'x-cache': value } }));
    expect(m?.relayed).toBe(true);
    expect(m?.generated).toBe(false);
    expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-azure-ref', 'x-cache-hit']);
  });

  it.each(['TCP_MISS', 'PRIVATE_NOSTORE', 'CONFIG_NOCACHE'])(
    'X-Cache %s shows Front Door without deciding',
    (value) => {
      const m = matchOne(
        azureFrontDoor,
        observe({ statusCode: 503, headers: { 'x-azure-ref': ref, 'x-cache': value } }),
      );
      expect(m?.relayed).toBe(false);
      expect(m?.generated).toBe(false);
      expect(m?.hits.map((h) => h.fingerprint.id)).toEqual(['x-azure-ref', 'x-cache']);
    },
  );

  it.each(['tcp_hit', 'TCP_HIT from a23-1-2-3.deploy.akamaitechnologies.com', 'HIT', 'N/A'])(
    'does not take x-cache: %s for Front Door',
    (value) => {
      expect(matchOne(azureFrontDoor, observe({ headers: { 'x-cache': value } }))).toBeUndefined();
    },
  );

  it('gives every fingerprint and decoded value a unique kebab-case id', () => {
    expectUniqueKebabIds(azureFrontDoor.fingerprints.map((f) => f.id));
    expect(decoder('x-azure-originstatuscode')?.values?.map((v) => v.id)).toEqual(['2xx', '3xx', '4xx', '5xx']);
    expect(decoder('x-azure-externalerror')?.values?.map((v) => v.id)).toEqual(['certificate']);
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

// Front Door's own error page (observed pages; its heading is quoted in Microsoft Learn's Azure AD B2C custom-domain
// troubleshooting): h2 "Our services aren't available right now", one line, then the reference string as bare text.
describe('Azure Front Door error page', () => {
  const page = azureFrontDoorUnavailable;
  const ref = '0oWp/agAAAACgxkv6zUgCSo5/BnzS7rDqTEFYMzExMDAwMTExMDUxAEVkZ2U=';

  itFindsOnPages('finds the heading and the reference string', [
    [page, [{ id: 'azure-front-door.page-heading' }, { id: 'azure-front-door.page-ref', value: ref }]],
  ]);

  // A 503 that x-azure-ref alone leaves open is Front Door's own once the page is read.
  itNamesTheMakerFromItsPage([page], { confidence: 'high', uncertainUnread: true });

  it('reads the page as it comes without a head or white space between its parts', () => {
    const bare = `<h2>Our services aren't available right now</h2><p>Back soon.</p>${ref}`;
    expect(pageFindsIn(bare)).toEqual([
      { id: 'azure-front-door.page-heading' },
      { id: 'azure-front-door.page-ref', value: ref },
    ]);
  });

  it('does not count the heading quoted in prose or nested in an article', () => {
    const article = `<html><head><title>Our services aren't available right now</title></head><body>
      <h1>Troubleshooting</h1>
      <h2>Our services aren't available right now: what it means</h2>
      <p>Our services aren't available right now ${ref}</p>
      <article><h2>Our services aren't available right now</h2><p>Seen behind a disabled route.</p></article>
      </body></html>`;
    expect(pageFindsIn(article)).toEqual([]);
  });

  it('marks the page signs as Front Door’s own answers and leaves x-azure-ref deciding nothing', () => {
    const page = azureFrontDoor.fingerprints.filter((f) => f.signal.kind === 'page');
    expect(page.map((f) => f.id)).toEqual(['page-heading', 'page-ref']);
    expect(page.every((f) => f.generated && f.weight === 'strong')).toBe(true);
    expect(azureFrontDoor.fingerprints.find((f) => f.id === 'x-azure-ref')?.generated).toBeUndefined();
  });
});
