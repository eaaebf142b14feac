// @vitest-environment happy-dom
/** The popup page opened as the lookup page (`?lookup=<code>`), through main.tsx as the browser runs it. */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadEntry, resetRoot, unmountEntry } from '../../test/entry-point';

const fake = vi.hoisted(async () => import('../../test/fake-browser'));
vi.mock('../platform', async () => ({ browser: (await fake).fakeBrowser }));
const { fakeBrowser, resetFakeBrowser } = await fake;

async function open(search: string): Promise<HTMLElement> {
  history.replaceState(null, '', `/src/popup/index.html${search}`);
  await loadEntry(() => import('./main'));
  const main = await waitFor(
    () => {
      const m = document.querySelector<HTMLElement>('main.lookup[data-ready]');
      expect(m).not.toBeNull();
      return m!;
    },
    { timeout: 10_000 },
  );
  return main;
}

beforeEach(resetRoot);
afterEach(() => {
  unmountEntry();
  resetFakeBrowser();
  history.replaceState(null, '', '/');
});

describe('the lookup page', () => {
  it('opens instead of the list, as a full page, and reads no tab log', async () => {
    const read = vi.spyOn(fakeBrowser.storage.session, 'get');
    await open('?lookup=777');
    expect(document.documentElement.classList.contains('full-page')).toBe(true);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('777');
    expect(document.querySelector('section.page')).toBeNull();
    expect(read).not.toHaveBeenCalled();
  });

  it('follows the language chosen in the options', async () => {
    await fakeBrowser.storage.sync.set({ settings: { language: 'ru' } });
    await open('?lookup=ERR_CERT_DATE_INVALID');
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Что значит код');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/[а-яё]/i);
  });

  it('marks the meaning picked in the address bar', async () => {
    await open('?lookup=499&meaning=nginx.499');
    expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-meaning')).toBe('nginx.499');
  });

  it("answers a product's error number picked in the address bar (sc 1016)", async () => {
    await open('?lookup=1016&meaning=cloudflare.decoder.cf-error-type.1016');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('1016');
    const picked = document.querySelector<HTMLElement>('[aria-current="true"]');
    expect(picked?.dataset.meaning).toBe('cloudflare.decoder.cf-error-type.1016');
    expect(picked?.querySelector('h3')?.textContent).toBe('Origin DNS error (1016)');
  });
});
