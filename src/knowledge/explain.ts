/**
 * explain() over the whole knowledge base in either language, for Node: tests, benches and tools.
 * The popup does not use it: it loads the rules and only the UI language's words (popup/explained.ts).
 */
import { type Explanation, explain as explainWith } from './assemble';
import { details } from './meaning-details';
import { dictionaryOf, unpackIds } from './rules';
import { rules } from './rules-data';
import type { Lang, Observation } from './types';
import { titles as enTitles } from './titles-en';
import { titles as ruTitles } from './titles-ru';
import { packedWordIds } from './word-ids';
import { words as enList } from './words-en';
import { words as ruList } from './words-ru';

const wordIds = unpackIds(packedWordIds);
const en = dictionaryOf(wordIds, enList, enTitles);
const ru = dictionaryOf(wordIds, ruList, ruTitles);

export function explain(obs: Observation, lang: Lang = 'en', now?: number): Explanation {
  return explainWith(obs, { rules, details, words: lang === 'ru' ? ru : en, lang }, now);
}
