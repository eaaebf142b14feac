/**
 * The local demo behind `npm start` (scripts/start.mjs runs the build, then this file through tsx):
 * starts the scenario server, launches Chromium (or Firefox with --firefox) with the built extension and
 * opens the demo page. With a display and without --headless the window stays open until Ctrl-C;
 * otherwise it reads the popup's list of the demo tab and prints it, then opens each product's error page
 * the demo links to and prints its item, then exits.
 */
import { fileURLToPath } from 'node:url';
import {
  BrowserNotFoundError,
  createBrowser,
  extensionDirFor,
  type BrowserName,
  type ExtensionBrowser,
  type PopupView,
} from './browsers/index.ts';
import { allEntries } from './popup-actions.ts';
import { DNS_FAIL_HOST, errorPageScenarios } from './scenarios.ts';
import { startScenarioServer, type ScenarioServer } from './server.ts';
import { sleep } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface DemoOptions {
  readonly browser: BrowserName;
  readonly headed: boolean;
  /** Keep the browser running until Ctrl-C even when headless (default: only when headed). */
  readonly hold?: boolean;
  readonly out: (line: string) => void;
}

/** Reads the tab's list until it stops growing (1 s without change, 20 s at most). */
async function settledList(b: ExtensionBrowser, tabId: number): Promise<PopupView> {
  let last = await b.readPopup(`?tab=${tabId}`);
  let stableSince = Date.now();
  const end = Date.now() + 20_000;
  while (Date.now() < end && Date.now() - stableSince < 1_000) {
    await sleep(250);
    const next = await b.readPopup(`?tab=${tabId}`);
    if (JSON.stringify(next.sections) !== JSON.stringify(last.sections)) stableSince = Date.now();
    last = next;
  }
  return last;
}

const cut = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** One line per item: code (or chain), title, who made it (its role, "a guess") and the evidence, request type, URL. */
export function formatList(view: PopupView): string[] {
  const lines: string[] = [];
  for (const section of view.sections) {
    lines.push(`Page ${section.label}`);
    for (const e of section.entries) {
      const code = e.text.split('\n')[0] ?? e.code;
      const who = [e.who, e.role, e.guess ? 'a guess' : '', e.evidence].filter(Boolean).join(' · ');
      lines.push(`  ${cut(code, 26)} ${cut(e.title, 42)} ${cut(who, 80)} ${cut(e.type, 14)} ${e.url}`);
    }
  }
  return lines;
}

async function holdOpen(b: ExtensionBrowser, server: ScenarioServer, out: (line: string) => void): Promise<void> {
  out('');
  out(`Demo page:       ${server.demoUrl}`);
  out(`All tabs view:   ${b.popupUrl('?tab=all')}`);
  if (b.name === 'chrome')
    out('Click the Statuscope toolbar button (in the extensions menu) to open its popup for the demo tab.');
  else out('Click the Statuscope toolbar button to open its popup for the demo tab.');
  out('Press Ctrl-C here, or close the browser window, to stop.');
  // `on`, not `once`: a second Ctrl-C (or the one start.mjs forwards) must not kill the process mid-cleanup.
  await new Promise<void>((resolve) => {
    process.on('SIGINT', () => resolve());
    process.on('SIGTERM', () => resolve());
    void b.closed().then(resolve);
  });
}

export async function runDemo({ browser, headed, hold = headed, out }: DemoOptions): Promise<number> {
  const server = await startScenarioServer();
  const b = createBrowser(browser, {
    extensionDir: extensionDirFor(root, browser),
    unresolvable: [DNS_FAIL_HOST],
    headed,
  });
  try {
    out(
      `Scenario server on 127.0.0.1:${server.port}; starting ${browser}${headed ? '' : ' (headless)'} with the extension…`,
    );
    await b.launch();
    const tab = await b.open(server.demoUrl);
    if (hold) {
      await holdOpen(b, server, out);
      return 0;
    }
    const view = await settledList(b, await b.tabId(tab));
    out(`The popup lists ${allEntries(view).length} items for ${server.demoUrl}:`);
    for (const line of formatList(view)) out(line);
    out('');
    out('The products’ error pages the demo page links to, each opened in a tab and read:');
    for (const s of errorPageScenarios) {
      const page = await b.open(server.scenarioUrl(s));
      for (const line of formatList(await settledList(b, await b.tabId(page))).slice(1)) out(line);
      await b.closeTab(page);
    }
    return 0;
  } catch (e) {
    if (e instanceof BrowserNotFoundError) {
      out(e.message);
      return 1;
    }
    throw e;
  } finally {
    await b.close();
    await server.close();
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  const browser: BrowserName = args.includes('--firefox') ? 'firefox' : 'chrome';
  const headed = !args.includes('--headless') && Boolean(process.env.DISPLAY);
  runDemo({ browser, headed, hold: headed || args.includes('--hold'), out: (line) => console.log(line) }).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(1);
    },
  );
}
