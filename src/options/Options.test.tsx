// @vitest-environment happy-dom
/**
 * The options page as it runs: settings read from storage.sync by main.tsx, every edit written back.
 * Each test loads main.tsx afresh (it runs on import).
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observe } from '../knowledge/observation';
import { noiseFilter } from '../shared/noise';
import { defaultSettings, parseSettings, type Settings } from '../shared/settings';
import { loadEntry, resetRoot, unmountEntry } from '../../test/entry-point';

// One fake for every fresh copy of the modules, so the test sees what main.tsx sees.
const fake = vi.hoisted(async () => import('../../test/fake-browser'));
vi.mock('../platform', async () => ({ browser: (await fake).fakeBrowser }));
const { fakeBrowser, resetFakeBrowser } = await fake;

const root = document.documentElement;

async function openOptions(stored?: unknown): Promise<void> {
  if (stored !== undefined) await fakeBrowser.storage.sync.set({ settings: stored });
  await loadEntry(() => import('./main'));
  await screen.findByRole('heading', { name: /Statuscope/ });
}

/** What storage.sync holds now, as the worker would read it. */
const stored = (): Settings => fakeBrowser.storage.sync.peek('settings') as Settings;
const savedNote = (): string => screen.getByRole('status').textContent ?? '';
const checkbox = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const ignoreBox = (): HTMLTextAreaElement =>
  screen.getByRole('textbox', { name: /^Hosts and URL patterns to ignore/ }) as HTMLTextAreaElement;
const pagesBox = (): HTMLInputElement =>
  screen.getByRole('spinbutton', { name: /^Page loads kept per tab/ }) as HTMLInputElement;
const themeBox = (): HTMLSelectElement => screen.getByRole('combobox', { name: /^Theme/ }) as HTMLSelectElement;
const languageBox = (): HTMLSelectElement => screen.getByRole('combobox', { name: /^Language/ }) as HTMLSelectElement;

async function saved(): Promise<void> {
  await waitFor(() => expect(savedNote()).toBe('Saved.'));
}

function typeIgnore(text: string): void {
  const box = ignoreBox();
  box.focus();
  fireEvent.input(box, { target: { value: text } });
  fireEvent.blur(box);
}

beforeEach(resetRoot);
afterEach(() => {
  unmountEntry();
  resetFakeBrowser();
});

