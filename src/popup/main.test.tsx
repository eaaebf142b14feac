// @vitest-environment happy-dom
/**
 * The popup as it starts: settings from storage.sync, logs from storage.session, through main.tsx.
 * Each test loads main.tsx afresh (it runs on import).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeTabLog, type TabLog } from '../shared/log';
import type { Settings } from '../shared/settings';
import { loadEntry, resetRoot, unmountEntry } from '../../test/entry-point';
import { afterPaintedRead } from '../../test/frames';
import { captured, journalLogs, type RequestDetails, webRequestDetails } from '../../test/journal-fixtures';

// One fake for every fresh copy of the modules, so the test sees what main.tsx sees.
const fake = vi.hoisted(async () => import('../../test/fake-browser'));
vi.mock('../platform', async () => ({ browser: (await fake).fakeBrowser }));
const { fakeBrowser, resetFakeBrowser } = await fake;

const root = document.documentElement;

async function startPopup(settings?: Partial<Settings>, logs: TabLog[] = []): Promise<void> {
  if (settings) await fakeBrowser.storage.sync.set({ settings });
  for (const log of logs) await fakeBrowser.storage.session.set(encodeTabLog(log));
  await loadEntry(() => import('./main'));
  await waitFor(() => expect(document.querySelector('main')).not.toBeNull());
  // The tab's earlier pages are read after the first frame: let that finish inside the test.
  await afterPaintedRead();
}

beforeEach(resetRoot);
afterEach(() => {
  unmountEntry();
  vi.restoreAllMocks();
  resetFakeBrowser();
});

describe('theme', () => {
  const themed = (): string[] => [...root.classList].filter((c) => c.startsWith('theme-'));

  it('follows the system when nothing is chosen', async () => {
    await startPopup();
    expect(themed()).toEqual([]);
    expect(root.lang).toBe('en');
  });

  it('applies a dark or light override from the settings', async () => {
    await startPopup({ theme: 'dark' });
    expect(themed()).toEqual(['theme-dark']);
  });

  it('switches live when the settings change, and back to the system', async () => {
    await startPopup({ theme: 'light' });
    expect(themed()).toEqual(['theme-light']);
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' } });
    expect(themed()).toEqual(['theme-dark']);
    await fakeBrowser.storage.sync.set({ settings: { theme: 'system' } });
    expect(themed()).toEqual([]);
  });

  it('ignores a theme value it does not know', async () => {
    await startPopup({ theme: 'neon' as Settings['theme'] });
    expect(themed()).toEqual([]);
  });

  it('styles exactly the classes it sets', () => {
    const css = readFileSync(join(import.meta.dirname, 'popup.css'), 'utf8');
    expect(css).toMatch(/:root\s*\{[^}]*color-scheme:\s*light dark/);
    expect(css).toMatch(/:root\.theme-light\s*\{[^}]*color-scheme:\s*light\s*;/);
    expect(css).toMatch(/:root\.theme-dark\s*\{[^}]*color-scheme:\s*dark\s*;/);
  });

  it('speaks the language chosen in the settings', async () => {
    await startPopup({ language: 'ru' }, [log()]);
    expect(root.lang).toBe('ru');
    expect(screen.getByRole('button', { name: 'Очистить' })).toBeTruthy();
  });
});

const T = Date.parse('2026-03-01T10:00:00Z');
let req = 0;
const details = (init: Partial<RequestDetails>): RequestDetails =>
  webRequestDetails({ requestId: String(++req), url: 'https://app.test/', timeStamp: T + req, ...init });

/** Tab 1's log, recorded through the real capture path (which is where secret values are dropped). */
function log(): TabLog {
  const [tab] = journalLogs([
    captured(details({ type: 'main_frame', url: 'https://app.test/form', statusCode: 200 })),
    captured(
      details({
        url: 'https://app.test/form?x=1',
        type: 'xmlhttprequest',
        method: 'POST',
        statusCode: 419,
        statusLine: 'HTTP/1.1 419 unknown status',
        responseHeaders: [
          { name: 'Server', value: 'nginx' },
          { name: 'Content-Type', value: 'text/html' },
          { name: 'Set-Cookie', value: 'laravel_session=COOKIESECRET; path=/; httponly' },
          { name: 'Set-Cookie', value: 'XSRF-TOKEN=XSRFSECRET; path=/' },
          { name: 'Authorization', value: 'Bearer AUTHSECRET' },
        ],
      }),
    ),
    captured(
      details({
        url: 'https://app.test/logo.png',
        statusCode: 404,
        responseHeaders: [{ name: 'Set-Cookie', value: 'sid=SIDSECRET' }],
      }),
    ),
    captured(
      details({
        url: 'https://app.test/api',
        type: 'xmlhttprequest',
        statusCode: 503,
        responseHeaders: [{ name: 'Retry-After', value: '30' }],
      }),
    ),
    captured(
      details({ url: 'https://cdn.gone.test/x.js', type: 'script', error: 'net::ERR_NAME_NOT_RESOLVED' }),
      'error',
    ),
  ]);
  return tab!;
}
const SECRETS = ['COOKIESECRET', 'XSRFSECRET', 'AUTHSECRET', 'SIDSECRET'];

interface Download {
  readonly name: string;
  readonly href: string;
  readonly blob: Blob;
}

