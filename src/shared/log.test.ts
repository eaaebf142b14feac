import { describe, expect, it } from 'vitest';
import { encodeTabLog, loadTabLogs, type TabLog } from './log';

const log = (tabId: number): TabLog => ({ tabId, incognito: false, pages: [] });
const stored = (items: Record<string, unknown>) => ({ get: async () => items });

describe('loadTabLogs', () => {
  it('ignores foreign keys and damaged values', async () => {
    const items = {
      ...encodeTabLog(log(1)),
      'tab:2': 'junk',
      'tab:3': '{"tabId": "3"}',
      'tab:4': log(4),
      'tab:6:earlier': 'junk',
      other: JSON.stringify(log(5)),
    };
    expect((await loadTabLogs(stored(items))).map((l) => l.tabId)).toEqual([1]);
  });
});
