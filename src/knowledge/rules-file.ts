/**
 * The rules the worker explains responses with (see workerRulesOf), but for the failure names it carries
 * itself (network-error-rules.ts). The build (precompute in vite.config.ts) writes them to a JSON file that
 * this function fetches: the worker's script stays small, and a worker that sees no failing response never
 * reads them.
 */
import { authored } from './authored';
import { type Rules, workerRulesOf } from './rules';

export const workerRulesFile = async (): Promise<Omit<Rules, 'networkErrors'>> => {
  const { networkErrors: _, ...rules } = workerRulesOf(authored);
  return rules;
};
