import { describe, expect, it } from 'vitest';
import { observe } from '../observation';
import { expectBilingual, matchOne } from '../test-helpers';
import { informal } from './informal';

describe('Informal convention', () => {
  it('is named in both languages, and claims only its own 598 and 599 as made by a proxy', () => {
    expect(typeof informal.name).toBe('object');
    expectBilingual([informal.name as { en: string; ru: string }]);
    expect(informal.makes).toEqual([598, 599]);
  });

  it('has no fingerprints, so it never matches a response', () => {
    expect(informal.fingerprints).toHaveLength(0);
    expect(matchOne(informal, observe({ statusCode: 599, headers: { via: '1.1 proxy' } }))).toBeUndefined();
  });

  it.each([
    ['informal.598', 598],
    ['informal.599', 599],
    ['informal.103-checkpoint', 103],
  ])('defines %s as code %s', (id, code) => {
    expect(informal.codes.find((c) => c.id === id)?.code).toBe(code);
  });

  it('lets 598 and 599 win on the number alone, but never the obsolete 103', () => {
    expect(informal.codes.find((c) => c.code === 598)?.prior).toBeGreaterThanOrEqual(0.5);
    expect(informal.codes.find((c) => c.code === 599)?.prior).toBeGreaterThanOrEqual(0.5);
    const checkpoint = informal.codes.find((c) => c.code === 103);
    expect(checkpoint?.prior).toBe(0.05);
    expect(checkpoint?.obsolete).toBe(true);
    expect(checkpoint?.reach).toBe('never');
    expect(checkpoint?.summary.en).toMatch(/Early Hints/);
  });

  it('writes every code in both languages', () => {
    for (const c of informal.codes) {
      expectBilingual([c.title, c.summary, c.visitor, c.owner, ...(c.whenSeen ? [c.whenSeen] : [])]);
    }
  });
});
