/**
 * Whether a request's tab is in a private window. Firefox says so in each webRequest event (not in
 * webNavigation ones, which take the answer a webRequest event of the tab gave); otherwise the tab is
 * looked up, once per tab: the events that arrive while the answer is on its way, saying or not, wait for
 * that same answer and are then handled in the order they came.
 *
 * A request with no tab (a site's service worker) has no tab to look up. Where the browser does not say
 * whether it came from a private window (platform's `tablessPrivacy`), it is dropped while any private
 * window is open: kept, it could show a private window's request in a normal window, or outlive the
 * private windows.
 *
 * Every event passes here first, so this is also where the events of a removed tab stop: those still
 * waiting for the lookup, and any the browser sends after the removal. Recorded, they would make a log
 * for a tab that no longer exists, one nothing would ever remove. Tab ids are never reused in a session.
 */
import type { TablessPrivacy } from '../platform';
import type { PrivacyResolver, TabEvent } from './recorder';

export interface PrivateTabs {
  readonly resolve: PrivacyResolver;
  /** Forgets a closed tab, and drops its events from now on. */
  readonly forget: (tabId: number) => void;
  /** A window opened or closed: whether a private one is open is asked again. */
  readonly windowsChanged: () => void;
  /**
   * `oldTabId` gave way to `newTabId` (tabs.onReplaced): forgets the old tab and runs `fn` with whether
   * the new one is private, unless it closed first.
   */
  readonly replaced: (newTabId: number, oldTabId: number, fn: (incognito: boolean) => void) => void;
}

/** Removed tabs remembered; late events come within moments of the removal. */
const MAX_REMOVED = 1_000;

export function privateTabs(
  lookup: (tabId: number) => Promise<boolean>,
  tabless: TablessPrivacy,
  anyPrivateWindow: () => Promise<boolean>,
): PrivateTabs {
  const known = new Map<number, boolean | Promise<boolean>>();
  const removed = new Set<number>();
  const ask = (tabId: number): Promise<boolean> => {
    const answer = lookup(tabId).then((incognito) => {
      // A tab closed meanwhile stays forgotten.
      if (known.get(tabId) === answer) known.set(tabId, incognito);
      return incognito;
    });
    known.set(tabId, answer);
    return answer;
  };
  /** Runs `fn` with whether the tab is private, unless the tab is removed first. */
  const privacyOf = (tabId: number, fn: (incognito: boolean) => void): void => {
    const withAnswer = (incognito: boolean): void => {
      if (!removed.has(tabId)) fn(incognito);
    };
    const k = known.get(tabId);
    if (typeof k === 'boolean') withAnswer(k);
    else void (k ?? ask(tabId)).then(withAnswer);
  };

  // Only asked where tab-less events don't say, at the first one rather than at every worker start; a
  // window's opening or closing asks again once it has been asked.
  let privateOpen: boolean | Promise<boolean> | undefined;
  const askWindows = (): Promise<boolean> => {
    const answer = anyPrivateWindow().then((open) => {
      if (privateOpen === answer) privateOpen = open;
      return open;
    });
    privateOpen = answer;
    return answer;
  };
  const tablessEvent = <D extends TabEvent>(d: D, fn: (d: D) => void): void => {
    if (tabless === 'known') {
      // Firefox always says; were it ever silent, the event counts as private.
      fn(d.incognito === undefined ? { ...d, incognito: true } : d);
      return;
    }
    const withAnswer = (open: boolean): void => {
      if (!open) fn(d);
    };
    if (typeof privateOpen === 'boolean') withAnswer(privateOpen);
    else void (privateOpen ?? askWindows()).then(withAnswer);
  };

  const forget = (tabId: number): void => {
    known.delete(tabId);
    removed.add(tabId);
    if (removed.size > MAX_REMOVED) {
      const oldest = removed.values().next().value;
      if (oldest !== undefined) removed.delete(oldest);
    }
  };

  return {
    resolve: <D extends TabEvent>(d: D, fn: (d: D) => void): void => {
      if (d.tabId < 0) {
        tablessEvent(d, fn);
        return;
      }
      if (removed.has(d.tabId)) return;
      const k = known.get(d.tabId);
      if (d.incognito !== undefined && typeof k !== 'object') {
        // Firefox's webRequest events say; its webNavigation events do not, and need not ask after one did.
        if (k === undefined) known.set(d.tabId, d.incognito);
        fn(d);
        return;
      }
      // An event that says waits all the same behind a lookup on its way, so the tab's events keep their order.
      const given = d.incognito;
      privacyOf(d.tabId, (incognito) => fn(given !== undefined ? d : incognito ? { ...d, incognito: true } : d));
    },
    forget,
    windowsChanged: () => {
      if (tabless === 'unknown' && privateOpen !== undefined) void askWindows();
    },
    replaced: (newTabId, oldTabId, fn) => {
      forget(oldTabId);
      privacyOf(newTabId, fn);
    },
  };
}
