// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessibleName, describeElement, isKeyboardReachable, trackHandlers } from '../../test/a11y';
import { resetFakeBrowser } from '../../test/fake-browser';
import type { Lang } from '../knowledge/types';
import { setLanguage } from '../shared/i18n';
import { LookupPage } from './Lookup';

vi.mock('../platform', async () => ({ browser: (await import('../../test/fake-browser')).fakeBrowser }));

afterEach(async () => {
  cleanup();
  resetFakeBrowser();
  await setLanguage('auto');
});

/** The page for `query`, once its answer is in. */
async function show(query: string, options: { lang?: Lang; meaning?: string } = {}): Promise<HTMLElement> {
  render(
    <LookupPage
      initial={query}
      lang={options.lang ?? 'en'}
      {...(options.meaning ? { meaning: options.meaning } : {})}
    />,
  );
  const main = document.querySelector<HTMLElement>('main.lookup')!;
  await waitFor(() => expect(main.dataset.ready).toBe('true'), { timeout: 10_000 });
  return main;
}

const meanings = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('article.meaning')];

describe('the lookup page', () => {
  it('a standard number: its RFC meaning, how to tell it, advice for both sides, and what products mean by it', async () => {
    await show('404');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('404');
    expect(screen.getByText('4xx: a client error (the server refused the request)')).toBeTruthy();
    const [standard] = meanings();
    const m = within(standard!);
    expect(m.getByRole('heading', { level: 3 }).textContent).toBe('Not Found');
    expect(m.getByText('Standard')).toBeTruthy();
    expect(m.getByRole('heading', { name: 'How to tell it is this one' })).toBeTruthy();
    expect(m.getByRole('heading', { name: 'What you can do' })).toBeTruthy();
    expect(m.getByRole('heading', { name: 'If this is your site' })).toBeTruthy();
    expect(m.getByRole('link', { name: /^RFC 9110/ }).getAttribute('href')).toMatch(
      /^https:\/\/www\.rfc-editor\.org\//,
    );
    const notes = screen.getByRole('heading', { name: 'What products mean by it' }).closest('section')!;
    expect(within(notes).getByText('GitHub Pages:')).toBeTruthy();
    expect(document.title).toBe('404 — Statuscope');
  });

  it("a product's number: each meaning with its product and role, likeliest first, and that IANA has none", async () => {
    await show('499');
    expect(screen.getByText(/Not in the IANA registry/)).toBeTruthy();
    expect(screen.getByText('Its meanings, most likely first:')).toBeTruthy();
    const products = meanings().map((a) => a.querySelector('.product')!.textContent);
    expect(products).toEqual(['Esri ArcGIS', 'nginx']);
    expect(meanings()[0]!.querySelector('.by')!.textContent).toBe("Esri ArcGIS · The site's own server");
    expect(within(meanings()[1]!).getByText(/^A nginx response would show: /)).toBeTruthy();
  });

  it('marks the meaning picked in the address bar and moves focus to it', async () => {
    await show('499', { meaning: 'nginx.499' });
    const picked = meanings().find((a) => a.getAttribute('aria-current') === 'true')!;
    expect(picked.dataset.meaning).toBe('nginx.499');
    expect(within(picked).getByText(/The meaning you picked/)).toBeTruthy();
    expect(document.activeElement).toBe(within(picked).getByRole('heading', { level: 3 }));
  });

  it('a failure name: its meaning, the likely cause and every name the browsers give it', async () => {
    await show('net::err_cert_date_invalid');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('net::ERR_CERT_DATE_INVALID');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Certificate expired or not yet valid');
    expect(screen.getByText("Most likely cause: the site's own server.")).toBeTruthy();
    // A failure name has no standard or product behind it to name.
    expect(document.querySelector('.by')).toBeNull();
    const names = screen.getByRole('heading', { name: 'Reported as' }).closest('section')!;
    expect(within(names).getByText('SEC_ERROR_EXPIRED_CERTIFICATE').parentElement!.textContent).toMatch(/\(Firefox\)$/);
  });

  it('an unknown number: unregistered, and what its class means', async () => {
    await show('777');
    expect(screen.getByText(/^Unregistered: neither the IANA registry/)).toBeTruthy();
    expect(screen.getByText('Outside the HTTP range (100–599)')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Status outside the HTTP range');
    expect(screen.queryByText('Standard')).toBeNull();
  });

  it("a product's error number past the HTTP range (1016): no status, and the product's row as a meaning", async () => {
    await show('1016');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('1016');
    expect(screen.getByText('Outside the HTTP range (100–599)')).toBeTruthy();
    expect(
      screen.getByText(
        'Not an HTTP status: an error number that a product shows on its own error page or sends in a header. The response that carries it has an ordinary HTTP status of its own.',
      ),
    ).toBeTruthy();
    // Not called unregistered, nor ranked, since the knowledge has a row for it.
    expect(screen.queryByText(/^Unregistered/)).toBeNull();
    expect(screen.queryByText(/most likely first/)).toBeNull();
    const [row] = meanings();
    expect(meanings()).toHaveLength(1);
    expect(row!.dataset.meaning).toBe('cloudflare.decoder.cf-error-type.1016');
    const heading = within(row!).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('Origin DNS error (1016)');
    expect(heading.id).toBe('meaning-cloudflare.decoder.cf-error-type.1016');
    expect(accessibleName(row!)).toBe('Origin DNS error (1016)');
    expect(row!.querySelector('.by')!.textContent).toBe('Cloudflare · CDN / security service');
    const m = within(row!);
    const pick = m.getByRole('heading', { name: 'How to tell it is this one' }).closest('section')!;
    expect(pick.textContent).toContain(
      'Cloudflare shows this number on its own error page and also sends it in the cf-error-type header.',
    );
    expect(m.getByText(/does not resolve/)).toBeTruthy();
    expect(m.getByRole('heading', { name: 'What you can do' })).toBeTruthy();
    expect(m.getByText(/^Nothing is advised for this number alone/)).toBeTruthy();
    expect(m.getByText(/DNS tab of the Cloudflare dashboard/)).toBeTruthy();
    expect(m.getByRole('link', { name: 'Cloudflare docs: HTTP status codes' }).getAttribute('href')).toMatch(
      /^https:\/\/developers\.cloudflare\.com\//,
    );
    expect(document.title).toBe('1016 — Statuscope');
  });

  it("moves focus to a product's error number picked in the address bar", async () => {
    await show('1016', { meaning: 'cloudflare.decoder.cf-error-type.1016' });
    const [row] = meanings();
    expect(row!.getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(within(row!).getByRole('heading', { level: 3 }));
  });

  it('a number past the HTTP range that no product names: still unregistered', async () => {
    await show('1017');
    expect(screen.getByText(/^Unregistered: neither the IANA registry/)).toBeTruthy();
    expect(screen.queryByText(/^Not an HTTP status/)).toBeNull();
  });

  it('an unknown failure name: says so, with what any failure means', async () => {
    await show('ERR_SOMETHING_NEW');
    expect(screen.getByText(/does not know this failure name yet/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Reported as' })).toBeNull();
  });

  it('shows text that is no code as text, never as markup', async () => {
    await show('<img src=x onerror=alert(1)>\u202e');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe(
      '“<img src=x onerror=alert(1)>\ufffd” is neither a status code nor a failure name. Try 404, 522 or ERR_CONNECTION_REFUSED.',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('in Russian: the page’s strings and the knowledge’s words', async () => {
    await setLanguage('ru');
    await show('522', { lang: 'ru' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Что значит код');
    const [cf] = meanings();
    expect(within(cf!).getByRole('heading', { level: 3 }).textContent).toMatch(/[а-яё]/i);
    expect(within(cf!).getByRole('heading', { name: 'Как понять, что это оно' })).toBeTruthy();
    expect(within(cf!).getByText(/^Ответ Cloudflare можно узнать по признакам/)).toBeTruthy();
  });

  it("in Russian: a product's error number", async () => {
    await setLanguage('ru');
    await show('1016', { lang: 'ru' });
    expect(
      screen.getByText(
        'Это не HTTP-статус, а номер ошибки, который продукт показывает на собственной странице ошибки или передаёт в заголовке. У ответа, в котором он пришёл, есть и свой, обычный HTTP-статус.',
      ),
    ).toBeTruthy();
    const [row] = meanings();
    expect(within(row!).getByRole('heading', { level: 3 }).textContent).toBe('Ошибка DNS для origin (1016)');
    expect(
      within(row!).getByText(
        'Этот номер Cloudflare показывает на собственной странице ошибки, а кроме того передаёт в заголовке cf-error-type.',
      ),
    ).toBeTruthy();
    expect(within(row!).getByText(/^Для одного этого номера советов нет/)).toBeTruthy();
  });

  it('looks another code up from its search box, and moves focus to the answer', async () => {
    await show('404');
    const box = screen.getByRole('searchbox', { name: 'Status code or failure name' });
    fireEvent.input(box, { target: { value: '  522 ' } });
    fireEvent.submit(box.closest('form')!);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('522'));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(location.search).toBe('?lookup=522');
  });

  it('makes every control keyboard-reachable and named, the search box in a <search> landmark', async () => {
    const tracked = trackHandlers();
    try {
      await show('530');
    } finally {
      tracked.stop();
    }
    // <search> is the search landmark in browsers (testing-library's role table predates it).
    expect(screen.getByRole('searchbox').closest('search')).toBeTruthy();
    const controls = [
      screen.getByRole('searchbox', { name: 'Status code or failure name' }),
      screen.getByRole('button', { name: 'Look up' }),
      ...screen.getAllByRole('link'),
    ];
    for (const el of [...controls, ...tracked.elements].filter((e) => e.isConnected)) {
      expect(isKeyboardReachable(el), describeElement(el)).toBe(true);
      expect(accessibleName(el as HTMLElement), describeElement(el)).not.toBe('');
    }
    // Every meaning is an article named by its heading.
    for (const a of meanings()) expect(accessibleName(a)).toBe(a.querySelector('h3')!.textContent);
  });
});
