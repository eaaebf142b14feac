// @vitest-environment happy-dom
import { titles as enTitles } from '../knowledge/titles-en';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser } from '../../test/fake-browser';
import { completed, failed, logsOf } from '../../test/journal-fixtures';
import type { TabLog } from '../shared/log';
import { App } from './App';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));
afterEach(() => {
  cleanup();
  resetFakeBrowser();
});

const renderApp = (logs: TabLog[]) =>
  render(<App target={7} logs={logs} lang="en" titles={enTitles} showPrivate={false} onClear={() => undefined} />);
const entries = (): HTMLLIElement[] => [...document.querySelectorAll<HTMLLIElement>('li.entry')];
const urls = (): (string | null)[] => entries().map((li) => li.querySelector('.url')!.getAttribute('title'));

const T = Date.parse('2026-03-01T10:00:00Z');

describe('identical entries', () => {
  it('groups repeats of one response into a single item marked ×N', () => {
    renderApp(
      logsOf([
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, T),
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, T + 5_000),
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, T + 65_000),
        completed({ statusCode: 404, url: 'https://a.test/other.png' }, T + 1_000),
      ]),
    );
    const [grouped, single] = entries();
    expect(entries()).toHaveLength(2);
    expect(grouped!.dataset.code).toBe('404');
    const count = grouped!.querySelector('.count')!;
    expect(count.textContent).toBe('×3');
    expect(count.getAttribute('title')).toBe(
      `3 identical responses, the first at ${new Date(T).toLocaleTimeString()}, the last at ${new Date(T + 65_000).toLocaleTimeString()}`,
    );
    expect(single!.querySelector('.count')).toBeNull();
    // The summary counts responses, not items.
    expect(screen.getByRole('status').textContent).toMatch(/4 client errors/);
  });

  it('shows the first and the last time of a grouped item once it is expanded', async () => {
    const first = T;
    const last = T + 65_000;
    renderApp(
      logsOf([
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, first),
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, T + 5_000),
        completed({ statusCode: 404, url: 'https://a.test/missing.png' }, last),
      ]),
    );
    // Collapsed, the list shows only the count: the times are part of the details.
    expect(entries()[0]!.textContent).not.toContain(new Date(first).toLocaleTimeString());
    fireEvent.click(screen.getByRole('button', { name: /404/ }));
    await waitFor(() => expect(screen.getByText('Time')).toBeTruthy());
    const time = screen.getByText('Time').nextElementSibling!;
    expect(time.tagName).toBe('DD');
    expect(time.textContent).toBe(
      `${new Date(first).toLocaleTimeString()} – ${new Date(last).toLocaleTimeString()} (×3)`,
    );
  });

  it('shows a single time for an entry seen once', async () => {
    renderApp(logsOf([completed({ statusCode: 404, url: 'https://a.test/once.png' }, T)]));
    fireEvent.click(screen.getByRole('button', { name: /404/ }));
    await waitFor(() => expect(screen.getByText('Time')).toBeTruthy());
    expect(screen.getByText('Time').nextElementSibling!.textContent).toBe(new Date(T).toLocaleTimeString());
  });
});

describe('sort toggle', () => {
  const mixed = () =>
    logsOf([
      failed('net::ERR_CONNECTION_REFUSED', 'https://a.test/refused.png', T + 1_000),
      completed({ statusCode: 500, url: 'https://a.test/500.png' }, T + 2_000),
      completed({ statusCode: 404, url: 'https://a.test/older-404.png' }, T + 3_000),
      completed({ statusCode: 301, url: 'https://a.test/moved.png' }, T + 4_000),
      completed({ statusCode: 404, url: 'https://a.test/newer-404.png' }, T + 5_000),
    ]);

  it('lists worst first by default, newest first within the same severity', () => {
    renderApp(mixed());
    expect(urls()).toEqual([
      'https://a.test/refused.png',
      'https://a.test/500.png',
      'https://a.test/newer-404.png',
      'https://a.test/older-404.png',
      'https://a.test/moved.png',
    ]);
    expect(screen.getByRole('button', { name: 'Worst first' }).getAttribute('title')).toBe('Change the order');
  });

  it('switches to newest first and back when the sort toggle is activated', () => {
    renderApp(mixed());
    fireEvent.click(screen.getByRole('button', { name: 'Worst first' }));
    expect(urls()).toEqual([
      'https://a.test/newer-404.png',
      'https://a.test/moved.png',
      'https://a.test/older-404.png',
      'https://a.test/500.png',
      'https://a.test/refused.png',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    expect(urls()[0]).toBe('https://a.test/refused.png');
    expect(screen.getByRole('button', { name: 'Worst first' })).toBeTruthy();
  });

  it('orders a repeated entry by its latest occurrence in time order', () => {
    renderApp(
      logsOf([
        completed({ statusCode: 404, url: 'https://a.test/repeated.png' }, T),
        completed({ statusCode: 500, url: 'https://a.test/500.png' }, T + 1_000),
        completed({ statusCode: 404, url: 'https://a.test/repeated.png' }, T + 2_000),
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Worst first' }));
    expect(urls()).toEqual(['https://a.test/repeated.png', 'https://a.test/500.png']);
  });
});
