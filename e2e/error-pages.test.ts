/**
 * End-to-end: the error page a document shows is read in its own frame once it has loaded, in real Chromium
 * and Firefox, and names the exact error and its maker: products' pages opened as tabs, one in a frame, and a
 * page whose prose only quotes the products' wording, which names none of them.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browsersToTest, createBrowser, extensionDirFor, type ExtensionBrowser } from './browsers/index.ts';
import { storedTabLogs } from './browsers/stored.ts';
import { entryFor, openedEntryText, settledEntry, setUiLanguage } from './popup-actions.ts';
import { ERROR_PAGE_HOST, errorPageScenarios, expectationFor, type Scenario, scenarioById } from './scenarios.ts';
import { startScenarioServer, type ScenarioServer } from './server.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

let server: ScenarioServer;
before(async () => {
  server = await startScenarioServer();
});
after(async () => {
  await server?.close();
});

for (const name of browsersToTest()) {
  describe(`${name}: reading error pages`, { timeout: 300_000 }, () => {
    let b: ExtensionBrowser;
    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root, name), unresolvable: [] });
      await b.launch();
    });
    after(async () => {
      await b?.close();
    });

    /** Opens `url` as a tab and waits until its popup item has the expected title and maker. */
    async function opened(s: Scenario, url: string) {
      const exp = expectationFor(s, name)!;
      const tab = await b.open(url);
      const id = await b.tabId(tab);
      const v = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (x) => settledEntry(x, url, exp)?.who === exp.producer,
        `${s.id}: "${exp.title}" by ${exp.producer}`,
        10_000,
      ).catch(async (e: unknown) => {
        const got = entryFor(await b.readPopup(`?tab=${id}`), url);
        throw new Error(`${String(e)}; the item read: ${got ? `${got.title} · ${got.who}` : 'none'}`);
      });
      return { tab, id, entry: entryFor(v, url)!, exp };
    }

    for (const s of errorPageScenarios.filter((x) => x.id !== 'page-prose-about-errors')) {
      it(`${s.id}: "${s.expect?.title}" by ${s.expect?.producer}, from its page`, async () => {
        const url = server.scenarioUrl(s);
        const { tab, entry, exp } = await opened(s, url);
        assert.equal(entry.code, exp.code);
        assert.equal(entry.type, 'main_frame');
        assert.equal(entry.guess, false, `${s.id}: the page settles who made it`);
        const text = await openedEntryText(b, url);
        assert.match(text, /on its error page|its own error page/, `${s.id}: the page as evidence`);
        // Only the markers found and their short values are kept, never the page's text.
        const logs = await storedTabLogs(b);
        const stored = logs.flatMap((l) => l.pages.flatMap((p) => p.entries)).find((e) => e.obs.url === url);
        assert.ok(stored?.obs.page?.length, `${s.id}: no markers stored`);
        for (const find of stored.obs.page) {
          assert.match(find.id, /^[a-z0-9-]+\.[a-z0-9-]+$/);
          assert.ok((find.value ?? '').length <= 64);
        }
        const title = /<title>([^<]*)<\/title>/i.exec(s.reply.kind === 'document' ? s.reply.body : '')?.[1] ?? '';
        // A title the status line repeats ("503 Service Unavailable") is not the page's own text.
        if (title.length > 20 && !(stored.obs.statusLine ?? '').includes(title))
          assert.ok(!JSON.stringify(logs).includes(title), `${s.id}: the page's title was stored`);
        await b.closeTab(tab);
      });
    }

    it('reads the error page a frame shows, in that frame', async () => {
      const s = scenarioById('frame-cloudflare-1016');
      const host = `http://${ERROR_PAGE_HOST}:${server.port}/frame-host`;
      const frameUrl = server.scenarioUrl(s);
      const tab = await b.open(host);
      const id = await b.tabId(tab);
      const exp = expectationFor(s, name)!;
      const v = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (x) => !!settledEntry(x, frameUrl, exp),
        'the frame’s error page read',
        10_000,
      );
      const e = entryFor(v, frameUrl)!;
      assert.equal(e.type, 'sub_frame');
      assert.equal(e.who, exp.producer);
      await b.closeTab(tab);
    });

    it('names the error its page shows in Russian too', async () => {
      await setUiLanguage(b, 'ru');
      try {
        const url = server.scenarioUrl(scenarioById('page-cloudflare-1016'));
        const tab = await b.open(url);
        const id = await b.tabId(tab);
        const v = await waitFor(
          () => b.readPopup(`?tab=${id}`),
          (x) => entryFor(x, url)?.title.includes('Ошибка DNS для origin (1016)') === true,
          'the Russian title of the read page',
          10_000,
        );
        assert.equal(entryFor(v, url)?.evidence, 'на его странице ошибки: 1016');
        await b.closeTab(tab);
      } finally {
        await setUiLanguage(b, 'auto');
      }
    });

    it('does not take prose that quotes a product’s wording for that product’s page', async () => {
      const s = scenarioById('page-prose-about-errors');
      const url = server.scenarioUrl(s);
      const { tab, entry, exp } = await opened(s, url);
      assert.equal(entry.who, exp.producer);
      const text = await openedEntryText(b, url);
      for (const product of ['Cloudflare', 'Akamai', 'Varnish', 'Spring'])
        assert.ok(!text.includes(product), `${product} named for a page that only quotes it`);
      await b.closeTab(tab);
    });
  });
}
