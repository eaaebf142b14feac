import { describe, expect, it } from 'vitest';
import { MAX_WARNING_TEXT, MAX_WARNINGS, parseWarnings, warningCodes } from './warnings';

const expected: readonly [code: number, name: string, section: string][] = [
  [110, 'Response is Stale', '5.5.1'],
  [111, 'Revalidation Failed', '5.5.2'],
  [112, 'Disconnected Operation', '5.5.3'],
  [113, 'Heuristic Expiration', '5.5.4'],
  [199, 'Miscellaneous Warning', '5.5.5'],
  [214, 'Transformation Applied', '5.5.6'],
  [299, 'Miscellaneous Persistent Warning', '5.5.7'],
];

describe('Warning codes', () => {
  it('lists exactly the seven RFC 7234 codes', () => {
    expect(warningCodes.map((w) => w.code)).toEqual(expected.map(([c]) => c));
  });

  it.each(expected)('%i %s: named, explained in both languages, sourced', (code, name, section) => {
    const w = warningCodes.find((x) => x.code === code);
    expect(w).toBeDefined();
    expect(w!.title.en).toBe(name);
    for (const text of [w!.title, w!.summary]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ru).toMatch(/[а-яё]/i);
    }
    expect(w!.source.title).toMatch(/^RFC 7234 §/);
    expect(w!.source.title).toMatch(/RFC 9111/);
    expect(w!.source.url).toBe(`https://www.rfc-editor.org/rfc/rfc7234#section-${section}`);
  });
});

describe('parseWarnings', () => {
  it('reads a single warning', () => {
    expect(parseWarnings('110 anderson/1.3.37 "Response is stale"')).toEqual([
      { code: 110, agent: 'anderson/1.3.37', text: 'Response is stale' },
    ]);
  });

  it('reads several warnings', () => {
    expect(parseWarnings('112 - "cache down" , 214 proxy.example:8080 "Transformation applied"')).toEqual([
      { code: 112, agent: '-', text: 'cache down' },
      { code: 214, agent: 'proxy.example:8080', text: 'Transformation applied' },
    ]);
  });

  it('keeps commas inside quoted text', () => {
    expect(parseWarnings('199 gw "one, two, three",299 gw "four"')).toEqual([
      { code: 199, agent: 'gw', text: 'one, two, three' },
      { code: 299, agent: 'gw', text: 'four' },
    ]);
  });

  it('skips the optional date, even one full of commas', () => {
    const value = '110 cache.example "Response is stale" "Wed, 21 Oct 2015 07:28:00 GMT", 113 - "old"';
    expect(parseWarnings(value)).toEqual([
      { code: 110, agent: 'cache.example', text: 'Response is stale' },
      { code: 113, agent: '-', text: 'old' },
    ]);
  });

  it('unescapes quoted pairs in the text', () => {
    expect(parseWarnings('199 - "say \\"hi\\""')).toEqual([{ code: 199, agent: '-', text: 'say "hi"' }]);
  });

  it.each(['', '   ', ',,,', 'garbage', '"only text"', '12 - "two digits"', '1100 - "four digits"', 'abc def "x"'])(
    'yields nothing for %j',
    (value) => {
      expect(parseWarnings(value)).toEqual([]);
    },
  );

  it('keeps the readable entries around garbage', () => {
    expect(parseWarnings('garbage, 110 - "stale", "loose text, with comma", xyz 1, 299 - "kept"')).toEqual([
      { code: 110, agent: '-', text: 'stale' },
      { code: 299, agent: '-', text: 'kept' },
    ]);
  });

  it('reads what it can from truncated entries', () => {
    expect(parseWarnings('110')).toEqual([{ code: 110, agent: '', text: '' }]);
    expect(parseWarnings('111 agent')).toEqual([{ code: 111, agent: 'agent', text: '' }]);
    expect(parseWarnings('199 agent "unterminated, text')).toEqual([
      { code: 199, agent: 'agent', text: 'unterminated, text' },
    ]);
    expect(parseWarnings('199 "no agent"')).toEqual([{ code: 199, agent: '', text: 'no agent' }]);
  });

  it('never throws on odd characters', () => {
    for (const value of ['"', '\\', '199 - "\\', '199 - "a"b"c"', '\u0000\uFFFF', '110\t-\t"tabs"']) {
      expect(() => parseWarnings(value)).not.toThrow();
    }
    expect(parseWarnings('110\t-\t"tabs"')).toEqual([{ code: 110, agent: '-', text: 'tabs' }]);
  });

  it('caps the number of entries at 20', () => {
    const value = Array.from({ length: 50 }, (_, i) => `199 agent${i} "w${i}"`).join(', ');
    const out = parseWarnings(value);
    expect(MAX_WARNINGS).toBe(20);
    expect(out).toHaveLength(20);
    expect(out[19]).toEqual({ code: 199, agent: 'agent19', text: 'w19' });
  });

  it('caps the text at 200 characters', () => {
    const out = parseWarnings(`199 - "${'x'.repeat(5000)}", 110 - "next"`);
    expect(MAX_WARNING_TEXT).toBe(200);
    expect(out[0]!.text).toHaveLength(200);
    expect(out[1]).toEqual({ code: 110, agent: '-', text: 'next' });
  });

  it('handles a 10 KB value quickly', () => {
    const entry = '214 proxy.example "Transformation applied, images recompressed" "Wed, 21 Oct 2015 07:28:00 GMT"';
    let value = '';
    while (value.length < 10 * 1024) value += (value ? ', ' : '') + entry;
    const started = performance.now();
    const out = parseWarnings(value);
    expect(performance.now() - started).toBeLessThan(100);
    expect(out).toHaveLength(20);
    expect(out.every((w) => w.code === 214 && w.text === 'Transformation applied, images recompressed')).toBe(true);
  });

  it('handles a 10 KB value of unbalanced quotes and commas without throwing', () => {
    const value = '"'.repeat(3000) + ','.repeat(3000) + '\\'.repeat(4240);
    expect(value.length).toBeGreaterThanOrEqual(10 * 1024);
    expect(parseWarnings(value)).toEqual([]);
  });
});
