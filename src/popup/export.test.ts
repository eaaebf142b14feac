import { describe, expect, it } from 'vitest';
import { journalLogs } from '../../test/journal-fixtures';
import { explain } from '../knowledge/explain';
import { observe } from '../knowledge/observation';
import { REDACTED, toHar, toJson } from './export';
import { itemsOf } from './model';

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

  it('redacts cookie values: only names leave the browser', () => {
    const har = toHar(items());
    expect(har).toContain(`laravel_session=${REDACTED}`);
    expect(har).not.toMatch(/authorization/i);
    const json = toJson(items(), new Map());
    expect(json).toContain('laravel_session');
    expect(json).not.toMatch(/"cookie"/i);
  });

  it('includes each entry’s explanation in JSON', () => {
    const list = items();
    const ex = new Map(list.flatMap((i) => (i.hops.length ? i.hops : [i.entry])).map((e) => [e.id, explain(e.obs)]));
    const json = JSON.parse(toJson(list, ex)) as {
      entries: { explanation: { meaningId: string } | null; response: { status: number | null } }[];
    };
    expect(json.entries.find((e) => e.response.status === 419)?.explanation?.meaningId).toBe('laravel.419');
  });
});
