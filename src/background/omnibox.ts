/**
 * The address-bar keyword ("sc 522"): suggestions from the lookup index of the UI language, and Enter
 * opening the lookup page. The index is fetched on the first input, not when the worker starts.
 */
import type { Omnibox } from 'webextension-polyfill';
import type { LookupIndex } from '../knowledge/lookup-index';
import { lookupSearch, type Styled, suggestFor } from '../knowledge/lookup-suggest';
import type { Lang } from '../knowledge/types';

export interface OmniboxDeps {
  readonly omnibox: Pick<Omnibox.Static, 'onInputChanged' | 'onInputEntered' | 'setDefaultSuggestion'>;
  readonly tabs: {
    update(props: { url: string }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<unknown>;
  };
  /** The extension's URL of a path ("src/popup/index.html?lookup=522"). */
  readonly url: (path: string) => string;
  /** The language the suggestions are in: the UI's. */
  readonly lang: () => Lang;
  readonly index: (lang: Lang) => Promise<LookupIndex>;
  /** The browser's form of a suggestion's description (platform/omnibox.ts). */
  readonly describe: (runs: readonly Styled[]) => string;
  readonly onError: (e: unknown) => void;
}

export const LOOKUP_PAGE = 'src/popup/index.html';

/** Registers the keyword's listeners; call at the worker's top level. */
export function registerOmnibox(d: OmniboxDeps): void {
  // Only the newest input's suggestions are given: an older one's index read may end after a newer one's.
  let latest = 0;
  d.omnibox.onInputChanged.addListener((text, suggest) => {
    const call = ++latest;
    void d
      .index(d.lang())
      .then((index) => {
        if (call !== latest) return;
        const { first, rest } = suggestFor(text, index);
        d.omnibox.setDefaultSuggestion({ description: d.describe(first) });
        suggest(rest.map((s) => ({ content: s.content, description: d.describe(s.description) })));
      })
      .catch(d.onError);
  });
  d.omnibox.onInputEntered.addListener((text, disposition) => {
    const url = d.url(`${LOOKUP_PAGE}${lookupSearch(text)}`);
    const opened =
      disposition === 'currentTab'
        ? d.tabs.update({ url })
        : d.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
    void opened.catch(d.onError);
  });
}
