/**
 * UI strings, through browser.i18n (public/_locales). When the person picks a language other than the
 * browser's in the options, the same message files are read directly, since browser.i18n cannot switch.
 * Plural forms are separate keys chosen by Intl.PluralRules (Russian needs three forms).
 */
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import type { Lang } from '../knowledge/types';
import { browser } from '../platform';
import { format, type MessageEntry } from './format-message';

export type MessageKey = keyof typeof en;

const bundled: Readonly<Record<Lang, Readonly<Record<string, MessageEntry>>>> = { en, ru };

let override: Lang | undefined;

/** 'auto' follows the browser; 'en' or 'ru' force a language for the UI and the explanations. */
export function setLanguage(lang: 'auto' | Lang): void {
  override = lang === 'auto' ? undefined : lang;
}

function browserLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function msg(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  if (override && override !== browserLang()) return format(bundled[override][key], strings) ?? key;
  return browser.i18n.getMessage(key, strings) || key;
}

/** The language explanations are shown in: the chosen one, else the browser's when we have it, else English. */
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
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const category = rules.select(n);
  const key = `${base}_${category === 'one' || category === 'few' || category === 'many' ? category : 'other'}` as MessageKey;
  return msg(key, n);
}
