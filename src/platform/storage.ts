/**
 * What storage.session counts against its quota, per browser. Free of extension APIs, so the worker's
 * unit tests and the bench use it too.
 */
import type { BrowserName } from './index';

/** storage.session's quota in both browsers, for when the area does not say (`QUOTA_BYTES`). */
export const SESSION_QUOTA_BYTES = 10_485_760;

/** The length of `text` in UTF-8. */
export function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is two code units and four bytes.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/**
 * The bytes a stored string counts for. Chrome counts the memory it keeps for each key and value: a
 * string's UTF-8 bytes. Firefox counts the string's structured clone: two bytes a code unit once any
 * character is beyond Latin-1 (a producer's name in Russian, a URL's non-Latin path). Every string is
 * counted so here: a Latin-1 log's size is overstated, never a log's understated.
 */
export const storedBytes: Readonly<Record<BrowserName, (text: string) => number>> = {
  chrome: utf8Bytes,
  firefox: (text) => 2 * text.length,
};
