import { describe, expect, it } from 'vitest';
import { observe } from '../knowledge/observation';
import { digestOf } from './digest';
import { Journal } from './journal';
import { fromOwnPage, handleMessage, type OwnExtension, type Sender } from './messages';

const chrome: OwnExtension = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const firefox: OwnExtension = {
  id: 'statuscope@statuscope.dev',
  baseUrl: 'moz-extension://0b7e2c4a-5f1d-4e8b-9a6c-3d2f1e0a9b8c/',
};
const popup = (own: OwnExtension): Sender => ({ id: own.id, url: `${own.baseUrl}src/popup/index.html` });

describe('fromOwnPage', () => {
  it.each([
    ['the Chrome popup', popup(chrome), chrome],
    ['the Firefox popup', popup(firefox), firefox],
    [
      'the full-page view in a tab',
      { ...popup(chrome), tab: { url: `${chrome.baseUrl}src/popup/index.html?tab=all` } },
      chrome,
    ],
    ['a tab of ours whose URL the browser does not tell', { ...popup(firefox), tab: {} }, firefox],
  ] as const)('accepts %s', (_, sender, own) => {
    expect(fromOwnPage(sender, own)).toBe(true);
  });

  it.each([
    ['another extension', { id: 'otherextension', url: 'chrome-extension://otherextension/page.html' }, chrome],
    [
      'a content script in a web page',
      { id: chrome.id, url: 'https://evil.test/', tab: { url: 'https://evil.test/' } },
      chrome,
    ],
    [
      'our own page framed by a web page',
      { ...popup(chrome), tab: { url: 'https://evil.test/frames-statuscope.html' } },
      chrome,
    ],
    [
      'our id with another extension base URL',
      { id: chrome.id, url: 'chrome-extension://abcdefghijklmnopq/x.html' },
      chrome,
    ],
    ['our base URL without our id', { url: `${firefox.baseUrl}src/popup/index.html` }, firefox],
    ['a sender without a URL', { id: firefox.id }, firefox],
    ['a Chrome-shaped sender in Firefox', popup(chrome), firefox],
  ] as const)('refuses %s', (_, sender, own) => {
    expect(fromOwnPage(sender, own)).toBe(false);
  });
});

describe('handleMessage', () => {
  function journalWithOneEntry(): Journal {
    const journal = new Journal({ skip: () => false, pagesPerTab: 3, digest: digestOf });
    journal.record({
      phase: 'completed',
      requestId: '1',
      tabId: 4,
      frameId: 0,
      time: 1,
      obs: observe({ statusCode: 404, url: 'https://a.test/x', type: 'image', mainFrame: false }),
    });
    return journal;
  }
  const persistence = { flush: async (): Promise<void> => {} };

  it('clears the log when the popup asks', async () => {
    const journal = journalWithOneEntry();
    const reply = await handleMessage({ type: 'clear' }, popup(chrome), chrome, journal, persistence);
    expect(reply).toMatchObject({ ok: true, entries: 0 });
    expect(journal.entryCount()).toBe(0);
  });

  it('refuses a clear from a web page, and keeps the log', async () => {
    const journal = journalWithOneEntry();
    const sender = { id: chrome.id, url: 'https://evil.test/', tab: { url: 'https://evil.test/' } };
    expect(await handleMessage({ type: 'clear' }, sender, chrome, journal, persistence)).toEqual({ ok: false });
    expect(journal.entryCount()).toBe(1);
  });

  it('tells another extension nothing about the log', async () => {
    const sender = { id: 'otherextension', url: 'chrome-extension://otherextension/page.html' };
    expect(await handleMessage({ type: 'ping' }, sender, chrome, journalWithOneEntry(), persistence)).toEqual({
      ok: false,
    });
  });
});
