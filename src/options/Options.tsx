import { useState } from 'preact/hooks';
import { msg } from '../shared/i18n';
import { listedKinds, type ListedKind } from '../shared/kinds';
import { defaultSettings, type NoiseRules, type Settings, type Theme } from '../shared/settings';
import { caps } from '../shared/caps';

const noiseKeys: readonly (keyof NoiseRules)[] = ['aborted', 'notModified', 'favicon', 'beacons'];

export function Options({ initial, onSave }: { initial: Settings; onSave: (s: Settings) => Promise<void> }) {
  const [s, setS] = useState<Settings>(initial);
  const [ignoreText, setIgnoreText] = useState(initial.ignore.join('\n'));
  const [saved, setSaved] = useState(false);

  const update = (next: Settings): void => {
    setS(next);
    setSaved(false);
    // A write storage.sync refuses (quota, rate limit) is not confirmed, and is no unhandled rejection.
    void onSave(next).then(
      () => setSaved(true),
      () => setSaved(false),
    );
  };
  const toggleKind = (k: ListedKind): void =>
    update({
      ...s,
      badgeKinds: s.badgeKinds.includes(k)
        ? s.badgeKinds.filter((x) => x !== k)
        : listedKinds.filter((x) => x === k || s.badgeKinds.includes(x)),
    });

  return (
    <main class="options">
      <h1>{msg('optionsTitle')}</h1>

      <fieldset>
        <legend>{msg('optNoise')}</legend>
        <p class="hint">{msg('optNoiseHint')}</p>
        {noiseKeys.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={s.noise[k]}
              onChange={(e) => update({ ...s, noise: { ...s.noise, [k]: (e.target as HTMLInputElement).checked } })}
            />
            {msg(`optNoise_${k}`)}
          </label>
        ))}
        <label for="ignore">{msg('optIgnore')}</label>
        <p class="hint" id="ignore-hint">
          {msg('optIgnoreHint')}
        </p>
        <textarea
          id="ignore"
          aria-describedby="ignore-hint"
          value={ignoreText}
          onInput={(e) => setIgnoreText((e.target as HTMLTextAreaElement).value)}
          onBlur={() =>
            update({
              ...s,
              ignore: ignoreText
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
        />
      </fieldset>

      <fieldset>
        <legend>{msg('optBadge')}</legend>
        {listedKinds.map((k) => (
          <label key={k}>
            <input type="checkbox" checked={s.badgeKinds.includes(k)} onChange={() => toggleKind(k)} />
            {msg(`chip_${k}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{msg('optDisplay')}</legend>
        <label>
          {msg('optPages')}
          <input
            type="number"
            min={1}
            max={caps.pagesPerTab}
            value={s.pagesPerTab}
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const n = Number(input.value);
              if (Number.isInteger(n) && n >= 1 && n <= caps.pagesPerTab) update({ ...s, pagesPerTab: n });
              // Out of range: the field goes back to the value in effect rather than show one never saved.
              else input.value = String(s.pagesPerTab);
            }}
          />
        </label>
        <label>
          {msg('optTheme')}
          <select
            value={s.theme}
            onChange={(e) => update({ ...s, theme: (e.target as HTMLSelectElement).value as Theme })}
          >
            <option value="system">{msg('optThemeSystem')}</option>
            <option value="light">{msg('optThemeLight')}</option>
            <option value="dark">{msg('optThemeDark')}</option>
          </select>
        </label>
        <label>
          {msg('optLanguage')}
          <select
            value={s.language}
            onChange={(e) => update({ ...s, language: (e.target as HTMLSelectElement).value as Settings['language'] })}
          >
            <option value="auto">{msg('optLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
        </label>
      </fieldset>

      <button
        type="button"
        onClick={() => {
          setIgnoreText('');
          update(defaultSettings);
        }}
      >
        {msg('optReset')}
      </button>
      <p class="saved" role="status">
        {saved ? msg('optSaved') : ''}
      </p>
    </main>
  );
}
