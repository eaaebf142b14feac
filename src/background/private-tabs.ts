/**
 * Whether a request's tab is in a private window. Firefox says so in each event; for Chrome the tab is
 * looked up, once per tab: the events that arrive while the answer is on its way wait for that same
 * answer and are then handled in the order they came.
 *
 * Every event passes here first, so this is also where the events of a removed tab stop: those still
 * waiting for the lookup, and any the browser sends after the removal. Recorded, they would make a log
 * for a tab that no longer exists, one nothing would ever remove. Tab ids are never reused in a session.
 */
import type { RequestDetails } from './capture';
import type { PrivacyResolver } from './recorder';

export interface PrivateTabs {
  readonly resolve: PrivacyResolver;
  /** Forgets a closed tab, and drops its events from now on. */
  readonly forget: (tabId: number) => void;
}

/** Removed tabs remembered; late events come within moments of the removal. */
const MAX_REMOVED = 1_000;

export function privateTabs(lookup: (tabId: number) => Promise<boolean>): PrivateTabs {
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
  return {
    resolve: (d: RequestDetails, fn: (d: RequestDetails) => void): void => {
      if (removed.has(d.tabId)) return;
      if (d.incognito !== undefined || d.tabId < 0) {
        fn(d);
        return;
      }
      const withAnswer = (incognito: boolean): void => {
        if (!removed.has(d.tabId)) fn(incognito ? { ...d, incognito: true } : d);
      };
      const k = known.get(d.tabId);
      if (typeof k === 'boolean') withAnswer(k);
      else void (k ?? ask(d.tabId)).then(withAnswer);
    },
    forget: (tabId: number): void => {
      known.delete(tabId);
      removed.add(tabId);
      if (removed.size > MAX_REMOVED) {
        const oldest = removed.values().next().value;
        if (oldest !== undefined) removed.delete(oldest);
      }
    },
  };
}
