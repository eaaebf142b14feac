/**
 * The lookup page (`src/popup/index.html?lookup=<code>`), end to end in both browsers: a standard number,
 * a product's number, a network failure name and a number nobody defines, in English and Russian, with
 * axe-core finding nothing. The address bar's own dropdown cannot be driven in a headless browser (no
 * automation API reaches it), so its suggestions are unit-tested (src/knowledge/lookup-suggest.test.ts,
 * src/background/omnibox.test.ts); here the built manifest's keyword and the built index are checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { LookupIndex } from '../src/knowledge/lookup-index.ts';
import { suggestFor } from '../src/knowledge/lookup-suggest.ts';
import { describeSuggestion } from '../src/platform/omnibox.ts';
import {
  browserNames,
  browsersToTest,
  createBrowser,
  extensionDirFor,
  type ExtensionBrowser,
} from './browsers/index.ts';
import { documentLang } from './browsers/popup-dom.ts';
import { setUiLanguage } from './popup-actions.ts';
import { waitFor } from './wait.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = '(globalThis.browser ?? globalThis.chrome)';

/** One meaning as the page shows it. */
interface ShownMeaning {
  readonly id: string;
  readonly title: string;
  readonly product: string;
  readonly current: boolean;
  readonly text: string;
}

interface LookupShown {
  readonly search: string;
  readonly ready: boolean;
  readonly heading: string;
  readonly code: string;
  readonly classLine: string;
  readonly meanings: readonly ShownMeaning[];
  /** The text of the notes on what products mean by the number ('' when there are none). */
  readonly notes: string;
  readonly text: string;
}

/** Reads the lookup page (a plain string: it is evaluated in the page). */
const readLookup = `(() => {
  const main = document.querySelector('main.lookup');
  const text = (el) => (el ? el.textContent.trim() : '');
  return {
    search: location.search,
    ready: !!main && main.dataset.ready === 'true',
    heading: text(document.querySelector('main.lookup h1')),
    code: text(document.querySelector('#lookup-code')),
    classLine: text(document.querySelector('.class-line')),
    meanings: [...document.querySelectorAll('article.meaning')].map((a) => ({
      id: a.dataset.meaning ?? '',
      title: text(a.querySelector('h3')),
      product: text(a.querySelector('.product')),
      current: a.getAttribute('aria-current') === 'true',
      text: a.innerText,
    })),
    notes: text(document.querySelector('section.notes')),
    text: main ? main.innerText : '',
  };
})()`;

/**
 * Opens the lookup page at `search` and reads it once its answer is in. The page is asked again whenever it
 * shows something else: a read that lands mid-navigation can make the driver open the list page instead.
 */
async function lookUp(b: ExtensionBrowser, search: string): Promise<LookupShown> {
  const url = `${api}.runtime.getURL('src/popup/index.html' + ${JSON.stringify(search)})`;
  const read = `(location.search === ${JSON.stringify(search)} ? ${readLookup} : (location.assign(${url}), null))`;
  const shown = await waitFor(
    () => b.evalInExtension<LookupShown | null>(read),
    (v) => v?.ready === true && v.text !== '',
    `the lookup page ${search}`,
    15_000,
  );
  return shown as LookupShown;
}

const query = (code: string): string => `?lookup=${encodeURIComponent(code)}`;

const axe = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
const runAxe = `(async () => { if (!globalThis.axe) { ${axe}\n } const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')); })()`;

describe('the built extension has the address-bar keyword and its index', () => {
  for (const name of browserNames) {
    it(`${name}: keyword "sc", and suggestions from the built index in the browser's own form`, () => {
      const dir = extensionDirFor(root.replace(/\/$/, ''), name);
      const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')) as { omnibox?: { keyword?: string } };
      assert.deepEqual(manifest.omnibox, { keyword: 'sc' });
      const index = JSON.parse(readFileSync(`${dir}/knowledge/lookup-index-en.json`, 'utf8')) as LookupIndex;
      const s = suggestFor('522', index);
      const first = s.rest[0];
      assert.ok(first, 'a suggestion for 522');
      assert.equal(first.content, '522 cloudflare.522');
      const description = describeSuggestion[name](first.description);
      if (name === 'chrome') assert.match(description, /^<match>522<\/match> .+<dim> — Cloudflare<\/dim>$/);
      else assert.match(description, /^522 .+ — Cloudflare$/);
      const ru = JSON.parse(readFileSync(`${dir}/knowledge/lookup-index-ru.json`, 'utf8')) as LookupIndex;
      assert.equal(ru.codes['404']?.[0]?.title, 'Не найдено');
    });
  }
});

