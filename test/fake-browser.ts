/**
 * A stand-in for the extension API in component tests: i18n answers from the real message files,
 * storage is in memory. Used through vi.mock('…/platform').
 */
import en from '../public/_locales/en/messages.json';
import ru from '../public/_locales/ru/messages.json';
import { format } from '../src/shared/format-message';

let uiLanguage = 'en-US';
export const setUiLanguage = (lang: string): void => {
  uiLanguage = lang;
};

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const fakeBrowser = {
  i18n: {
    getUILanguage: () => uiLanguage,
    getMessage: (key: string, subs?: string | string[]) => {
      const table: Messages = uiLanguage.startsWith('ru') ? ru : en;
      return format(table[key], Array.isArray(subs) ? subs : subs === undefined ? [] : [subs]) ?? '';
    },
  },
  storage: {
    session: { get: async () => ({}), set: async () => undefined, remove: async () => undefined },
    sync: { get: async () => ({}), set: async () => undefined },
    onChanged: { addListener: () => undefined, removeListener: () => undefined },
  },
  runtime: { sendMessage: async () => ({ ok: true }), getURL: (p: string) => `chrome-extension://test/${p}`, openOptionsPage: async () => undefined },
  tabs: { query: async () => [{ id: 1 }], create: async () => ({}) },
  extension: { inIncognitoContext: false },
};
