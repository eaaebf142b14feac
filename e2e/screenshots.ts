/**
 * `npm run screenshots`: draws docs/screenshots/*.png from the real built extension in Chromium over the
 * demo site, so the README's pictures always show the current popup.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChromiumExtensionBrowser } from './browsers/chromium.ts';
import { extensionDirFor } from './browsers/index.ts';
import { allEntries } from './popup-actions.ts';
import { DNS_FAIL_HOST, scenarioById, scenarios } from './scenarios.ts';
import { startScenarioServer } from './server.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}docs/screenshots`;
/** Chrome's popup is at most 800×600; ours is 560 wide. */
const popup = { width: 560, height: 600 };

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await startScenarioServer();
  const b = new ChromiumExtensionBrowser({
    extensionDir: extensionDirFor(root, 'chrome'),
    unresolvable: [DNS_FAIL_HOST],
  });
  try {
    await b.launch();
    const tab = await b.open(server.demoUrl);
    const id = await b.tabId(tab);
    const listed = scenarios.filter((s) => s.expect && s.loadAs !== 'page').length;
    await waitFor(
      () => b.readPopup(`?tab=${id}`),
      (v) => allEntries(v).length >= listed,
      'the demo page in the popup',
      20_000,
      300,
    );
    const expand = server.scenarioUrl(scenarioById('cloudflare-522'));
    const shots = [
      { name: 'popup-light.png', query: `?tab=${id}`, ...popup, dark: false, asPopup: true },
      { name: 'popup-dark.png', query: `?tab=${id}`, ...popup, dark: true, asPopup: true, expand },
      { name: 'full-page.png', query: '?tab=all', width: 1100, height: 800, dark: false, asPopup: false },
    ];
    for (const { name, ...shot } of shots) {
      await b.screenshot(shot.query, { path: `${out}/${name}`, ...shot });
      console.log(`wrote docs/screenshots/${name}`);
    }
  } finally {
    await b.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
