import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { manifestFor, type Target } from './manifest.config.ts';
import pkg from './package.json' with { type: 'json' };

/** `BROWSER=firefox vite build` writes dist/firefox; the default is Chrome. */
const target: Target = process.env.BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  define: { __BROWSER__: JSON.stringify(target), __APP_VERSION__: JSON.stringify(pkg.version) },
  resolve: {
    alias:
      target === 'firefox'
        ? { 'webextension-polyfill': fileURLToPath(new URL('./src/platform/firefox-native.ts', import.meta.url)) }
        : {},
  },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
});
