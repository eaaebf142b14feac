/** The words' ids, shared by every language's list, packed; the build replaces this module by the computed text. */
import { authored } from './authored';
import { packIds, wordIdsOf } from './rules';

export const packedWordIds = packIds(wordIdsOf(authored));