describe('options page', () => {
  it('shows the settings stored in storage.sync', async () => {
    await openOptions({
      noise: { aborted: false, notModified: true, favicon: false, beacons: true },
      ignore: ['ads.example.com', '*.tracker.test'],
      badgeKinds: ['server', 'network'],
      pagesPerTab: 4,
      theme: 'dark',
      language: 'en',
    });
    expect(checkbox('Cancelled requests (the page or you stopped them)').checked).toBe(false);
    expect(checkbox('304 Not Modified answers').checked).toBe(true);
    expect(checkbox('Missing favicons').checked).toBe(false);
    expect(checkbox('Beacons, pings and CSP reports').checked).toBe(true);
    expect(ignoreBox().value).toBe('ads.example.com\n*.tracker.test');
    expect(['Network', '5xx', '4xx', '3xx', 'Odd'].map((k) => checkbox(k).checked)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(pagesBox().value).toBe('4');
    expect(themeBox().value).toBe('dark');
    expect(languageBox().value).toBe('en');
    expect(root.classList.contains('theme-dark')).toBe(true);
    expect(savedNote()).toBe('');
  });

  it('shows the defaults when nothing is stored, and writes nothing until something is edited', async () => {
    await openOptions();
    expect(
      [
        'Cancelled requests (the page or you stopped them)',
        '304 Not Modified answers',
        'Missing favicons',
        'Beacons, pings and CSP reports',
      ].map((k) => checkbox(k).checked),
    ).toEqual([true, true, true, true]);
    expect(ignoreBox().value).toBe('');
    expect(['Network', '5xx', '4xx', '3xx', 'Odd'].every((k) => checkbox(k).checked)).toBe(true);
    expect(pagesBox().value).toBe('3');
    expect(themeBox().value).toBe('system');
    expect(languageBox().value).toBe('auto');
    expect(stored()).toBeUndefined();
  });

  it('writes a noise rule toggle to storage.sync', async () => {
    await openOptions();
    fireEvent.click(checkbox('Missing favicons'));
    await saved();
    expect(stored()).toEqual({ ...defaultSettings, noise: { ...defaultSettings.noise, favicon: false } });
    fireEvent.click(checkbox('Missing favicons'));
    await waitFor(() => expect(stored().noise.favicon).toBe(true));
    // The worker, reading the stored value, now drops a missing favicon again.
    expect(noiseFilter(parseSettings(stored()))(observe({ statusCode: 404, url: 'https://a.test/favicon.ico' }))).toBe(
      true,
    );
  });

  it('writes the ignore list when leaving the field, one trimmed pattern per line', async () => {
    await openOptions();
    typeIgnore('  ads.example.com \n\n*.tracker.test\n   \nhttps://a.test/api/*\n');
    await saved();
    expect(stored().ignore).toEqual(['ads.example.com', '*.tracker.test', 'https://a.test/api/*']);
    const isNoise = noiseFilter(parseSettings(stored()));
    expect(isNoise(observe({ statusCode: 500, url: 'https://px.tracker.test/p' }))).toBe(true);
    expect(isNoise(observe({ statusCode: 500, url: 'https://a.test/api/v1' }))).toBe(true);
    expect(isNoise(observe({ statusCode: 500, url: 'https://a.test/other' }))).toBe(false);
  });

  it('takes an empty or odd ignore list calmly', async () => {
    await openOptions({ ignore: ['ads.example.com'] });
    typeIgnore('   \n\n\t\n');
    await saved();
    expect(stored().ignore).toEqual([]);
    // Regex syntax is not regex here: it is saved as typed and matched literally.
    typeIgnore('((a+)+)$\n[.*\n\\');
    await waitFor(() => expect(stored().ignore).toEqual(['((a+)+)$', '[.*', '\\']));
    const isNoise = noiseFilter(parseSettings(stored()));
    expect(isNoise(observe({ statusCode: 500, url: 'https://aaaa.test/' }))).toBe(false);
    expect(screen.getByRole('heading', { name: 'Statuscope options' })).toBeTruthy();
  });

  it('writes the badge kinds, in their fixed order', async () => {
    await openOptions();
    fireEvent.click(checkbox('3xx'));
    fireEvent.click(checkbox('Odd'));
    await waitFor(() => expect(stored().badgeKinds).toEqual(['network', 'server', 'client']));
    fireEvent.click(checkbox('Odd'));
    await waitFor(() => expect(stored().badgeKinds).toEqual(['network', 'server', 'client', 'odd']));
    fireEvent.click(checkbox('Network'));
    await waitFor(() => expect(stored().badgeKinds).toEqual(['server', 'client', 'odd']));
  });

  it('writes pages per tab within 1 to 5', async () => {
    await openOptions();
    fireEvent.change(pagesBox(), { target: { value: '5' } });
    await saved();
    expect(stored().pagesPerTab).toBe(5);
    fireEvent.change(pagesBox(), { target: { value: '1' } });
    await waitFor(() => expect(stored().pagesPerTab).toBe(1));
  });

  it.each(['0', '6', '99', '-1', '2.5', '', 'abc'])(
    'keeps pages per tab as it was for %j, and shows the value in effect',
    async (value) => {
      await openOptions({ pagesPerTab: 4 });
      fireEvent.change(pagesBox(), { target: { value } });
      await new Promise((r) => setTimeout(r, 0));
      expect(stored().pagesPerTab).toBe(4);
      expect(pagesBox().value).toBe('4');
      expect(savedNote()).toBe('');
    },
  );

  it('writes the theme and applies it to the page at once', async () => {
    await openOptions();
    fireEvent.change(themeBox(), { target: { value: 'dark' } });
    await saved();
    expect(stored().theme).toBe('dark');
    expect(root.classList.contains('theme-dark')).toBe(true);
    fireEvent.change(themeBox(), { target: { value: 'light' } });
    await waitFor(() => expect(stored().theme).toBe('light'));
    expect([...root.classList].filter((c) => c.startsWith('theme-'))).toEqual(['theme-light']);
    fireEvent.change(themeBox(), { target: { value: 'system' } });
    await waitFor(() => expect(stored().theme).toBe('system'));
    expect([...root.classList].filter((c) => c.startsWith('theme-'))).toEqual([]);
  });

  it('writes the language and switches the page to it', async () => {
    await openOptions();
    fireEvent.change(languageBox(), { target: { value: 'ru' } });
    await waitFor(() => expect(stored().language).toBe('ru'));
    await screen.findByRole('heading', { name: 'Настройки Statuscope' });
    expect(root.lang).toBe('ru');
    expect(screen.getByRole('status').textContent).toBe('Сохранено.');
  });

  it('restores the defaults', async () => {
    await openOptions({ ignore: ['ads.example.com'], pagesPerTab: 5, theme: 'dark', badgeKinds: ['server'] });
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await saved();
    expect(stored()).toEqual(defaultSettings);
    expect(ignoreBox().value).toBe('');
    expect(pagesBox().value).toBe('3');
  });

  it('does not claim a failed write was saved', async () => {
    await openOptions();
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown): void => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      fakeBrowser.storage.sync.failNextSet(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
      fireEvent.click(checkbox('Missing favicons'));
      await new Promise((r) => setTimeout(r, 10));
    } finally {
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    expect(savedNote()).toBe('');
    expect(stored()).toBeUndefined();
    // The next edit is written and confirmed as usual.
    fireEvent.click(checkbox('Odd'));
    await saved();
    expect(stored().badgeKinds).not.toContain('odd');
  });
});
