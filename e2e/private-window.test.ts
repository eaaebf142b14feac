/**
 * Private windows, end to end in both browsers, with the extension allowed in them: a private tab's
 * entries are kept apart (never in a normal window's popup, never in storage.local) and are gone once
 * the last private window closes.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browsersToTest, createBrowser, extensionDirFor, type ExtensionBrowser } from './browsers/index.ts';
import { storedItems, storedTabLogs } from './browsers/stored.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = '(globalThis.browser ?? globalThis.chrome)';

/** The `from` of each request the test's service workers made (`/sw-missing?from=…`). */
const swFetches = new Set<string>();

/**
 * A page whose image is missing (404 from nginx), at any host name; and `/sw-page?from=<name>`, whose
 * service worker fetches `/sw-missing?from=<name>` (a 404 with no tab) as it installs. Service workers
 * need a secure context: open that page at `localhost`.
 */
function startServer(): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const from = url.searchParams.get('from') ?? '';
    if (url.pathname === '/sw-page') {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>sw</title><script>navigator.serviceWorker.register('/sw.js?from=${encodeURIComponent(from)}')</script>`,
      );
      return;
    }
    if (url.pathname === '/sw.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(
        "self.addEventListener('install', (e) => e.waitUntil(fetch('/sw-missing' + self.location.search).catch(() => undefined)));",
      );
      return;
    }
    if (url.pathname === '/sw-missing') swFetches.add(from);
    if (url.pathname.startsWith('/page')) {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end('<!doctype html><meta charset="utf-8"><title>p</title><img src="/missing.png" alt="">');
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain', server: 'nginx', 'cache-control': 'no-store' });
    res.end('no');
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as AddressInfo).port })),
  );
}

interface PrivateWindow {
  readonly id: number;
  readonly tabId: number;
  readonly incognito: boolean;
}

let server: Server;
let port = 0;
before(async () => {
  ({ server, port } = await startServer());
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

for (const name of browsersToTest()) {
  describe(`${name}: private windows`, { timeout: 180_000 }, () => {
    let b: ExtensionBrowser;
    before(async () => {
      b = createBrowser(name, {
        extensionDir: extensionDirFor(root.replace(/\/$/, ''), name),
        unresolvable: [],
        allowPrivate: true,
      });
      await b.launch();
    });
    after(async () => {
      await b?.close();
    });

    it("keeps a private tab's entries out of normal windows and drops them when the private window closes", async () => {
      const normal = await b.open(`http://normal.statuscope.test:${port}/page`);
      const normalTab = await b.tabId(normal);
      const win = await b.evalInExtension<PrivateWindow>(
        `${api}.windows.create({ incognito: true, url: 'http://private.statuscope.test:${port}/page' }).then((w) => ({ id: w.id, tabId: w.tabs[0].id, incognito: w.incognito }))`,
      );
      assert.equal(win.incognito, true, 'the window the test opened is private');

      const logs = await waitFor(
        () => storedTabLogs(b),
        (ls) =>
          [normalTab, win.tabId].every((id) =>
            ls.some((l) => l.tabId === id && l.pages.some((p) => p.entries.length > 0)),
          ),
        'both tabs’ missing images to be recorded',
      );
      assert.equal(logs.find((l) => l.tabId === win.tabId)?.incognito, true, 'the private tab’s log is marked private');
      assert.equal(logs.find((l) => l.tabId === normalTab)?.incognito, false);

      const privateView = await b.readPopup(`?tab=${win.tabId}`, true);
      assert.ok(privateView.empty, 'a normal window’s popup shows nothing for the private tab');
      const all = await b.readPopup('?tab=all', true);
      assert.match(all.text, /normal\.statuscope\.test/);
      assert.doesNotMatch(
        all.text,
        /private\.statuscope\.test/,
        'the all-tabs page of a normal window leaves the private tab out',
      );
      const local = await b.evalInExtension<Record<string, unknown>>(`${api}.storage.local.get(null)`);
      assert.doesNotMatch(JSON.stringify(local), /statuscope\.test/, 'nothing of either tab is written to disk');

      await b.evalInExtension(`${api}.windows.remove(${win.id})`);
      const left = await waitFor(
        () => storedItems(b),
        (items) => !Object.keys(items).some((k) => k.startsWith(`tab:${win.tabId}`)),
        'the private tab’s entries to be dropped',
      );
      assert.doesNotMatch(JSON.stringify(left), /private\.statuscope\.test/);
      assert.match(JSON.stringify(left), /normal\.statuscope\.test/, 'the normal tab’s entries stay');
      await b.closeTab(normal);
    });

    it('keeps a private window’s requests with no tab out of normal windows and drops them with it', async () => {
      const win = await b.evalInExtension<PrivateWindow>(
        `${api}.windows.create({ incognito: true, url: 'http://localhost:${port}/sw-page?from=private' }).then((w) => ({ id: w.id, tabId: w.tabs[0].id, incognito: w.incognito }))`,
      );
      await waitFor(
        async () => swFetches.has('private'),
        (seen) => seen,
        'the private page’s service worker to fetch',
      );
      // A later event in the private tab: once it is stored, so is anything recorded before it.
      await b.evalInExtension(`${api}.tabs.update(${win.tabId}, { url: 'http://after.statuscope.test:${port}/page' })`);
      const logs = await waitFor(
        () => storedTabLogs(b),
        (ls) => ls.some((l) => l.tabId === win.tabId && l.pages.some((p) => p.url.includes('after.statuscope.test'))),
        'the private tab’s next page to be recorded',
      );
      if (name === 'chrome') {
        // Chromium does not say which window a request with no tab came from.
        const holding = logs.filter((l) => JSON.stringify(l).includes('sw-missing?from=private'));
        assert.deepEqual(holding, [], 'no request with no tab is kept while a private window is open');
      } else {
        // The server sees the fetch before the browser reports its response, which can come after the next page's write.
        const stored = await waitFor(
          () => storedTabLogs(b),
          (ls) => ls.some((l) => JSON.stringify(l).includes('sw-missing?from=private')),
          'the service worker’s 404 to be recorded',
        );
        assert.deepEqual(
          stored
            .filter((l) => JSON.stringify(l).includes('sw-missing?from=private'))
            .map((l) => [l.tabId, l.incognito]),
          [[-2, true]],
          'only the private group of requests with no tab holds it',
        );
        const all = await b.readPopup('?tab=all', true);
        assert.doesNotMatch(all.text, /sw-missing/, 'a normal window’s all-tabs page leaves it out');
      }

      await b.evalInExtension(`${api}.windows.remove(${win.id})`);
      const left = await waitFor(
        () => storedItems(b),
        (items) => !Object.keys(items).some((k) => k.startsWith(`tab:${win.tabId}`)),
        'the private window’s entries to be dropped',
      );
      assert.doesNotMatch(JSON.stringify(left), /sw-missing\?from=private/);
    });
  });
}
