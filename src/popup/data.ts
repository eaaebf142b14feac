/** Where the popup's data comes from: the worker's saved journal in storage.session, kept live. */
import { browser } from '../platform';
import { earlierKey, loadTabLogs, tabKey, type TabLog } from '../shared/log';
import type { Message } from '../shared/messages';

/** `?tab=123` shows that tab, `?tab=all` every tab; without it, the active tab of this window. */
export async function resolveTarget(search: string): Promise<number | 'all'> {
  const param = new URLSearchParams(search).get('tab');
  if (param === 'all') return 'all';
  if (param !== null && /^-?\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? 'all';
}

/** Resolves after the next frame has been drawn: a frame, then a task. */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Shows the saved logs of `target` (one tab, or every tab) now and again whenever the worker rewrites
 * them. For one tab, its newest page is read and shown first, and its earlier page loads once that is painted.
 * The listener is in place before the first read, so a write landing meanwhile is not missed; a read
 * answering after a later-started one has been shown is dropped, so stale logs never come back.
 * Returns a function that stops watching.
 */
export function watchTabLogs(target: number | 'all', show: (logs: TabLog[]) => void): () => void {
  const area = browser.storage.session;
  const tabId = target === 'all' ? undefined : target;
  let started = 0;
  let shown = 0;
  let stopped = false;
  const read = (part: 'whole' | 'newest'): Promise<void> => {
    const seq = ++started;
    return loadTabLogs(area, tabId, part).then((logs) => {
      if (stopped || seq < shown) return;
      shown = seq;
      show(logs);
    });
  };
  // storage.session's own event: a settings change must not re-read the journal, nor another tab's write.
  const onChanged = (changes: Record<string, unknown>): void => {
    if (tabId === undefined || tabKey(tabId) in changes || earlierKey(tabId) in changes) void read('whole');
  };
  area.onChanged.addListener(onChanged);
  if (tabId === undefined) void read('whole');
  // The earlier pages wait until the newest is on screen: read, parsed and drawn before that frame, a
  // long log would hold back the very paint that reading the newest page alone was meant to speed up.
  else
    void read('newest')
      .then(afterPaint)
      .then(() => read('whole'));
  return () => {
    stopped = true;
    area.onChanged.removeListener(onChanged);
  };
}

export function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * Whether this page is shown in a private window: only there are private-window entries listed. The
 * window is asked, because Chrome runs the popup of an extension that spans both kinds of window in the
 * normal profile, where `extension.inIncognitoContext` is false even in a private window's popup.
 * When the window cannot be told, private entries stay hidden.
 */
export async function inPrivateWindow(): Promise<boolean> {
  if (browser.extension.inIncognitoContext === true) return true;
  try {
    return (await browser.windows.getCurrent()).incognito;
  } catch {
    return false;
  }
}
