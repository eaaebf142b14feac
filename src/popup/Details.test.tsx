// @vitest-environment happy-dom
import { titles as enTitles } from '../knowledge/titles-en';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBrowser } from '../../test/fake-browser';
import { completed, logsOf } from '../../test/journal-fixtures';
import type { TabLog } from '../shared/log';
import { App } from './App';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

const NOW = Date.parse('2026-03-01T10:00:00Z');

beforeEach(() => {
  // Only the clock and the countdown's interval are faked: promises and testing-library's waits stay real.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'], now: NOW });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  resetFakeBrowser();
});

const renderApp = (logs: TabLog[]) =>
  render(<App target={7} logs={logs} lang="en" titles={enTitles} showPrivate={false} onClear={() => undefined} />);
const retryLine = (): HTMLElement => document.querySelector<HTMLElement>('p.retry')!;

async function expand(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: /429|503/ }));
  await waitFor(() => expect(retryLine()).not.toBeNull());
}

/**
 * Effects run after the frame is painted: waits (on the real clock) until the countdown's interval is
 * running. Not through waitFor, which keeps an interval of its own while it polls.
 */
async function ticking(): Promise<void> {
  for (let i = 0; i < 100 && vi.getTimerCount() === 0; i++)
    await act(() => new Promise<void>((r) => setTimeout(r, 10)));
  expect(vi.getTimerCount()).toBe(1);
}

const tick = (ms: number): Promise<void> =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

describe('Retry-After', () => {
  it('counts down a Retry-After given in seconds, once a second', async () => {
    renderApp(
      logsOf([completed({ statusCode: 429, url: 'https://api.test/x', headers: { 'retry-after': '120' } }, NOW)]),
    );
    await expand();
    expect(retryLine().textContent).toContain('The server asks to retry in 120 s.');
    expect(retryLine().querySelector('code')!.textContent).toBe('Retry-After: 120');
    await ticking();
    await tick(1_000);
    expect(retryLine().textContent).toContain('retry in 119 s.');
    await tick(59_000);
    expect(retryLine().textContent).toContain('retry in 60 s.');
    await tick(60_000);
    expect(retryLine().textContent).toContain("The server's suggested wait is over; retrying makes sense now.");
    expect(retryLine().textContent).not.toMatch(/retry in \d+ s/);
  });

  it('counts from when the response arrived, not from when the popup opened', async () => {
    renderApp(
      logsOf([
        completed({ statusCode: 429, url: 'https://api.test/x', headers: { 'retry-after': '120' } }, NOW - 30_000),
      ]),
    );
    await expand();
    expect(retryLine().textContent).toContain('retry in 90 s.');
  });

  it('counts down to an HTTP-date Retry-After', async () => {
    const at = new Date(NOW + 90_000).toUTCString(); // "Sun, 01 Mar 2026 10:01:30 GMT"
    renderApp(logsOf([completed({ statusCode: 503, url: 'https://api.test/y', headers: { 'retry-after': at } }, NOW)]));
    await expand();
    expect(retryLine().textContent).toContain('retry in 90 s.');
    expect(retryLine().querySelector('code')!.textContent).toBe(`Retry-After: ${at}`);
    await ticking();
    await tick(45_000);
    expect(retryLine().textContent).toContain('retry in 45 s.');
    await tick(45_000);
    expect(retryLine().textContent).toContain('retrying makes sense now');
  });

  it('says the wait is over at once for a date already past', async () => {
    const at = new Date(NOW - 60_000).toUTCString();
    renderApp(
      logsOf([
        completed({ statusCode: 503, url: 'https://api.test/z', headers: { 'retry-after': at } }, NOW - 120_000),
      ]),
    );
    await expand();
    expect(retryLine().textContent).toContain('retrying makes sense now');
  });

  it('stops ticking once the entry is collapsed', async () => {
    renderApp(
      logsOf([completed({ statusCode: 429, url: 'https://api.test/x', headers: { 'retry-after': '120' } }, NOW)]),
    );
    await expand();
    await ticking();
    fireEvent.click(screen.getByRole('button', { name: /429/ }));
    expect(retryLine()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });
});
