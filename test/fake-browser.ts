/**
 * A stand-in for the extension API in component tests: i18n answers from the real message files,
 * storage is in memory. Used through vi.mock('…/platform').
 */
import en from '../public/_locales/en/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { format } from '../src/shared/format-message';

let uiLanguage = 'en-US';
/** The browser's further languages, in order, after uiLanguage (Firefox's list of alternatives). */
let moreLanguages: readonly string[] = [];
export const setUiLanguage = (lang: string, alternatives: readonly string[] = []): void => {
  uiLanguage = lang;
  moreLanguages = alternatives;
};

/**
 * The message file a browser reads, which getUILanguage() does not always name: Firefox takes the first of
 * its languages the extension has a file for, Chrome the UI language's own file or else default_locale (en).
 * With no alternatives given, both are the UI language's file when there is one, else English.
 */
const messageFile = (): Messages => {
  const lang = [uiLanguage, ...moreLanguages]
    .map((l) => l.toLowerCase().split(/[-_]/)[0])
    .find((l) => l === 'en' || l === 'ru');
  return lang === 'ru' ? ru : en;
};

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

type AreaName = 'sync' | 'session';
type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;
type AreaListener = (changes: Changes) => void;

const areaListeners: Record<AreaName, Set<AreaListener>> = { sync: new Set(), session: new Set() };

/** One storage area kept in memory; values are cloned in and out, as the real API serialises them. */
function memoryArea(name: AreaName) {
  const data = new Map<string, unknown>();
  let failure: Error | undefined;
  return {
    get: async (keys?: null | string | readonly string[]): Promise<Record<string, unknown>> => {
      const wanted = keys === null || keys === undefined ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of wanted) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    set: async (items: Record<string, unknown>): Promise<void> => {
      if (failure) {
        const e = failure;
        failure = undefined;
        throw e;
      }
      const changes: Changes = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const l of areaListeners[name]) l(structuredClone(changes));
    },
    /** The area's own event (storage.sync.onChanged), which sees only this area's changes. */
    onChanged: {
      addListener: (l: AreaListener) => void areaListeners[name].add(l),
      removeListener: (l: AreaListener) => void areaListeners[name].delete(l),
    },
    remove: async (keys: string | readonly string[]): Promise<void> => {
      const changes: Changes = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(k)) continue;
        changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      if (Object.keys(changes).length) for (const l of areaListeners[name]) l(structuredClone(changes));
    },
    /** Test helper: what the area holds now. */
    peek: (key: string): unknown => structuredClone(data.get(key)),
    /** Test helper: makes the next `set` reject, as a quota or rate limit would. */
    failNextSet: (error: Error): void => {
      failure = error;
    },
    clear: (): void => {
      data.clear();
      failure = undefined;
    },
  };
}

export const fakeBrowser = {
  i18n: {
    getUILanguage: () => uiLanguage,
    getMessage: (key: string, subs?: string | string[]) => {
      return format(messageFile()[key], Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]) ?? '';
    },
  },
  storage: {
    session: memoryArea('session'),
    sync: memoryArea('sync'),
  },
  runtime: {
    sendMessage: async () => ({ ok: true }),
    getURL: (p: string) => `chrome-extension://test/${p}`,
    openOptionsPage: async () => undefined,
  },
  tabs: { query: async () => [{ id: 1 }], create: async () => ({}) },
  extension: { inIncognitoContext: false },
  windows: { getCurrent: async () => ({ incognito: false }) },
};

/** Empties both storage areas and forgets change listeners, between tests. */
export function resetFakeBrowser(): void {
  fakeBrowser.storage.sync.clear();
  fakeBrowser.storage.session.clear();
  for (const set of Object.values(areaListeners)) set.clear();
  uiLanguage = 'en-US';
  moreLanguages = [];
}
