/**
 * The page a tab shows, end to end: a page back from the back/forward cache sends no request, yet the popup
 * must show it (and its entries) as the tab's current page again, in both browsers; a history.pushState or
 * a new #fragment changes nothing. In Chromium, a page prerendered by speculation rules keeps its requests
 * off the page the tab shows until the person opens it. Firefox does not prerender (ESR 153 has no
 * speculation rules: `document.prerendering` is undefined and the next page is requested only on the
 * click), so that part runs in Chromium only, driven by puppeteer (see browsers/chromium-prerender.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { browsersToTest, createBrowser, extensionDirFor, type ExtensionBrowser } from './browsers/index.ts';
import { PrerenderingChromium } from './browsers/chromium-prerender.ts';
import type { PopupView } from './browsers/types.ts';
import { allEntries } from './popup-actions.ts';
import { DNS_FAIL_HOST, LIFECYCLE_HOST, scenarioById } from './scenarios.ts';
import { startScenarioServer, type ScenarioServer } from './server.ts';
import { sleep, waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

let server: ScenarioServer;
before(async () => {
  server = await startScenarioServer();
});
after(async () => {
  await server?.close();
});

const urlOf = (id: string): string => server.urlOf(scenarioById(id).target);
/** How many times the server was asked for a path of the page-lifecycle host. */
const timesAsked = (path: string): number => server.log.filter((line) => line === `${LIFECYCLE_HOST} ${path}`).length;
/** Each section's label (its page's URL) and the URLs it lists (sorted): the current page first. */
const sectionsOf = (v: PopupView): [string, string[]][] =>
  v.sections.map((s) => [s.label, s.entries.map((e) => e.url).sort()]);

for (const name of browsersToTest()) {
  describe(`${name}: the page a tab shows`, { timeout: 120_000 }, () => {
    let b: ExtensionBrowser;

    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root, name), unresolvable: [DNS_FAIL_HOST] });
      await b.launch();
    });

    after(async () => {
      await b?.close();
    });

    it('shows a page back from the back/forward cache as the current one, with its entries; pushState and #fragments change nothing', async () => {
      const [a, aMissing, bPage, bMissing] = ['bfcache-a', 'bfcache-a-missing', 'bfcache-b', 'bfcache-b-missing'].map(
        urlOf,
      ) as [string, string, string, string];
      const tab = await b.open(a);
      const id = await b.tabId(tab);
      await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (v) => sectionsOf(v)[0]?.[0] === a && allEntries(v).some((e) => e.url === aMissing),
        'page A and its missing image',
      );
      await tab.goto(bPage);
      await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (v) => sectionsOf(v)[0]?.[0] === bPage && allEntries(v).some((e) => e.url === bMissing),
        'page B, current, and its missing image',
      );
      await tab.evaluate('history.back()');
      const back = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (v) => sectionsOf(v)[0]?.[0] === a,
        'page A, back from the cache, as the current page',
      ).catch(async (e: unknown) => {
        throw new Error(`${String(e)}\nrestored from the cache: ${String(await tab.evaluate('window.restored'))}`);
      });
      // It came back from the cache: no request, so nothing else could have told the worker.
      assert.equal(await tab.evaluate('window.restored'), true, 'A was restored from the back/forward cache');
      // The tab's popup shows its current page; the full-page view shows the earlier one after it.
      assert.deepEqual(sectionsOf(back), [[a, [aMissing]]]);
      const every = [
        [a, [aMissing]],
        [bPage, [bMissing]],
      ];
      assert.deepEqual(sectionsOf(await b.readPopup('?tab=all')), every);

      // Same-document navigations: the page stays the one it is, entries and all.
      await tab.evaluate(`history.pushState({}, '', '/bfcache/a/pushed'); location.hash = 'part-2'; true`);
      await sleep(1_000);
      assert.deepEqual(sectionsOf(await b.readPopup(`?tab=${id}`)), [[a, [aMissing]]]);
      assert.deepEqual(sectionsOf(await b.readPopup('?tab=all')), every);
      await b.closeTab(tab);
    });

    it('keeps the page for a link to a download, redirected or not: the tab still shows it', async () => {
      const [start, startMissing, file, moved] = [
        'download-start',
        'download-start-missing',
        'download-file',
        'download-moved',
      ].map(urlOf) as [string, string, string, string];
      const tab = await b.open(start);
      const id = await b.tabId(tab);
      await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (v) => allEntries(v).some((e) => e.url === startMissing),
        'the start page and its missing image',
      );
      // Firefox may ask for a file it downloads more than once.
      await tab.evaluate(`document.getElementById('file').click(); true`);
      const once = await waitFor(
        async () => timesAsked('/download/file.csv'),
        (n) => n >= 1,
        'the file to be requested',
      );
      await tab.evaluate(`document.getElementById('moved').click(); true`);
      await waitFor(
        async () => [timesAsked('/download/moved'), timesAsked('/download/file.csv')] as const,
        ([hop, files]) => hop >= 1 && files > once,
        'the redirect, then the file, to be requested',
      );
      // The worker records the end of the download's request a moment after the server answered it.
      await sleep(1_500);
      assert.equal(await tab.evaluate('location.href'), start, 'the tab still shows the start page');
      const view = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (v) => allEntries(v).some((e) => e.url === moved),
        'the redirect hop, listed',
      );
      // The redirect hop is listed on the page the tab shows; no page was started for either download.
      assert.deepEqual(sectionsOf(view), [[start, [moved, startMissing].sort()]]);
      assert.deepEqual(sectionsOf(await b.readPopup('?tab=all')), [[start, [moved, startMissing].sort()]]);
      assert.ok(!allEntries(await b.readPopup('?tab=all')).some((e) => e.url === file));
      await b.closeTab(tab);
    });
  });
}

