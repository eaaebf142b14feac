// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser } from '../../test/fake-browser';
import { completed, logsOf } from '../../test/journal-fixtures';
import { explain } from '../knowledge/explain';
import { titles as enTitles } from '../knowledge/titles-en';
import { App } from './App';
import { entryAsText } from './EntryItem';
import { toHar, toJson } from './export';
import { itemsOf } from './model';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

afterEach(() => {
  cleanup();
  resetFakeBrowser();
});

/** A tab whose page was answered 530 by Cloudflare, whose error page named 1016 and a Ray ID. */
const logs = () =>
  logsOf([
    completed({
      statusCode: 530,
      url: 'https://shop.test/',
      type: 'main_frame',
      headers: { server: 'cloudflare', 'cf-ray': '8e2f4a6b1c3d5e7f-AMS' },
      page: [
        { id: 'cloudflare.page-error', value: '1016' },
        { id: 'cloudflare.page-ray', value: '8e2f4a6b1c3d5e7f' },
      ],
    }),
  ]);

describe('an entry whose error page was read', () => {
  it('is titled in the list by the error its page names, with the page as evidence', async () => {
    render(<App target={7} logs={logs()} lang="en" titles={enTitles} showPrivate={false} onClear={() => undefined} />);
    const item = screen.getByRole('button', { name: /530/ });
    const line = item.closest('li')?.textContent ?? '';
    expect(item.textContent).toContain('Origin DNS error (1016)');
    expect(line).toContain('Cloudflare');
    expect(line).toContain('on its error page: 1016');
    expect(line).not.toContain('a guess');
    fireEvent.click(item);
    await waitFor(() => expect(document.body.textContent).toContain('Cloudflare’s own and names the error'));
    expect(document.body.textContent).toContain('The origin hostname Cloudflare should connect to');
  });

  it('says so in the copied text and in both exports', () => {
    const [item] = itemsOf(logs()[0]!.pages[0]!);
    const ex = explain(item!.entry.obs, 'en', item!.first);
    expect(entryAsText(item!, ex)).toMatch(/^on its error page: 1016 — Origin DNS error \(1016\)$/m);
    const json = JSON.parse(toJson([item!], new Map([[item!.entry.id, ex]]))) as {
      entries: { response: { errorPage: unknown } }[];
    };
    expect(json.entries[0]!.response.errorPage).toEqual(item!.entry.obs.page);
    const har = JSON.parse(toHar([item!])) as { log: { entries: { _statuscope: { errorPage: unknown } }[] } };
    expect(har.log.entries[0]!._statuscope.errorPage).toEqual(item!.entry.obs.page);
  });
});
