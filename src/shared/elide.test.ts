import { describe, expect, it } from 'vitest';
import { elideMiddle } from './elide';

const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);

describe('elideMiddle', () => {
  it('keeps the start and the end of a long string', () => {
    expect(elideMiddle('https://app.test/a/very/long/path/file.js', 20)).toBe('https://app.…file.js');
    expect(elideMiddle('short', 20)).toBe('short');
  });

  it('never cuts between the halves of a surrogate pair', () => {
    for (let max = 3; max <= 15; max++) {
      const out = elideMiddle('😀'.repeat(20), max);
      expect(wellFormed(out), `max ${max}`).toBe(true);
      expect(out.length).toBeLessThanOrEqual(max);
    }
  });
});
