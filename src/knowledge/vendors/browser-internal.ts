import { header, reason } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const chromium: Source = {
  title:
    'Chromium source: internal redirects carry "Non-Authoritative-Reason" (e.g. extensions/browser/api/web_request)',
  url: 'https://source.chromium.org/search?q=Non-Authoritative-Reason',
};

/** Redirects Chromium makes itself, before any request reaches the network. */
export const browserInternal: Vendor = {
  id: 'browser-internal',
  name: t('The browser itself', 'Сам браузер'),
  role: 'browser',
  docs: chromium,
  fingerprints: [
    {
      id: 'non-authoritative-reason',
      signal: header('non-authoritative-reason'),
      weight: 'strong',
      generated: true,
      says: t(
        'Chromium adds Non-Authoritative-Reason to redirects it makes on its own: no server sent this answer.',
        'Chromium добавляет Non-Authoritative-Reason к перенаправлениям, которые делает сам: этот ответ не пришёл ни от какого сервера.',
      ),
    },
    {
      id: 'reason-internal-redirect',
      // Chromium's URLRequestRedirectJob writes the status line "HTTP/1.1 307 Internal Redirect" itself.
      signal: reason(/^Internal Redirect$/i),
      weight: 'medium',
      generated: true,
      says: t(
        'The status line reads "Internal Redirect", wording Chromium uses for redirects it makes on its own; servers do not send it, so no request for the old address went out.',
        'В строке статуса написано «Internal Redirect» — так Chromium подписывает перенаправления, которые делает сам; серверы такой фразы не присылают, значит, запрос на старый адрес не отправлялся.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'non-authoritative-reason',
      generated: true,
      values: [
        {
          id: 'hsts',
          match: /^HSTS$/i,
          title: t('Upgraded to HTTPS by the browser (HSTS)', 'Браузер сам перешёл на HTTPS (HSTS)'),
          summary: t(
            'The site is on the browser’s HSTS list (it asked for HTTPS only, or is preloaded), so the browser rewrote http:// to https:// without asking the server.',
            'Сайт в списке HSTS браузера (сам потребовал только HTTPS или внесён в предзагруженный список), поэтому браузер заменил http:// на https://, не спрашивая сервер.',
          ),
          visitor: t(
            'Nothing to do: this is the browser keeping the connection encrypted.',
            'Делать ничего не нужно: так браузер сохраняет соединение зашифрованным.',
          ),
          owner: t(
            'Link to https:// directly. If the HTTPS side then fails, fix its certificate: HSTS leaves visitors no way around it.',
            'Ставьте ссылки сразу на https://. Если после этого не работает HTTPS, исправьте сертификат: HSTS не оставляет посетителям обходного пути.',
          ),
        },
        {
          id: 'webrequest-api',
          match: /^WebRequest API$/i,
          title: t('Redirected by an extension', 'Перенаправлено расширением'),
          summary: t(
            'A browser extension redirected this request through the webRequest API; the server never saw the original address.',
            'Расширение браузера перенаправило этот запрос через API webRequest; сервер не видел исходного адреса.',
          ),
          visitor: t(
            'If the page broke because of it, try with your extensions turned off (a private window usually has none).',
            'Если из-за этого страница сломалась, попробуйте с выключенными расширениями (в приватном окне их обычно нет).',
          ),
        },
      ],
      fallback: t(
        'The browser made this redirect itself for a reason of its own; no request for the original address reached the server.',
        'Браузер сам выполнил это перенаправление по собственным причинам; запрос на исходный адрес до сервера не дошёл.',
      ),
    },
  ],
  notes: [
    {
      code: 307,
      note: t(
        'Chromium reports its own redirects as 307 "Internal Redirect": nothing was fetched from the old address.',
        'Chromium показывает собственные перенаправления как 307 «Internal Redirect»: по старому адресу ничего не запрашивалось.',
      ),
    },
  ],
};
