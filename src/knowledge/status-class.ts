/** The class of a status number: 4xx, 5xx, or outside the HTTP range. */
import type { StatusClass } from './types';

export function classOf(code: number): StatusClass {
  if (!Number.isInteger(code)) return 'unknown';
  if (code >= 100 && code <= 199) return 'informational';
  if (code >= 200 && code <= 299) return 'success';
  if (code >= 300 && code <= 399) return 'redirect';
  if (code >= 400 && code <= 499) return 'client-error';
  if (code >= 500 && code <= 599) return 'server-error';
  return 'unknown';
}
