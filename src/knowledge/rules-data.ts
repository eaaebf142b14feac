/**
 * The rules the worker decides with. Computed here from the authored files; the build (precompute in
 * vite.config.ts) replaces this module by the computed data, so the worker carries no prose.
 */
import { authored } from './authored';
import { rulesOf } from './rules';

export const rules = rulesOf(authored);
