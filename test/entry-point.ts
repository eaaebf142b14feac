/**
 * Component tests that run a page's real entry module (main.tsx renders on import): a fresh copy per
 * test into an empty `<div id="app">`, and the page left blank afterwards.
 */
import { render } from 'preact';
import { vi } from 'vitest';

export async function loadEntry(load: () => Promise<unknown>): Promise<void> {
  document.body.innerHTML = '<div id="app"></div>';
  vi.resetModules();
  await load();
}

/** Before each test: no theme class or language left on <html> by the last one. */
export function resetRoot(): void {
  document.documentElement.className = '';
  document.documentElement.lang = '';
}

/** After each test: unmounts what the entry module rendered and empties the page. */
export function unmountEntry(): void {
  const app = document.getElementById('app');
  if (app) render(null, app);
  document.body.innerHTML = '';
}
