/** Retry-After (RFC 9110 §10.2.3): either a number of seconds or an HTTP date. */

export interface RetryAfter {
  readonly raw: string;
  /** Seconds to wait, counted from when the response arrived. */
  readonly seconds: number;
  /** The moment retrying makes sense, as epoch milliseconds. */
  readonly at: number;
  readonly form: 'seconds' | 'date';
}

/** Reads a Retry-After value; anything unreadable (or absurd) yields undefined. */
export function parseRetryAfter(value: string, receivedAt: number): RetryAfter | undefined {
  const raw = value.trim().slice(0, 100);
  if (/^\d{1,10}$/.test(raw)) {
    const seconds = Number(raw);
    return { raw, seconds, at: receivedAt + seconds * 1000, form: 'seconds' };
  }
  if (!/^[A-Za-z]{3},? /.test(raw)) return undefined;
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return { raw, seconds: Math.max(0, Math.round((at - receivedAt) / 1000)), at, form: 'date' };
}
