/**
 * The rules the worker decides its list digests with (see workerRulesOf), made on first use rather than
 * when the worker starts: a restarted worker hands over its first events before it needs them. The build
 * (precompute in vite.config.ts) replaces the computation by the computed data.
 */
import { authored } from './authored';
import { type Rules, workerRulesOf } from './rules';

let made: Rules | undefined;

export const workerRules = (): Rules => {
  made ??= workerRulesOf(authored);
  return made;
};
