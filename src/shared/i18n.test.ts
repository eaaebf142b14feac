import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../test/fake-browser';
import { type CountKey, count, msg, setLanguage, uiLang } from './i18n';

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

describe("the browser's language", () => {
  it.each([
    ['ru-RU', [], 'ru'],
    ['en-US', ['ru'], 'en'],
    ['uk', [], 'en'],
    // Firefox in Ukrainian with Russian as its next language reads _locales/ru, yet getUILanguage() says "uk".
    ['uk', ['ru', 'en-US'], 'ru'],
    ['be', ['ru-RU'], 'ru'],
  ] as const)('%s then %j: the explanations are in the language of the strings shown (%s)', (ui, more, lang) => {
    setUiLanguage(ui, more);
    expect(uiLang()).toBe(lang);
    expect(msg('clear')).toBe(lang === 'ru' ? 'Очистить' : 'Clear');
  });

  it('is left for English when English is chosen, even where getUILanguage() names no Russian', async () => {
    setUiLanguage('uk', ['ru', 'en-US']);
    await setLanguage('en');
    expect(uiLang()).toBe('en');
    expect(msg('clear')).toBe('Clear');
  });
});

describe('counts', () => {
  const counts = [1, 2, 5, 11, 21, 22, 25, 101] as const;

  /** The Russian forms of each counted thing: after 1 and 21, after 2 and 22, after 5, 11 and 25. */
  const ru: Readonly<Record<CountKey, readonly [one: string, few: string, many: string]>> = {
    kind_network: ['сетевой сбой', 'сетевых сбоя', 'сетевых сбоев'],
    kind_server: ['ошибка сервера', 'ошибки сервера', 'ошибок сервера'],
    kind_client: ['ошибка клиента', 'ошибки клиента', 'ошибок клиента'],
    kind_redirect: ['перенаправление', 'перенаправления', 'перенаправлений'],
    kind_odd: ['необычный код', 'необычных кода', 'необычных кодов'],
    blocked: [
      'запрос заблокирован расширением',
      'запроса заблокированы расширением',
      'запросов заблокировано расширением',
    ],
    chains: ['цепочка перенаправлений', 'цепочки перенаправлений', 'цепочек перенаправлений'],
  };
  const form = (n: number): 0 | 1 | 2 => {
    const last = n % 10;
    const lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 14) return 2;
    return last === 1 ? 0 : last >= 2 && last <= 4 ? 1 : 2;
  };

  it('reads "1 сетевой сбой", "2 сетевых сбоя", "5 сетевых сбоев" … up to 101', () => {
    setUiLanguage('ru-RU');
    expect(counts.map((n) => count('kind_network', n))).toEqual([
      '1 сетевой сбой',
      '2 сетевых сбоя',
      '5 сетевых сбоев',
      '11 сетевых сбоев',
      '21 сетевой сбой',
      '22 сетевых сбоя',
      '25 сетевых сбоев',
      '101 сетевой сбой',
    ]);
  });

  it.each(Object.keys(ru) as CountKey[])('%s agrees with every count in Russian', (key) => {
    setUiLanguage('ru-RU');
    for (const n of counts) expect(count(key, n)).toBe(`${n} ${ru[key][form(n)]}`);
  });

  it('agrees in Russian too where getUILanguage() names another language', () => {
    setUiLanguage('uk', ['ru']);
    expect(counts.map((n) => count('kind_server', n))).toEqual(counts.map((n) => `${n} ${ru.kind_server[form(n)]}`));
  });

  it('uses the genitive singular for a fraction (the "other" form)', () => {
    setUiLanguage('ru-RU');
    expect(msg('kind_network_other', '1,5')).toBe('1,5 сетевого сбоя');
    expect(msg('kind_server_other', '1,5')).toBe('1,5 ошибки сервера');
    expect(msg('kind_client_other', '1,5')).toBe('1,5 ошибки клиента');
    expect(msg('kind_redirect_other', '1,5')).toBe('1,5 перенаправления');
    expect(msg('kind_odd_other', '1,5')).toBe('1,5 необычного кода');
    expect(msg('blocked_other', '1,5')).toBe('1,5 запроса заблокировано расширением');
    expect(msg('chains_other', '1,5')).toBe('1,5 цепочки перенаправлений');
  });

  it('reads "1 … / 2 …s" in English', () => {
    expect(counts.map((n) => count('kind_redirect', n))).toEqual(
      counts.map((n) => `${n} ${n === 1 ? 'redirect' : 'redirects'}`),
    );
  });
});
