// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completed, failed, logsOf } from '../../test/journal-fixtures';
import { titles as enTitles } from '../knowledge/titles-en';
import type { TabLog } from '../shared/log';
import { App } from './App';
import { lookupOffer } from './lookup-offer';
import { pagesOf } from './model';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));
afterEach(cleanup);

const logs = (): TabLog[] =>
  logsOf([
    completed({ statusCode: 404, url: 'https://a.test/img.png' }),
    completed({ statusCode: 503, url: 'https://a.test/api/522' }),
    failed('net::ERR_NAME_NOT_RESOLVED', 'https://cdn.gone.test/x.js'),
    {
      phase: 'redirect',
      obs: completed({ statusCode: 301, url: 'https://a.test/old' }).obs,
      redirectTo: 'https://a.test/new',
    },
  ]);

describe('the offer to look a code up', () => {
  const views = pagesOf(logs(), 7, false);

  it('is made for a code no entry has, also when the text matches an entry otherwise (a URL)', () => {
    expect(lookupOffer('522', views)).toBe('522');
    expect(lookupOffer('http 440', views)).toBe('440');
    expect(lookupOffer('err_cert_date_invalid', views)).toBe('net::ERR_CERT_DATE_INVALID');
  });

  it('is not made for a code an entry has, a chain hop included, nor for text that is no code', () => {
    expect(lookupOffer('404', views)).toBeUndefined();
    expect(lookupOffer('301', views)).toBeUndefined();
    expect(lookupOffer('ERR_NAME_NOT_RESOLVED', views)).toBeUndefined();
    expect(lookupOffer('a.test', views)).toBeUndefined();
    expect(lookupOffer('', views)).toBeUndefined();
  });

  it("is made for a product's error number (1016) unless an entry's error page showed it", () => {
    expect(lookupOffer('1016', views)).toBe('1016');
    const cloudflare = pagesOf(
      logsOf([
        completed({
          statusCode: 530,
          url: 'https://shop.test/',
          headers: { server: 'cloudflare' },
          page: [{ id: 'cloudflare.page-error', value: '1016' }],
        }),
      ]),
      7,
      false,
    );
    expect(lookupOffer('1016', cloudflare)).toBeUndefined();
    expect(lookupOffer('1020', cloudflare)).toBe('1020');
    // The HTTP range as before: the status alone counts.
    expect(lookupOffer('530', cloudflare)).toBeUndefined();
  });

  it('shows in the popup as a button that opens the lookup for the code', () => {
    const opened: string[] = [];
    render(
      <App
        target={7}
        logs={logs()}
        lang="en"
        titles={enTitles}
        showPrivate={false}
        onClear={() => undefined}
        onLookup={(code) => opened.push(code)}
      />,
    );
    const search = screen.getByRole('searchbox');
    fireEvent.input(search, { target: { value: '404' } });
    expect(screen.queryByRole('button', { name: /look it up/ })).toBeNull();
    fireEvent.input(search, { target: { value: '522' } });
    screen.getByRole('button', { name: 'No entry here has 522: look it up' }).click();
    expect(opened).toEqual(['522']);
  });
});
