import { describe, expect, it } from 'vitest';
import {
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  itRejectsHeaders,
  matchHeader,
  pageFindsIn,
  readPage,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { springBehindNginx, springNotFound } from '../../../test/error-pages/spring';
import { spring } from './spring';

describe('Spring fingerprint', () => {
  it.each(['application:8080', 'my-service:production:8443', 'application'])(
    'matches X-Application-Context: %s',
    (value) => {
      const m = matchHeader(spring, 'x-application-context', value);
      expect(m?.hits[0]?.name).toBe('x-application-context');
      expect(m?.score).toBe(2);
    },
  );

  itRejectsHeaders(spring, [
    ['x-application-contexts', 'application:8080'],
    ['x-application', 'application:8080'],
    ['application-context', 'application:8080'],
    ['x-powered-by', 'Spring'],
  ]);
});

describe('Spring 420', () => {
  const m = spring.codes.find((c) => c.id === 'spring.420');

  it('is a rare, obsolete, low-prior meaning', () => {
    expect(m?.code).toBe(420);
    expect(m?.obsolete).toBe(true);
    expect(m?.reach).toBe('rare');
    expect(m?.whenSeen?.en).not.toBe('');
    expect(m?.whenSeen?.ru).toMatch(/[а-яё]/i);
    expect(m?.prior).toBe(0.3);
  });

  it('names the enum constant the owner should look for', () => {
    expect(m?.owner.en).toContain('METHOD_FAILURE');
    expect(m?.owner.ru).toContain('METHOD_FAILURE');
  });
});

describe('Spring fingerprint ids', () => {
  it('names the header fingerprint by the header', () => {
    expect(matchHeader(spring, 'x-application-context', 'application:8080')?.hits[0]?.fingerprint.id).toBe(
      'x-application-context',
    );
  });
});

// Spring Boot's Whitelabel Error Page (spring-boot, ErrorMvcAutoConfiguration's StaticView; WebFlux's
// DefaultErrorWebExceptionHandler), shaped in test/error-pages/spring.ts.
describe('Spring error page', () => {
  itFindsOnPages('finds the Whitelabel line after the time and keeps the error type', [
    [springNotFound, [{ id: 'spring.page-whitelabel', value: 'Not Found' }]],
  ]);

  it('reads the WebFlux page, whose line starts with a request id', () => {
    const webflux = springNotFound.html
      .replace('No error view is set up here', 'No error view is configured')
      .replace('<div>There was', '<div>[7e51de92-3] There was');
    expect(pageFindsIn(webflux)).toEqual([{ id: 'spring.page-whitelabel', value: 'Not Found' }]);
  });

  // Spring made it, for certain, whatever Server says.
  itNamesTheMakerFromItsPage([springNotFound, springBehindNginx], { confidence: 'high', title: 'status' });

  it('behind nginx, the bare response is put on nginx and the page moves it to Spring', () => {
    const p = springBehindNginx;
    expect(readPage(p, '<html><body>Error</body></html>').producer.vendor?.id).toBe('nginx');
    expect(readPage(p).producer.vendor?.id).toBe('spring');
  });

  it('does not take a blog post or a page that quotes the line in prose for the Whitelabel page', () => {
    const blog = `<html><body><h1>Whitelabel Error Page</h1><p>How to get rid of it.</p><div id='created'>2024</div>
      <p>There was an unexpected error (type=Not Found, status=404).</p></body></html>`;
    expect(pageFindsIn(blog)).toEqual([]);
    const quoted = `<html><body><h1>Whitelabel Error Page</h1><p>Seen in our logs:</p><div id='created'>2024</div>
      <div>We saw "There was an unexpected error (type=Not Found, status=404)." again.</div></body></html>`;
    expect(pageFindsIn(quoted)).toEqual([]);
  });

  itWritesEveryTextInBothLanguages(spring);
});
