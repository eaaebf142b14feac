import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Rewrites the background script the manifest names (the loader the build writes, which imports the
 * worker's chunks) as one module with everything it imports inlined.
 *
 * Why: the worker starts again after every idle spell, and each module it imports is one more file to
 * fetch and instantiate before its listeners are registered. The chunks stay, for the pages that share them.
 */
export function singleFileWorker(): Plugin {
  return {
    name: 'statuscope:single-file-worker',
    apply: 'build',
    enforce: 'post',
    async writeBundle(options) {
      const dir = options.dir;
      if (!dir) throw new Error('single-file-worker: the build has no output directory');
      await inlineWorker(dir);
    },
  };
}

/** Inlines the imports of the background script of the extension in `dir`, in place. */
export async function inlineWorker(dir: string): Promise<void> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: readonly string[] };
  };
  const script = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (!script) throw new Error('single-file-worker: the manifest names no background script');
  const file = join(dir, script);
  await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  });
}
