import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes the packaged message files without what only translators read: each message's description, and
 * the indentation. The browsers read the message and its placeholders; the sources in public/ keep the rest.
 */
export function compactLocales(): Plugin {
  return {
    name: 'statuscope:compact-locales',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir) throw new Error('compact-locales: the build has no output directory');
      await compactMessages(join(options.dir, '_locales'));
    },
  };
}

type Messages = Record<string, { description?: string } & Record<string, unknown>>;

export const withoutDescriptions = (messages: Messages): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, { description: _, ...kept }]) => [key, kept]));

/** Every `<lang>/messages.json` under `dir`, rewritten compact. */
export async function compactMessages(dir: string): Promise<void> {
  for (const lang of await readdir(dir)) {
    const file = join(dir, lang, 'messages.json');
    const messages = JSON.parse(await readFile(file, 'utf8')) as Messages;
    await writeFile(file, JSON.stringify(withoutDescriptions(messages)));
  }
}
