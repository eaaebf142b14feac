import { render } from 'preact';
import { applyPageSettings } from '../shared/page-settings';
import { loadSettings, saveSettings } from '../shared/settings-store';
import '../popup/popup.css';
import './options.css';
import { Options } from './Options';

void loadSettings().then(async (initial) => {
  await applyPageSettings(initial);
  const app = document.getElementById('app');
  if (!app) return;
  render(
    <Options
      initial={initial}
      onSave={async (next) => {
        await applyPageSettings(next);
        await saveSettings(next);
      }}
    />,
    app,
  );
});
