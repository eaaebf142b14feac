/**
 * The rules the worker decides its list digests with (see workerRulesOf). Computed here from the
 * authored files; the build (precompute in vite.config.ts) replaces this module by the computed data.
 */
import { authored } from './authored';
import { workerRulesOf } from './rules';

export const rules = workerRulesOf(authored);
