import { describe, expect, it } from 'vitest';
import { captured, journalLogs, type RequestDetails, webRequestDetails } from '../../test/journal-fixtures';
import { explain } from '../knowledge/explain';
import { observe } from '../knowledge/observation';
import type { TabLog } from '../shared/log';
import { REDACTED } from '../shared/redact';
import { toHar, toJson } from './export';
import { type Item, itemsOf } from './model';

function items() {
  const [log] = journalLogs([
    {
      phase: 'completed',
      requestId: '1',
      tabId: 3,
      frameId: 0,
      time: Date.parse('2026-11-23T10:00:00Z'),
      obs: observe({
        statusCode: 419,
        url: 'https://app.test/form?x=1&y=2',
        type: 'main_frame',
        cookieNames: ['laravel_session', 'XSRF-TOKEN'],
        headers: { server: 'nginx', 'content-type': 'text/html' },
      }),
    },
    {
      phase: 'redirect',
      requestId: '2',
      tabId: 3,
      frameId: 0,
      time: Date.parse('2026-11-23T10:00:01Z'),
      obs: observe({ statusCode: 301, url: 'https://app.test/a', type: 'image', mainFrame: false }),
      redirectTo: 'https://app.test/b',
    },
    {
      phase: 'error',
      requestId: '3',
      tabId: 3,
      frameId: 0,
      time: Date.parse('2026-11-23T10:00:02Z'),
      obs: observe({
        error: 'net::ERR_NAME_NOT_RESOLVED',
        url: 'https://gone.test/x.js',
        type: 'script',
        mainFrame: false,
      }),
    },
  ]);
  return itemsOf(log!.pages.at(-1)!);
}

interface HarLog {
  log: {
    entries: {
      request: { queryString: { name: string; value: string }[] };
      response: { status: number; cookies: { name: string; value: string }[]; redirectURL: string };
    }[];
  };
}

const webRequest = (over: Partial<RequestDetails>): RequestDetails =>
  webRequestDetails({
    requestId: '7',
    url: 'https://app.test/',
    type: 'main_frame',
    tabId: 3,
    timeStamp: Date.parse('2026-11-23T10:00:00Z'),
    ...over,
  });

/** A login that redirects with a code and then fails, as Firefox delivers it (Chrome hides Set-Cookie). */
function captureLogin(): TabLog[] {
  return journalLogs([
    captured(
      webRequest({
        url: 'https://user:PASSSECRET@app.test/login?access_token=TOKENSECRET&lang=en',
        originUrl: 'https://idp.test/authorize?client_secret=ORIGINSECRET',
        statusCode: 302,
        redirectUrl: 'https://app.test/cb?code=CODESECRET&state=STATESECRET',
        responseHeaders: [
          { name: 'Location', value: '/cb?code=CODESECRET&state=STATESECRET' },
          { name: 'Set-Cookie', value: 'laravel_session=COOKIESECRET; path=/\nCOOKIESECRET2; Path=/' },
          { name: 'Authentication-Info', value: 'nextnonce="NONCESECRET"' },
          { name: 'Server', value: 'nginx' },
        ],
      }),
      'redirect',
    ),
    captured(
      webRequest({
        url: 'https://app.test/cb?code=CODESECRET&state=STATESECRET',
        statusCode: 419,
        responseHeaders: [{ name: 'Content-Location', value: '/cb?code=CODESECRET' }],
      }),
    ),
  ]);
}

const secretItems = (logs: TabLog[]): Item[] => itemsOf(logs[0]!.pages.at(-1)!);

const explanations = (list: readonly Item[]) =>
  new Map(list.flatMap((i) => (i.hops.length ? i.hops : [i.entry])).map((e) => [e.id, explain(e.obs)]));

describe('export', () => {
  it('writes HAR 1.2 with the fields DevTools needs, one entry per response or failure', () => {
    const har = JSON.parse(toHar(items())) as {
      log: { version: string; creator: { name: string }; pages: unknown[]; entries: Record<string, unknown>[] };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator.name).toBe('Statuscope');
    expect(har.log.pages).toHaveLength(1);
    expect(har.log.entries).toHaveLength(3);
    for (const e of har.log.entries) {
      expect(e).toHaveProperty('startedDateTime');
      expect(e).toHaveProperty('request.method');
      expect(e).toHaveProperty('request.headers');
      expect(e).toHaveProperty('request.queryString');
      expect(e).toHaveProperty('response.status');
      expect(e).toHaveProperty('response.content.mimeType');
      expect(e).toHaveProperty('timings.wait');
      expect(e).toHaveProperty('cache');
    }
    const byStatus = Object.fromEntries(har.log.entries.map((e) => [(e.response as { status: number }).status, e]));
    expect((byStatus[301]!.response as { redirectURL: string }).redirectURL).toBe('https://app.test/b');
    expect((byStatus[0]!.response as { _error: string })._error).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect((byStatus[419]!.request as { queryString: unknown[] }).queryString).toEqual([
      { name: 'x', value: '1' },
      { name: 'y', value: '2' },
    ]);
  });

  it('exports no secret a response or its URLs carried, only the names of cookies and parameters', () => {
    const list = secretItems(captureLogin());
    for (const text of [toJson(list, explanations(list)), toHar(list)]) {
      expect(text).not.toMatch(/SECRET/);
      expect(text).not.toContain('user:');
      expect(text).toContain('laravel_session');
      expect(text).toContain(`access_token=${REDACTED}`);
      expect(text).toContain(`code=${REDACTED}`);
    }
    const har = JSON.parse(toHar(list)) as HarLog;
    const login = har.log.entries.find((e) => e.response.status === 302);
    expect(login?.request.queryString).toEqual([
      { name: 'access_token', value: REDACTED },
      { name: 'lang', value: 'en' },
    ]);
    expect(login?.response.cookies).toEqual([{ name: 'laravel_session', value: REDACTED }]);
    expect(login?.response.redirectURL).toBe(`https://app.test/cb?code=${REDACTED}&state=${REDACTED}`);
  });

  it('redacts again what reached an entry without going through capture', () => {
    const [log] = journalLogs([
      {
        phase: 'redirect',
        requestId: '1',
        tabId: 3,
        frameId: 0,
        time: Date.parse('2026-11-23T10:00:00Z'),
        obs: observe({
          statusCode: 302,
          url: 'https://user:PASSSECRET@app.test/login?access_token=TOKENSECRET',
          type: 'main_frame',
          headers: {
            location: '/cb#access_token=FRAGSECRET',
            'set-cookie': 'sid=COOKIESECRET',
            'authentication-info': 'nextnonce="NONCESECRET"',
          },
        }),
        redirectTo: 'https://app.test/cb#access_token=FRAGSECRET',
        initiator: 'https://idp.test/authorize?client_secret=ORIGINSECRET',
      },
    ]);
    const list = itemsOf(log!.pages.at(-1)!);
    for (const text of [toJson(list, new Map()), toHar(list)]) {
      expect(text).not.toMatch(/SECRET/);
      expect(text).toContain(`access_token=${REDACTED}`);
    }
  });

  it('includes each entry’s explanation in JSON', () => {
    const list = items();
    const json = JSON.parse(toJson(list, explanations(list))) as {
      entries: { explanation: { meaningId: string } | null; response: { status: number | null } }[];
    };
    expect(json.entries.find((e) => e.response.status === 419)?.explanation?.meaningId).toBe('laravel.419');
  });
});
