/** Every meaning's source and reach, for the popup; the build replaces this module by the computed table. */
import { authored } from './authored';
import { detailsOf } from './rules';

export const details = detailsOf(authored);
