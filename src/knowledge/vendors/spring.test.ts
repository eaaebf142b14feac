import { describe, expect, it } from 'vitest';
import { itRejectsHeaders, matchHeader } from '../test-helpers';
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
