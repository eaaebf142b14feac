import { render } from 'preact';
import { setLanguage, uiLang } from '../shared/i18n';
import { loadSettings, saveSettings } from '../shared/settings-store';
import { applyTheme } from '../shared/theme';
import '../popup/popup.css';
import './options.css';
import { Options } from './Options';

void loadSettings().then((initial) => {
  setLanguage(initial.language);
  applyTheme(initial.theme);
  document.documentElement.lang = uiLang();
  render(
    <Options
      initial={initial}
      onSave={async (next) => {
        setLanguage(next.language);
        applyTheme(next.theme);
        document.documentElement.lang = uiLang();
        await saveSettings(next);
      }}
    />,
    document.getElementById('app')!,
  );
});
