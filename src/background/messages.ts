/** Requests from the extension's own pages (popup, full-page view, options) to the worker. */
import { health } from './health';
import type { Journal } from './journal';
import type { Persistence } from './persistence';

export type Message = { readonly type: 'clear'; readonly tabId?: number } | { readonly type: 'ping' };

function isMessage(m: unknown): m is Message {
  if (typeof m !== 'object' || m === null) return false;
  const type = (m as { type?: unknown }).type;
  return type === 'clear' || type === 'ping';
}

export interface Reply {
  readonly ok: boolean;
  readonly entries?: number;
  readonly errors?: number;
  readonly lastError?: string;
}

export async function handleMessage(
  message: unknown,
  journal: Journal,
  persistence: Pick<Persistence, 'flush'>,
): Promise<Reply> {
  if (!isMessage(message)) return { ok: false };
  if (message.type === 'clear') {
    journal.clear(typeof message.tabId === 'number' ? message.tabId : undefined);
    await persistence.flush();
  }
  return {
    ok: true,
    entries: journal.entryCount(),
    errors: health.errors,
    ...(health.lastError ? { lastError: health.lastError } : {}),
  };
}
