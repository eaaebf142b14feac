/**
 * End-to-end: the built extension in real Chromium and Firefox, against the local scenario server.
 * Run: `npm run build && node --import tsx --test e2e/*.test.ts` (or `npm run test:e2e`).
 * E2E_BROWSERS=chrome (or firefox) runs one browser only.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { vendors } from '../src/knowledge/vendors/index.ts';
import { productVendors } from '../src/knowledge/vendors/products.ts';
import {
  browsersToTest,
  createBrowser,
  extensionDirFor,
  type ExtensionBrowser,
  type PopupView,
  type TabHandle,
} from './browsers/index.ts';
import { bodyStyle, horizontalOverflow, injectedElements } from './browsers/popup-dom.ts';
import { storedTabLogs } from './browsers/stored.ts';
import { allEntries, clickPopupButton, entryFor, openedEntryText, settledEntry } from './popup-actions.ts';
import { DNS_FAIL_HOST, expectationFor, HOSTILE, scenarioById, scenarios, type Scenario } from './scenarios.ts';
import { startScenarioServer, type ScenarioServer } from './server.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Scenarios the demo page embeds and the popup must list. */
const listed = scenarios.filter((s) => s.expect && s.loadAs !== 'page');
/** Control characters other than tab and newline: the popup must never show one. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this checks
const controlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function includes(haystack: string, needle: string, what: string): void {
  assert.ok(
    haystack.includes(needle),
    `${what}: expected to find ${JSON.stringify(needle)} in ${JSON.stringify(haystack.slice(0, 1500))}`,
  );
}

let server: ScenarioServer;
before(async () => {
  server = await startScenarioServer();
});
after(async () => {
  await server?.close();
});

describe('scenario data', () => {
  it('has a scenario for every vendor file, and for products of the table of every layer it names', () => {
    const covered = (id: string): boolean => scenarios.some((s) => s.family === id);
    const rows = new Set(productVendors.map((v) => v.id));
    const missing = vendors.filter((v) => !rows.has(v.id) && !covered(v.id)).map((v) => v.id);
    assert.deepEqual(missing, [], `vendors without a scenario in e2e/scenarios.ts`);
    // The rows all work alike (vendors/products.test.ts checks each one): a server and a platform are enough here.
    const roles = new Set(productVendors.filter((v) => covered(v.id)).map((v) => v.role));
    assert.deepEqual([...roles].sort(), ['origin', 'platform']);
  });

  it('has unique ids and unique host + path pairs', () => {
    assert.equal(new Set(scenarios.map((s) => s.id)).size, scenarios.length);
    assert.equal(new Set(scenarios.map((s) => `${s.target.host}${s.target.path}`)).size, scenarios.length);
  });
});

for (const name of browsersToTest()) {
  describe(name, { timeout: 180_000 }, () => {
    let b: ExtensionBrowser;
    let demoTab: TabHandle;
    let demoTabId = 0;
    let demo: PopupView;

    const settled = (v: PopupView, s: Scenario): boolean =>
      !!settledEntry(v, server.scenarioUrl(s), expectationFor(s, name));

    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root, name), unresolvable: [DNS_FAIL_HOST] });
      await b.launch();
      demoTab = await b.open(server.demoUrl);
      demoTabId = await b.tabId(demoTab);
      demo = await waitFor(
        () => b.readPopup(`?tab=${demoTabId}`),
        (v) => listed.every((s) => settled(v, s)),
        'every scenario of the demo page in the popup',
        20_000,
        300,
      ).catch(async () => {
        const v = await b.readPopup(`?tab=${demoTabId}`);
        const missing = listed
          .filter((s) => !settled(v, s))
          .map((s) => `${s.id} (${entryFor(v, server.scenarioUrl(s))?.text.split('\n')[0]?.slice(-80) ?? 'no item'})`);
        throw new Error(
          `the popup never listed: ${missing.join(', ')}\nit listed: ${allEntries(v)
            .map((e) => `${e.code} ${e.url}`)
            .join(', ')}`,
        );
      });
    });

    after(async () => {
      await b?.close();
    });

    describe('the demo page, one load: every scenario explained', () => {
      for (const s of listed) {
        const exp = expectationFor(s, name)!;
        it(`${s.id}: ${exp.code} by ${exp.producer}${exp.guess ? ' (a guess)' : ''}${exp.evidence ? `, ${exp.evidence}` : ''}`, async () => {
          const url = server.scenarioUrl(s);
          const e = entryFor(demo, url);
          assert.ok(e, `no popup item for ${url}`);
          assert.equal(e.code, exp.code, `data-code of ${s.id}`);
          assert.equal(e.kind, exp.kind, `data-kind of ${s.id}`);
          // No confident wrong producer: the list line names the expected one, marked "a guess" exactly when it is.
          assert.equal(e.who, exp.producer, `producer of ${s.id}`);
          assert.equal(e.guess, exp.guess ?? false, `"a guess" on the line of ${s.id} (${e.who})`);
          if (e.guess) includes(e.text, 'a guess', `the guess mark of ${s.id}`);
          if (exp.title) includes(e.title, exp.title, `title of ${s.id}`);
          if (exp.chain) includes(e.text, exp.chain, `chain of ${s.id}`);
          if (exp.vendor || exp.evidence || exp.details) {
            const text = await openedEntryText(b, url);
            if (exp.vendor) includes(text, exp.vendor, `vendor of ${s.id}`);
            if (exp.evidence) includes(text, exp.evidence, `evidence of ${s.id}`);
            for (const d of exp.details ?? []) includes(text, d, `details of ${s.id}`);
          }
        });
      }
    });

    it('records every kind of subresource: image, script, stylesheet, fetch/XHR, iframe', () => {
      const typeOf = (id: string): string | undefined => entryFor(demo, server.scenarioUrl(scenarioById(id)))?.type;
      assert.equal(typeOf('ddos-guard-403'), 'image');
      assert.equal(typeOf('s3-404-cloudfront'), 'script');
      assert.equal(typeOf('nginx-502'), 'stylesheet');
      assert.equal(typeOf('s3-403-cloudfront'), 'stylesheet');
      assert.equal(typeOf('cloudflare-522'), 'xmlhttprequest');
      assert.equal(typeOf('cloudfront-403'), 'xmlhttprequest');
      assert.equal(typeOf('aws-elb-502'), 'sub_frame');
    });

    it('fits the popup width without a horizontal scroll, redirect loop included', async () => {
      await b.readPopup(`?tab=${demoTabId}`);
      assert.equal(await b.evalInExtension<number>(horizontalOverflow), 0);
      includes(entryFor(demo, server.scenarioUrl(scenarioById('redirect-loop')))!.text, '302 ×', 'the folded loop');
    });

    it("applies the popup's own styles, which the build puts inline in the page", async () => {
      await b.readPopup(`?tab=${demoTabId}`);
      assert.equal(await b.evalInExtension<string>(bodyStyle), '13px 0px');
    });

    it('never lists a 2xx (200, the unregistered 299, the page itself, the end of a chain)', () => {
      const entries = allEntries(demo);
      for (const id of ['ok-200', 'odd-299', 'redirect-chain-end', 'browser-internal-307-end']) {
        assert.equal(entryFor(demo, server.scenarioUrl(scenarioById(id))), undefined, `${id} must not be listed`);
      }
      assert.equal(entryFor(demo, server.demoUrl), undefined, 'the demo page itself must not be listed');
      assert.deepEqual(
        entries.filter((e) => /^2\d\d$/.test(e.code)).map((e) => e.url),
        [],
      );
      assert.equal(entries.length, listed.length, 'one item per listed scenario, nothing else');
    });

    it('sets the badge to the number of problems of the tab', async () => {
      const pages = (await storedTabLogs(b)).find((l) => l.tabId === demoTabId)?.pages ?? [];
      const current = pages[pages.length - 1]?.entries ?? [];
      const total = current
        .filter((e) => e.kind !== 'success' && e.kind !== 'informational')
        .reduce((n, e) => n + e.count, 0);
      assert.ok(total > listed.length, `the demo page has ${total} problems`);
      assert.equal(
        await waitFor(
          () => b.badgeText(demoTabId),
          (t) => t === String(total),
          'the badge',
        ),
        String(total),
      );
    });

    it('shows a main-frame error on its own page, with a badge of 1', async () => {
      const url = `${server.scenarioUrl(scenarioById('cloudflare-522'))}?as=page`;
      const tab = await b.open(url);
      const id = await b.tabId(tab);
      const v = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (x) => !!entryFor(x, url),
        'the main-frame 522',
      );
      assert.deepEqual(
        v.sections.map((s) => s.label),
        [url],
      );
      const e = entryFor(v, url)!;
      assert.equal(e.code, '522');
      assert.equal(e.type, 'main_frame');
      assert.equal(e.who, 'Cloudflare');
      assert.equal(
        await waitFor(
          () => b.badgeText(id),
          (t) => t === '1',
          'the badge',
        ),
        '1',
      );
      await b.closeTab(tab);
    });

    it('shows nothing and no badge for a page where everything answered 2xx', async () => {
      const url = `${server.scenarioUrl(scenarioById('ok-200'))}?as=page`;
      const tab = await b.open(url);
      const id = await b.tabId(tab);
      const v = await b.readPopup(`?tab=${id}`);
      assert.equal(v.empty, true, `expected the empty state, got ${v.text.slice(0, 300)}`);
      assert.deepEqual(allEntries(v), []);
      assert.equal(await b.badgeText(id), '');
      await b.closeTab(tab);
    });

    it('shows a main-frame redirect chain as one item: 301 → 302 → 200', async () => {
      const url = server.scenarioUrl(scenarioById('redirect-chain'));
      const tab = await b.open(url);
      assert.equal(tab.url(), server.scenarioUrl(scenarioById('redirect-chain-end')));
      const v = await waitFor(
        () => b.readPopup('?tab=all'),
        (x) => x.sections.some((s) => s.label === url && s.entries.some((e) => e.text.includes('→ 200'))),
        'the chain',
      );
      const section = v.sections.find((s) => s.label === url)!;
      assert.equal(section.entries.length, 1);
      const e = section.entries[0]!;
      assert.equal(e.code, '301');
      assert.equal(e.kind, 'redirect');
      assert.equal(e.type, 'main_frame');
      includes(e.text, '301 → 302 → 200', 'chain line');
      includes(
        e.text,
        `old.moved-site.test:${server.port} → www.new-site.test:${server.port} → www.new-site.test:${server.port}`,
        'hosts of the chain',
      );
      await b.closeTab(tab);
    });

    it('shows a main-frame network failure (DNS)', async () => {
      const url = `${server.scenarioUrl(scenarioById('dns-failure'))}?as=page`;
      const tab = await b.open(url);
      const code = expectationFor(scenarioById('dns-failure'), name)!.code;
      const v = await waitFor(
        () => b.readPopup('?tab=all'),
        (x) => x.sections.some((s) => s.entries.some((e) => e.url === url)),
        'the DNS failure',
      );
      const e = entryFor(v, url)!;
      assert.equal(e.code, code);
      assert.equal(e.kind, 'network');
      assert.equal(e.type, 'main_frame');
      await b.closeTab(tab);
    });

    it('renders hostile URLs, status lines and header values as inert text', async () => {
      const s = scenarioById('hostile');
      const url = server.scenarioUrl(s);
      const tab = await b.open(url);
      const id = await b.tabId(tab);
      const v = await waitFor(
        () => b.readPopup(`?tab=${id}`),
        (x) => allEntries(x).some((e) => e.code === '502'),
        'the hostile 502',
      );
      const e = allEntries(v).find((x) => x.code === '502')!;
      assert.ok(
        e.url.startsWith(`http://evil.hostile-site.test:${server.port}/h/%3Cimg%20src=x%20onerror=alert(1)%3E/`),
        e.url.slice(0, 200),
      );
      assert.ok(e.url.length <= 2048, `the 10 KB URL is capped (${e.url.length} characters kept)`);
      const text = await openedEntryText(b, e.url);
      // The markup arrives as text: in the evidence and the decoded x-vercel-error, and in the status line.
      const exp = expectationFor(s, name)!;
      assert.equal(e.who, exp.producer, 'the producer on the list line');
      assert.equal(e.guess, exp.guess ?? false, '"a guess" on the list line');
      includes(text, 'Vercel', 'the producer');
      includes(text, `x-vercel-error: ${HOSTILE}<script>alert(1)</script>`, 'the x-vercel-error value, as text');
      includes(text, '502 <script>alert(1)</script> Bad', 'the status line, as text');
      assert.deepEqual(await b.evalInExtension(injectedElements), { img: 0, scripts: 0, onerror: 0 });
      const whole = await b.readPopup(`?tab=${id}`);
      assert.ok(
        !controlChars.test(whole.text),
        `control characters shown: ${JSON.stringify(whole.text.match(controlChars))}`,
      );
      assert.deepEqual(b.dialogs(), [], 'no dialog may fire');
      await b.closeTab(tab);
    });

    it('keeps the list when the background stops, and adds to it when the next event wakes it', async () => {
      const beforeStop = await b.readPopup(`?tab=${demoTabId}`, true);
      const n = allEntries(beforeStop).length;
      assert.equal(n, listed.length);
      await b.stopWorker();
      assert.equal(await b.workerRunning(), false);
      const stopped = await b.readPopup(`?tab=${demoTabId}`, true);
      assert.equal(allEntries(stopped).length, n, 'storage.session kept the list while the background was stopped');
      // A new event in the same tab: the woken background must add to the journal it restores, not start over.
      const wakeUrl = `${server.scenarioUrl(scenarioById('nginx-400'))}?after=restart`;
      await demoTab.evaluate(`fetch(${JSON.stringify(wakeUrl)}).then(() => 1, () => 0)`);
      const woken = await waitFor(
        () => b.readPopup(`?tab=${demoTabId}`),
        (x) => !!entryFor(x, wakeUrl),
        'the request made after the restart',
      );
      assert.equal(allEntries(woken).length, n + 1);
      assert.equal(entryFor(woken, wakeUrl)?.code, '400');
      for (const s of listed)
        assert.ok(entryFor(woken, server.scenarioUrl(s)), `${s.id} still listed after the restart`);
    });

    /** A tab on a failing page, once the every-tab list shows it. */
    async function listedTab(query: string): Promise<{ url: string; tab: TabHandle; id: number }> {
      const url = `${server.scenarioUrl(scenarioById('akamai-403'))}?${query}`;
      const tab = await b.open(url);
      const id = await b.tabId(tab);
      await waitFor(
        () => b.readPopup('?tab=all'),
        (v) => v.sections.some((s) => s.label === url),
        'the tab in the list',
      );
      return { url, tab, id };
    }
    const storedLogOnceGone = (id: number): Promise<Record<string, unknown>> =>
      waitFor(
        () => b.evalInExtension<Record<string, unknown>>(`chrome.storage.session.get('tab:${id}')`),
        (x) => Object.keys(x).length === 0,
        'its stored log to go',
      );

    it("drops a closed tab's entries", async () => {
      const { url, tab, id } = await listedTab('closing=1');
      await b.closeTab(tab);
      await waitFor(
        () => b.readPopup('?tab=all'),
        (v) => !v.sections.some((s) => s.label === url),
        'the closed tab to leave the list',
      );
      assert.deepEqual(await storedLogOnceGone(id), {});
    });

    it('drops the entries of a tab that closed while the background was stopped', async () => {
      const { url, tab, id } = await listedTab('closing=stopped');
      await b.stopWorker();
      await b.closeTab(tab);
      // Whether or not the close woke the background, the next event does.
      const wakeUrl = `${server.scenarioUrl(scenarioById('nginx-400'))}?after=closed-while-stopped`;
      await demoTab.evaluate(`fetch(${JSON.stringify(wakeUrl)}).then(() => 1, () => 0)`);
      assert.deepEqual(await storedLogOnceGone(id), {});
      const v = await b.readPopup('?tab=all');
      assert.ok(!v.sections.some((s) => s.label === url), 'the closed tab left the list');
    });

    it('writes nothing to storage.local (browsing data stays in memory)', async () => {
      assert.deepEqual(await b.evalInExtension<Record<string, unknown>>(`chrome.storage.local.get(null)`), {});
    });

    it('empties the list with Clear', async () => {
      const v = await b.readPopup('?tab=all', true);
      assert.ok(allEntries(v).length > 0);
      await clickPopupButton(b, 'Clear');
      const cleared = await waitFor(
        () => b.readPopup('?tab=all'),
        (x) => x.empty,
        'the empty list',
      );
      assert.deepEqual(cleared.sections, []);
      const left = (await storedTabLogs(b)).filter((log) => log.pages.some((p) => p.entries.length > 0));
      assert.deepEqual(left, []);
      assert.equal(
        await waitFor(
          () => b.badgeText(demoTabId),
          (t) => t === '',
          'the badge to clear',
        ),
        '',
      );
    });
  });
}
