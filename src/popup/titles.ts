/**
 * The meanings' titles for the list, in both languages, part of the popup's own script: loaded on demand,
 * the table of the UI language held the list's first paint back by a file's fetch after the script ran.
 */
import type { Dictionary } from '../knowledge/rules';
import { titles as en } from '../knowledge/titles-en';
import { titles as ru } from '../knowledge/titles-ru';
import type { Lang } from '../knowledge/types';
import type { Digest } from '../shared/log';

export const titlesIn = (lang: Lang): Dictionary => (lang === 'ru' ? ru : en);

/** A meaning's title; its id where the table has none (a meaning added after the entry was stored). */
export const titleIn = (titles: Dictionary, meaningId: string): string => titles[meaningId] ?? meaningId;

/** An entry's title in the list: the exact error its error page names, else its meaning's. */
export const entryTitle = (titles: Dictionary, digest: Pick<Digest, 'meaningId' | 'named'>): string =>
  (digest.named && titles[digest.named]) || titleIn(titles, digest.meaningId);