for (const name of browsersToTest()) {
  describe(`${name}: the lookup page`, { timeout: 180_000 }, () => {
    let b: ExtensionBrowser;
    const noViolations = async (what: string): Promise<void> => {
      assert.deepEqual(await b.evalInExtension<string[]>(runAxe), [], what);
    };

    before(async () => {
      b = createBrowser(name, { extensionDir: extensionDirFor(root.replace(/\/$/, ''), name), unresolvable: [] });
      await b.launch();
    });
    after(async () => {
      await b?.close();
    });

    it('the worker runs with the keyword’s listeners registered, and has met no error', async () => {
      const health = await b.evalInExtension<{ ok: boolean; errors: number; lastError?: string }>(
        `${api}.runtime.sendMessage({ type: 'ping' })`,
      );
      assert.equal(health.ok, true);
      assert.equal(health.errors, 0, health.lastError ?? '');
    });

    it('a standard number: the RFC meaning, how to tell it, advice for visitors and owners, what products mean by it', async () => {
      const v = await lookUp(b, query('404'));
      assert.equal(v.heading, 'Look up a code');
      assert.equal(v.code, '404');
      assert.equal(v.classLine, '4xx: a client error (the server refused the request)');
      const [standard] = v.meanings;
      assert.equal(standard?.id, 'std.404');
      assert.equal(standard.title, 'Not Found');
      assert.equal(standard.product, 'Standard');
      for (const part of ['How to tell it is this one', 'What you can do', 'If this is your site', 'RFC 9110'])
        assert.ok(standard.text.includes(part), `${part} in: ${standard.text}`);
      assert.match(v.notes, /^What products mean by it/);
      assert.ok(v.notes.includes('GitHub Pages:'), v.notes);
      await noViolations('the lookup page for 404');
    });

    it("a product's number: each meaning with its product and the signs that pick it, and that IANA has none", async () => {
      const v = await lookUp(b, query('522'));
      assert.equal(v.code, '522');
      assert.ok(v.text.includes('Not in the IANA registry'), v.text);
      assert.deepEqual(
        v.meanings.map((m) => [m.id, m.product]),
        [['cloudflare.522', 'Cloudflare']],
      );
      assert.match(v.meanings[0]!.text, /A Cloudflare response would show: .*cf-ray/);
      await noViolations('the lookup page for 522');

      // A number two products use, opened as the address bar opens a chosen suggestion.
      const shared = await lookUp(b, '?lookup=499&meaning=nginx.499');
      assert.deepEqual(
        shared.meanings.map((m) => [m.product, m.current]),
        [
          ['Esri ArcGIS', false],
          ['nginx', true],
        ],
      );
      assert.ok(shared.text.includes('Its meanings, most likely first:'), shared.text);
      await noViolations('the lookup page for 499 with a meaning picked');
    });

    it('a network failure name, in Chromium’s and in Firefox’s spelling', async () => {
      const v = await lookUp(b, query('ERR_CERT_DATE_INVALID'));
      assert.equal(v.code, 'net::ERR_CERT_DATE_INVALID');
      assert.equal(v.classLine, 'No answer: a network failure');
      assert.equal(v.meanings.length, 1);
      const m = v.meanings[0]!;
      assert.equal(m.title, 'Certificate expired or not yet valid');
      assert.equal(m.product, '', 'a failure has no standard or product to name');
      for (const part of ["Most likely cause: the site's own server.", 'Reported as', 'SEC_ERROR_EXPIRED_CERTIFICATE'])
        assert.ok(m.text.includes(part), `${part} in: ${m.text}`);
      await noViolations('the lookup page for a failure name');
      const firefoxName = await lookUp(b, query('SEC_ERROR_EXPIRED_CERTIFICATE'));
      assert.equal(firefoxName.meanings[0]?.title, 'Certificate expired or not yet valid');
    });

    it('a number nobody defines: unregistered, and what its class means', async () => {
      const out = await lookUp(b, query('777'));
      assert.equal(out.classLine, 'Outside the HTTP range (100–599)');
      assert.ok(out.text.includes('Unregistered: neither the IANA registry'), out.text);
      assert.deepEqual(
        out.meanings.map((m) => m.title),
        ['Status outside the HTTP range'],
      );
      assert.equal(out.meanings[0]?.product, '', 'the class words are nobody’s meaning');
      await noViolations('the lookup page for 777');
      const success = await lookUp(b, query('299'));
      assert.deepEqual(
        success.meanings.map((m) => m.title),
        ['Unregistered success code'],
      );
    });

    it("a product's own error number past the HTTP range: Cloudflare's 1016, where it is seen, its source", async () => {
      const v = await lookUp(b, query('1016'));
      assert.equal(v.code, '1016');
      assert.ok(!v.text.includes('Unregistered'), v.text);
      assert.ok(v.text.includes('Not an HTTP status'), v.text);
      assert.deepEqual(
        v.meanings.map((m) => [m.id, m.title, m.product]),
        [['cloudflare.decoder.cf-error-type.1016', 'Origin DNS error (1016)', 'Cloudflare']],
      );
      assert.ok(v.meanings[0]!.text.includes('shows this number on its own error page'), v.meanings[0]!.text);
      await noViolations('the lookup page for 1016');
      const none = await lookUp(b, query('1017'));
      assert.ok(none.text.includes('Unregistered'), none.text);
    });

    it('in Russian: the page and the explanations, with no axe violations', async () => {
      await setUiLanguage(b, 'ru');
      try {
        const v = await lookUp(b, query('522'));
        assert.equal(await b.evalInExtension<string>(documentLang), 'ru');
        assert.equal(v.heading, 'Что значит код');
        assert.equal(v.classLine, '5xx: ошибка сервера');
        assert.match(v.meanings[0]!.title, /[а-яё]/i);
        assert.ok(v.meanings[0]!.text.includes('Как понять, что это оно'), v.meanings[0]!.text);
        await noViolations('the lookup page in Russian');
        const failure = await lookUp(b, query('net::ERR_CERT_DATE_INVALID'));
        assert.equal(failure.classLine, 'Ответа нет: сетевой сбой');
        assert.ok(failure.meanings[0]!.text.includes('Как её называют браузеры'), failure.meanings[0]!.text);
        const unknown = await lookUp(b, query('777'));
        assert.match(unknown.text, /Код не зарегистрирован/);
        const standard = await lookUp(b, query('404'));
        assert.equal(standard.meanings[0]?.title, 'Не найдено');
      } finally {
        await setUiLanguage(b, 'auto');
      }
    });
  });
}
