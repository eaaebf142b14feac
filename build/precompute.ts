import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { normalizePath, type Plugin } from 'vite';
import { toSource } from './to-source.ts';

/**
 * Replaces each listed module, in the production build, by the values of its exports written as literals.
 *
 * Why: the service worker needs data computed from the authored knowledge base (rules, word lists), not
 * the authored modules themselves, whose prose would otherwise ship in the worker. A listed module such as
 * `export const rules = rulesOf(authored);` runs as written in tests; in the build it is run once, in Node,
 * and becomes `export const rules = {…};`, so nothing it imported reaches the bundle.
 *
 * An exported function without parameters stays a function that returns its computed value, built on its
 * first call: data a module needs only sometimes then costs nothing when it loads.
 *
 * `modules` are absolute file paths. The values must be plain data (see to-source.ts); anything else,
 * or an error while running the module, fails the build with a message naming the module.
 */
export function precompute(modules: readonly string[]): Plugin {
  const listed = new Set(modules.map((file) => normalizePath(resolve(file))));
  return {
    name: 'statuscope:precompute',
    apply: 'build',
    enforce: 'pre',
    async load(id) {
      const file = id.split('?')[0] ?? id;
      if (!listed.has(file)) return null;
      try {
        const { code, inputs } = await evaluate(file);
        // Rebuild (in `vite build --watch`) when any module that went into the values changes.
        for (const input of inputs) this.addWatchFile(input);
        return code;
      } catch (error) {
        throw new Error(`precompute ${file}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    },
  };
}

/** Runs `file` with everything it imports, in Node, and writes its exports' values as a module. */
async function evaluate(file: string): Promise<{ code: string; inputs: string[] }> {
  const bundled = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const temp = join(tmpdir(), `statuscope-precompute-${randomUUID()}.mjs`);
  let exports: Record<string, unknown>;
  try {
    await writeFile(temp, bundled.outputFiles[0]?.text ?? '');
    exports = await import(pathToFileURL(temp).href);
  } finally {
    await rm(temp, { force: true });
  }
  const code = Object.entries(exports).map(([name, value]) => {
    if (name === 'default') return `export default ${toSource(value, name)};\n`;
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`the export name ${JSON.stringify(name)} is not supported`);
    // A function without parameters stays one, made once on its first call: its data costs nothing at load.
    if (typeof value === 'function' && value.length === 0) {
      return `let ${name}$made;\nexport const ${name} = () => (${name}$made ??= ${toSource(value(), name)});\n`;
    }
    return `export const ${name} = ${toSource(value, name)};\n`;
  });
  const inputs = Object.keys(bundled.metafile.inputs).map((input) => resolve(input));
  return { code: code.join(''), inputs };
}
