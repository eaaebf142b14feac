import { toSource } from './to-source.ts';

/**
 * Writes constant data as JSON that `reviveRegExps` (see fromJson) turns back into an equal value: the
 * precompute plugin's data files. The values accepted are to-source.ts's (it checks them and names what is
 * wrong); a regular expression becomes a string marked by a leading U+0000, then its flags, a slash and its
 * source. A string of the data that starts with U+0000 would read back as a pattern, so it is refused.
 */
export function toJson(value: unknown, path = 'value'): string {
  toSource(value, path);
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RegExp) return `\u0000${v.flags}/${v.source}`;
    if (typeof v === 'string' && v.startsWith('\u0000')) {
      throw new Error(`cannot serialise ${path}: a string starting with U+0000 would read back as a pattern`);
    }
    return v;
  });
}

/** The JSON.parse reviver that undoes toJson's patterns, as source for the module that reads the file. */
export const reviveRegExps =
  "(_k, v) => typeof v === 'string' && v.charCodeAt(0) === 0 ? new RegExp(v.slice(v.indexOf('/') + 1), v.slice(1, v.indexOf('/'))) : v";
