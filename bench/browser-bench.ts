/**
 * `npm run bench:browser`: Statuscope's cost in real Chromium, on this machine, in one run.
 * - page load: a local page with 300 subresources (150 failing with 4xx/5xx/vendor shapes), loaded in turn
 *   with no extension, with a "floor" extension that registers the very same webRequest listeners and
 *   returns at once (the API's own cost), and with Statuscope; one browser per configuration, nothing
 *   attached to the page while it loads (quiet-browser.ts). BENCH_COMPARE=dir[,dir…] loads the page with
 *   other unpacked extensions too (a peer's, say), each timed against the same baseline in the same run.
 * - popup: time from opening the popup page to the painted list, with 10 and 1,000 stored entries, minus
 *   the time a blank page of the same extension takes to paint its first frame. Timed in a browser with
 *   no automation attached while the pages load (quiet-browser.ts), and again through Playwright.
 * - error page: from the load event of a document answered with an error (and from its response's end) to
 *   its entry stored with what its own page showed (bench/error-page-read.ts), median of 20 loads.
 * - worker start: how long each extension's service worker takes to start again after Chromium stopped
 *   it (bench/worker-start.ts), Statuscope's beside the floor's and any compared extension's, in rounds.
 * - bundle: popup JS loaded before first paint (gzip), the JS the worker loads before its first event, and
 *   the package zip of each browser.
 * Prints `name: value unit` lines; exits non-zero when a budget (budgets.ts) is missed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, ignoreDefaultArgs } from '../e2e/browsers/chromium-flags.ts';
import { findBrowser } from '../e2e/browsers/locate.ts';
import { browserBudgets, checked, type Figure } from './budgets.ts';
import { errorPageReadTimes } from './error-page-read.ts';
import { floorExtension } from './floor.ts';
import { quietChromium, type QuietBrowser } from './quiet-browser.ts';
import { rng } from './events.ts';
import { difference, mean, median, medianInterval, perRound, ratio } from './sample-stats.ts';
import { popupFirstPaintFiles, sizeOf, workerJsKb, workerRulesKb } from './sizes.ts';
import { withReadyMark, type WorkerRestarts, workerRestarts } from './worker-start.ts';
import { encodeTabLog, type Entry, type Page } from '../src/shared/log.ts';

// Loads per configuration: fewer let chance move page_load_vs_floor by more than its budget's margin
// from one run of the same build to the next (the bench prints that range beside it).
const LOADS = Number(process.env.BENCH_LOADS ?? 80);
const WARMUP = 3;
const POPUP_WARMUP = 2;
const POPUP_OPENS = 60;
const WORKER_RESTARTS = 40;
const ERROR_PAGE_LOADS = 20;
/**
 * How long a bench page is left alone before the bench attaches to read its load time: longer than a
 * load takes, so nothing is attached while it loads, and long enough for the worker's batched write to
 * end before the next load.
 */
const LOAD_SETTLE_MS = 2_000;
/** Other unpacked extensions (comma-separated folders) to load the page with as well, e.g. a peer's. */
const COMPARE = (process.env.BENCH_COMPARE ?? '')
  .split(',')
  .filter(Boolean)
  .map((dir) => resolve(dir));
/** A copy of `xs` in random order (Fisher-Yates). */
function shuffled<T>(xs: readonly T[], rand: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

/** The page under test: 300 subresources, half of them failing in vendor-shaped ways. */
function startServer(): Promise<{ server: Server; port: number }> {
  const failing: readonly [number, Record<string, string>][] = [
    [404, {}],
    [500, {}],
    [522, { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' }],
    [502, { server: 'awselb/2.0' }],
    [404, { server: 'AmazonS3', 'x-amz-error-code': 'NoSuchKey', 'x-cache': 'Error from cloudfront' }],
    [403, { 'x-amzn-errortype': 'ForbiddenException' }],
    [503, { server: 'Varnish', 'x-varnish': '12', 'retry-after': '5' }],
    [429, { 'retry-after': '30' }],
    [404, { server: 'Vercel', 'x-vercel-error': 'NOT_FOUND' }],
    [410, { server: 'nginx' }],
  ];
  const page = (): string => {
    const parts: string[] = ['<!doctype html><title>bench</title>'];
    for (let i = 0; i < 300; i++) {
      const kind = i % 3;
      const url = `/r/${i}${kind === 0 ? '.png' : kind === 1 ? '.css' : '.js'}`;
      parts.push(
        kind === 0
          ? `<img src="${url}" alt="">`
          : kind === 1
            ? `<link rel="stylesheet" href="${url}">`
            : `<script src="${url}"></script>`,
      );
    }
    return parts.join('\n');
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/' || path.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      res.end(page());
      return;
    }
    const m = /^\/r\/(\d+)\.(png|css|js)/.exec(path);
    const i = Number(m?.[1] ?? 0);
    const type = m?.[2] === 'png' ? 'image/png' : m?.[2] === 'css' ? 'text/css' : 'text/javascript';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    const fails = i % 2 === 1 ? failing[(i >> 1) % failing.length] : undefined;
    if (fails) {
      const [status, extra] = fails;
      res.writeHead(status, { ...headers, ...extra });
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(m?.[2] === 'png' ? Buffer.from('89504e470d0a1a0a', 'hex') : '');
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, port: (server.address() as { port: number }).port })),
  );
}

