import { setLanguage, uiLang } from './i18n';
import type { Settings } from './settings';
import { applyTheme } from './theme';

/** Gives an extension page the chosen theme and language; resolves once the language's strings are ready. */
export async function applyPageSettings(s: Settings): Promise<void> {
  applyTheme(s.theme);
  await setLanguage(s.language);
  document.documentElement.lang = uiLang();
}
