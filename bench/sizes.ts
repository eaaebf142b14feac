/** Which built files each part of the extension loads, and their sizes (raw and gzip -9). */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
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

/** The JS the popup page loads before its first paint: its entry script and module preloads. */
export function popupFirstPaintFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** The worker's script and every module it imports statically, however deep. */
export function backgroundFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background: { service_worker?: string; scripts?: string[] };
  };
  const todo = [
    ...(manifest.background.service_worker
      ? [manifest.background.service_worker]
      : (manifest.background.scripts ?? [])),
  ];
  const seen = new Set<string>();
  while (todo.length) {
    const file = normalize(todo.pop()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g))
      todo.push(join(dirname(file), m[1]!));
  }
  return [...seen];
}
