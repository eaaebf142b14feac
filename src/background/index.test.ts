import { describe, expect, it, vi } from 'vitest';
import type { CommitDetails } from '../platform/documents';
import type { TabLog } from '../shared/log';
import type { RequestDetails } from './capture';
import { completed, logsOf, webRequestDetails } from '../../test/journal-fixtures';
import { encodeTabLog } from '../shared/log';

/** The extension events the worker listens to, each one the test can fire. */
const events = vi.hoisted(() => {
  const event = <A extends unknown[]>() => {
    const listeners: ((...args: A) => unknown)[] = [];
    return {
      addListener: (fn: (...args: A) => unknown): void => void listeners.push(fn),
      /** Calls every listener; returns what each returned. */
      fire: (...args: A): unknown[] => listeners.map((fn) => fn(...args)),
    };
  };
  /** When each listener named here was registered: during the worker's start, or in a later task. */
  const registered: string[] = [];
  const phase = { now: 'start' };
  const tracked = <E extends { addListener: (fn: never) => void }>(name: string, e: E): E => ({
    ...e,
    addListener: (fn: never): void => {
      registered.push(`${name} ${phase.now}`);
      e.addListener(fn);
    },
  });
  return {
    event,
    registered,
    phase,
    tracked,
    onCompleted: event<[RequestDetails]>(),
    onSuspend: event<[]>(),
    onReplaced: event<[number, number]>(),
    onCommitted: event<[CommitDetails]>(),
    onMessage: event<[unknown, { id?: string; url?: string }, (reply: unknown) => void]>(),
    onInputChanged: event<[string, (results: { content: string; description: string }[]) => void]>(),
    onInputEntered: event<[string, string]>(),
    /** What the worker asked of the omnibox and tabs APIs, and of the frames it reads. */
    calls: [] as unknown[][],
  };
});

vi.mock('../platform', async () => {
  const { fakeBrowser } = await import('../../test/fake-browser');
  const { webRequestListeners } = await import('../platform/web-request');
  const { storedBytes } = await import('../platform/storage');
  const { event } = events;
  return {
    browser: {
      ...fakeBrowser,
      runtime: { ...fakeBrowser.runtime, id: 'statuscope', onMessage: events.onMessage, onSuspend: events.onSuspend },
      storage: {
        ...fakeBrowser.storage,
        sync: {
          ...fakeBrowser.storage.sync,
          onChanged: events.tracked('settings', fakeBrowser.storage.sync.onChanged),
        },
      },
      webRequest: {
        onBeforeRedirect: event(),
        onCompleted: events.tracked('completed', events.onCompleted),
        onErrorOccurred: event(),
        onHeadersReceived: event(),
        onResponseStarted: event(),
      },
      tabs: {
        ...fakeBrowser.tabs,
        onRemoved: events.tracked('tab closed', event()),
        onReplaced: events.onReplaced,
        // Asked once the journal is read, at the start. A tab opens, and its entry is written, while the
        // answer is on its way.
        query: async () => {
          events.onCompleted.fire(
            webRequestDetails({
              requestId: 'meanwhile',
              url: 'https://a.test/opened-meanwhile.png',
              tabId: 31,
              incognito: false,
            }),
          );
          events.onSuspend.fire();
          await new Promise((resolve) => setTimeout(resolve, 0));
          return [{ id: 30 }];
        },
        update: async (props: unknown) => void events.calls.push(['update', props]),
        create: async (props: unknown) => void events.calls.push(['create', props]),
      },
      omnibox: {
        onInputChanged: events.onInputChanged,
        onInputEntered: events.onInputEntered,
        setDefaultSuggestion: (s: unknown) => void events.calls.push(['default', s]),
      },
      webNavigation: { onCommitted: events.tracked('committed', events.onCommitted) },

      windows: {
        ...fakeBrowser.windows,
        onCreated: events.tracked('window opened', event()),
        onRemoved: events.tracked('window closed', event()),
        getAll: async () => [],
      },
      action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
    },
    commitFilter: { url: [{ schemes: ['http', 'https'] }] },
    isPrivateTab: async () => false,
    tablessPrivacy: 'known',
    anyPrivateWindow: async () => false,
    listeners: webRequestListeners.firefox,
    sessionBytes: storedBytes.firefox,
    onSuspend: events.onSuspend,
    suggestionText: (runs: { text: string }[]) => runs.map((r) => r.text).join(''),
  };
});

// The error page the test's frame shows: Cloudflare's, with its 1016.
vi.mock('../platform/scripting', () => ({
  readInFrame: async (tabId: number, frameId: number, url: string, markers: readonly { id: string }[]) => {
    events.calls.push(['readInFrame', tabId, frameId, url, markers.some((m) => m.id === 'cloudflare.page-error')]);
    return [{ id: 'cloudflare.page-error', value: '1016' }];
  },
}));

const { fakeBrowser } = await import('../../test/fake-browser');

// What the worker finds saved when it starts (the first test imports it): tab 30 still open, tab 40 closed
// while it was stopped, and a private window's tab-less entry from private browsing that ended meanwhile.
const saved = (url: string, tabId: number, incognito = false): Record<string, string> =>
  encodeTabLog(logsOf([{ ...completed({ url, statusCode: 404 }), incognito }], tabId)[0]!);
await fakeBrowser.storage.session.set({
  ...saved('https://a.test/still-open.png', 30),
  ...saved('https://a.test/closed-while-stopped.png', 40),
  ...saved('https://a.test/private-worker.js', -1, true),
});

