/** Which observations are noise under the person's rules: not recorded, not counted. */
import { findNetworkError } from '../knowledge/network-lookup';
import { networkErrorRules } from '../knowledge/network-error-rules';
import { urlParts } from '../knowledge/match';
import type { Observation } from '../knowledge/types';
import { ignoreMatcher, type Settings } from './settings';

const beaconTypes = new Set(['ping', 'beacon', 'csp_report']);

export function noiseFilter(settings: Settings): (obs: Observation) => boolean {
  const ignored = ignoreMatcher(settings.ignore);
  const { noise } = settings;
  return (obs) => {
    if (noise.aborted && obs.error !== undefined && findNetworkError(networkErrorRules, obs.error)?.noise === true)
      return true;
    if (noise.notModified && obs.statusCode === 304) return true;
    if (noise.beacons && beaconTypes.has(obs.type)) return true;
    const { host, path } = urlParts(obs.url);
    if (noise.favicon && (obs.statusCode ?? 0) >= 400 && /\/favicon[^/]*$/i.test(path)) return true;
    return ignored(obs.url, host);
  };
}
