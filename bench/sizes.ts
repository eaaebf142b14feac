/** Which built files each part of the extension loads, and their sizes (raw and gzip -9). */
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}

export const sizeOf = (dist: string, file: string): FileSize => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};

/** The JS the popup page loads before its first paint: its entry script and its module preloads. */
export function popupFirstPaintFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].flatMap((m) => m[1] ?? []);
}

/**
 * The specifiers of a built module's static imports: `import … from '…'`, `import '…'`, `export … from '…'`.
 * Not `import(…)`, which loads nothing until it runs. The build writes only relative or root-relative ones.
 */
const STATIC_IMPORT = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{][^;'"`()]*?from\s*)?["']((?:\.{1,2})?\/[^"']+)["']/g;

/**
 * The scripts the Chrome service worker loads before its first event: the manifest's worker script (a
 * loader that imports the real entry, as the build writes it) and every module it imports statically,
 * however deep, each once. Paths are relative to `dist`.
 */
export function workerFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const entry = manifest.background?.service_worker;
  if (!entry) throw new Error(`${dist} has no background service worker`);
  const seen = new Set<string>();
  const todo = [posix.normalize(entry)];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec)
        todo.push(spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.join(posix.dirname(file), spec));
    }
  }
  return [...seen];
}

/**
 * The rules the worker reads when it first explains a response (knowledge/rules-file.json, which the
 * precompute plugin writes), in KB. Not the files read only when the address-bar keyword is used.
 */
export const workerRulesKb = (dist: string): number => statSync(join(dist, 'knowledge', 'rules-file.json')).size / 1024;

/** What the Chrome service worker loads before its first event, in KB of built (minified) JS. */
export const workerJsKb = (dist: string): number =>
  workerFiles(dist).reduce((n, f) => n + statSync(join(dist, f)).size, 0) / 1024;
