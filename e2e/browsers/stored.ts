/** What the worker saved in storage.session, read inside the extension and decoded the way the extension decodes it. */
import { loadTabLogs, type TabLog } from '../../src/shared/log.ts';
import type { ExtensionBrowser } from './types.ts';

/** Every item in storage.session, as stored. */
export const storedItems = (b: ExtensionBrowser): Promise<Record<string, unknown>> =>
  b.evalInExtension('(globalThis.browser ?? globalThis.chrome).storage.session.get(null)');

/** The tab logs those items hold, each with all its pages. */
export const decodeTabLogs = (items: Record<string, unknown>): Promise<TabLog[]> =>
  loadTabLogs({ get: async () => items });

export const storedTabLogs = async (b: ExtensionBrowser): Promise<TabLog[]> => decodeTabLogs(await storedItems(b));
