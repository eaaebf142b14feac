import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { precompute } from './precompute.ts';

const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const data = fixture('data.ts');
const helper = fixture('helper.ts');
const unserialisable = fixture('unserialisable.ts');
const lazy = fixture('lazy.ts');
const fetched = fixture('fetched.ts');

/** Calls the plugin's load hook as the build would, recording the files it asks to watch and to emit. */
async function load(
  modules: readonly string[],
  id: string,
): Promise<{ code: unknown; watched: string[]; emitted: Map<string, string> }> {
  const hook = precompute(modules).load;
  if (typeof hook !== 'function') throw new Error('the plugin has no load function');
  const watched: string[] = [];
  const emitted = new Map<string, string>();
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    emitFile: (file: { fileName: string; source: string }) => emitted.set(file.fileName, file.source),
  } as unknown as ThisParameterType<typeof hook>;
  const code = await hook.call(context, id);
  return { code, watched, emitted };
}

/** Imports module source the way Node would import a bundled chunk. */
async function importSource(source: string): Promise<Record<string, unknown>> {
  const file = join(tmpdir(), `statuscope-precompute-test-${randomUUID()}.mjs`);
  try {
    await writeFile(file, source);
    return { ...(await import(pathToFileURL(file).href)) };
  } finally {
    await rm(file, { force: true });
  }
}

describe('precompute', () => {
  it('keeps an exported function without parameters a function, returning its value computed at build time', async () => {
    const { code } = await load([lazy], lazy);
    if (typeof code !== 'string') throw new Error(`expected module source, got ${String(code)}`);
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).not.toContain('HELPER-CODE-MARKER');
    const computed = await importSource(code);
    const made = computed.lazyWords as () => readonly string[];
    expect(typeof made).toBe('function');
    const first = made();
    expect(first).toEqual((await import('./fixtures/lazy.ts')).lazyWords());
    expect(made()).toBe(first);
  });

  it('writes what an exported function without parameters promises to a JSON file that the function fetches', async () => {
    const { code, emitted } = await load([fetched], fetched);
    if (typeof code !== 'string') throw new Error(`expected module source, got ${String(code)}`);
    expect(code).not.toMatch(/\bimport\b/);
    expect(code).not.toContain('E-502');
    const file = emitted.get('knowledge/fetched.json');
    expect(file).toContain('E-502');
    expect(file).not.toContain('HELPER-PROSE-MARKER');
    const asked: string[] = [];
    const realFetch = globalThis.fetch;
    let fail = true;
    globalThis.fetch = async (input) => {
      asked.push(String(input));
      if (fail) return new Response('', { status: 404 });
      return new Response(file);
    };
    try {
      const computed = await importSource(code);
      const read = computed.fetchedRules as () => Promise<{ codes: string[]; matcher: RegExp }>;
      // A failed read is not kept: the next call reads again.
      await expect(read()).rejects.toThrow('knowledge/fetched.json: 404');
      fail = false;
      const rules = await read();
      expect(rules).toEqual(await (await import('./fixtures/fetched.ts')).fetchedRules());
      expect(rules.matcher.flags).toBe('iu');
      expect(rules.matcher.test('E-503/7')).toBe(true);
      expect(await read()).toBe(rules);
      expect(asked).toEqual(['/knowledge/fetched.json', '/knowledge/fetched.json']);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('applies to the production build only, before other plugins load the module', () => {
    const plugin = precompute([data]);
    expect(plugin.apply).toBe('build');
    expect(plugin.enforce).toBe('pre');
  });

  it('replaces a listed module by the values of its exports', async () => {
    const { code, watched } = await load([data], data);
    if (typeof code !== 'string') throw new Error(`expected module source, got ${String(code)}`);
    expect(code).not.toMatch(/\bimport\b|helper/);
    expect(code).not.toContain('HELPER-PROSE-MARKER');
    expect(code).not.toContain('HELPER-CODE-MARKER');
    expect(code).toMatch(/^export const codes = \["E-502","E-503"\];$/m);
    expect(code).toMatch(/^export default \{count:2\};$/m);

    const direct = { ...(await import('./fixtures/data.ts')) };
    const computed = await importSource(code);
    expect(Object.keys(computed).sort()).toEqual(Object.keys(direct).sort());
    expect(computed).toEqual(direct);
    const matcher = computed.matcher as RegExp;
    expect(matcher.flags).toBe('iu');
    expect(matcher.test('e-503/7')).toBe(true);
    expect(matcher.test('E-5020')).toBe(false);

    // A change to the authored modules has to rebuild the precomputed one in `vite build --watch`.
    expect(watched).toEqual(expect.arrayContaining([data, helper]));
  });

  it('recognises a listed module by its path, whatever the query', async () => {
    const { code } = await load([data], `${data}?v=1`);
    expect(code).toContain('export const codes');
  });

  it('leaves every other module alone', async () => {
    expect((await load([data], helper)).code).toBeNull();
    expect((await load([], data)).code).toBeNull();
  });

  it('fails with an error naming the module and where in its values the problem is', async () => {
    await expect(load([unserialisable], unserialisable)).rejects.toThrow(
      `precompute ${unserialisable}: cannot serialise rules.vendors[0].pick: a function`,
    );
  });

  it('fails with an error naming the module when it cannot be bundled', async () => {
    const missing = fixture('missing.ts');
    await expect(load([missing], missing)).rejects.toThrow(`precompute ${missing}: Build failed`);
  });
});
