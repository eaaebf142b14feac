/**
 * UI strings, through browser.i18n (public/_locales). When the person picks a language other than the
 * browser's in the options, the same message files are fetched from the package, since browser.i18n cannot switch.
 * Those files are loaded only then: bundled, they were half of the script every page runs before it paints.
 * Plural forms are separate keys chosen by Intl.PluralRules in the language of the strings shown: Russian
 * needs three for whole numbers (1 сбой, 2 сбоя, 5 сбоев) and a fourth, `other`, for fractions (1,5 сбоя).
 */
import type en from '../../public/_locales/en/messages.json';
import type { Lang } from '../knowledge/types';
import { browser } from '../platform';
import { format, type MessageEntry } from './format-message';

export type MessageKey = keyof typeof en;

type Messages = Readonly<Record<string, MessageEntry>>;

const asMessages = async (r: Response): Promise<Messages> => {
  if (!r.ok) throw new Error(`message file: ${r.status}`);
  return (await r.json()) as Messages;
};
/** Read from the package's own _locales, the files browser.i18n reads: not a second copy as a script. */
const messageFiles: Readonly<Record<Lang, () => Promise<Messages>>> = {
  en: () => fetch('/_locales/en/messages.json').then(asMessages),
  ru: () => fetch('/_locales/ru/messages.json').then(asMessages),
};

/** The forced language, and its messages when they are not the browser's own. */
let override: Lang | undefined;
let forced: Messages | undefined;
let requested = 0;

/**
 * 'auto' follows the browser; 'en' or 'ru' force a language for the UI and the explanations. Resolves
 * once the strings are ready; until then the previous language stays. The last call wins.
 */
export async function setLanguage(lang: 'auto' | Lang): Promise<void> {
  const call = ++requested;
  const next = lang === 'auto' ? undefined : lang;
  const messages = next && next !== browserLang() ? await messageFiles[next]() : undefined;
  if (call !== requested) return;
  override = next;
  forced = messages;
}

/**
 * The language of the message file the browser reads strings from. Each file names its own language
 * (messagesLang), so explanations follow the strings on screen. getUILanguage() can name another: Firefox
 * picks the file by going down the whole list of the browser's languages (a Ukrainian Firefox with Russian
 * as its second language reads _locales/ru while getUILanguage() says "uk"); Chrome goes from the UI language
 * to its base language, then to default_locale. Asking the file itself is right for both.
 */
function browserLang(): Lang {
  return browser.i18n.getMessage('messagesLang') === 'ru' ? 'ru' : 'en';
}

export function msg(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  if (forced) return format(forced[key], strings) ?? key;
  return browser.i18n.getMessage(key, strings) || key;
}

/** The language explanations are shown in: the chosen one, else that of the message file the browser picked. */
export function uiLang(): Lang {
  return override ?? browserLang();
}

type PluralBase<K> = K extends `${infer B}_one` ? B : never;
export type CountKey = PluralBase<MessageKey>;

// Building an Intl.PluralRules takes a while the first time; a popup counts many things while painting.
const pluralRules = new Map<Lang, Intl.PluralRules>();

export function count(base: CountKey, n: number): string {
  const lang = uiLang();
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const category = rules.select(n);
  const key =
    `${base}_${category === 'one' || category === 'few' || category === 'many' ? category : 'other'}` as MessageKey;
  return msg(key, n);
}