/**
 * A copy of the build with one page added: a blank page loaded the way the popup is (a module script in
 * the head), which only marks its first frame. It runs in the same extension process as the popup, so
 * what the popup takes beyond it is the popup's own cost. The extension itself is unchanged.
 */
function withBlankPage(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'statuscope-dist-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><meta charset="utf-8"><title>blank</title><script type="module" src="blank.js"></script><p>blank</p>',
  );
  writeFileSync(join(dir, 'blank.js'), "requestAnimationFrame(() => performance.mark('statuscope:list-painted'));");
  return dir;
}

async function launch(exe: string, extension: string): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'statuscope-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: exe,
    headless: true,
    ignoreDefaultArgs: [...ignoreDefaultArgs],
    args: chromiumArgs(extension),
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await sw.evaluate(() => 1);
  return { ctx, profile };
}

/** Parent pid and CPU ticks of every process (Linux /proc). */
function processTable(): Map<number, { ppid: number; ticks: number; cmd: string }> {
  const table = new Map<number, { ppid: number; ticks: number; cmd: string }>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(pid), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8'),
      });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** CPU milliseconds used so far by the extension process of the browser whose profile is `profile`. */
function extensionCpuMs(profile: string): number {
  const table = processTable();
  const root = [...table].find(
    ([, p]) => p.cmd.includes(`--user-data-dir=${profile}`) && !p.cmd.includes('--type='),
  )?.[0];
  if (root === undefined) return 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; p = table.get(p)?.ppid ?? 0, hops++) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, p] of table) if (p.cmd.includes('--extension-process') && inTree(pid)) ticks += p.ticks;
  return (ticks / 100) * 1000;
}

/**
 * An expression the quiet browser evaluates in a page: it resolves with what `probe` (a function's source)
 * returns once that is not undefined, polling every 20 ms, and rejects after 10 s with "no `what`".
 */
const awaitedInPage = (probe: string, what: string): string => `new Promise((resolve, reject) => {
  const end = performance.now() + 10000;
  const look = () => {
    const value = (${probe})();
    if (value !== undefined) resolve(value);
    else if (performance.now() > end) reject(new Error(${JSON.stringify(`no ${what}`)}));
    else setTimeout(look, 20);
  };
  look();
})`;

/** The loaded bench page's load time, by the page's own clock. */
const loadedMs = awaitedInPage(
  `() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return nav && nav.loadEventEnd > 0 ? nav.loadEventEnd - nav.startTime : undefined;
  }`,
  'load event',
);

function storedEntries(count: number, tabId: number): Record<string, unknown> {
  const now = Date.now();
  const entries = Array.from(
    { length: count },
    (_, i): Entry => ({
      id: `${i + 1}:r${i}`,
      requestId: `r${i}`,
      tabId,
      frameId: 0,
      kind: i % 4 === 0 ? 'server' : 'client',
      obs: {
        statusCode: i % 4 === 0 ? 502 : 404,
        url: `https://site.example/asset/${i}.png`,
        method: 'GET',
        type: 'image',
        mainFrame: false,
        fromCache: false,
        headers: [{ name: 'server', value: 'nginx' }],
        cookieNames: [],
      },
      digest: {
        meaningId: i % 4 === 0 ? 'std.502' : 'std.404',
        role: 'origin',
        who: 'nginx',
        whoConfidence: 'medium',
        evidence: { kind: 'header', name: 'server', value: 'nginx' },
        confidence: 'medium',
        ambiguous: false,
        noise: false,
        seen: ['nginx'],
      },
      hop: 0,
      first: now - i,
      last: now - i,
      count: 1,
    }),
  );
  // Large numbers of entries are spread over several page loads, as the caps would keep them.
  const pages: Page[] = [];
  for (let p = 0; p * 250 < entries.length; p++) {
    pages.push({
      id: `p${p}`,
      tabId,
      url: `https://site.example/page${p}`,
      started: now,
      navRequestId: `n${p}`,
      entries: entries.slice(p * 250, (p + 1) * 250),
      dropped: 0,
    });
  }
  return encodeTabLog({ tabId, incognito: false, pages: pages.reverse() });
}

