import { header, host, server, via } from '../signals';
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
  ],
  codes: [],
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
