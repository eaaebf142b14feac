import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { normalizePath, type Plugin } from 'vite';
import { reviveRegExps, toJson } from './to-json.ts';
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
 * first call: data a module needs only sometimes then costs nothing when it loads. One that returns a
 * promise becomes a JSON file, `knowledge/<module>.json` in the extension, that the function fetches on its
 * first call: data needed soon but not at once (the worker's rules) then costs the worker's start nothing,
 * and JSON parses faster than the same data written as code.
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
        const { code, inputs } = await evaluate(file, (name, source) =>
          this.emitFile({ type: 'asset', fileName: name, source }),
        );
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
async function evaluate(
  file: string,
  emit: (fileName: string, source: string) => void,
): Promise<{ code: string; inputs: string[] }> {
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
  const code: string[] = [];
  for (const [name, value] of Object.entries(exports)) {
    if (name === 'default') {
      code.push(`export default ${toSource(value, name)};\n`);
      continue;
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`the export name ${JSON.stringify(name)} is not supported`);
    // A function without parameters stays one, made once on its first call: its data costs nothing at load.
    if (typeof value === 'function' && value.length === 0) {
      const made: unknown = value();
      if (made instanceof Promise) {
        const fileName = `knowledge/${basename(file).replace(/\.[cm]?[jt]sx?$/, '')}.json`;
        emit(fileName, toJson(await made, name));
        code.push(fetched(name, fileName));
        continue;
      }
      code.push(`let ${name}$made;\nexport const ${name} = () => (${name}$made ??= ${toSource(made, name)});\n`);
      continue;
    }
    code.push(`export const ${name} = ${toSource(value, name)};\n`);
  }
  const inputs = Object.keys(bundled.metafile.inputs).map((input) => resolve(input));
  return { code: code.join(''), inputs };
}

/**
 * An export that fetches its data file from the extension's root (the path resolves against the worker's or
 * the page's own extension URL in both browsers) on its first call; a failed read is tried again next call.
 */
function fetched(name: string, fileName: string): string {
  return `let ${name}$made;
export const ${name} = () => (${name}$made ??= fetch(${JSON.stringify(`/${fileName}`)})
  .then((r) => { if (!r.ok) throw new Error(\`${fileName}: \${r.status}\`); return r.text(); })
  .then((text) => JSON.parse(text, ${reviveRegExps}))
  .catch((error) => { ${name}$made = undefined; throw error; }));
`;
}
