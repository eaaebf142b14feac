/** What the extension's own pages (popup, full-page view, options) ask the worker, and what it answers. */

export type Message = { readonly type: 'clear'; readonly tabId?: number } | { readonly type: 'ping' };

export function isMessage(m: unknown): m is Message {
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
