// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser } from '../../test/fake-browser';
import { captured, completed, journalLogs, logsOf } from '../../test/journal-fixtures';
import { explain } from '../knowledge/explain';
import type { TabLog } from '../shared/log';
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
const SECRETS = ['REQSECRET', 'AUTHSECRET', 'PROXYSECRET', 'COOKIESECRET'];

/** A Cloudflare 522 seen twice, with secret-bearing headers present in what reached the journal. */
function cloudflare522(): TabLog[] {
  const headers = {
    server: 'cloudflare',
    'cf-ray': '8c1f2a3b4c5d6e7f-FRA',
    cookie: 'sid=REQSECRET',
    authorization: 'Bearer AUTHSECRET',
    'proxy-authorization': 'Basic PROXYSECRET',
    'set-cookie': '__cf_bm=COOKIESECRET; Path=/',
  };
  const obs = {
    statusCode: 522,
    url: 'https://shop.example/api/cart',
    type: 'xmlhttprequest',
    cookieNames: ['__cf_bm'],
    headers,
  };
  return logsOf([completed(obs, T), completed(obs, T + 30_000)]);
}

const firstItem = (logs: TabLog[]): Item => itemsOf(logs[0]!.pages[0]!)[0]!;

describe('entryAsText', () => {
  it('gives code, title, count, request line, vendor, evidence, advice, source and time', () => {
    const item = firstItem(cloudflare522());
    const text = entryAsText(item, explain(item.entry.obs, undefined, item.first), 'en');
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

  it('never carries cookie or authorization values, even when such headers reached the entry', () => {
    const item = firstItem(cloudflare522());
    const text = entryAsText(item, explain(item.entry.obs, undefined, item.first), 'en');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/authorization/i);
    // The cookie is named (it is evidence), its value is not.
    expect(text).toContain('__cf_bm cookie');
    expect(text).not.toMatch(/__cf_bm\s*[=:]/);
  });

  it('keeps secrets out when the entry came through the real capture path', () => {
    const event = captured({
      requestId: '1',
      url: 'https://app.test/form',
      method: 'POST',
      type: 'main_frame',
      tabId: 7,
      frameId: 0,
      timeStamp: T,
      statusCode: 419,
      responseHeaders: [
        { name: 'Server', value: 'nginx' },
        { name: 'Set-Cookie', value: 'laravel_session=COOKIESECRET; path=/; httponly' },
        { name: 'Set-Cookie', value: 'XSRF-TOKEN=COOKIESECRET; path=/' },
        { name: 'Authorization', value: 'Bearer AUTHSECRET' },
      ],
    });
    const item = firstItem(journalLogs([event]));
    const text = entryAsText(item, explain(item.entry.obs, undefined, item.first), 'en');
    expect(text.split('\n')[0]).toMatch(/^419 /);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
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
    const text = entryAsText(item, explain(item.entry.obs, undefined, item.first), 'en');
    expect(text).toContain('301 https://a.test/1');
  });
});

describe('copy one entry', () => {
  it('puts the entry as text on the clipboard and says it was copied', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const logs = cloudflare522();
    render(<App target={7} logs={logs} lang="en" showPrivate={false} onClear={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /522/ }));
    const copy = await screen.findByRole('button', { name: 'Copy as text' });
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copied' })).toBe(copy));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0]![0];
    const item = firstItem(logs);
    expect(copied).toBe(entryAsText(item, explain(item.entry.obs, undefined, item.first), 'en'));
    expect(copied).toMatch(/^522 Connection Timed Out \(Cloudflare\) ×2\nGET https:\/\/shop\.example\/api\/cart/);
    for (const secret of SECRETS) expect(copied).not.toContain(secret);
  });

  it('says so calmly when the browser refuses the clipboard, then offers to copy again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<App target={7} logs={cloudflare522()} lang="en" showPrivate={false} onClear={() => undefined} />);
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
