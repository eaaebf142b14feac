// @vitest-environment happy-dom
import { titles as enTitles } from '../knowledge/titles-en';
import { titles as ruTitles } from '../knowledge/titles-ru';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUiLanguage } from '../../test/fake-browser';
import { completed, journalLogs, logsOf } from '../../test/journal-fixtures';
import { observe } from '../knowledge/observation';
import { setLanguage } from '../shared/i18n';
import type { TabLog } from '../shared/log';
import { App } from './App';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));
afterEach(async () => {
  cleanup();
  setUiLanguage('en-US');
  await setLanguage('auto');
});

const renderApp = (logs: TabLog[] | undefined, target: number | 'all' = 7) =>
  render(<App target={target} logs={logs} lang="en" titles={enTitles} showPrivate={false} onClear={() => undefined} />);

describe('popup', () => {
  it('says what is watched when the list is empty', () => {
    renderApp([]);
    expect(screen.getByText(/No failed requests on this page/)).toBeTruthy();
    expect(screen.getByText(/watches every request of this tab/)).toBeTruthy();
  });

  it('lists one item per entry with code, title, vendor, evidence, URL and type', () => {
    renderApp(
      logsOf([
        completed({
          statusCode: 522,
          url: 'https://shop.example/api/cart',
          type: 'xmlhttprequest',
          headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' },
        }),
        completed({ statusCode: 404, url: 'https://shop.example/logo.png' }),
      ]),
    );
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('entry'));
    expect(items).toHaveLength(2);
    const first = items[0]!.textContent!;
    expect(first).toContain('522');
    expect(first).toMatch(/Cloudflare/);
    expect(first).toMatch(/cf-ray header|server header/);
    expect(first).toContain('xmlhttprequest');
    expect(first).toContain('https://shop.example/api/cart');
    expect(items[1]!.textContent).toContain('404');
  });

  it('puts the worst first and names the main document as the likely culprit', () => {
    renderApp(
      logsOf([
        {
          phase: 'completed',
          obs: observe({
            statusCode: 502,
            url: 'https://a.test/',
            type: 'main_frame',
            mainFrame: true,
            headers: { server: 'awselb/2.0' },
          }),
        },
        completed({ statusCode: 404, url: 'https://a.test/favicon.ico' }),
        completed({ statusCode: 301, url: 'https://a.test/old' }),
        completed({ statusCode: 503, url: 'https://a.test/api', type: 'xmlhttprequest' }),
      ]),
    );
    const codes = screen
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('entry'))
      .map((li) => li.dataset.code);
    expect(codes).toEqual(['502', '503', '404', '301']);
    const status = screen.getByRole('status');
    expect(status.textContent).toMatch(/2 server errors, 1 client error, 1 redirect/);
    expect(status.textContent).toMatch(/Most likely culprit: 502/);
    expect(status.textContent).toMatch(/AWS/);
  });

  it('keeps an earlier page load folded under the current one', () => {
    renderApp(
      logsOf([
        completed({ statusCode: 404, url: 'https://a.test/old.png' }),
        {
          phase: 'completed',
          obs: observe({ statusCode: 200, url: 'https://b.test/', type: 'main_frame', mainFrame: true }),
        },
        completed({ statusCode: 500, url: 'https://b.test/api' }),
      ]),
    );
    const listed = () =>
      screen
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('entry'))
        .map((li) => li.dataset.code);
    expect(listed()).toEqual(['500']);
    fireEvent.click(screen.getByRole('button', { name: /Show 1 earlier/ }));
    expect(listed()).toEqual(['500', '404']);
  });

  it('shows redirect chains as a chain and flags loops', () => {
    const hop = (url: string, status: number, to: string) => ({
      phase: 'redirect' as const,
      obs: observe({ statusCode: status, url, type: 'image', mainFrame: false }),
      redirectTo: to,
    });
    const chain = { requestId: 'chain', frameId: 0, tabId: 7 };
    renderApp(
      journalLogs([
        { ...hop('https://a.test/1', 301, 'https://b.test/2'), ...chain, time: 0 },
        { ...hop('https://b.test/2', 302, 'https://a.test/1'), ...chain, time: 1 },
        {
          phase: 'error',
          ...chain,
          time: 3,
          obs: observe({
            error: 'net::ERR_TOO_MANY_REDIRECTS',
            url: 'https://a.test/1',
            type: 'image',
            mainFrame: false,
          }),
        },
      ]),
    );
    const item = screen.getAllByRole('listitem').find((li) => li.classList.contains('entry'))!;
    expect(item.textContent).toContain('301 → 302 → ERR_TOO_MANY_REDIRECTS');
    expect(item.textContent).toMatch(/loop/);
  });

  it('renders hostile URLs and header values as inert text', () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
    const { container } = renderApp(
      logsOf([
        completed({ statusCode: 500, url: `https://a.test/${evil}`, headers: { server: evil, 'cf-ray': evil } }),
      ]),
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(container.textContent).toContain('<img src=x');
  });

  it('expands an entry into advice, evidence and request facts, loaded on demand', async () => {
    renderApp(
      logsOf([completed({ statusCode: 429, url: 'https://api.example/x', headers: { 'retry-after': '120' } })]),
    );
    fireEvent.click(screen.getByRole('button', { name: /429/ }));
    await waitFor(() => expect(screen.getByText('What you can do')).toBeTruthy());
    expect(screen.getByText('If this is your site')).toBeTruthy();
    expect(screen.getByText(/The server asks to retry in \d+ s/)).toBeTruthy();
    expect(screen.getByText('Method')).toBeTruthy();
  });

  it('filters by kind and by text', () => {
    renderApp(
      logsOf([
        completed({ statusCode: 503, url: 'https://a.test/api' }),
        completed({ statusCode: 404, url: 'https://a.test/img.png' }),
        {
          phase: 'error',
          obs: observe({
            error: 'net::ERR_NAME_NOT_RESOLVED',
            url: 'https://cdn.gone.test/x.js',
            type: 'script',
            mainFrame: false,
          }),
        },
      ]),
    );
    const listed = () =>
      screen
        .queryAllByRole('listitem')
        .filter((li) => li.classList.contains('entry'))
        .map((li) => li.dataset.code);
    expect(listed()).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: /4xx/ }));
    expect(listed()).toEqual(['404']);
    fireEvent.click(screen.getByRole('button', { name: /4xx/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gone.test' } });
    expect(listed()).toEqual(['ERR_NAME_NOT_RESOLVED']);
  });

  it('speaks Russian when the browser does', () => {
    setUiLanguage('ru-RU');
    render(
      <App
        target={7}
        logs={logsOf([completed({ statusCode: 404 })])}
        lang="ru"
        titles={ruTitles}
        showPrivate={false}
        onClear={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: /Очистить/ })).toBeTruthy();
    expect(document.body.textContent).toContain('Не найдено');
  });

  it('hides private-window entries from a normal window', () => {
    renderApp(
      journalLogs([
        { ...completed({ statusCode: 404 }), requestId: 'p', frameId: 0, time: 1, tabId: 9, incognito: true },
      ]),
      'all',
    );
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});