describe('chrome: a prerendered page', { skip: !browsersToTest().includes('chrome'), timeout: 120_000 }, () => {
  let c: PrerenderingChromium;

  before(async () => {
    c = new PrerenderingChromium({ extensionDir: extensionDirFor(root, 'chrome') });
    await c.launch();
  });

  after(async () => {
    await c?.close();
  });

  it("is held aside until it is opened: its failures are not the shown page's, then they are the new current page's", async () => {
    const [start, startMissing, startLater, next, nextMissing] = [
      'prerender-start',
      'prerender-start-missing',
      'prerender-start-later-missing',
      'prerender-next',
      'prerender-next-missing',
    ].map(urlOf) as [string, string, string, string, string];
    const startEntries = [startMissing, startLater].sort();
    const page = await c.open(start);
    const id = await c.tabId(page);
    await waitFor(
      async () => timesAsked(scenarioById('prerender-next-missing').target.path) > 0,
      (seen) => seen,
      'Chromium to prerender the next page (its image requested)',
    );
    // The shown page fails once more after the prerendering began.
    await page.evaluate(`fetch(${JSON.stringify(startLater)}).then(() => 1, () => 0)`);
    const before = await waitFor(
      () => c.readPopup(`?tab=${id}`),
      (v) => allEntries(v).some((e) => e.url === startLater),
      "the shown page's later failure",
    );
    assert.deepEqual(sectionsOf(before), [[start, startEntries]]);
    // Nor is it anywhere else: a page not shown yet is listed nowhere.
    assert.deepEqual(sectionsOf(await c.readPopup('?tab=all')), [[start, startEntries]]);

    // Activating a prerendered page swaps the tab's main frame, which the driver's page object may not
    // follow: that the page was the prerendered one shows in the server's log, where its document was asked
    // for once, while it was prerendered, and not again when it was opened.
    const nextAsked = (): number => timesAsked(scenarioById('prerender-next').target.path);
    assert.equal(nextAsked(), 1, 'the next page was prerendered');
    await page.click('#next');
    const opened = await waitFor(
      () => c.readPopup(`?tab=${id}`),
      (v) => sectionsOf(v)[0]?.[0] === next,
      'the prerendered page as the current one',
    );
    assert.deepEqual(sectionsOf(opened), [[next, [nextMissing]]]);
    assert.equal(nextAsked(), 1, 'the next page was the prerendered one, activated, not fetched again');
    assert.deepEqual(sectionsOf(await c.readPopup('?tab=all')), [
      [next, [nextMissing]],
      [start, startEntries],
    ]);
  });
});
