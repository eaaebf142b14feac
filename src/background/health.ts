/**
 * What went wrong inside the worker since it started: errors in event handling and failed storage
 * writes are counted here instead of vanishing, and reported by the 'ping' message (tests read it).
 */
export interface Health {
  errors: number;
  lastError?: string;
}

export const health: Health = { errors: 0 };

export function noteError(e: unknown): void {
  health.errors += 1;
  health.lastError = String((e as Error)?.message ?? e).slice(0, 300);
}
