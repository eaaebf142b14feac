import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { webRequestListeners } from '../src/platform/web-request';
import { floorExtension } from './floor';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs a worker script against a stand-in `chrome.webRequest` that records each addListener call. */
function registered(script: string): { event: string; args: unknown[]; returns: unknown }[] {
  const calls: { event: string; args: unknown[]; returns: unknown }[] = [];
  const webRequest = new Proxy(
    {},
    {
      get: (_, event: string) => ({
        addListener: (fn: () => unknown, ...args: unknown[]) => calls.push({ event, args, returns: fn() }),
      }),
    },
  );
  runInNewContext(script, { chrome: { webRequest } });
  return calls;
}

describe('floorExtension', () => {
  it("registers exactly the worker's Chrome listeners, with the same filters and options, each doing nothing", () => {
    const dir = floorExtension(mkdtempSync(join(tmpdir(), 'floor-test-')));
    made.push(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.background).toEqual({ service_worker: 'sw.js' });
    const calls = registered(readFileSync(join(dir, 'sw.js'), 'utf8'));
    const expected = Object.entries(webRequestListeners.chrome).map(([event, listener]) => ({
      event,
      args: 'extraInfoSpec' in listener ? [listener.filter, listener.extraInfoSpec] : [listener.filter],
      returns: undefined,
    }));
    expect(calls).toEqual(expected);
    expect(calls.map((c) => c.event)).toEqual([
      'onBeforeRedirect',
      'onCompleted',
      'onErrorOccurred',
      'onHeadersReceived',
      'onResponseStarted',
    ]);
  });
});