/** The extension API inside the worker, as far as the bench uses it. */
type WorkerGlobal = {
  chrome: { storage: { session: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } } };
};

/** Time from opening an extension page to its 'list painted' mark, through Playwright (attached throughout). */
async function paintMs(ctx: BrowserContext, url: string): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('statuscope:list-painted').length > 0, undefined, {
    timeout: 10_000,
  });
  const ms = await page.evaluate(() => {
    const mark = performance.getEntriesByName('statuscope:list-painted')[0];
    if (!mark) throw new Error('no list-painted mark');
    return mark.startTime;
  });
  await page.close();
  return ms;
}

/** The 'list painted' mark of a page the quiet browser opened, and how many list items it shows. */
const paintedMark = awaitedInPage(
  `() => {
    const mark = performance.getEntriesByName('statuscope:list-painted')[0];
    return mark ? { ms: mark.startTime, items: document.querySelectorAll('li').length } : undefined;
  }`,
  'list-painted mark',
);

const TEN_TAB = 424242;
const THOUSAND_TAB = 424243;
/** Two tabs' logs side by side: one with 10 entries, one with 1,000. */
const popupData = (): Record<string, unknown> => ({
  ...storedEntries(10, TEN_TAB),
  ...storedEntries(1000, THOUSAND_TAB),
});

/** Open-to-paint times, one per round, of a blank extension page and of the popup with 10 and 1,000 stored entries. */
interface PopupTimes {
  readonly blank: readonly number[];
  readonly ten: readonly number[];
  readonly thousand: readonly number[];
}

/** The three pages are opened in turn each round, so a slow spell of the machine weighs on all of them alike. */
async function popupRounds(
  origin: string,
  open: (url: string, popup: boolean) => Promise<number>,
): Promise<PopupTimes> {
  const popup = (tabId: number): string => `${origin}/src/popup/index.html?tab=${tabId}`;
  const times = { blank: [] as number[], ten: [] as number[], thousand: [] as number[] };
  for (let i = 0; i < POPUP_WARMUP + POPUP_OPENS; i++) {
    const blank = await open(`${origin}/blank.html`, false);
    const ten = await open(popup(TEN_TAB), true);
    const thousand = await open(popup(THOUSAND_TAB), true);
    if (i < POPUP_WARMUP) continue;
    times.blank.push(blank);
    times.ten.push(ten);
    times.thousand.push(thousand);
  }
  return times;
}

/** The popup timed through Playwright, which follows every page's network and runtime events meanwhile. */
async function automatedPopupTimes(statuscope: BrowserContext): Promise<PopupTimes> {
  const sw = statuscope.serviceWorkers()[0];
  if (!sw) throw new Error('Statuscope has no service worker');
  await sw.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    await chrome.storage.session.clear();
    await chrome.storage.session.set(items);
  }, popupData());
  return popupRounds(`chrome-extension://${new URL(sw.url()).host}`, (url) => paintMs(statuscope, url));
}

/** The popup timed in a browser with nothing attached to its pages while they load: as a person opens it. */
async function quietPopupTimes(exe: string, extension: string): Promise<PopupTimes> {
  const quiet = await quietChromium(exe, extension);
  try {
    const origin = quiet.extensionOrigin;
    const stored = `chrome.storage.session.set(${JSON.stringify(popupData())}).then(() => true)`;
    await quiet.read<boolean>(`${origin}/blank.html`, stored, 500);
    return await popupRounds(origin, async (url, popup) => {
      const { ms, items } = await quiet.read<{ ms: number; items: number }>(url, paintedMark, 600);
      if (popup && items === 0) throw new Error(`${url} painted no list: the stored entries did not reach it`);
      return ms;
    });
  } finally {
    await quiet.close();
  }
}

/**
 * Each extension's worker start times over WORKER_RESTARTS restarts, each extension in a browser of its
 * own. The restarts are taken in rounds, one per extension in a new order each round, so that a slow spell
 * of the machine weighs on every extension alike; the budget is checked on the median of per-round ratios.
 */
