/**
 * The address bar's index in Russian (lookup-index.ts). The build writes it to knowledge/lookup-index-ru.json,
 * which this function fetches on its first call; in tests it is computed here.
 */
import messages from '../../public/_locales/ru/messages.json';
import { authored } from './authored';
import { type LookupIndex, lookupIndexOf } from './lookup-index';

export const lookupIndex = async (): Promise<LookupIndex> => lookupIndexOf(authored, 'ru', messages);
