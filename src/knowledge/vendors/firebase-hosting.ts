import { header, host } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const manageCache: Source = {
  title: 'Firebase docs: Manage cache behavior (Firebase Hosting)',
  url: 'https://firebase.google.com/docs/hosting/manage-cache',
};

/**
 * Firebase Hosting sends no Server header of its own. Its answers carry "x-fh-requested-host" in Vary, and in
 * captures they usually come with Fastly's cache headers too (x-served-by: cache-…, x-timer), on some sites with
 * Google's front end instead. The Fastly vendor therefore matches a Firebase site as well: Firebase Hosting is the
 * product, Fastly the delivery layer under it.
 */
export const firebaseHosting: Vendor = {
  id: 'firebase-hosting',
  name: 'Firebase Hosting',
  role: 'platform',
  servesSite: true,
  docs: manageCache,
  fingerprints: [
    {
      id: 'vary-fh',
      signal: header('vary', /(^|,)\s*x-fh-requested-host\s*(,|$)/i),
      weight: 'strong',
      says: t(
        'Vary lists x-fh-requested-host, a header name only Firebase Hosting uses: the site is hosted on Firebase. Such answers usually also carry Fastly’s x-served-by and x-timer, because captured Firebase Hosting answers come through Fastly’s caches; when both are seen, the site is on Firebase Hosting and Fastly is only the delivery layer.',
        'В Vary указан x-fh-requested-host — имя заголовка, которое использует только Firebase Hosting: сайт размещён на Firebase. На таких ответах обычно есть и x-served-by с x-timer от Fastly, потому что, судя по перехваченным ответам, Firebase Hosting отдаётся через кэши Fastly; если видно и то и другое, сайт на Firebase Hosting, а Fastly — лишь слой доставки.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)(web\.app|firebaseapp\.com)$/),
      weight: 'medium',
      says: t(
        'The address is on web.app or firebaseapp.com, the domains Firebase Hosting gives to every site.',
        'Адрес находится на web.app или firebaseapp.com — доменах, которые Firebase Hosting выдаёт каждому сайту.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 404,
      note: t(
        'Firebase Hosting answers 404 itself when no deployed file and no rewrite matches the path; a custom 404.html at the site root replaces its default page. A "Site Not Found" page means nothing has been deployed to this site yet or a custom domain is not fully connected. A 404 made by a function behind a rewrite is kept by the CDN for 10 minutes unless the function sets its own caching headers.',
        'Firebase Hosting сам отвечает 404, если пути не соответствует ни развёрнутый файл, ни правило rewrite; собственный 404.html в корне сайта заменяет его стандартную страницу. Страница «Site Not Found» значит, что на этот сайт ещё ничего не развёрнуто или собственный домен подключён не до конца. 404, который вернула функция за rewrite, CDN кэширует на 10 минут, если функция не задала собственные заголовки кэширования.',
      ),
    },
    {
      code: 500,
      note: t(
        'On Firebase Hosting a 500 usually comes from a Cloud Function or Cloud Run service behind a rewrite, not from Hosting’s static files; the function’s logs show the error.',
        'На Firebase Hosting ответ 500 обычно приходит от Cloud Function или сервиса Cloud Run за правилом rewrite, а не от статических файлов Hosting; ошибка видна в журнале функции.',
      ),
    },
  ],
  bodyHint: t(
    'Firebase Hosting’s default error pages are small cards: "Page Not Found" says the file does not exist and there was no index.html or 404.html to fall back to; "Site Not Found" lists why a site may not be deployed yet. A page that looks like the site’s own design came from the site or its function.',
    'Стандартные страницы ошибок Firebase Hosting — небольшие карточки: «Page Not Found» сообщает, что файла нет и подставить index.html или 404.html тоже нечем; «Site Not Found» перечисляет причины, по которым сайт мог быть ещё не развёрнут. Страница в оформлении самого сайта пришла от сайта или его функции.',
  ),
};