async function workerStarts(
  exe: string,
  extensions: readonly (readonly [string, string])[],
  wakeUrl: string,
): Promise<Map<string, number[]>> {
  const running: { name: string; dirs: string[]; ctx: BrowserContext; restarts: WorkerRestarts; times: number[] }[] =
    [];
  try {
    for (const [name, dir] of extensions) {
      const marked = withReadyMark(dir);
      const { ctx, profile } = await launch(exe, marked);
      running.push({ name, dirs: [marked, profile], ctx, restarts: await workerRestarts(ctx, wakeUrl), times: [] });
    }
    const rand = rng(13);
    for (let i = 0; i < WORKER_RESTARTS; i++)
      for (const { restarts, times } of shuffled(running, rand)) times.push(await restarts.next());
    return new Map(running.map(({ name, times }) => [name, times]));
  } finally {
    for (const { ctx, dirs, restarts } of running) {
      await restarts.close();
      await ctx.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  }
}

function packageKb(browser: 'chrome' | 'firefox'): number {
  const out = mkdtempSync(join(tmpdir(), 'statuscope-zip-'));
  execFileSync(
    process.execPath,
    [
      'node_modules/web-ext/bin/web-ext.js',
      'build',
      '--source-dir',
      `dist/${browser}`,
      '--artifacts-dir',
      out,
      '--filename',
      'x.zip',
      '--overwrite-dest',
    ],
    { stdio: 'ignore' },
  );
  const kb = statSync(join(out, 'x.zip')).size / 1024;
  rmSync(out, { recursive: true, force: true });
  return kb;
}

/** One configuration of the page-load rounds: its browser and what each of its loads measured. */
interface Configuration {
  readonly name: string;
  readonly browser: QuietBrowser;
  readonly times: number[];
  readonly cpu: number[];
}

async function main(): Promise<void> {
  const exe = findBrowser('chrome');
  const dist = resolve('dist/chrome');
  const { server, port } = await startServer();
  const url = `http://127.0.0.1:${port}/`;
  const statuscopeDir = withBlankPage(dist);
  const floorDir = floorExtension(mkdtempSync(join(tmpdir(), 'statuscope-floor-')));
  const compared = COMPARE.map((dir) => [basename(dir).replace(/\W+/g, '_'), dir] as const);
  const extensions: readonly (readonly [string, string | undefined])[] = [
    ['none', undefined],
    ['floor', floorDir],
    ['statuscope', statuscopeDir],
    ...compared,
  ];
  const configurations: Configuration[] = [];
  for (const [name, dir] of extensions)
    configurations.push({ name, browser: await quietChromium(exe, dir), times: [], cpu: [] });
  const rand = rng(7);
  for (let i = 0; i < WARMUP + LOADS; i++) {
    // A new order each round (seeded, so runs repeat it): no configuration always loads right after the same other one.
    for (const { browser, times, cpu } of shuffled(configurations, rand)) {
      const before = extensionCpuMs(browser.profile);
      const ms = await browser.read<number>(`${url}?n=${i}`, loadedMs, LOAD_SETTLE_MS);
      if (i >= WARMUP) {
        times.push(ms);
        cpu.push(extensionCpuMs(browser.profile) - before);
      }
    }
  }
  for (const { browser } of configurations) await browser.close();
  const automatedBrowser = await launch(exe, statuscopeDir);
  const automated = await automatedPopupTimes(automatedBrowser.ctx);
  const pageReads = await errorPageReadTimes(automatedBrowser.ctx, ERROR_PAGE_LOADS);
  await automatedBrowser.ctx.close();
  rmSync(automatedBrowser.profile, { recursive: true, force: true });
  const popup = await quietPopupTimes(exe, statuscopeDir);
  const starts = await workerStarts(exe, [['statuscope', dist], ['floor', floorDir], ...compared], `${url}r/0.css`);
  for (const d of [floorDir, statuscopeDir]) rmSync(d, { recursive: true, force: true });
  server.close();

  const configuration = (name: string): Configuration => {
    const found = configurations.find((c) => c.name === name);
    if (!found) throw new Error(`no configuration ${name}`);
    return found;
  };
  const load = (name: string): number => median(configuration(name).times);
  const cpuPerLoad = (name: string): number => mean(configuration(name).cpu);
  // Each round loads every configuration once, close together in time, opens the three popup pages in
  // turn and restarts each extension's worker once: the budgets are checked on the median of per-round
  // figures, which the machine's slower and faster spells move far less than a ratio (or difference) of
  // two whole-run medians.
  const against = (name: string, other: string): number[] =>
    perRound(configuration(name).times, configuration(other).times, ratio);
  const vsNone = (name: string): number => median(against(name, 'none'));
  const beyondBlank = (t: PopupTimes, page: 'ten' | 'thousand'): number[] => perRound(t[page], t.blank, difference);
  const resample = rng(11);
  /** A per-round figure, and the range (95 %) over which chance alone could move it in another run. */
  const withRange = (name: string, values: readonly number[], unit: string): Figure[] => {
    const { low, high } = medianInterval(values, resample);
    return [
      { name, value: median(values), unit },
      { name: `${name}_low95`, value: low, unit },
      { name: `${name}_high95`, value: high, unit },
    ];
  };
  const figure = (name: string, value: number, unit: string): Figure => ({ name, value, unit });
  const figures: Figure[] = [
    figure('page_load_ms_none', load('none'), 'ms'),
    figure('page_load_ms_floor', load('floor'), 'ms'),
    figure('page_load_ms_statuscope', load('statuscope'), 'ms'),
    figure('page_load_ratio_floor', vsNone('floor'), 'x'),
    figure('page_load_ratio', vsNone('statuscope'), 'x'),
    ...withRange('page_load_vs_floor', against('statuscope', 'floor'), 'x'),
    // The ratio of the whole-run medians, as runs before the per-round budgets computed it, to compare with them.
    figure('page_load_vs_floor_of_medians', load('statuscope') / load('floor'), 'x'),
    ...compared.flatMap(([name]): Figure[] => {
      const rounds = against('statuscope', name);
      return [
        figure(`page_load_ratio_${name}`, vsNone(name), 'x'),
        ...withRange(`page_load_vs_${name}`, rounds, 'x'),
        figure(`page_load_faster_than_${name}`, rounds.filter((r) => r < 1).length / rounds.length, 'of rounds'),
      ];
    }),
    // After an idle spell, the events of the next page load wait this long for the worker.
    ...[...starts].map(([name, ms]) =>
      figure(name === 'statuscope' ? 'worker_start_ms' : `worker_start_ms_${name}`, median(ms), 'ms'),
    ),
    ...withRange(
      'worker_start_vs_floor',
      perRound(starts.get('statuscope') ?? [], starts.get('floor') ?? [], ratio),
      'x',
    ),
    figure('extension_cpu_ms_per_load_floor', cpuPerLoad('floor'), 'ms'),
    figure('extension_cpu_ms_per_load', cpuPerLoad('statuscope'), 'ms'),
    ...compared.map(([name]) => figure(`extension_cpu_ms_per_load_${name}`, cpuPerLoad(name), 'ms')),
    // Any extension page takes `blank_page_ms` to paint here; the popup's own cost is what it adds on top.
    figure('blank_page_ms', median(popup.blank), 'ms'),
    figure('popup_open_to_paint_ms_10', median(popup.ten), 'ms'),
    figure('popup_open_to_paint_ms_1000', median(popup.thousand), 'ms'),
    ...withRange('popup_ms_10', beyondBlank(popup, 'ten'), 'ms'),
    ...withRange('popup_ms_1000', beyondBlank(popup, 'thousand'), 'ms'),
    figure('popup_ms_10_of_medians', median(popup.ten) - median(popup.blank), 'ms'),
    // The same, timed through Playwright: its attachment adds a few milliseconds per file a page loads.
    figure('blank_page_ms_automated', median(automated.blank), 'ms'),
    figure('popup_ms_10_automated', median(beyondBlank(automated, 'ten')), 'ms'),
    figure('popup_ms_1000_automated', median(beyondBlank(automated, 'thousand')), 'ms'),
    // From an error document's load event (and from its response's end) to its entry stored with what its page showed.
    figure('error_page_read_ms', median(pageReads.fromLoad), 'ms'),
    figure('error_page_read_from_response_ms', median(pageReads.fromResponse), 'ms'),
    figure('popup_js_gz_kb', popupFirstPaintFiles(dist).reduce((n, f) => n + sizeOf(dist, f).gzip, 0) / 1024, 'KB'),
    // Read and run at every worker start, before the events that woke it are handed over.
    figure('worker_js_kb', workerJsKb(dist), 'KB'),
    figure('worker_rules_kb', workerRulesKb(dist), 'KB'),
    figure('package_zip_kb_chrome', packageKb('chrome'), 'KB'),
    figure('package_zip_kb_firefox', packageKb('firefox'), 'KB'),
  ];
  const { lines, missed } = checked(figures, browserBudgets(compared.map(([name]) => name)));
  for (const line of lines) console.log(line);
  console.log(`loads: ${LOADS} per configuration after ${WARMUP} warm-up loads`);
  process.exit(missed.length ? 1 : 0);
}

void main();
