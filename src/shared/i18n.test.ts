import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../test/fake-browser';
import { msg, setLanguage, uiLang } from './i18n';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

afterEach(async () => {
  setUiLanguage('en-US');
  await setLanguage('auto');
});

describe('a language chosen in the settings', () => {
  it('switches once its strings are loaded, not before', async () => {
    const switching = setLanguage('ru');
    expect(uiLang()).toBe('en');
    expect(msg('clear')).toBe('Clear');
    await switching;
    expect(uiLang()).toBe('ru');
    expect(msg('clear')).toBe('Очистить');
  });

  it('is the last one asked for, whichever loads first', async () => {
    const first = setLanguage('ru');
    const second = setLanguage('auto');
    await Promise.all([first, second]);
    expect(uiLang()).toBe('en');
    expect(msg('clear')).toBe('Clear');
  });

  it("needs no file when it is the browser's own", async () => {
    setUiLanguage('ru-RU');
    await setLanguage('ru');
    expect(msg('clear')).toBe('Очистить');
    expect(uiLang()).toBe('ru');
  });
});
