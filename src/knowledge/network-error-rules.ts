/**
 * The failure names the worker needs as each event arrives (is it a cancel? is it noise?) and to explain a
 * failure, small enough to carry in its script; the build (precompute) writes them as a literal.
 */
import { authored } from './authored';
import { type NetworkErrorRule, rulesOf } from './rules';

export const networkErrorRules: readonly NetworkErrorRule[] = rulesOf(authored).networkErrors;
