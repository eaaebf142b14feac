/**
 * The rules (rulesOf) but for the failure names the worker carries itself (network-error-rules.ts). The
 * build (precompute in vite.config.ts) writes them to one JSON file that this function fetches, for the
 * worker and the pages alike: the worker's script stays small, a worker that sees no failing response never
 * reads them, and the package holds them once.
 */
import { authored } from './authored';
import { type Rules, rulesOf } from './rules';

export const rulesFile = async (): Promise<Omit<Rules, 'networkErrors'>> => {
  const { networkErrors: _, ...rules } = rulesOf(authored);
  return rules;
};
