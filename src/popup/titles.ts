/** The meanings' titles for the list, in the UI language only: the other language's are never loaded. */
import type { Dictionary } from '../knowledge/rules';
import type { Lang } from '../knowledge/types';
import type { Digest } from '../shared/log';

export const titlesIn = async (lang: Lang): Promise<Dictionary> =>
  lang === 'ru' ? (await import('../knowledge/titles-ru')).titles : (await import('../knowledge/titles-en')).titles;

/** A meaning's title; its id where the table has none (a meaning added after the entry was stored). */
export const titleIn = (titles: Dictionary, meaningId: string): string => titles[meaningId] ?? meaningId;

/** An entry's title in the list: the exact error its error page names, else its meaning's. */
export const entryTitle = (titles: Dictionary, digest: Pick<Digest, 'meaningId' | 'named'>): string =>
  (digest.named && titles[digest.named]) || titleIn(titles, digest.meaningId);
