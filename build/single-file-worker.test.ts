import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineWorker } from './single-file-worker.ts';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** An unpacked extension shaped as the build writes it: a loader importing chunks that import each other. */
async function extension(background: object): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'single-file-worker-'));
  made.push(dir);
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, background }));
  await writeFile(join(dir, 'loader.js'), "import './assets/index.ts-1.js';\n");
  await writeFile(
    join(dir, 'assets/index.ts-1.js'),
    "import { n as name } from './shared-2.js';\nglobalThis.started = [...(globalThis.started ?? []), name];\n",
  );
  await writeFile(join(dir, 'assets/shared-2.js'), "const n = 'worker';\nexport { n };\n");
  // The pages load shared-2.js, which loads strings-4.js when asked: both stay.
  await writeFile(
    join(dir, 'assets/shared-2.js'),
    "const n = 'worker';\nexport const strings = () => import('./strings-4.js');\nexport { n };\n",
  );
  await writeFile(join(dir, 'assets/strings-4.js'), "export default { hello: 'hi' };\n");
  await writeFile(join(dir, 'assets/page-3.js'), "import { n } from './shared-2.js';\nconsole.log(n);\n");
  await writeFile(join(dir, 'page.html'), '<script type="module" src="/assets/page-3.js"></script>');
  return dir;
}

describe('inlineWorker', () => {
  it.each([
    ['Chrome', { service_worker: 'loader.js', type: 'module' }],
    ['Firefox', { scripts: ['loader.js'], type: 'module' }],
  ])("makes %s's background script one module that does what the chunks did", async (_, background) => {
    const dir = await extension(background);
    await inlineWorker(dir);
    const code = await readFile(join(dir, 'loader.js'), 'utf8');
    expect(code).not.toMatch(/\bimport\b/);
    const global = globalThis as { started?: string[] };
    delete global.started;
    await import(`${pathToFileURL(join(dir, 'loader.js')).href}?${Math.random()}`);
    expect(global.started).toEqual(['worker']);
    // What only the worker loaded goes; what a page loads too stays.
    expect(existsSync(join(dir, 'assets/index.ts-1.js'))).toBe(false);
    expect(await readFile(join(dir, 'assets/shared-2.js'), 'utf8')).toContain('export');
    expect(existsSync(join(dir, 'assets/strings-4.js'))).toBe(true);
  });

  it('refuses a manifest with no background script', async () => {
    const dir = await extension({});
    await expect(inlineWorker(dir)).rejects.toThrow('names no background script');
  });
});
