/** Steps on the popup page shared by the tests and the demo: find an item, open it, click a button. */
import { clickButton, openEntry } from './browsers/popup-dom.ts';
import type { ExtensionBrowser, PopupEntry, PopupView } from './browsers/types.ts';
import { waitFor } from './wait.ts';

export const allEntries = (view: PopupView): PopupEntry[] => view.sections.flatMap((s) => [...s.entries]);

/** The item for a URL (a redirect chain's item carries its first hop's URL). */
export const entryFor = (view: PopupView, url: string): PopupEntry | undefined =>
  allEntries(view).find((e) => e.url === url);

/** Opens the item for `url` and returns its whole text once its explanation has loaded. */
export async function openedEntryText(b: ExtensionBrowser, url: string): Promise<string> {
  const r = await waitFor(
    () => b.evalInExtension<{ found: boolean; loaded: boolean; text: string }>(openEntry(url)),
    (x) => x.found && x.loaded,
    `the popup item for ${url.slice(0, 120)} to open`,
  );
  return r.text;
}

export async function clickPopupButton(b: ExtensionBrowser, label: string): Promise<void> {
  if (!(await b.evalInExtension<boolean>(clickButton(label)))) throw new Error(`no "${label}" button in the popup`);
}
