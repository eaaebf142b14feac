/**
 * The worker's rules once read (see worker-rules-file.ts). The worker handles no event before
 * loadWorkerRules settles; if the file cannot be read, entries are still recorded, with the meaning of
 * their status class or failure alone rather than none.
 */
import type { Rules } from './rules';
import { workerRulesFile } from './worker-rules-file';

const noRules: Rules = { vendors: [], standard: [], networkErrors: [] };
let loaded: Rules | undefined;

export async function loadWorkerRules(): Promise<Rules> {
  loaded ??= await workerRulesFile();
  return loaded;
}

export const workerRules = (): Rules => loaded ?? noRules;
