/** Where the popup's data comes from: the worker's saved journal in storage.session, kept live. */
import { useEffect, useState } from 'preact/hooks';
import type { TabLog } from '../background/journal';
import { loadTabLogs } from '../background/persistence';
import type { Message } from '../background/messages';
import { browser } from '../platform';

/** `?tab=123` shows that tab, `?tab=all` every tab; without it, the active tab of this window. */
export async function resolveTarget(search: string): Promise<number | 'all'> {
  const param = new URLSearchParams(search).get('tab');
  if (param === 'all') return 'all';
  if (param !== null && /^-?\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? 'all';
}

/** Reads the saved logs; started before the first render so the list can paint at once. */
export const readTabLogs = (): Promise<TabLog[]> => loadTabLogs(browser.storage.session);

/** The saved logs, starting from `initial` and reloaded whenever the worker writes. */
export function useTabLogs(initial: TabLog[]): TabLog[] {
  const [logs, setLogs] = useState<TabLog[]>(initial);
  useEffect(() => {
    let alive = true;
    let latest = 0;
    const reload = (): void => {
      const seq = ++latest;
      void readTabLogs().then((l) => {
        // Only the newest read counts: an older one finishing late must not bring back stale logs.
        if (alive && seq === latest) setLogs(l);
      });
    };
    // storage.session's own event: a settings change must not re-read the journal.
    const onChanged = (): void => reload();
    browser.storage.session.onChanged.addListener(onChanged);
    // Effects run after the first paint: whatever the worker wrote since `initial` was read would be lost.
    reload();
    return () => {
      alive = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, []);
  return logs;
}

export function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Private-window entries are shown only in a private window's popup. */
export const showPrivate = (): boolean => browser.extension.inIncognitoContext === true;
