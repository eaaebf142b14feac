import { describe, expect, it } from 'vitest';
import { authored } from './authored';
import { dictionaryOf, packIds, titlesOf, unpackIds, wordIdsOf, wordListOf, wordsOf } from './rules';

describe('the words as the package holds them', () => {
  it.each(['en', 'ru'] as const)('give back every word in %s: shared ids, the list, the titles', (lang) => {
    const ids = unpackIds(packIds(wordIdsOf(authored)));
    expect(dictionaryOf(ids, wordListOf(authored, lang), titlesOf(authored, lang))).toEqual(wordsOf(authored, lang));
  });

  it('write a sentence said under several ids once, and no title at all', () => {
    const list = wordListOf(authored, 'en');
    expect(list.some((w) => typeof w === 'number')).toBe(true);
    for (const w of list) if (typeof w === 'number') expect(typeof list[w]).toBe('string');
    const titles = Object.values(titlesOf(authored, 'en'));
    expect(list.filter((w) => typeof w === 'string' && titles.includes(w) && w.length > 30)).toEqual([]);
  });

  it('pack ids by what each shares with the one before', () => {
    const ids = ['std.100.title', 'std.100.summary', 'std.101.title', 'x'];
    expect(packIds(ids)).toBe('0 std.100.title\n8 summary\n6 1.title\n0 x');
    expect(unpackIds(packIds(ids))).toEqual(ids);
  });
});
