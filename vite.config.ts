import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { compactLocales } from './build/compact-locales.ts';
import { precompute } from './build/precompute.ts';
import { singleFileWorker } from './build/single-file-worker.ts';
import { manifestFor } from './manifest.config.ts';
import pkg from './package.json' with { type: 'json' };
import type { BrowserName } from './src/platform/index.ts';

const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** `BROWSER=firefox vite build` writes dist/firefox; the default is Chrome. */
const target: BrowserName = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

/**
 * Where the knowledge base lives: the popup loads it only when an entry is opened. Except rules.ts, whose
 * few helpers (names, word ids) the list itself uses: a chunk of its own would be one more file to fetch
 * before the first paint.
 */
const openedOnly = (id: string): boolean =>
  /[\\/]src[\\/]knowledge[\\/]/.test(id) && !/[\\/]src[\\/]knowledge[\\/]rules\.ts$/.test(id);

/**
 * Every file the popup fetches before its first paint costs a few milliseconds on a slow machine, so its
 * stylesheets go inline (the CSP restricts scripts, not styles). The files stay for the options page.
 */
function inlinePopupStyles(): Plugin {
  return {
    name: 'statuscope:inline-popup-styles',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = bundle['src/popup/index.html'];
      if (html?.type !== 'asset') throw new Error('the popup page is missing from the build');
      html.source = String(html.source).replace(
        /<link rel="stylesheet" crossorigin href="\/([^"]+)">/g,
        (tag, file: string) => {
          const css = bundle[file];
          return css?.type === 'asset' ? `<style>${String(css.source)}</style>` : tag;
        },
      );
    },
  };
}

export default defineConfig({
  plugins: [
    // The knowledge's rules and each language's words become plain data: the worker carries no prose.
    precompute(
      [
        'rules-file',
        'network-error-rules',
        'meaning-details',
        'word-ids',
        'words-en',
        'words-ru',
        'titles-en',
        'titles-ru',
        'lookup-index-en',
        'lookup-index-ru',
      ].map((f) => fromRoot(`src/knowledge/${f}.ts`)),
    ),
    preact(),
    crx({ manifest: manifestFor(target), browser: target }),
    inlinePopupStyles(),
    singleFileWorker(),
    compactLocales(),
  ],
  define: { __BROWSER__: JSON.stringify(target), __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Code several entries share goes in one chunk per set of entries that use it, not one per module,
        // so the worker never loads what only the pages share (preact): the popup loads its own script and
        // three shared ones before its first paint.
        codeSplitting: {
          groups: [{ name: 'shared', test: (id: string) => !openedOnly(id), minShareCount: 2, entriesAware: true }],
        },
      },
    },
  },
});