/** Lets the worker's promises run; its write timer (hundreds of milliseconds) stays pending. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the worker', () => {
  // First: the worker module starts once, at its first import.
  it('registers the listeners that must wake it during its start, and those that need not in a later task', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await import('./index');
    events.phase.now = 'later';
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
    await tick();
    expect(events.registered).toEqual([
      'completed start',
      'committed start',
      'tab closed later',
      'window closed later',
      'window opened later',
      'settings later',
    ]);
  });

  it('forgets, once its journal is read, the tabs that closed and the private browsing that ended while it was stopped', async () => {
    await import('./index');
    const stored = async (): Promise<string[]> => Object.keys(await fakeBrowser.storage.session.get(null)).sort();
    await vi.waitFor(async () => expect(await stored()).not.toContain('tab:40'), { timeout: 3_000 });
    expect((await stored()).filter((key) => !key.endsWith(':earlier'))).toEqual(['tab:30', 'tab:31']);
  });

  it('answers a page through sendResponse, keeping the channel open, as Chrome needs', async () => {
    await import('./index');
    await tick();
    const replies: unknown[] = [];
    const own = { id: 'statuscope', url: fakeBrowser.runtime.getURL('src/popup/index.html') };
    const returned = events.onMessage.fire({ type: 'clear' }, own, (reply) => replies.push(reply));
    expect(returned).toEqual([true]);
    await tick();
    await tick();
    expect(replies).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('writes the events still queued when the browser suspends it', async () => {
    await import('./index');
    await tick();
    events.onCompleted.fire(webRequestDetails({ url: 'https://a.test/missing.png', incognito: false }));
    expect(fakeBrowser.storage.session.peek('tab:1')).toBeUndefined();
    events.onSuspend.fire();
    await tick();
    expect(String(fakeBrowser.storage.session.peek('tab:1'))).toContain('https://a.test/missing.png');
  });
  it("moves a replaced tab's log to the tab that replaced it", async () => {
    await import('./index');
    await tick();
    events.onCompleted.fire(
      webRequestDetails({
        requestId: '2',
        url: 'https://a.test/prerendered-miss.png',
        tabId: 5,
        timeStamp: 2,
        incognito: false,
      }),
    );
    events.onReplaced.fire(6, 5);
    await tick();
    events.onSuspend.fire();
    await tick();
    expect(fakeBrowser.storage.session.peek('tab:5')).toBeUndefined();
    expect(String(fakeBrowser.storage.session.peek('tab:6'))).toContain('https://a.test/prerendered-miss.png');
  });

  it('listens to top-level commits: a page back from the back/forward cache is stored as the current page', async () => {
    await import('./index');
    await tick();
    const load = (id: string, url: string, documentId: string): void => {
      events.onCompleted.fire(
        webRequestDetails({ requestId: id, url, type: 'main_frame', statusCode: 200, tabId: 9, incognito: false }),
      );
      events.onCommitted.fire({ tabId: 9, frameId: 0, url, documentId, timeStamp: 1 });
      events.onCompleted.fire(
        webRequestDetails({ requestId: `${id}i`, url: `${url}.png`, tabId: 9, incognito: false }),
      );
    };
    load('a', 'https://a.test/a', 'doc-a');
    load('b', 'https://a.test/b', 'doc-b');
    events.onCommitted.fire({ tabId: 9, frameId: 0, url: 'https://a.test/a', documentId: 'doc-a', timeStamp: 2 });
    await tick();
    events.onSuspend.fire();
    await tick();
    const newest = JSON.parse(String(fakeBrowser.storage.session.peek('tab:9'))) as TabLog;
    expect(newest.pages.map((p) => p.url)).toEqual(['https://a.test/a']);
    expect(newest.pages[0]!.entries.map((e) => e.obs.url)).toEqual(['https://a.test/a.png']);
  });

  it('reads the page of an error document in its frame and stores what it names at once', async () => {
    await import('./index');
    await tick();
    events.onCompleted.fire(
      webRequestDetails({
        requestId: 'cf',
        url: 'https://shop.test/',
        type: 'main_frame',
        statusCode: 530,
        tabId: 11,
        frameId: 0,
        incognito: false,
        responseHeaders: [{ name: 'server', value: 'cloudflare' }],
      }),
    );
    await vi.waitFor(() => expect(String(fakeBrowser.storage.session.peek('tab:11'))).toContain('page-error'));
    expect(events.calls).toContainEqual(['readInFrame', 11, 0, 'https://shop.test/', true]);
    const log = JSON.parse(String(fakeBrowser.storage.session.peek('tab:11'))) as TabLog;
    expect(log.pages[0]!.entries[0]!.digest).toMatchObject({
      who: 'Cloudflare',
      named: expect.stringContaining('1016'),
    });
  });

  it('answers the address-bar keyword: suggestions for the typed code, and Enter opens the lookup page', async () => {
    await import('./index');
    await tick();
    const shown: { content: string; description: string }[][] = [];
    events.onInputChanged.fire('522', (results) => shown.push(results));
    await vi.waitFor(() => expect(shown).toHaveLength(1));
    expect(shown[0]![0]).toEqual({ content: '522 cloudflare.522', description: expect.stringContaining('Cloudflare') });
    expect(events.calls).toContainEqual(['default', { description: 'Look up 522 in Statuscope' }]);
    events.onInputEntered.fire('522 cloudflare.522', 'currentTab');
    events.onInputEntered.fire('ERR_CERT_DATE_INVALID', 'newBackgroundTab');
    await tick();
    expect(events.calls).toContainEqual([
      'update',
      { url: fakeBrowser.runtime.getURL('src/popup/index.html?lookup=522&meaning=cloudflare.522') },
    ]);
    expect(events.calls).toContainEqual([
      'create',
      { url: fakeBrowser.runtime.getURL('src/popup/index.html?lookup=net%3A%3AERR_CERT_DATE_INVALID'), active: false },
    ]);
  });
});
