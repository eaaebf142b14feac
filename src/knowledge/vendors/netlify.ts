import { header, host, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const netlify: Vendor = {
  id: 'netlify',
  name: 'Netlify',
  role: 'platform',
  servesSite: true,
  docs: { title: 'Netlify documentation', url: 'https://docs.netlify.com/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^Netlify$/i),
      weight: 'strong',
      says: t(
        'The Server header names Netlify: the site is hosted on Netlify and its edge delivered this response.',
        'Заголовок Server называет Netlify: сайт размещён на Netlify, и ответ отдал его пограничный узел.',
      ),
    },
    {
      id: 'x-nf-request-id',
      signal: header('x-nf-request-id'),
      weight: 'strong',
      says: t(
        "Netlify's request id: the request went through Netlify's edge network.",
        'Идентификатор запроса Netlify: запрос прошёл через пограничную сеть Netlify.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)netlify\.(app|com)$/),
      weight: 'medium',
      says: t(
        'The address is on netlify.app (or the older netlify.com), the domains Netlify gives to hosted sites.',
        'Адрес находится на netlify.app (или на более старом netlify.com) — доменах, которые Netlify выдаёт размещённым сайтам.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 404,
      note: t(
        'Netlify answers 404 by itself when no published file and no redirect rule matches the path. For a single-page app, add the rule "/* /index.html 200" to _redirects or netlify.toml; otherwise check the publish directory in the build settings.',
        'Netlify сам отвечает 404, когда пути не соответствует ни опубликованный файл, ни правило перенаправления. Для одностраничного приложения добавьте правило «/* /index.html 200» в _redirects или netlify.toml; в остальных случаях проверьте каталог публикации в настройках сборки.',
      ),
    },
    {
      code: 502,
      note: t(
        'On Netlify a 502 usually comes from a Netlify Function that crashed or ran out of time, or from a proxy rule ("200!" rewrite to another host) whose target failed. The function logs in the Netlify dashboard show which.',
        'На Netlify 502 обычно означает, что Netlify Function упала или не уложилась во время, либо что не ответил адрес из правила-прокси (rewrite на другой хост). Что именно — видно в журналах функций в панели Netlify.',
      ),
    },
  ],
};
