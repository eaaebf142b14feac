import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { authored } from '../knowledge/authored';
import { type LookupIndex, lookupIndexOf } from '../knowledge/lookup-index';
import type { Lang } from '../knowledge/types';
import { suggestFor } from '../knowledge/lookup-suggest';
import { describeSuggestion } from '../platform/omnibox';
import { type OmniboxDeps, registerOmnibox } from './omnibox';

type Suggest = (results: { content: string; description: string }[]) => void;

const indexes: Record<Lang, LookupIndex> = {
  en: lookupIndexOf(authored, 'en', en),
  ru: lookupIndexOf(authored, 'ru', ru),
};

/** The keyword's listeners over stand-ins for the omnibox and tabs APIs. */
function setUp(options: { lang?: Lang; index?: (lang: Lang) => Promise<LookupIndex> } = {}) {
  let changed: ((text: string, suggest: Suggest) => void) | undefined;
  let entered:
    | ((text: string, disposition: 'currentTab' | 'newForegroundTab' | 'newBackgroundTab') => void)
    | undefined;
  const calls: unknown[][] = [];
  const errors: unknown[] = [];
  const deps: OmniboxDeps = {
    omnibox: {
      onInputChanged: {
        addListener: (fn: typeof changed) => {
          changed = fn;
        },
      },
      onInputEntered: {
        addListener: (fn: typeof entered) => {
          entered = fn;
        },
      },
      setDefaultSuggestion: (s: { description: string }) => void calls.push(['default', s.description]),
    } as unknown as OmniboxDeps['omnibox'],
    tabs: {
      update: async (props) => void calls.push(['update', props.url]),
      create: async (props) => void calls.push(['create', props.url, props.active]),
    },
    url: (path) => `chrome-extension://id/${path}`,
    lang: () => options.lang ?? 'en',
    index: options.index ?? (async (lang) => indexes[lang]),
    describe: describeSuggestion.chrome,
    onError: (e) => void errors.push(e),
  };
  registerOmnibox(deps);
  if (!changed || !entered) throw new Error('listeners not registered');
  return { change: changed, enter: entered, calls, errors };
}

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the address-bar keyword', () => {
  it('suggests the meanings of a typed number in the browser’s markup', async () => {
    const o = setUp();
    const shown: Parameters<Suggest>[0][] = [];
    o.change('404', (r) => shown.push(r));
    await flush();
    expect(o.calls).toEqual([['default', 'Look up <match>404</match> in Statuscope']]);
    expect(shown[0]![0]).toEqual({
      content: '404 std.404',
      description: '<match>404</match> Not Found<dim> — standard</dim>',
    });
  });

  it("suggests a product's error number past the HTTP range, and Enter opens its lookup", async () => {
    const o = setUp();
    const shown: Parameters<Suggest>[0][] = [];
    o.change('1016', (r) => shown.push(r));
    await flush();
    expect(o.calls).toEqual([['default', 'Look up <match>1016</match> in Statuscope']]);
    expect(shown[0]).toEqual([
      {
        content: '1016 cloudflare.decoder.cf-error-type.1016',
        description: 'Cloudflare: Origin DNS error (<match>1016</match>)',
      },
    ]);
    // Firefox shows the same runs as plain text.
    const [row] = suggestFor('1016', indexes.en).rest;
    expect(describeSuggestion.firefox(row!.description)).toBe('Cloudflare: Origin DNS error (1016)');
    o.enter('1016', 'currentTab');
    o.enter(shown[0]![0]!.content, 'newForegroundTab');
    await flush();
    const page = 'chrome-extension://id/src/popup/index.html';
    expect(o.calls.slice(1)).toEqual([
      ['update', `${page}?lookup=1016`],
      ['create', `${page}?lookup=1016&meaning=cloudflare.decoder.cf-error-type.1016`, true],
    ]);
  });

  it('speaks the UI language', async () => {
    const o = setUp({ lang: 'ru' });
    const shown: Parameters<Suggest>[0][] = [];
    o.change('522', (r) => shown.push(r));
    await flush();
    expect(o.calls[0]![1]).toBe('Узнать в Statuscope, что значит <match>522</match>');
    expect(shown[0]![0]!.description).toMatch(/[а-яё]/i);
  });

  it('gives only the newest input its suggestions when an older read ends later', async () => {
    const late: ((index: LookupIndex) => void)[] = [];
    const o = setUp({ index: () => new Promise((resolve) => late.push(resolve)) });
    const first: unknown[] = [];
    const second: unknown[] = [];
    o.change('40', (r) => first.push(r));
    o.change('404', (r) => second.push(r));
    late[1]!(indexes.en);
    late[0]!(indexes.en);
    await flush();
    expect(first).toEqual([]);
    expect(second).toHaveLength(1);
  });

  it('reports an index that cannot be read, and suggests nothing', async () => {
    const o = setUp({ index: () => Promise.reject(new Error('no file')) });
    const shown: unknown[] = [];
    o.change('404', (r) => shown.push(r));
    await flush();
    expect(shown).toEqual([]);
    expect(String(o.errors[0])).toMatch(/no file/);
  });

  it('opens the lookup page where the disposition says', async () => {
    const o = setUp();
    o.enter('522', 'currentTab');
    o.enter('499 nginx.499', 'newForegroundTab');
    o.enter('ERR_CERT_DATE_INVALID', 'newBackgroundTab');
    await flush();
    const page = 'chrome-extension://id/src/popup/index.html';
    expect(o.calls).toEqual([
      ['update', `${page}?lookup=522`],
      ['create', `${page}?lookup=499&meaning=nginx.499`, true],
      ['create', `${page}?lookup=net%3A%3AERR_CERT_DATE_INVALID`, false],
    ]);
  });
});
