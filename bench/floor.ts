/**
 * The floor of the browser bench: an extension that registers the very webRequest listeners Statuscope's
 * worker registers in Chrome, each returning at once. What it costs a page load is the API's own cost.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { webRequestListeners } from '../src/platform/web-request.ts';

/** The floor's service worker script: one addListener call per listener, with the worker's own options. */
function floorWorkerScript(): string {
  return Object.entries(webRequestListeners.chrome)
    .map(([event, listener]) => {
      const args: unknown[] =
        'extraInfoSpec' in listener ? [listener.filter, listener.extraInfoSpec] : [listener.filter];
      return `chrome.webRequest.${event}.addListener(() => {}, ${args.map((a) => JSON.stringify(a)).join(', ')});`;
    })
    .join('\n');
}

/** Writes the floor extension to `dir` and returns `dir`. */
export function floorExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      permissions: ['webRequest', 'storage'],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'sw.js' },
    }),
  );
  writeFileSync(join(dir, 'sw.js'), floorWorkerScript());
  return dir;
}
