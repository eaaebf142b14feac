/** Reading and writing the settings in storage.sync. */
import { browser } from '../platform';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

export function saveSettings(settings: Settings): Promise<void> {
  return browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `fn` with the new settings whenever they change (in any window or on another device). */
export function onSettingsChanged(fn: (settings: Settings) => void): () => void {
  // storage.sync's own event, not storage.onChanged: that one would also hand every context each
  // storage.session write of the journal (old and new values), which under heavy traffic is costly.
  const listener = (changes: Record<string, { newValue?: unknown }>): void => {
    if (SETTINGS_KEY in changes) fn(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.sync.onChanged.addListener(listener);
  return () => browser.storage.sync.onChanged.removeListener(listener);
}
