/** Steps on the popup page shared by the tests and the demo: find an item, open it, click a button. */
import { clickButton, openEntry, producerSection, storeLanguage } from './browsers/popup-dom.ts';
import type { ExtensionBrowser, PopupEntry, PopupView } from './browsers/types.ts';
import type { Expectation } from './scenarios.ts';
import { waitFor } from './wait.ts';

export const allEntries = (view: PopupView): PopupEntry[] => view.sections.flatMap((s) => [...s.entries]);

/** The item for a URL (a redirect chain's item carries its first hop's URL). */
export const entryFor = (view: PopupView, url: string): PopupEntry | undefined =>
  allEntries(view).find((e) => e.url === url);

/**
 * The item for `url` once it is complete, or undefined: listed, its chain ended if it is one, and titled by
 * what its error page names once that page has been read.
 */
export function settledEntry(
  view: PopupView,
  url: string,
  exp: Pick<Expectation, 'chain' | 'title'> | undefined,
): PopupEntry | undefined {
  const e = entryFor(view, url);
  return e && (!exp?.chain || e.text.includes(exp.chain)) && (!exp?.title || e.title.includes(exp.title))
    ? e
    : undefined;
}

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

/** The "Who produced it" section of an opened item (see openedEntryText). */
export interface ProducerSection {
  readonly heading: string;
  /** The producer's name as the section shows it. */
  readonly name: string;
  /** The whole producer line: "<name> (<confidence>) — <why>". */
  readonly line: string;
  /** "Could also have been": one "<name> — <why>" per other possible producer. */
  readonly others: readonly string[];
  /** "What would settle it: …", or empty. */
  readonly settle: string;
}

/** Opens the item for `url` and reads its "Who produced it" section. */
export async function openedProducer(b: ExtensionBrowser, url: string): Promise<ProducerSection> {
  await openedEntryText(b, url);
  const section = await b.evalInExtension<ProducerSection | undefined>(producerSection(url));
  if (!section) throw new Error(`no "Who produced it" section in the item for ${url.slice(0, 120)}`);
  return section;
}

/** Sets the UI language in the stored settings, as the options page does; pages pick it up when (re)loaded. */
export async function setUiLanguage(b: ExtensionBrowser, lang: 'auto' | 'en' | 'ru'): Promise<void> {
  const stored = await b.evalInExtension<string>(storeLanguage(lang));
  if (stored !== lang) throw new Error(`the language setting reads ${stored}, not ${lang}`);
}
