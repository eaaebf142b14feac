/**
 * The UI in Russian, end to end in both browsers: the language setting (storage.sync, as the options page
 * stores it) switches the popup's list lines and an opened item's "Who produced it" to Russian, and
 * switching back to "auto" restores English. Runs in its own browser so the other suites keep English.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  browsersToTest,
  createBrowser,
  extensionDirFor,
  type ExtensionBrowser,
  type PopupView,
} from './browsers/index.ts';
import { documentLang } from './browsers/popup-dom.ts';
import { allEntries, entryFor, openedProducer, settledEntry, setUiLanguage } from './popup-actions.ts';
import { DNS_FAIL_HOST, expectationFor, scenarioById, scenarios, type Scenario } from './scenarios.ts';
import { startScenarioServer, type ScenarioServer } from './server.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Scenarios the demo page embeds and the popup lists. */
const listed = scenarios.filter((s) => s.expect && s.loadAs !== 'page');
const cyrillic = /[а-яё]/i;
/** Mostly Russian: more Cyrillic letters than Latin ones (header names and products stay Latin). */
const mostlyRussian = (text: string): boolean =>
  (text.match(/[а-яё]/gi)?.length ?? 0) > (text.match(/[a-z]/gi)?.length ?? 0);

/** The role labels of public/_locales/ru/messages.json (role_*). */
const ruRoles = new Set([
  'Сервер сайта',
  'CDN / защитный сервис',
  'Балансировщик нагрузки',
  'API-шлюз',
  'Хостинг-платформа',
  'Прокси',
  'Сеть',
  'Ваш браузер',
  'Другое расширение',
  'Неизвестно',
]);

/** Producer names the list shows translated (role labels and the names that are descriptions, not products). */
const inRussian: Readonly<Record<string, string>> = {
  "The site's own server": 'Сервер сайта',
  Network: 'Сеть',
  'The browser itself': 'Сам браузер',
  'Informal convention': 'Неофициальное соглашение',
};

/** The part of "<name> (<confidence>) — <why>" or "<name> — <why>" after the dash. */
const afterDash = (line: string): string => line.slice(line.indexOf(' — ') + 3);

let server: ScenarioServer;
before(async () => {
  server = await startScenarioServer();
});
after(async () => {
  await server?.close();
});

for (const name of browsersToTest()) {
  describe(`${name}: the UI in Russian`, { timeout: 180_000 }, () => {
    let b: ExtensionBrowser;
    let tabId = 0;
    let ru: PopupView;
    const row = (v: PopupView, id: string) => {
      const e = entryFor(v, server.scenarioUrl(scenarioById(id)));
      assert.ok(e, `no popup item for ${id}`);
      return e;
    };
    const settled = (v: PopupView, s: Scenario): boolean =>
      !!settledEntry(v, server.scenarioUrl(s), expectationFor(s, name));

    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root, name), unresolvable: [DNS_FAIL_HOST] });
      await b.launch();
      tabId = await b.tabId(await b.open(server.demoUrl));
      await waitFor(
        () => b.readPopup(`?tab=${tabId}`),
        (v) => listed.every((s) => settled(v, s)),
        'every scenario of the demo page in the popup',
        20_000,
        300,
      );
      await setUiLanguage(b, 'ru');
      ru = await waitFor(
        () => b.readPopup(`?tab=${tabId}`, true),
        (v) => allEntries(v).length === listed.length,
        'the reloaded popup',
      );
      assert.equal(await b.evalInExtension<string>(documentLang), 'ru');
    });

    after(async () => {
      await b?.close();
    });

    it('names the browser-internal producer in Russian: "Сам браузер"', () => {
      const e = row(ru, 'browser-internal-307');
      assert.equal(e.who, 'Сам браузер');
      assert.equal(e.role, 'Ваш браузер');
      assert.equal(e.evidence, 'заголовок non-authoritative-reason');
    });

    it('marks a gateway guess "предположение", with Russian role labels', () => {
      const heroku = row(ru, 'heroku-503');
      assert.equal(heroku.who, 'Heroku');
      assert.equal(heroku.role, 'Хостинг-платформа');
      assert.equal(heroku.guess, true);
      assert.ok(heroku.text.includes(' · предположение'), heroku.text);
      assert.ok(!heroku.text.includes('a guess'), heroku.text);
      assert.ok(cyrillic.test(heroku.title), `the title in Russian: ${heroku.title}`);
      const fastly = row(ru, 'fastly-503-plain');
      assert.equal(fastly.role, 'CDN / защитный сервис');
      assert.ok(fastly.text.includes(' · предположение'), fastly.text);
      assert.equal(row(ru, 'aws-elb-502').role, 'Балансировщик нагрузки');
      assert.equal(row(ru, 'rate-limit-429').who, 'Сервер сайта');
    });

    it('shows every list line in Russian: producer, role label and the guess mark as in English', () => {
      for (const s of listed) {
        const exp = expectationFor(s, name)!;
        const e = row(ru, s.id);
        assert.equal(e.who, inRussian[exp.producer] ?? exp.producer, `producer of ${s.id}`);
        assert.equal(e.guess, exp.guess ?? false, `"предположение" on the line of ${s.id}`);
        if (e.role) assert.ok(ruRoles.has(e.role), `role label of ${s.id}: ${e.role}`);
        assert.ok(!/\ba guess\b|The site's own server|no header names a product/.test(e.text), `${s.id}: ${e.text}`);
      }
    });

    it('explains an opened gateway guess in Russian: why, the other candidates and what would settle it', async () => {
      const p = await openedProducer(b, server.scenarioUrl(scenarioById('heroku-503')));
      assert.equal(p.heading, 'Кто его отправил');
      assert.equal(p.name, 'Heroku');
      assert.ok(p.line.includes('(предположение)'), p.line);
      const why = afterDash(p.line);
      assert.ok(mostlyRussian(why), `why: ${why}`);
      // Heroku is the only layer, so the site itself is the one other candidate.
      assert.equal(p.others.length, 1, p.others.join(' | '));
      assert.ok(p.others[0]!.startsWith('Сервер сайта — '), p.others[0]);
      assert.ok(mostlyRussian(afterDash(p.others[0]!)), `other: ${p.others[0]}`);
      assert.ok(p.settle.startsWith('Как выяснить точно: '), p.settle);
      assert.ok(mostlyRussian(p.settle.slice('Как выяснить точно: '.length)), `settle: ${p.settle}`);
    });

    it('restores English when the language is set back to "auto"', async () => {
      await setUiLanguage(b, 'auto');
      const en = await b.readPopup(`?tab=${tabId}`, true);
      assert.equal(await b.evalInExtension<string>(documentLang), 'en');
      assert.equal(row(en, 'browser-internal-307').who, 'The browser itself');
      const heroku = row(en, 'heroku-503');
      assert.equal(heroku.role, 'Hosting platform');
      assert.ok(heroku.text.includes(' · a guess'), heroku.text);
    });
  });
}
