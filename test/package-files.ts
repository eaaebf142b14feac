/**
 * The extension's pages fetch files of their own package by a root-relative path (the message files in
 * public/_locales). Node has no such origin: tests read them from public/ instead.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const realFetch = globalThis.fetch;
// Tests run from the project's root (a module's own URL is not a file's under happy-dom).
const publicDir = join(process.cwd(), 'public');

globalThis.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith('/_locales/')) return realFetch(input, init);
  try {
    return new Response(await readFile(join(publicDir, url.slice(1)), 'utf8'));
  } catch {
    return new Response('', { status: 404 });
  }
};
