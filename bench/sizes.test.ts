import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { popupFirstPaintFiles, workerFiles, workerJsKb, workerRulesKb } from './sizes';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(manifest: object, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sizes-test-'));
  made.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('workerFiles and workerJsKb', () => {
  // Shaped as the build writes them: a loader, then minified modules importing one another.
  const files: Record<string, string> = {
    'loader.js': "import './assets/main.js';\n",
    'assets/main.js':
      'import{a as b}from"./shared.js";import*as r from"./runtime.js";export*from"./reexported.js";' +
      'const lazy=()=>import(`./lazy.js`),other=()=>import("./lazy-too.js");var s="import";export{b};',
    'assets/shared.js': 'import"./main.js";import{t}from"/assets/runtime.js";export const a=1;',
    'assets/runtime.js': 'export const t=2;',
    'assets/reexported.js': 'export{c}from"../lib/deep.js";',
    'lib/deep.js': 'export const c=3;',
    'assets/lazy.js': 'x'.repeat(5000),
    'assets/lazy-too.js': 'x'.repeat(5000),
    'assets/unused.js': 'x'.repeat(5000),
  };
  const manifest = { manifest_version: 3, background: { service_worker: 'loader.js', type: 'module' } };

  /** What the worker loads before its first event: not the files only import() or nothing names. */
  const loaded = [
    'loader.js',
    'assets/main.js',
    'assets/shared.js',
    'assets/runtime.js',
    'assets/reexported.js',
    'lib/deep.js',
  ];

  it('follows the loader and every static import and re-export, each file once, but no import()', () => {
    expect(workerFiles(build(manifest, files)).sort()).toEqual([...loaded].sort());
  });

  it('adds up those files in KB', () => {
    const bytes = loaded.reduce((n, f) => n + Buffer.byteLength(files[f] ?? ''), 0);
    expect(workerJsKb(build(manifest, files))).toBeCloseTo(bytes / 1024, 10);
  });

  it('weighs the rules file the worker reads, in KB, not the files the keyword reads', () => {
    const rules = { 'knowledge/rules-file.json': '{"x":1}', 'knowledge/lookup-index-en.json': '[1,2,3]' };
    expect(workerRulesKb(build(manifest, { ...files, ...rules }))).toBeCloseTo(7 / 1024, 10);
  });

  it('refuses a build without a service worker', () => {
    const dir = build({ manifest_version: 3, background: { scripts: ['bg.js'] } }, { 'bg.js': '' });
    expect(() => workerFiles(dir)).toThrow(/no background service worker/);
  });
});

describe('popupFirstPaintFiles', () => {
  it('counts the page’s script and its preloads, not the chunks it may import later', () => {
    const dir = build(
      {},
      {
        'src/popup/index.html':
          '<script type="module" src="/assets/popup.js"></script><link rel="modulepreload" href="/assets/shared.js">',
        'assets/popup.js': '',
        'assets/shared.js': '',
        'assets/words-ru-Q1.js': '',
      },
    );
    expect(popupFirstPaintFiles(dir)).toEqual(['assets/popup.js', 'assets/shared.js']);
  });
});
