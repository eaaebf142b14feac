/**
 * Whether a request's tab is in a private window. Firefox says so in each event; for Chrome the tab is
 * looked up, once per tab: the events that arrive while the answer is on its way wait for that same
 * answer and are then handled in the order they came.
 */
import type { RequestDetails } from './capture';
import type { PrivacyResolver } from './recorder';

export interface PrivateTabs {
  readonly resolve: PrivacyResolver;
  /** Forgets a closed tab. */
  readonly forget: (tabId: number) => void;
}

export function privateTabs(lookup: (tabId: number) => Promise<boolean>): PrivateTabs {
  const known = new Map<number, boolean | Promise<boolean>>();
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
      if (d.incognito !== undefined || d.tabId < 0) {
        fn(d);
        return;
      }
      const withAnswer = (incognito: boolean): void => fn(incognito ? { ...d, incognito: true } : d);
      const k = known.get(d.tabId);
      if (typeof k === 'boolean') withAnswer(k);
      else void (k ?? ask(d.tabId)).then(withAnswer);
    },
    forget: (tabId: number): void => void known.delete(tabId),
  };
}
