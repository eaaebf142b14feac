/** The first half of a surrogate pair: a cut right after it would leave it alone. */
export const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Shortens a long string in the middle, keeping its start (scheme, host) and its end (file name).
 * Neither cut falls between the halves of a surrogate pair.
 */
export function elideMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const split = Math.ceil(keep * 0.6);
  let head = split;
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  let tail = text.length - (keep - split);
  if (isLow(text.charCodeAt(tail))) tail++;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}

/** The host of a URL, or the text itself when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}
