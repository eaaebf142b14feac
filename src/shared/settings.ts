/**
 * The person's settings, kept in storage.sync (settings only, never browsing data). Anything read back
 * is validated field by field, so a damaged or foreign value falls back to the default.
 */
import type { Lang } from '../knowledge/types';
import { caps } from './caps';
import { anyGlob } from './glob';
import { listedKinds, type ListedKind } from './kinds';

export type Theme = 'system' | 'light' | 'dark';

export interface NoiseRules {
  /** Requests cancelled by the page or the person (net::ERR_ABORTED, NS_BINDING_ABORTED). */
  readonly aborted: boolean;
  /** 304 Not Modified answers to the page's own conditional requests. */
  readonly notModified: boolean;
  /** A missing favicon. */
  readonly favicon: boolean;
  /** Beacons, pings and CSP reports. */
  readonly beacons: boolean;
}

export interface Settings {
  /** true = hide that kind of noise. */
  readonly noise: NoiseRules;
  /** Hosts or URL patterns never recorded: "ads.example.com", "*.tracker.test", "https://a.test/api/*". */
  readonly ignore: readonly string[];
  /** Which kinds the toolbar badge counts. */
  readonly badgeKinds: readonly ListedKind[];
  /** Page loads kept per tab (1 to the cap). */
  readonly pagesPerTab: number;
  readonly theme: Theme;
  readonly language: 'auto' | Lang;
}

export const defaultSettings: Settings = {
  noise: { aborted: true, notModified: true, favicon: true, beacons: true },
  ignore: [],
  badgeKinds: listedKinds,
  pagesPerTab: 3,
  theme: 'system',
  language: 'auto',
};

export const SETTINGS_KEY = 'settings';
const MAX_IGNORE = 200;

const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);

/** Reads a stored value into valid settings; unknown or broken fields keep their defaults. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const n = (typeof r.noise === 'object' && r.noise !== null ? r.noise : {}) as Record<string, unknown>;
  const d = defaultSettings;
  const pages =
    typeof r.pagesPerTab === 'number' && Number.isInteger(r.pagesPerTab)
      ? Math.min(caps.pagesPerTab, Math.max(1, r.pagesPerTab))
      : d.pagesPerTab;
  return {
    noise: {
      aborted: bool(n.aborted, d.noise.aborted),
      notModified: bool(n.notModified, d.noise.notModified),
      favicon: bool(n.favicon, d.noise.favicon),
      beacons: bool(n.beacons, d.noise.beacons),
    },
    ignore: Array.isArray(r.ignore)
      ? r.ignore
          .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
          .map((x) => x.trim().slice(0, 300))
          .slice(0, MAX_IGNORE)
      : d.ignore,
    badgeKinds: Array.isArray(r.badgeKinds)
      ? listedKinds.filter((k) => (r.badgeKinds as unknown[]).includes(k))
      : d.badgeKinds,
    pagesPerTab: pages,
    theme: r.theme === 'light' || r.theme === 'dark' || r.theme === 'system' ? r.theme : d.theme,
    language: r.language === 'en' || r.language === 'ru' || r.language === 'auto' ? r.language : d.language,
  };
}

/**
 * A pattern without "/" is matched against the host ("*.tracker.test"), one with "/" against the whole URL
 * ("https://a.test/api/*"); "*" is a wildcard, case is ignored (shared/glob.ts).
 */
export function ignoreMatcher(patterns: readonly string[]): (url: string, host: string) => boolean {
  const hostMatch = anyGlob(patterns.filter((p) => !p.includes('/')));
  const urlMatch = anyGlob(patterns.filter((p) => p.includes('/')));
  return (url, host) => hostMatch(host) || urlMatch(url);
}
