/**
 * A Chromium whose pages load with no automation attached. Playwright attaches to every new page and
 * follows its network and runtime events, which slows every page by a few milliseconds per file it loads.
 * Here a page is opened over a bare DevTools connection and attached to only after it has loaded, to read
 * a value (a performance mark, say) out of it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { chromiumArgs } from '../e2e/browsers/chromium-flags.ts';
import { sleep, waitFor } from '../e2e/wait.ts';

export interface QuietBrowser {
  /** chrome-extension://<id> of the loaded extension; empty without one. */
  readonly extensionOrigin: string;
  /** The browser's --user-data-dir, which names its processes. */
  readonly profile: string;
  /** Opens `url` in a new tab, waits `settleMs`, evaluates `expression` there (awaiting a promise), closes the tab. */
  read<T>(url: string, expression: string, settleMs: number): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  readonly id?: number;
  readonly result?: unknown;
  readonly error?: { message: string };
}

interface Evaluated {
  readonly result?: { value?: unknown };
  readonly exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * Left after a tab closes, before the next page loads in any of the browsers: an extension's work on a
 * closed tab (Statuscope writes its log shortly after the close) must not land on another configuration's load.
 */
const CLOSE_SETTLE_MS = 1_000;

export async function quietChromium(exe: string, extension?: string): Promise<QuietBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'statuscope-quiet-'));
  const child = spawn(
    exe,
    [
      ...chromiumArgs(extension),
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  const [port, path] = await waitFor(
    async () => (existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n') : []),
    (lines) => Boolean(lines[1]),
    'the DevTools port',
    20_000,
    100,
  );
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`);
  await new Promise((ok, fail) => ws.once('open', ok).once('error', fail));
  let last = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  ws.on('message', (data) => {
    const reply = JSON.parse(String(data)) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  const send = <T>(method: string, params: Record<string, unknown>, sessionId?: string): Promise<T> =>
    new Promise((ok, fail) => {
      const id = ++last;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        if (reply.error) fail(new Error(`${method}: ${reply.error.message}`));
        else ok(reply.result as T);
      });
      ws.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  const workers = extension
    ? await waitFor(
        async () => {
          const { targetInfos } = await send<{ targetInfos: { type: string; url: string }[] }>('Target.getTargets', {});
          return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
        },
        (found) => found.length > 0,
        'the extension service worker',
        20_000,
        100,
      )
    : [];

  return {
    extensionOrigin: workers[0] ? `chrome-extension://${new URL(workers[0].url).host}` : '',
    profile,
    async read<T>(url: string, expression: string, settleMs: number): Promise<T> {
      const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url });
      try {
        await sleep(settleMs);
        const { sessionId } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
        const out = await send<Evaluated>(
          'Runtime.evaluate',
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        );
        if (out.exceptionDetails)
          throw new Error(`${url}: ${out.exceptionDetails.exception?.description ?? out.exceptionDetails.text}`);
        return out.result?.value as T;
      } finally {
        // Closing returns before the page is torn down; the next page must not load during that work.
        await send<unknown>('Target.closeTarget', { targetId });
        await waitFor(
          async () => {
            const { targetInfos } = await send<{ targetInfos: { targetId: string }[] }>('Target.getTargets', {});
            return targetInfos.some((t) => t.targetId === targetId);
          },
          (open) => !open,
          'the closed tab to go',
          20_000,
          100,
        );
        await sleep(CLOSE_SETTLE_MS);
      }
    },
    async close(): Promise<void> {
      await send<unknown>('Browser.close', {}).catch(() => undefined);
      ws.close();
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5_000)]);
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
