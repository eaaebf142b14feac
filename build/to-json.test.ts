import { describe, expect, it } from 'vitest';
import { reviveRegExps, toJson } from './to-json.ts';

// The reviver is written as source for the generated module; tests run that very source.
const revive = new Function(`return ${reviveRegExps}`)() as (key: string, value: unknown) => unknown;
const roundTrip = (value: unknown): unknown => JSON.parse(toJson(value), revive);

describe('toJson', () => {
  it('reads back as an equal value, patterns with their flags included', () => {
    const value = {
      id: 'x',
      n: 2.5,
      on: true,
      none: null,
      list: [1, 'a/b', { deep: /^a\/b(?:c|d)$/iu }],
      plain: /x/,
      slashes: /\/\//g,
    };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.list[2]).toEqual({ deep: /^a\/b(?:c|d)$/iu });
    expect((back.list[2] as { deep: RegExp }).deep.test('A/BC')).toBe(true);
    expect(back.slashes.flags).toBe('g');
  });

  it('refuses what is not data, naming where it is', () => {
    expect(() => toJson({ a: [() => 1] }, 'rules')).toThrow('cannot serialise rules.a[0]: a function');
    expect(() => toJson({ a: new Map() }, 'rules')).toThrow('a Map cannot be written');
  });

  it('refuses a string that would read back as a pattern', () => {
    expect(() => toJson({ a: '\u0000i/x' }, 'rules')).toThrow('U+0000');
  });
});
