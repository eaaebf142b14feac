/** The words in Russian, by id; the build replaces this module by the computed dictionary. */
import { authored } from './authored';
import { wordsOf } from './rules';

export const words = wordsOf(authored, 'ru');
