/**
 * The rules the worker decides its list digests with (see workerRulesOf). The build (precompute in
 * vite.config.ts) writes them to a JSON file that this function fetches: the worker's script stays small,
 * and it reads them while its saved journal loads, after its listeners are registered.
 */
import { authored } from './authored';
import { type Rules, workerRulesOf } from './rules';

export const workerRulesFile = async (): Promise<Rules> => workerRulesOf(authored);
