import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * Rewrites the background script the manifest names (the loader the build writes, which imports the
 * worker's chunks) as one module with everything it imports inlined.
 *
 * Why: the worker starts again after every idle spell, and each module it imports is one more file to
 * fetch and instantiate before its listeners are registered. The chunks the pages share stay; those only the
 * worker loaded are deleted.
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
  const { metafile } = await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
  });
  // The modules it inlined, however deep (the dynamically imported ones too), but itself.
  const inlined = Object.keys(metafile.inputs)
    .map((input) => join(process.cwd(), input))
    .filter((input) => relative(input, file) !== '');
  // What the pages load, directly or through what they load, stays; the rest of the worker's modules go.
  const files = await filesUnder(dir);
  const kept = await reachedFrom(
    files.filter((f) => f !== file && (f.endsWith('.html') || f.endsWith('manifest.json'))),
    files.filter((f) => /\.(js|css|json)$/.test(f) && f !== file),
  );
  for (const chunk of inlined) if (!kept.has(chunk)) await rm(chunk);
}

/** The files of `candidates` that `roots` name, directly or through files they name (by file name). */
async function reachedFrom(roots: readonly string[], candidates: readonly string[]): Promise<Set<string>> {
  const reached = new Set<string>();
  const todo = [...roots];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    const text = await readFile(f, 'utf8');
    for (const c of candidates) {
      if (reached.has(c) || !text.includes(basename(c))) continue;
      reached.add(c);
      todo.push(c);
    }
  }
  return reached;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
