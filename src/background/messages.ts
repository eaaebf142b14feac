/** Answers the requests of the extension's own pages (shared/messages.ts). */
import { isMessage, type Reply } from '../shared/messages';
import { health } from './health';
import type { Journal } from './journal';
import type { Persistence } from './persistence';

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
