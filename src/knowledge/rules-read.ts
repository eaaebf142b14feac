/**
 * The rules once read (rules-file.ts), with the failure names every script carries. The worker explains an
 * entry when it is first written, after readRules has settled; if the file cannot be read, a response still
 * gets the meaning of its status class rather than none.
 */
import { networkErrorRules } from './network-error-rules';
import type { Rules } from './rules';
import { rulesFile } from './rules-file';

const unread: Rules = { vendors: [], standard: [], networkErrors: networkErrorRules };
let loaded: Rules | undefined;

export async function readRules(): Promise<Rules> {
  loaded ??= { ...(await rulesFile()), networkErrors: networkErrorRules };
  return loaded;
}

/** The rules if read already, else the failure names alone. */
export const rulesRead = (): Rules => loaded ?? unread;
