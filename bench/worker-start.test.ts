import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withReadyMark } from './worker-start';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function extension(manifest: object, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'worker-start-test-'));
  made.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('withReadyMark', () => {
  it('ends a copy of the worker script with the ready mark and leaves the original alone', () => {
    const original = "import './chunk.js';\n";
    const dir = extension(
      { manifest_version: 3, background: { service_worker: 'loader.js' } },
      { 'loader.js': original, 'chunk.js': 'self.x = 1;' },
    );
    const copy = withReadyMark(dir);
    made.push(copy);
    const marked = readFileSync(join(copy, 'loader.js'), 'utf8');
    expect(marked.startsWith(original)).toBe(true);
    expect(marked.trimEnd().endsWith(`performance.mark("bench:worker-ready");`)).toBe(true);
    expect(readFileSync(join(copy, 'chunk.js'), 'utf8')).toBe('self.x = 1;');
    expect(readFileSync(join(dir, 'loader.js'), 'utf8')).toBe(original);
  });

  it('refuses an extension without a service worker, which it could not time', () => {
    const dir = extension({ manifest_version: 3, action: {} }, {});
    expect(() => withReadyMark(dir)).toThrow(/no background service worker/);
  });
});
