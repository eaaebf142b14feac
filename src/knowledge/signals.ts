/** Short constructors for fingerprint signals, so vendor files read like tables. */
import type { PageSignal, Signal } from './types';

/** Presence of a header, or a header whose whole value matches `value`. */
export const header = (name: string, value?: RegExp): Signal =>
  value ? { kind: 'header', name: name.toLowerCase(), value } : { kind: 'header', name: name.toLowerCase() };

/** The Server header naming a product. */
export const server = (value: RegExp): Signal => header('server', value);

/** The Via header naming a hop. */
export const via = (value: RegExp): Signal => header('via', value);

/** A cookie the response sets, by name (values are never seen). */
export const cookie = (name: RegExp): Signal => ({ kind: 'cookie', name });

export const host = (pattern: RegExp): Signal => ({ kind: 'host', pattern });

export const path = (pattern: RegExp): Signal => ({ kind: 'path', pattern });

/** The status line's reason phrase, for a product's own wording ("first byte timeout"). */
export const reason = (pattern: RegExp): Signal => ({ kind: 'reason', pattern });

/**
 * A mark on the product's own error page: `text` tested against the text (or attribute `attr`) of the elements
 * `selector` picks, where the product puts it; `decodes` names the vendor's decoder that reads the captured value.
 */
export const onPage = (
  selector: string,
  text: RegExp,
  options: Pick<PageSignal, 'attr' | 'decodes'> = {},
): PageSignal => ({ kind: 'page', in: selector, text, ...options });
