/**
 * The worker's rules: the failure names it carries, and the rest once read (worker-rules-file.ts). An
 * entry is explained when it is first written, after loadWorkerRules has settled; if the file cannot be
 * read, a response still gets the meaning of its status class rather than none.
 */
import { networkErrorRules } from './network-error-rules';
import type { Rules } from './rules';
import { workerRulesFile } from './worker-rules-file';

const unread: Rules = { vendors: [], standard: [], networkErrors: networkErrorRules };
let loaded: Rules | undefined;

export async function loadWorkerRules(): Promise<Rules> {
  loaded ??= { ...(await workerRulesFile()), networkErrors: networkErrorRules };
  return loaded;
}

export const workerRules = (): Rules => loaded ?? unread;
