import type { ErrorPage } from './page';

const escaped = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The document a browser builds for a page: a text/plain body is shown inside <body><pre> (Chromium's wrapper is
 * below; Firefox's differs only in its head), an HTML body as it is. Envoy's and Traefik's replies are plain text.
 */
export function shownAs(page: Pick<ErrorPage, 'headers' | 'html'>): string {
  const type = page.headers['content-type'] ?? 'text/html';
  if (!/^text\/plain\b/i.test(type)) return page.html;
  return `<html><head><meta name="color-scheme" content="light dark"></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">${escaped(page.html)}</pre></body></html>`;
}
