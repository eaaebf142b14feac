/**
 * Reading an error page for the markers the vendor files declare (page signals). The worker sends
 * `pageMarkers(rules)` with `readMarkers` into the frame that shows an error document; only what it
 * returns, each matched marker's id and short captured value, ever leaves the page.
 */
import { cachedFor } from './maps';
import type { Rules } from './rules';
import type { PageFind } from './types';

/** A page signal as it travels into the page: plain JSON, its pattern as source and flags. */
export interface WireMarker {
  /** "<vendor>.<fingerprint>". */
  readonly id: string;
  readonly in: string;
  readonly attr?: string;
  readonly source: string;
  readonly flags: string;
}

const wireCache = new WeakMap<Rules, readonly WireMarker[]>();

/** Every page signal of every vendor, in registry order. */
export function pageMarkers(rules: Rules): readonly WireMarker[] {
  return cachedFor(wireCache, rules, ({ vendors }) =>
    vendors.flatMap((vendor) =>
      vendor.fingerprints.flatMap(({ id, signal }) =>
        signal.kind === 'page'
          ? [
              {
                id: `${vendor.id}.${id}`,
                in: signal.in,
                ...(signal.attr ? { attr: signal.attr } : {}),
                source: signal.text.source,
                flags: signal.text.flags,
              },
            ]
          : [],
      ),
    ),
  );
}

/**
 * What `readMarkers` reads at most: each pattern sees `text` characters of at most `elements` elements, so
 * matching costs the same on a page of any size; a captured value is cut to `value` characters.
 */
export interface PageLimits {
  readonly text: number;
  readonly elements: number;
  readonly value: number;
}

export const PAGE_LIMITS: PageLimits = { text: 600, elements: 20, value: 64 };

/**
 * Runs in the page (scripting.executeScript), so it uses nothing from outside its own body: what it needs
 * comes as arguments. Returns the markers found, or null when the frame shows another document than the one
 * at `url` (it has not committed the error document yet, or has moved on).
 */
export function readMarkers(markers: readonly WireMarker[], url: string, limits: PageLimits): PageFind[] | null {
  const withoutFragment = (u: string): string => u.split('#', 1)[0] ?? '';
  if (withoutFragment(location.href) !== withoutFragment(url)) return null;
  const found: PageFind[] = [];
  for (const marker of markers) {
    let pattern: RegExp;
    let elements: NodeListOf<Element>;
    try {
      pattern = new RegExp(marker.source, marker.flags);
      elements = document.querySelectorAll(marker.in);
    } catch {
      continue;
    }
    const count = Math.min(elements.length, limits.elements);
    for (let i = 0; i < count; i++) {
      const element = elements[i];
      const raw = (marker.attr ? element?.getAttribute(marker.attr) : element?.textContent) ?? '';
      const text = raw
        .slice(0, limits.text * 4)
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, limits.text);
      const match = pattern.exec(text);
      if (!match) continue;
      const value = match[1];
      found.push(value ? { id: marker.id, value: value.slice(0, limits.value) } : { id: marker.id });
      break;
    }
  }
  return found;
}
