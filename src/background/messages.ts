/** Answers the requests of the extension's own pages (shared/messages.ts). */
import { isMessage, type Reply } from '../shared/messages';
import { health } from './health';
import type { Journal } from './journal';
import type { Persistence } from './persistence';

/** This extension: `runtime.id`, and `runtime.getURL('')` (chrome-extension://<id>/, moz-extension://<uuid>/). */
export interface OwnExtension {
  readonly id: string;
  readonly baseUrl: string;
}

/** What the browser tells about a message's sender (runtime.MessageSender), as far as the check below reads it. */
export interface Sender {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly url?: string };
}

/**
 * Whether a message comes from one of the extension's own pages (popup, full-page view, options), the
 * only ones that may make the worker clear its log or report on it. Anything else is refused: another
 * extension, a content script (its `url` is the web page's), and our own page framed by a web page
 * (its tab shows the web page). A tab whose URL the browser does not tell us is judged by `url` alone.
 */
export function fromOwnPage(sender: Sender, own: OwnExtension): boolean {
  const ours = (url: string | undefined): boolean => url?.startsWith(own.baseUrl) === true;
  if (sender.id !== own.id || !ours(sender.url)) return false;
  return sender.tab?.url === undefined || ours(sender.tab.url);
}

export async function handleMessage(
  message: unknown,
  sender: Sender,
  own: OwnExtension,
  journal: Journal,
  persistence: Pick<Persistence, 'flush'>,
): Promise<Reply> {
  if (!fromOwnPage(sender, own) || !isMessage(message)) return { ok: false };
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
