// @vitest-environment happy-dom
import { titles as enTitles } from '../knowledge/titles-en';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessibleName, describeElement, isKeyboardReachable, pressEnter, trackHandlers } from '../../test/a11y';
import { resetFakeBrowser } from '../../test/fake-browser';
import { completed, failed, logsOf } from '../../test/journal-fixtures';
import type { TabLog } from '../shared/log';
import { App } from './App';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

let stopTracking: (() => void) | undefined;
afterEach(() => {
  stopTracking?.();
  stopTracking = undefined;
  cleanup();
  resetFakeBrowser();
});

const logs = (): TabLog[] =>
  logsOf([
    completed({ statusCode: 503, url: 'https://a.test/api', type: 'xmlhttprequest', headers: { 'retry-after': '30' } }),
    completed({ statusCode: 404, url: 'https://a.test/img.png' }),
    failed('net::ERR_NAME_NOT_RESOLVED', 'https://cdn.gone.test/x.js'),
    {
      phase: 'redirect',
      obs: completed({ statusCode: 301, url: 'https://a.test/old' }).obs,
      redirectTo: 'https://a.test/new',
    },
  ]);

const renderFull = (data: TabLog[]) =>
  render(
    <App
      target={7}
      logs={data}
      lang="en"
      titles={enTitles}
      showPrivate={false}
      onClear={() => undefined}
      onOpenAll={() => undefined}
      onOpenOptions={() => undefined}
      onExport={() => undefined}
    />,
  );

describe('keyboard', () => {
  it('names every popup control and makes each one a native, focusable element', async () => {
    const tracked = trackHandlers();
    stopTracking = tracked.stop;
    renderFull(logs());
    // Open an entry so the controls inside its details (Copy) exist too.
    pressEnter(screen.getByRole('button', { name: /^503/ }));
    await screen.findByRole('button', { name: 'Copy as text' });

    // The controls the popup offers, found by role and accessible name.
    const filters = within(screen.getByRole('group', { name: 'Filter' }));
    const chips = ['Network', '5xx', '4xx', '3xx', 'Odd'].map((name) =>
      filters.getByRole('button', { name: new RegExp(`^${name} \\d+$`) }),
    );
    const controls = [
      ...chips,
      screen.getByRole('searchbox', { name: 'Search URL, code, vendor' }),
      screen.getByRole('button', { name: 'Worst first' }),
      ...screen.getAllByRole('button', { expanded: false }),
      screen.getByRole('button', { expanded: true }),
      screen.getByRole('button', { name: 'Copy as text' }),
      screen.getByRole('button', { name: 'Export JSON' }),
      screen.getByRole('button', { name: 'Export HAR' }),
      screen.getByRole('button', { name: 'Clear' }),
      screen.getByRole('button', { name: 'All tabs' }),
      screen.getByRole('button', { name: 'Options' }),
    ];
    expect(document.querySelectorAll('button.entry-head')).toHaveLength(4);
    for (const el of controls) expect(isKeyboardReachable(el), describeElement(el)).toBe(true);

    // Everything that reacts to the mouse is reachable by keyboard and has a name.
    tracked.stop();
    const operable = [...tracked.elements].filter((el) => el.isConnected);
    expect(operable.length).toBeGreaterThanOrEqual(controls.length);
    for (const el of controls) expect(operable, describeElement(el)).toContain(el);
    for (const el of operable) {
      expect(isKeyboardReachable(el), describeElement(el)).toBe(true);
      expect(accessibleName(el as HTMLElement), describeElement(el)).not.toBe('');
    }
  });

  it('names each entry button by its code, also for a redirect chain', () => {
    renderFull(logs());
    const names = [...document.querySelectorAll<HTMLButtonElement>('button.entry-head')].map(accessibleName);
    expect(names).toHaveLength(4);
    expect(names.find((n) => n.startsWith('503'))).toBeTruthy();
    expect(names.find((n) => n.startsWith('404'))).toBeTruthy();
    expect(names.find((n) => n.startsWith('ERR_NAME_NOT_RESOLVED'))).toBeTruthy();
    expect(names.find((n) => n.startsWith('301 →'))).toBeTruthy();
  });

  it('expands and collapses an entry with Enter, keeping focus on its button', async () => {
    renderFull(logs());
    const head = screen.getByRole('button', { name: /^404/ });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    pressEnter(head);
    expect(document.activeElement).toBe(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    const details = document.getElementById(head.getAttribute('aria-controls')!);
    expect(details).not.toBeNull();
    expect(head.closest('li')!.contains(details)).toBe(true);
    await waitFor(() => expect(within(details!).getByText('What you can do')).toBeTruthy());

    pressEnter(head);
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(head.getAttribute('aria-controls')!)).toBeNull();
    expect(document.activeElement).toBe(head);
  });

  it('operates filter chips and the sort toggle with Enter, reporting their state', () => {
    renderFull(logs());
    const chip = screen.getByRole('button', { name: /^4xx/ });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    pressEnter(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    expect([...document.querySelectorAll<HTMLLIElement>('li.entry')].map((li) => li.dataset.code)).toEqual(['404']);
    pressEnter(chip);
    pressEnter(screen.getByRole('button', { name: 'Worst first' }));
    expect(screen.getByRole('button', { name: 'Newest first' })).toBeTruthy();
  });
});
