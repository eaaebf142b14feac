/** The knowledge base as it is written: every vendor file, the standard codes and failures, with their words. */
import { classWords } from './classes';
import { networkErrors, unknownFailure } from './network-errors';
import { phrases } from './phrases';
import type { Authored } from './rules';
import { standardCodes } from './standard';
import { vendors } from './vendors';
import { warningCodes } from './warnings';

export const authored: Authored = {
  vendors,
  standard: standardCodes,
  networkErrors,
  classes: classWords,
  unknownFailure,
  warnings: warningCodes,
  phrases,
};
