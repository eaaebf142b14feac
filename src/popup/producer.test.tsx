// @vitest-environment happy-dom
/** Who made a response, as the list line and the opened entry show it, in English and in Russian. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser, setUiLanguage } from '../../test/fake-browser';
import { completed, logsOf } from '../../test/journal-fixtures';
import { titles as enTitles } from '../knowledge/titles-en';
import { titles as ruTitles } from '../knowledge/titles-ru';
import type { Lang } from '../knowledge/types';
import type { TabLog } from '../shared/log';
import { App } from './App';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

beforeEach(() => setUiLanguage('en-US'));
afterEach(() => {
  cleanup();
  resetFakeBrowser();
});

const renderApp = (logs: TabLog[], lang: Lang = 'en') =>
  render(
    <App
      target={7}
      logs={logs}
      lang={lang}
      titles={lang === 'ru' ? ruTitles : enTitles}
      showPrivate={false}
      onClear={() => undefined}
    />,
  );

const fastly503 = () =>
  logsOf([
    completed({
      statusCode: 503,
      url: 'https://www.fastly-site.test/feed.json',
      headers: { 'x-served-by': 'cache-lhr7340-LHR' },
    }),
  ]);

async function open(name: RegExp): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name }));
  await waitFor(() => expect(document.querySelector('.details-body')).not.toBeNull());
  return document.querySelector<HTMLElement>('.details-body')!;
}

describe('a gateway code from a layer in front of the site', () => {
  it('names the layer in the list line and marks it as a guess', () => {
    renderApp(fastly503());
    const who = document.querySelector('.who')!.textContent ?? '';
    expect(who).toContain('Fastly');
    expect(who).toContain('a guess');
  });

  it('ranks the site second and says what would settle it once opened', async () => {
    renderApp(fastly503());
    const body = (await open(/503/)).textContent ?? '';
    expect(body).toContain('Could also have been');
    expect(body).toMatch(/The site’s own server/);
    expect(body).toContain('What would settle it');
  });

  it('says all of it in Russian when the UI is Russian', async () => {
    setUiLanguage('ru-RU');
    renderApp(fastly503(), 'ru');
    expect(document.querySelector('.who')!.textContent).toContain('предположение');
    const body = (await open(/503/)).textContent ?? '';
    expect(body).toContain('Другие возможные отправители');
    expect(body).toContain('Собственный сервер сайта');
    expect(body).not.toMatch(/\bthe site\b|\bguess\b/i);
  });
});

describe('a vendor code from a host that is not the vendor’s', () => {
  it('titles a 999 by the number and lists LinkedIn as unlikely', async () => {
    renderApp(logsOf([completed({ statusCode: 999, url: 'https://www.odd-site.test/odd-999' })]));
    expect(document.querySelector('.title')!.textContent).toBe('Status outside the HTTP range');
    const body = (await open(/999/)).textContent ?? '';
    expect(body).toMatch(/Unlikely here: every LinkedIn response shows host/);
  });
});

describe('a name that is a description, not a product', () => {
  it('is shown in the UI language', () => {
    setUiLanguage('ru-RU');
    renderApp(
      logsOf([
        completed({
          statusCode: 307,
          statusLine: 'HTTP/1.1 307 Internal Redirect',
          url: 'http://www.hsts-site.test/login',
          headers: { 'non-authoritative-reason': 'HSTS', location: 'https://www.hsts-site.test/login' },
        }),
      ]),
      'ru',
    );
    expect(document.querySelector('.who-name')!.textContent).toBe('Сам браузер');
  });
});
