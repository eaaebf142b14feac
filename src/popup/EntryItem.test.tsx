// @vitest-environment happy-dom
import { titles as enTitles } from '../knowledge/titles-en';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser } from '../../test/fake-browser';
import { captured, completed, journalLogs, logsOf } from '../../test/journal-fixtures';
import { explain } from '../knowledge/explain';
import type { TabLog } from '../shared/log';
import { REDACTED } from '../shared/redact';
import { App } from './App';
import { entryAsText } from './EntryItem';
import { itemsOf, type Item } from './model';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  resetFakeBrowser();
});

const T = Date.parse('2026-03-01T10:00:00Z');

/** A Cloudflare 522 seen twice. */
function cloudflare522(): TabLog[] {
  const obs = {
    statusCode: 522,
    url: 'https://shop.example/api/cart',
    type: 'xmlhttprequest',
    cookieNames: ['__cf_bm'],
    headers: { server: 'cloudflare', 'cf-ray': '8c1f2a3b4c5d6e7f-FRA' },
  };
  return logsOf([completed(obs, T), completed(obs, T + 30_000)]);
}

/**
 * A login that redirects with a code and then fails, recorded through the worker's capture path, with
 * secrets where browsers deliver them: userinfo and tokens in the URL, the redirect target and
 * Location, the initiator's URL (Firefox's originUrl), Set-Cookie (Firefox; Chrome hides it) and
 * Authentication-Info. Every secret value holds "SECRET".
 */
function capturedLogin(): TabLog[] {
  const request = { requestId: '1', method: 'GET', type: 'main_frame', tabId: 7, frameId: 0 };
  return journalLogs([
    captured(
      {
        ...request,
        url: 'https://user:PASSSECRET@app.test/login?access_token=TOKENSECRET&lang=en',
        originUrl: 'https://idp.test/authorize?client_secret=ORIGINSECRET#id_token=ORIGINSECRET',
        timeStamp: T,
        statusCode: 302,
        redirectUrl: 'https://app.test/cb?code=CODESECRET&state=STATESECRET',
        responseHeaders: [
          { name: 'Location', value: '/cb?code=CODESECRET&state=STATESECRET' },
          { name: 'Set-Cookie', value: 'laravel_session=COOKIESECRET; path=/; httponly\nCOOKIESECRET2; Path=/' },
          { name: 'Authentication-Info', value: 'nextnonce="NONCESECRET", rspauth="NONCESECRET"' },
        ],
      },
      'redirect',
    ),
    captured({
      ...request,
      url: 'https://app.test/cb?code=CODESECRET&state=STATESECRET',
      originUrl: 'https://idp.test/authorize?client_secret=ORIGINSECRET',
      timeStamp: T + 1,
      statusCode: 419,
      responseHeaders: [
        { name: 'Server', value: 'nginx' },
        { name: 'Set-Cookie', value: 'XSRF-TOKEN=COOKIESECRET3; path=/' },
        { name: 'Refresh', value: '5; url=/login?token=REFRESHSECRET' },
      ],
    }),
  ]);
}

const firstItem = (logs: TabLog[]): Item => itemsOf(logs[0]!.pages[0]!)[0]!;

describe('entryAsText', () => {
  it('gives code, title, count, request line, vendor, evidence, advice, source and time', () => {
    const item = firstItem(cloudflare522());
    const text = entryAsText(item, explain(item.entry.obs, 'en', item.first));
    const lines = text.split('\n');
    expect(lines[0]).toBe('522 Connection Timed Out (Cloudflare) ×2');
    expect(lines[1]).toBe('GET https://shop.example/api/cart (xmlhttprequest)');
    expect(text).toMatch(/^Who produced it: Cloudflare — /m);
    expect(text).toMatch(/^ {2}cf-ray header: 8c1f2a3b4c5d6e7f-FRA$/m);
    expect(text).toMatch(/^ {2}server header: cloudflare$/m);
    expect(text).toMatch(/^ {2}__cf_bm cookie$/m);
    expect(text).toMatch(/^What you can do: Wait a minute and reload\./m);
    expect(text).toMatch(/^If this is your site: .+/m);
    expect(text).toMatch(/^Source: Cloudflare docs: Error 522 <https:\/\/developers\.cloudflare\.com\/.+>$/m);
    expect(lines.at(-1)).toBe('2026-03-01T10:00:00.000Z');
  });

  it('redacts URLs again when an entry reached the page without going through capture', () => {
    const item = firstItem(
      logsOf([completed({ statusCode: 404, url: 'https://user:PASSSECRET@app.test/x?api_key=KEYSECRET&page=2' }, T)]),
    );
    const text = entryAsText(item, explain(item.entry.obs, 'en', item.first));
    expect(text).not.toMatch(/SECRET/);
    expect(text).toContain(`GET https://app.test/x?api_key=${REDACTED}&page=2 (image)`);
  });

  it('writes a redirect hop with its status and URL', () => {
    const j = logsOf([
      {
        phase: 'redirect',
        obs: completed({ statusCode: 301, url: 'https://a.test/1' }).obs,
        redirectTo: 'https://a.test/2',
        time: T,
      },
    ]);
    const item = firstItem(j);
    expect(item.hops).toHaveLength(1);
    const text = entryAsText(item, explain(item.entry.obs, 'en', item.first));
    expect(text).toContain('301 https://a.test/1');
  });
});

describe('copy one entry', () => {
  it('puts the entry as text on the clipboard and says it was copied', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const logs = cloudflare522();
    render(<App target={7} logs={logs} lang="en" titles={enTitles} showPrivate={false} onClear={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /522/ }));
    const copy = await screen.findByRole('button', { name: 'Copy as text' });
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBe(copy));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    const item = firstItem(logs);
    expect(copied).toBe(entryAsText(item, explain(item.entry.obs, 'en', item.first)));
    expect(copied).toMatch(/^522 Connection Timed Out \(Cloudflare\) ×2\nGET https:\/\/shop\.example\/api\/cart/);
  });

  it('shows and copies no secret a response or its URLs carried, only the names', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { container } = render(
      <App
        target={7}
        logs={capturedLogin()}
        lang="en"
        titles={enTitles}
        showPrivate={false}
        onClear={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /302/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const copied = writeText.mock.calls[0]![0];
    // The whole document, attributes (the URL's title) included, and the copied text.
    for (const shown of [container.innerHTML, copied]) {
      expect(shown).not.toMatch(/SECRET/);
      expect(shown).not.toContain('user:');
    }
    expect(container.textContent).toContain(`https://app.test/login?access_token=${REDACTED}&lang=en`);
    expect(container.textContent).toContain('https://idp.test');
    expect(copied).toContain(`302 https://app.test/login?access_token=${REDACTED}&lang=en`);
    expect(copied).toContain(`419 https://app.test/cb?code=${REDACTED}&state=${REDACTED}`);
  });

  it('says so calmly when the browser refuses the clipboard, then offers to copy again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(
      <App
        target={7}
        logs={cloudflare522()}
        lang="en"
        titles={enTitles}
        showPrivate={false}
        onClear={() => undefined}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /522/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByText(/Could not copy/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
    await vi.advanceTimersByTimeAsync(2_500);
    expect(screen.queryByText(/Could not copy/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy as text' })).toBeTruthy();
    vi.useRealTimers();
  });
});
