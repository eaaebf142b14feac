/**
 * explain() over the whole knowledge base in either language, for Node: tests, benches and tools.
 * The popup does not use it: it loads the rules and only the UI language's words (popup/explained.ts).
 */
import { type Explanation, explain as explainWith } from './assemble';
import { details } from './meaning-details';
import { rules } from './rules-data';
import type { Lang, Observation } from './types';
import { words as en } from './words-en';
import { words as ru } from './words-ru';

export function explain(obs: Observation, lang: Lang = 'en', now?: number): Explanation {
  return explainWith(obs, { rules, details, words: lang === 'ru' ? ru : en, lang }, now);
}