/** Catches what main.tsx's download link would save: the blob behind the link and the file name. */
function catchDownloads(): Download[] {
  const blobs = new Map<string, Blob>();
  const saved: Download[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((obj: Blob | MediaSource) => {
    const href = `blob:chrome-extension://test/${blobs.size + 1}`;
    blobs.set(href, obj as Blob);
    return href;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, href: this.href, blob });
  });
  return saved;
}

interface JsonExport {
  readonly generator: string;
  readonly entries: readonly {
    readonly request: { readonly url: string; readonly method: string };
    readonly response: {
      readonly status: number | null;
      readonly error: string | null;
      readonly headers: readonly { name: string; value: string }[];
      readonly setCookieNames: readonly string[];
    };
    readonly explanation: { readonly meaningId: string } | null;
  }[];
}
interface HarExport {
  readonly log: {
    readonly version: string;
    readonly entries: readonly {
      readonly request: { readonly url: string };
      readonly response: {
        readonly status: number;
        readonly headers: readonly { name: string; value: string }[];
        readonly cookies: readonly { name: string; value: string }[];
      };
    }[];
  };
}

/** Opens the popup on the test log, presses one export button and returns the one file it saved. */
async function exportOnce(button: string): Promise<{ name: string; type: string; text: string }> {
  const saved = catchDownloads();
  await startPopup(undefined, [log()]);
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(saved).toHaveLength(1));
  const [file] = saved;
  return { name: file!.name, type: file!.blob.type, text: await file!.blob.text() };
}

describe('export buttons', () => {
  it('save the entries in view as JSON, with explanations and no cookie or authorization values', async () => {
    const { name, type, text } = await exportOnce('Export JSON');
    expect(name).toMatch(/^statuscope-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    expect(type).toBe('application/json');
    const json = JSON.parse(text) as JsonExport;
    expect(json.generator).toMatch(/^Statuscope /);
    expect(json.entries.map((e) => e.request.url).sort()).toEqual([
      'https://app.test/api',
      'https://app.test/form?x=1',
      'https://app.test/logo.png',
      'https://cdn.gone.test/x.js',
    ]);
    const form = json.entries.find((e) => e.response.status === 419)!;
    expect(form.request.method).toBe('POST');
    expect(form.explanation?.meaningId).toBe('laravel.419');
    expect(form.response.setCookieNames).toEqual(['laravel_session', 'XSRF-TOKEN']);
    expect(form.response.headers.map((h) => h.name)).toEqual(['server', 'content-type']);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/authorization/i);
  });

  it('save HAR 1.2 with cookie values redacted', async () => {
    const { name, text } = await exportOnce('Export HAR');
    expect(name).toMatch(/^statuscope-.+\.har$/);
    const har = JSON.parse(text) as HarExport;
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(4);
    const form = har.log.entries.find((e) => e.response.status === 419)!;
    expect(form.response.cookies).toEqual([
      { name: 'laravel_session', value: '[redacted]' },
      { name: 'XSRF-TOKEN', value: '[redacted]' },
    ]);
    expect(form.response.headers.filter((h) => h.name === 'set-cookie').map((h) => h.value)).toEqual([
      'laravel_session=[redacted]',
      'XSRF-TOKEN=[redacted]',
    ]);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/authorization/i);
  });

  it('export only what the filters leave in view', async () => {
    const saved = catchDownloads();
    await startPopup(undefined, [log()]);
    fireEvent.click(screen.getByRole('button', { name: /^4xx/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export HAR' }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'logo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    const har = JSON.parse(await saved.find((f) => f.name.endsWith('.har'))!.blob.text()) as HarExport;
    expect(har.log.entries.map((e) => e.response.status).sort()).toEqual([404, 419]);
    const json = JSON.parse(await saved.find((f) => f.name.endsWith('.json'))!.blob.text()) as JsonExport;
    expect(json.entries.map((e) => e.request.url)).toEqual(['https://app.test/logo.png']);
  });

  it('are not offered when nothing is in view', async () => {
    await startPopup(undefined, [log()]);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'no such thing' } });
    expect(screen.queryByRole('button', { name: 'Export JSON' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export HAR' })).toBeNull();
  });
});

describe('private-window entries', () => {
  const privateLog = (): TabLog => ({ ...log(), incognito: true });
  const listed = (): string => document.querySelector('main')?.textContent ?? '';

  it('are not listed in a normal window', async () => {
    await startPopup(undefined, [privateLog()]);
    expect(listed()).not.toContain('logo.png');
  });

  it("are listed in a private window's popup, even where the page itself is not private (Chrome)", async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ incognito: true });
    await startPopup(undefined, [privateLog()]);
    expect(listed()).toContain('logo.png');
  });

  it('are listed where the page is private (Firefox)', async () => {
    vi.spyOn(fakeBrowser.extension, 'inIncognitoContext', 'get').mockReturnValue(true);
    await startPopup(undefined, [privateLog()]);
    expect(listed()).toContain('logo.png');
  });

  it('stay hidden when the window cannot be told', async () => {
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockRejectedValue(new Error('No current window'));
    await startPopup(undefined, [privateLog()]);
    expect(listed()).not.toContain('logo.png');
    expect(listed()).toContain('No failed requests');
  });
});

describe('the window', () => {
  it('is not asked whether it is private when nothing private is stored', async () => {
    const getCurrent = vi.spyOn(fakeBrowser.windows, 'getCurrent');
    await startPopup(undefined, [log()]);
    expect(document.querySelector('main')?.textContent).toContain('logo.png');
    expect(getCurrent).not.toHaveBeenCalled();
  });
});
