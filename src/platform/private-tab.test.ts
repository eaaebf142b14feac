import { describe, expect, it, vi } from 'vitest';

const tabs = vi.hoisted(() => new Map<number, { incognito: boolean }>());
vi.mock('./browser', () => ({
  default: {
    tabs: {
      get: async (tabId: number) => {
        const tab = tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return tab;
      },
    },
  },
}));

const { isPrivateTab } = await import('./index');

describe('isPrivateTab', () => {
  it("answers from the tab's window", async () => {
    tabs.set(1, { incognito: false });
    tabs.set(2, { incognito: true });
    expect(await isPrivateTab(1)).toBe(false);
    expect(await isPrivateTab(2)).toBe(true);
  });

  it('counts a tab it cannot look up as private, so its entries stay out of normal windows', async () => {
    expect(await isPrivateTab(99)).toBe(true);
  });
});
