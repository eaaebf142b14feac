import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { format } from './format-message';

type Table = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const placeholders = (m: string): string[] => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]!).sort();

describe('UI strings', () => {
  it('uses only the characters browsers accept in message names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('every English string has a Russian one and the other way round', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: both languages filled, same placeholders, Russian in Cyrillic', (key) => {
    const e = (en as Table)[key]!;
    const r = (ru as Table)[key]!;
    expect(e.message.trim()).not.toBe('');
    expect(r.message.trim()).not.toBe('');
    expect(placeholders(r.message)).toEqual(placeholders(e.message));
    for (const p of placeholders(e.message)) expect(e.placeholders?.[p.toLowerCase()]?.content).toMatch(/^\$\d$/);
    if (
      /[A-Za-z]{4,}/.test(
        e.message.replace(
          /\$[A-Z_]+\$|Statuscope|HAR|JSON|URL|CSP|IP|CDN|API|favicon|HTTP|Not Modified|ads|example|tracker|test|https|English/g,
          '',
        ),
      )
    ) {
      expect(r.message).toMatch(/[а-яё]/i);
    }
  });

  it('every message key the code uses exists', () => {
    const src = [
      'src/popup/App.tsx',
      'src/popup/EntryItem.tsx',
      'src/popup/Details.tsx',
      'src/popup/Lookup.tsx',
      'src/options/Options.tsx',
      'src/background/badge-title.ts',
    ]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const used = [...src.matchAll(/msg\('([A-Za-z_-]+)'/g)].map((m) => m[1]!);
    for (const key of used) expect(Object.keys(en), key).toContain(key);
  });

  it('formats placeholders like browser.i18n', () => {
    expect(
      format({ message: 'Tab $ID$ of $N$', placeholders: { id: { content: '$1' }, n: { content: '$2' } } }, ['3', '9']),
    ).toBe('Tab 3 of 9');
    expect(format(undefined, [])).toBeUndefined();
  });
});
