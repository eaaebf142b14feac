/**
 * `npm run bench`: feeds 100,000 synthetic webRequest events through exactly the listeners the worker
 * registers (listener → filter → record → explain → state update), with storage.session replaced by an
 * in-memory stand-in that counts writes and a simulated clock for the write batching. Prints one
 * `name: value unit` line per metric and exits non-zero when a budget is missed.
 *
 * The worker queues an event and records it when the next write begins (recorder.ts); here each event is
 * recorded right after its listener, inside its timing, so a per-event figure is that event's whole
 * recording. A new entry is explained when it is first written, so the per-event figures leave that out;
 * the writes are timed too, and `per_non2xx_with_writes_us`, `events_per_s` and `overhead_vs_noop` include them.
 */
import { digestOf } from '../src/background/digest';
import { Journal } from '../src/background/journal';
import { Persistence, type SessionArea, type Timer } from '../src/background/persistence';
import { createRecorder } from '../src/background/recorder';
import { explain } from '../src/knowledge/explain';
import { observe } from '../src/knowledge/observation';
import { readRules } from '../src/knowledge/rules-read';
import { noiseFilter } from '../src/shared/noise';
import { defaultSettings } from '../src/shared/settings';
import { makeEvents, type BenchEvent } from './events';
import { mean, median } from './sample-stats';

const EVENTS = 100_000;
const RUNS = 7;

