import type { Text } from './types';

/** Builds a bilingual sentence; keeps the data files terse. */
export const t = (en: string, ru: string): Text => ({ en, ru });
