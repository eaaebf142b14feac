import { decodedValue } from '../rows';
import { header, host, onPage, server, via } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

const errorCodes = {
  title: 'Heroku Dev Center: Heroku Error Codes',
  url: 'https://devcenter.heroku.com/articles/error-codes',
};

export const heroku: Vendor = {
  id: 'heroku',
  name: 'Heroku',
  role: 'platform',
  docs: errorCodes,
  fingerprints: [
    {
      id: 'via-vegur',
      signal: via(/^(.*,\s*)?[\d.]+ vegur(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        "The Via header lists vegur, the proxy of Heroku's classic router: the app runs on Heroku. The router adds it to every answer, the app's and its own, so it does not say which one this is.",
        'В заголовке Via указан vegur — прокси классического маршрутизатора Heroku: приложение работает на Heroku. Маршрутизатор добавляет его к каждому ответу — и приложения, и своему, — поэтому он не говорит, чей это ответ.',
      ),
    },
    {
      id: 'via-heroku-router',
      signal: via(/^(.*,\s*)?[\d.]+ heroku-router(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        'The Via header lists heroku-router (Heroku Router 2.0): the app runs on Heroku.',
        'В заголовке Via указан heroku-router (Heroku Router 2.0): приложение работает на Heroku.',
      ),
    },
    {
      id: 'report-to-heroku-nel',
      signal: header('report-to', /^\{.*"group"\s*:\s*"heroku-nel".*\}$/i),
      weight: 'medium',
      says: t(
        "Report-To names Heroku's network error reporting group (heroku-nel), which the Heroku router adds.",
        'Report-To указывает группу отчётов о сетевых ошибках Heroku (heroku-nel), которую добавляет маршрутизатор Heroku.',
      ),
    },
    {
      id: 'reporting-endpoints-heroku-nel',
      signal: header('reporting-endpoints', /^(.*,\s*)?heroku-nel="?https:\/\/nel\.heroku\.com\/[^",]*"?(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        "Reporting-Endpoints points at nel.heroku.com, Heroku's error reporting endpoint added by its router.",
        'Reporting-Endpoints указывает на nel.heroku.com — адрес сбора отчётов об ошибках, который добавляет маршрутизатор Heroku.',
      ),
    },
    {
      id: 'server-cowboy',
      signal: server(/^Cowboy$/i),
      weight: 'weak',
      says: t(
        "Server: Cowboy is what Heroku's classic router reports, but Cowboy is also an ordinary Erlang web server, so this is only a hint.",
        'Server: Cowboy выдаёт классический маршрутизатор Heroku, но Cowboy — ещё и обычный веб-сервер на Erlang, так что это лишь косвенный признак.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)herokuapp\.com$/),
      weight: 'medium',
      says: t(
        'The address is on herokuapp.com, the domain Heroku gives to every app.',
        'Адрес находится на herokuapp.com — домене, который Heroku выдаёт каждому приложению.',
      ),
    },
    // The router's own pages (Heroku Dev Center "Error Pages" lists the defaults on www.herokucdn.com; the wrapper's
    // shape is from observed pages): the document is a bare full-size iframe whose src is
    // //www.herokucdn.com/error-pages/<page>.html. An app that set its own ERROR_PAGE_URL shows another address.
    {
      id: 'page-error',
      signal: onPage('body > iframe', /^(?:https?:)?\/\/www\.herokucdn\.com\/error-pages\/([a-z0-9-]{1,40})\.html$/, {
        attr: 'src',
        decodes: 'error-page',
      }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is one of the Heroku router’s own error pages, loaded from www.herokucdn.com, so the router answered instead of the app.',
        'Это одна из собственных страниц ошибок маршрутизатора Heroku, загруженная с www.herokucdn.com: ответил маршрутизатор, а не приложение.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      // The name of the router's page on www.herokucdn.com/error-pages/, as the page's iframe loads it.
      header: 'error-page',
      onPage: true,
      generated: true,
      fallback: t(
        'The Heroku router answered with one of its own pages instead of the app. The router log (heroku logs --tail) gives the exact H-code.',
        'Маршрутизатор Heroku ответил своей страницей вместо приложения. Точный H-код покажет журнал маршрутизатора (heroku logs --tail).',
      ),
      values: [
        decodedValue(
          'application-error',
          /^application-error$/,
          t('Application error: the app did not answer', 'Application error: приложение не ответило'),
          t(
            'The Heroku router could not get a valid answer from the app: it crashed, took longer than 30 seconds, has no web dynos running, or closed the connection. The page never says which.',
            'Маршрутизатор Heroku не получил от приложения нормального ответа: оно упало, отвечало дольше 30 секунд, у него не запущено ни одного web-дино или оно закрыло соединение. Что именно, страница не сообщает.',
          ),
          t(
            'Run heroku logs --tail and find the router line "at=error code=H.." for this request: H10 crashed, H12 timed out, H13 connection closed, H14 no web dynos.',
            'Выполните heroku logs --tail и найдите строку маршрутизатора «at=error code=H..» для этого запроса: H10 — приложение упало, H12 — тайм-аут, H13 — соединение закрыто, H14 — нет web-дино.',
          ),
          t(
            'The problem is on the site’s side; try again in a few minutes.',
            'Проблема на стороне сайта; попробуйте снова через несколько минут.',
          ),
        ),
        decodedValue(
          'no-such-app',
          /^no-such-app$/,
          t('No Heroku app at this address', 'По этому адресу нет приложения Heroku'),
          t(
            'The Heroku router knows no app for this host name: the domain was never added to an app, or the app was deleted or renamed.',
            'Маршрутизатор Heroku не знает приложения для этого имени хоста: домен не добавлен ни к одному приложению либо приложение удалено или переименовано.',
          ),
          t(
            'Add the domain to the app (heroku domains:add) or fix the app name in the DNS record; if the app is gone, remove the DNS record so no one else can claim the name.',
            'Добавьте домен к приложению (heroku domains:add) или исправьте имя приложения в DNS-записи; если приложения больше нет, удалите DNS-запись, чтобы этим именем не завладел кто-то другой.',
          ),
        ),
        decodedValue(
          'maintenance-mode',
          /^maintenance-mode$/,
          t('App in maintenance mode', 'Приложение на обслуживании'),
          t(
            'The app’s owner switched on Heroku maintenance mode, so the router answers every request with this page (H80 in the router log).',
            'Владелец приложения включил режим обслуживания Heroku, и маршрутизатор отвечает этой страницей на все запросы (в журнале маршрутизатора — H80).',
          ),
          t(
            'Switch it off with heroku maintenance:off when the work is done.',
            'Когда работы закончены, выключите его командой heroku maintenance:off.',
          ),
          t('The site is being worked on; come back later.', 'На сайте идут работы; зайдите позже.'),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 503,
      note: t(
        'A Heroku 503 with the "Application error" page is the router saying the app could not answer. The reason is an H-code that appears only in the app\'s router log (heroku logs --tail, line "at=error code=H.."): H10 the app crashed, H12 the request took over 30 seconds, H13 the app closed the connection without answering, H14 no web dynos are running, H18 the app cut the request short, H20 the router waited 75 seconds for a starting app and none came up (App boot timeout), H80 maintenance mode. An app that never binds to $PORT is a different error: the dyno log shows R10 (Boot timeout), a runtime error rather than a router code, and the dyno is killed after 60 seconds, so later requests usually log H10.',
        '503 от Heroku со страницей «Application error» означает, что, по данным маршрутизатора, приложение не смогло ответить. Причина — H-код, который есть только в журнале маршрутизатора (heroku logs --tail, строка «at=error code=H..»): H10 — приложение упало, H12 — запрос шёл дольше 30 секунд, H13 — приложение закрыло соединение без ответа, H14 — не запущено ни одного web-дино, H18 — приложение оборвало запрос, H20 — маршрутизатор 75 секунд ждал запуска приложения, но ни один процесс так и не поднялся (App boot timeout), H80 — включён режим обслуживания. Если приложение так и не начинает слушать $PORT, это другая ошибка: в журнале дино будет R10 (Boot timeout) — ошибка среды выполнения, а не код маршрутизатора; через 60 секунд дино принудительно останавливают, поэтому на следующие запросы в журнале обычно появляется H10.',
      ),
    },
    {
      code: 404,
      note: t(
        'A Heroku 404 page that says there is nothing here means the router knows no app for this hostname: the custom domain was not added to the app (heroku domains) or the app was deleted or renamed.',
        'Страница 404 от Heroku с сообщением, что здесь ничего нет, означает, что маршрутизатор не знает приложения для этого имени хоста: собственный домен не добавлен к приложению (heroku domains) либо приложение удалено или переименовано.',
      ),
    },
  ],
  bodyHint: t(
    'Heroku\'s "Application error" page never shows the cause. The site owner finds it in the router log: run heroku logs --tail and look for "at=error code=H.." with the time of the failed request.',
    'Страница «Application error» от Heroku не показывает причину. Владелец сайта найдёт её в журнале маршрутизатора: выполните heroku logs --tail и ищите «at=error code=H..» со временем неудачного запроса.',
  ),
};
