import type { Lang, Text } from '../knowledge/types';

/** A bilingual text in `lang`, or in English where that language is missing. */
export const pick = (text: Text, lang: Lang): string => text[lang] || text.en;
