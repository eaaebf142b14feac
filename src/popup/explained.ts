/**
 * The full explanation of an entry, loaded on demand: the rules and the words of the UI language are
 * not part of the list's first paint, and the other language's words are never loaded.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Explanation } from '../knowledge/assemble';
import { type Dictionary, dictionaryOf, unpackIds } from '../knowledge/rules';
import type { Lang } from '../knowledge/types';
import type { Entry } from '../shared/log';
import { titlesIn } from './titles';

/** The words of `lang`: its list, the ids every language shares, and its titles (the list has them already). */
export async function wordsIn(lang: Lang): Promise<Dictionary> {
  const [{ packedWordIds }, { words }] = await Promise.all([
    import('../knowledge/word-ids'),
    lang === 'ru' ? import('../knowledge/words-ru') : import('../knowledge/words-en'),
  ]);
  return dictionaryOf(unpackIds(packedWordIds), words, titlesIn(lang));
}

export async function explainEntry(entry: Entry, lang: Lang): Promise<Explanation> {
  const [{ explain }, rules, { details }, words] = await Promise.all([
    import('../knowledge/assemble'),
    import('../knowledge/rules-read').then((m) => m.readRules()),
    import('../knowledge/meaning-details'),
    wordsIn(lang),
  ]);
  return explain(entry.obs, { rules, details, words, lang }, entry.first);
}

export function useExplanation(entry: Entry, lang: Lang): Explanation | undefined {
  const [ex, setEx] = useState<Explanation | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void explainEntry(entry, lang).then((e) => {
      if (alive) setEx(e);
    });
    return () => {
      alive = false;
    };
  }, [entry.id, lang]);
  return ex;
}