/** storage.session stand-in: keeps the values (structured-cloned, as the browser does) and counts writes. */
class MemoryArea implements SessionArea {
  readonly data = new Map<string, unknown>();
  writes = 0;
  async get(): Promise<Record<string, unknown>> {
    return Object.fromEntries(this.data);
  }
  async set(items: Record<string, unknown>): Promise<void> {
    this.writes += 1;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]): Promise<void> {
    this.writes += 1;
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

/** A clock the bench advances with the events' own timestamps. */
class SimulatedTimer implements Timer {
  private time = 0;
  private due: { at: number; fn: () => void }[] = [];
  setTimeout(fn: () => void, ms: number): unknown {
    this.due.push({ at: this.time + ms, fn });
    return this.due.length;
  }
  now(): number {
    return this.time;
  }
  /** Runs the timers that fell due; returns whether any did. */
  advance(to: number): boolean {
    this.time = to;
    const ready = this.due.filter((d) => d.at <= to);
    if (!ready.length) return false;
    this.due = this.due.filter((d) => d.at > to);
    for (const d of ready) d.fn();
    return true;
  }
}

interface RunResult {
  readonly ns: { '2xx': number[]; non2xx: number[] };
  readonly totalNs: number;
  /** Time spent in storage writes, which is also where new entries are explained (see journal's lazyDigest). */
  readonly writeNs: number;
  readonly writes: number;
  /** Kept so the heap is measured while the journal is still alive. */
  readonly journal: Journal;
}

const nowNs = (): bigint => process.hrtime.bigint();

async function runPipeline(events: readonly BenchEvent[]): Promise<RunResult> {
  const area = new MemoryArea();
  const timer = new SimulatedTimer();
  const journal = new Journal({
    skip: noiseFilter(defaultSettings),
    pagesPerTab: defaultSettings.pagesPerTab,
    digest: digestOf,
  });
  const persistence = new Persistence(area, journal, timer);
  const recorder = createRecorder(journal, persistence, (d, fn) => fn(d));
  persistence.beforeWrite = recorder.drain;
  recorder.ready();
  const listeners = {
    redirect: recorder.listener('redirect'),
    completed: recorder.listener('completed'),
    error: recorder.listener('error'),
  };
  const ns = { '2xx': [] as number[], non2xx: [] as number[] };
  let totalNs = 0;
  let writeNs = 0;
  const settle = async (): Promise<void> => {
    const t0 = nowNs();
    await persistence.settled();
    writeNs += Number(nowNs() - t0);
  };
  for (const ev of events) {
    const time = ev.kind === 'close' ? ev.time : ev.details.timeStamp;
    // A timer that fell due may have started a write: let it finish, as the worker's event loop would.
    if (timer.advance(time)) await settle();
    const t0 = nowNs();
    if (ev.kind === 'request') listeners[ev.phase](ev.details);
    else if (ev.kind === 'navigation') recorder.navigation(ev.details);
    else recorder.tabClosed(ev.tabId);
    recorder.drain();
    const dt = Number(nowNs() - t0);
    totalNs += dt;
    if (ev.kind === 'request') ns[ev.category].push(dt);
  }
  timer.advance(Number.MAX_SAFE_INTEGER);
  await settle();
  return { ns, totalNs: totalNs + writeNs, writeNs, writes: area.writes, journal };
}

function runNoop(events: readonly BenchEvent[]): number {
  let sink = 0;
  const noop = (d: { requestId: string }): void => {
    sink += d.requestId.length;
  };
  const t0 = nowNs();
  for (const ev of events) {
    if (ev.kind === 'close') continue;
    noop(ev.details);
  }
  const total = Number(nowNs() - t0);
  if (sink < 0) console.log(sink);
  return total;
}

/** The cost of reading the clock twice, subtracted from each timed event. */
function clockOverheadNs(): number {
  const samples: number[] = [];
  for (let i = 0; i < 100_000; i++) {
    const t0 = nowNs();
    samples.push(Number(nowNs() - t0));
  }
  return median(samples);
}

function explainMicros(): number {
  const observations = [
    observe({ statusCode: 522, headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' } }),
    observe({
      statusCode: 404,
      headers: { server: 'AmazonS3', 'x-amz-error-code': 'NoSuchKey', 'x-cache': 'Error from cloudfront' },
    }),
    observe({ statusCode: 499, url: 'https://gis.example/arcgis/rest/services' }),
    observe({ statusCode: 503, headers: { server: 'Varnish', 'x-varnish': '1', 'retry-after': '5' } }),
    observe({ error: 'net::ERR_NAME_NOT_RESOLVED' }),
    observe({ statusCode: 437 }),
  ];
  /** Explains each observation in turn, `rounds` times over. */
  const explainAll = (rounds: number): void => {
    for (let r = 0; r < rounds; r++) for (const o of observations) explain(o);
  };
  explainAll(Math.ceil(2000 / observations.length));
  const per: number[] = [];
  for (let r = 0; r < 15; r++) {
    const rounds = 500;
    const t0 = nowNs();
    explainAll(rounds);
    per.push(Number(nowNs() - t0) / (rounds * observations.length) / 1000);
  }
  return median(per);
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  await readRules();
  const events = makeEvents(EVENTS);
  const overhead = clockOverheadNs();

  // Warm-up, so the JIT has settled before anything is measured.
  await runPipeline(events.slice(0, 20_000));

  const per2xx: number[] = [];
  const perNon2xx: number[] = [];
  const meanNon2xx: number[] = [];
  const withWrites: number[] = [];
  const totals: number[] = [];
  const noops: number[] = [];
  let writesPer1000 = 0;
  let heapGrowthMb = 0;
  let entriesKept = 0;
  for (let r = 0; r < RUNS; r++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const res = await runPipeline(events);
    gc?.();
    const growth = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
    entriesKept = res.journal.entryCount();
    heapGrowthMb = Math.max(heapGrowthMb, growth);
    // Per run: the median event (GC pauses from storage writes land on random events); the mean is printed too.
    per2xx.push(Math.max(0, median(res.ns['2xx']) - overhead) / 1000);
    perNon2xx.push(Math.max(0, median(res.ns.non2xx) - overhead) / 1000);
    meanNon2xx.push(Math.max(0, mean(res.ns.non2xx) - overhead) / 1000);
    // The whole cost of a failure: its event, plus its share of the writes that explain and store it.
    withWrites.push(
      (Math.max(0, mean(res.ns.non2xx) - overhead) * res.ns.non2xx.length + res.writeNs) / res.ns.non2xx.length / 1000,
    );
    totals.push(res.totalNs - overhead * events.length);
    noops.push(runNoop(events));
    writesPer1000 = (res.writes / events.length) * 1000;
  }

  const metrics = {
    per_event_2xx_us: median(per2xx),
    per_event_non2xx_us: median(perNon2xx),
    per_event_non2xx_mean_us: median(meanNon2xx),
    per_non2xx_with_writes_us: median(withWrites),
    entries_kept: entriesKept,
    events_per_s: events.length / (median(totals) / 1e9),
    overhead_vs_noop: median(totals) / median(noops),
    heap_growth_mb: heapGrowthMb,
    storage_writes: writesPer1000,
    explain_us: explainMicros(),
  };
  const units: Record<keyof typeof metrics, string> = {
    per_event_2xx_us: 'us',
    per_event_non2xx_us: 'us',
    per_event_non2xx_mean_us: 'us',
    per_non2xx_with_writes_us: 'us',
    entries_kept: 'entries',
    events_per_s: 'events/s',
    overhead_vs_noop: 'x',
    heap_growth_mb: 'MB',
    storage_writes: 'per 1000 events',
    explain_us: 'us',
  };
  const budgets: Partial<Record<keyof typeof metrics, number>> = {
    per_event_2xx_us: 1,
    per_event_non2xx_us: 10,
    heap_growth_mb: 10,
    storage_writes: 20,
  };
  let missed = 0;
  for (const [name, value] of Object.entries(metrics) as [keyof typeof metrics, number][]) {
    const budget = budgets[name];
    const over = budget !== undefined && value > budget;
    if (over) missed += 1;
    const shown = value >= 100 ? value.toFixed(0) : value.toFixed(3);
    console.log(
      `${name}: ${shown} ${units[name]}${budget !== undefined ? ` (budget ${budget}${over ? ', MISSED' : ''})` : ''}`,
    );
  }
  if (!gc) console.log('note: run with --expose-gc for an exact heap figure');
  process.exit(missed ? 1 : 0);
}

void main();
