/** The words in Russian, in the order of word-ids.ts; the build replaces this module by the computed list. */
import { authored } from './authored';
import { wordListOf } from './rules';

export const words = wordListOf(authored, 'ru');
