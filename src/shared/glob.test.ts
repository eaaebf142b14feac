import { describe, expect, it } from 'vitest';
import { anyGlob } from './glob';

describe('anyGlob', () => {
  it('matches a pattern without stars only as the whole text', () => {
    const m = anyGlob(['ads.example.com']);
    expect(m('ads.example.com')).toBe(true);
    expect(m('x.ads.example.com')).toBe(false);
    expect(m('ads.example.com.evil')).toBe(false);
  });

  it('lets a star stand for any run of characters, the empty one included', () => {
    const m = anyGlob(['a*b*c']);
    expect(m('abc')).toBe(true);
    expect(m('a-b-c')).toBe(true);
    expect(m('abbbc')).toBe(true);
    expect(m('acb')).toBe(false);
    expect(m('ab')).toBe(false);
    expect(anyGlob(['*'])('')).toBe(true);
    expect(anyGlob(['**'])('anything')).toBe(true);
  });

  it('keeps the prefix and the suffix from overlapping', () => {
    const m = anyGlob(['ab*ba']);
    expect(m('aba')).toBe(false);
    expect(m('abba')).toBe(true);
    expect(anyGlob(['a*b*a'])('aba')).toBe(true);
    expect(anyGlob(['a*bb*a'])('abba')).toBe(true);
    expect(anyGlob(['a*bb*a'])('abb')).toBe(false);
  });

  it('does not let a middle part run into the suffix', () => {
    expect(anyGlob(['*/x/*x'])('a/x')).toBe(false);
    expect(anyGlob(['*/x/*x'])('a/x/x')).toBe(true);
  });

  it('treats "?" and other RegExp characters as themselves', () => {
    const m = anyGlob(['a.test/?q=[1]*', '(x|y)+$']);
    expect(m('a.test/?q=[1]&r')).toBe(true);
    expect(m('a.test/q=[1]')).toBe(false);
    expect(m('aXtest/?q=[1]')).toBe(false);
    expect(m('(x|y)+$')).toBe(true);
    expect(m('x')).toBe(false);
  });

  it('ignores case as the RegExp "i" flag did, non-ASCII included', () => {
    expect(anyGlob(['ADS.Example.*'])('ads.example.COM')).toBe(true);
    expect(anyGlob(['/straße'])('/STRAßE')).toBe(true);
    expect(anyGlob(['/straße'])('/STRASSE')).toBe(false);
    expect(anyGlob(['/ПУТЬ*'])('/путь/дальше')).toBe(true);
    // Non-ASCII letters never fold into ASCII ones: the Kelvin sign is not K, the long s is not S.
    expect(anyGlob(['\u212a'])('k')).toBe(false);
    expect(anyGlob(['\u017f'])('S')).toBe(false);
  });

  it('answers as the RegExp it replaced for every short pattern and text', () => {
    // The old code, kept here as the reference: small inputs cannot make it backtrack for long.
    const oldRegExp = (p: string): RegExp =>
      new RegExp(
        `^${p
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
        'i',
      );
    const alphabet = ['a', 'A', 'b', '.', '/', '?', '\u00df', '\u212a', 'k', '\u017f', 's'];
    let seed = 17;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (chars: readonly string[], max: number): string =>
      Array.from({ length: next(max + 1) }, () => chars[next(chars.length)]).join('');
    for (let i = 0; i < 5000; i++) {
      const pattern = word([...alphabet, '*', '*'], 6) || '*';
      const text = word(alphabet, 8);
      expect(anyGlob([pattern])(text), `${pattern} ~ ${text}`).toBe(oldRegExp(pattern).test(text));
    }
  });

  it('stays fast on many-star patterns against long texts that almost match', () => {
    const cases: [string, string][] = [
      ['https://cdn.example.com/*/*/*/*.map', `https://cdn.example.com/${'a/'.repeat(990)}x`],
      ['*.*.*.*.*.*.x', `${'a.'.repeat(1000)}y`],
      ['*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000)],
    ];
    for (const [pattern, text] of cases) {
      const m = anyGlob([pattern]);
      const start = performance.now();
      expect(m(text)).toBe(false);
      expect(performance.now() - start).toBeLessThan(20);
    }
  });
});
