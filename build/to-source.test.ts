import { describe, expect, it } from 'vitest';
import { toSource } from './to-source.ts';

/** Evaluates what toSource wrote, as the bundle will. */
const evaluate = (source: string): unknown => new Function(`return ${source}`)();
const roundTrip = (value: unknown): unknown => evaluate(toSource(value));
/** A pattern built from a string: its source can hold a raw `/`, line terminator or U+2028, which a literal cannot. */
const regExp = (source: string, flags?: string): RegExp => new RegExp(source, flags);

describe('toSource', () => {
  it('writes primitives that evaluate to the same values', () => {
    for (const value of [undefined, null, true, false, 0, 1, -1.5, 1e21, 5e-324, Number.MAX_SAFE_INTEGER, '']) {
      expect(roundTrip(value)).toBe(value);
    }
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
  });

  it('writes strings with quotes, backslashes, control and line-separator characters', () => {
    const text = `"quoted" 'single' \\ back\nnew\ttab \0 \u2028 line \u2029 paragraph </script> ${'\ud800'} é 😀`;
    expect(roundTrip(text)).toBe(text);
    const source = toSource('\u2028\u2029');
    expect(source).toBe('"\\u2028\\u2029"');
  });

  it('writes arrays and plain objects, keeping key order and quoting keys that are not identifiers', () => {
    const value = {
      b: [1, 'two', [null, undefined], {}],
      a: { 'not an identifier': 1, 'with"quote': 2, $ok: 3, _ok: 4, '1x': 5, '': 6, é: 7 },
    };
    const source = toSource(value);
    expect(source.indexOf('b:')).toBeLessThan(source.indexOf('a:'));
    expect(source).toContain('$ok:3');
    expect(source).toContain('"not an identifier":1');
    expect(roundTrip(value)).toStrictEqual(value);
    expect(Object.keys(roundTrip(value) as object)).toEqual(['b', 'a']);
  });

  it('leaves out properties whose value is undefined, but keeps undefined array items', () => {
    expect(toSource({ a: undefined, b: 1 })).toBe('{b:1}');
    expect(toSource([undefined, 1])).toBe('[undefined,1]');
  });

  it('keeps an own __proto__ key a plain property and a null prototype null', () => {
    const value: Record<string, unknown> = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}');
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'x']);
    expect(back.polluted).toBeUndefined();

    const dictionary = Object.assign(Object.create(null), { toString: 'a word', n: 2 });
    const copy = roundTrip(dictionary) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(copy).toEqual({ toString: 'a word', n: 2 });
  });

  it('writes regular expressions that keep their source and flags', () => {
    const patterns = [
      /^a\/b$/gi,
      regExp('a/b\\\\c', 'm'),
      regExp('x\u2028y\u2029z\n', 'su'),
      /[/\]]+\d{2,}(?<name>é)/dy,
      regExp('[\\p{L}--[a-z]]', 'v'),
      regExp(''),
    ];
    for (const pattern of patterns) {
      const back = roundTrip(pattern);
      expect(back).toBeInstanceOf(RegExp);
      expect((back as RegExp).source).toBe(pattern.source);
      expect((back as RegExp).flags).toBe(pattern.flags);
    }
    const slash = roundTrip({ r: /a\/b/i }) as { r: RegExp };
    expect(slash.r.test('A/B')).toBe(true);
    expect((roundTrip(regExp('x\u2028y')) as RegExp).test('x\u2028y')).toBe(true);
  });

  it('round-trips nested data', () => {
    const value = {
      vendors: [
        { name: 'acme', fingerprints: [{ signal: { header: 'server', value: /^acme\/\d+/i }, weight: 2 }] },
        { name: 'other', fingerprints: [], notes: { en: 'one\u2028two', ru: 'раз' } },
      ],
      count: 2,
    };
    expect(roundTrip(value)).toEqual(value);
  });

  it('rejects values that are not data, naming where they are', () => {
    const rules = { vendors: [{}, {}, {}, { fingerprints: [{ signal: { value: () => true } }] }] };
    expect(() => toSource(rules, 'rules')).toThrow(
      /^cannot serialise rules\.vendors\[3\]\.fingerprints\[0\]\.signal\.value: a function/,
    );
    expect(() => toSource({ 'odd key': [Symbol('s')] })).toThrow('value["odd key"][0]: a symbol');
    expect(() => toSource({ n: 1n })).toThrow('value.n: a bigint');
    expect(() => toSource({ m: new Map() })).toThrow('value.m: a Map');
    expect(() => toSource([new Set()])).toThrow('value[0]: a Set');
    expect(() => toSource({ d: new Date(0) })).toThrow('value.d: a Date');
    class Rule {
      name = 'x';
    }
    expect(() => toSource({ rule: new Rule() })).toThrow('value.rule: a Rule');
    expect(() => toSource({ s: new String('boxed') })).toThrow('value.s: a String');
    expect(() => toSource({ [Symbol('k')]: 1 })).toThrow('value: an object with symbol keys');
    expect(() => toSource(new Array<number>(2))).toThrow('value: an array with holes');
    expect(() => toSource(Object.assign([1], { extra: 2 }))).toThrow('value: an array with holes or extra properties');
  });

  it('rejects numbers that have no literal', () => {
    expect(() => toSource({ x: [Number.NaN] })).toThrow('cannot serialise value.x[0]: NaN is not a finite number');
    expect(() => toSource(Number.POSITIVE_INFINITY)).toThrow('Infinity is not a finite number');
    expect(() => toSource(Number.NEGATIVE_INFINITY)).toThrow('-Infinity is not a finite number');
  });

  it('rejects cycles but writes shared objects twice', () => {
    const loop: { self?: unknown; items: unknown[] } = { items: [] };
    loop.items.push({ back: loop });
    expect(() => toSource(loop, 'rules')).toThrow('cannot serialise rules.items[0].back: the value contains itself');
    const shared = { x: 1 };
    expect(roundTrip({ a: shared, b: [shared] })).toEqual({ a: { x: 1 }, b: [{ x: 1 }] });
  });

  it('is deterministic', () => {
    const make = () => ({ z: 1, a: [/x/g, { q: 'w', b: null }], m: 'é' });
    expect(toSource(make())).toBe(toSource(make()));
    expect(toSource(make())).toBe('{z:1,a:[/x/g,{q:"w",b:null}],m:"é"}');
  });
});
