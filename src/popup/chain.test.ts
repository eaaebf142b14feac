import { describe, expect, it } from 'vitest';
import { compactChain } from './chain';

describe('compactChain', () => {
  it('draws a short chain step by step', () => {
    expect(compactChain(['301', '302', '200'])).toBe('301 → 302 → 200');
    expect(compactChain(['a.test', 'b.test', 'b.test'])).toBe('a.test → b.test → b.test');
  });

  it('folds a loop of the same step into one step with a count', () => {
    expect(compactChain([...Array<string>(20).fill('302'), 'ERR_TOO_MANY_REDIRECTS'])).toBe(
      '302 ×20 → ERR_TOO_MANY_REDIRECTS',
    );
    expect(compactChain(Array<string>(21).fill('loop.test:8080'))).toBe('loop.test:8080 ×21');
  });

  it('keeps both ends of a long chain of different steps and says how many it hides', () => {
    const steps = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    expect(compactChain(steps)).toBe('a → b → … 4 … → g → h');
  });

  it('handles an empty chain and a single step', () => {
    expect(compactChain([])).toBe('');
    expect(compactChain(['301'])).toBe('301');
  });
});
