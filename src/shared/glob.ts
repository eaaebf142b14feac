/**
 * The ignore list's patterns: `*` stands for any run of characters, every other character for itself,
 * and case is ignored. No RegExp is built from a pattern: `.*` per star backtracks, so a pattern with a
 * few stars let a page's long URL hold the worker for seconds. Here the parts between the stars are
 * found in order, each at its leftmost place, which is the right answer for `*`-only patterns: a text is
 * scanned about once per part, never re-tried star by star.
 */

const nonAscii = /[\u0080-\uffff]/;

/**
 * One code unit, compared as a case-insensitive (non-Unicode) RegExp compares it, so patterns match
 * what they matched while they were RegExps: upper-cased, unless that takes more than one unit or turns
 * a non-ASCII character into an ASCII one (the Kelvin sign stays apart from K).
 */
function foldUnit(ch: string): string {
  const up = ch.toUpperCase();
  return up.length === 1 && !(ch >= '\x80' && up < '\x80') ? up : ch;
}

/** The text as every pattern compares it. URLs and hosts are ASCII, where this is plain upper-casing. */
function fold(s: string): string {
  if (!nonAscii.test(s)) return s.toUpperCase();
  let out = '';
  for (let i = 0; i < s.length; i++) out += foldUnit(s.charAt(i));
  return out;
}

/** Whether `text` (folded) is `first`, then `middle` in order, then `last`, with anything between. */
function matchParts(text: string, first: string, middle: readonly string[], last: string): boolean {
  const end = text.length - last.length;
  if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  for (const part of middle) {
    const found = text.indexOf(part, at);
    // The leftmost place leaves the most room to the rest; if it runs into the suffix, every later one does.
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * One test for a list of patterns: true when any of them matches the whole text. The text is folded
 * once per call, not per pattern. (Unlike the RegExp `.*` it replaced, `*` also spans line breaks; a URL
 * or host as the browser reports it never has one.)
 */
export function anyGlob(patterns: readonly string[]): (text: string) => boolean {
  if (!patterns.length) return () => false;
  const exact = new Set<string>();
  const starred: { first: string; middle: string[]; last: string }[] = [];
  for (const p of patterns) {
    const parts = fold(p).split('*');
    const first = parts[0] ?? '';
    if (parts.length === 1) exact.add(first);
    else starred.push({ first, middle: parts.slice(1, -1).filter(Boolean), last: parts[parts.length - 1] ?? '' });
  }
  return (text) => {
    const t = fold(text);
    return exact.has(t) || starred.some((g) => matchParts(t, g.first, g.middle, g.last));
  };
}
