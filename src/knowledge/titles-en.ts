/** The meanings' titles in English, for the popup's list; the build replaces this module by the computed table. */
import { authored } from './authored';
import { titlesOf } from './rules';

export const titles = titlesOf(authored, 'en');
