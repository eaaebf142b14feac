import { decodedValue, wholeValue } from '../rows';
import { header, host } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const runtimeErrors: Source = {
  title: 'Render tutorials: When deploys go wrong — Runtime errors',
  url: 'https://render.com/tutorials/when-deploys-go-wrong/runtime-errors',
};

const waitAndRetry = t(
  'Wait a little and reload: after a quiet spell a free service on Render needs some time, often tens of seconds, to start.',
  'Подождите немного и обновите страницу: после простоя бесплатному сервису на Render нужно время, нередко несколько десятков секунд, чтобы запуститься.',
);

const ownerSide = t(
  'Nothing to do on your side; only the site’s owner can bring the service back.',
  'С вашей стороны ничего не сделать: вернуть сервис может только владелец сайта.',
);

/**
 * In captures of Render services the answer comes through Cloudflare (Server: cloudflare, cf-ray), with Render's own
 * request id, the app's Server header copied into x-render-origin-server, and Render's own routing failures named in
 * x-render-routing. None of these headers is in Render's documentation; their shapes and values come from many
 * independent captures. What the values mean follows Render's docs: "Deploy for Free" (render.com/docs/free: free
 * web services spin down after 15 minutes without traffic; free services are suspended when the month's free usage
 * runs out) and the runtime-errors tutorial (502 comes from Render's edge).
 */
export const render: Vendor = {
  id: 'render',
  name: 'Render',
  role: 'platform',
  docs: runtimeErrors,
  fingerprints: [
    {
      id: 'rndr-id',
      signal: header('rndr-id'),
      weight: 'strong',
      says: t(
        'rndr-id is Render’s request id: the request reached a service hosted on Render. It is on the app’s answers and on Render’s own alike.',
        'rndr-id — идентификатор запроса в Render: запрос дошёл до сервиса, размещённого на Render. Он есть и на ответах приложения, и на собственных ответах Render.',
      ),
    },
    {
      id: 'x-render-routing',
      signal: header('x-render-routing'),
      weight: 'strong',
      generated: true,
      says: t(
        'x-render-routing is how Render’s router says why it answered by itself instead of passing the request to the service (nothing deployed, a suspended or sleeping service, a crash).',
        'В x-render-routing маршрутизатор Render сообщает, почему ответил сам, а не передал запрос сервису (ничего не развёрнуто, сервис приостановлен или спит, приложение упало).',
      ),
    },
    {
      id: 'x-render-origin-server',
      signal: header('x-render-origin-server'),
      weight: 'strong',
      relayed: true,
      absent: ['x-render-routing'],
      says: t(
        'x-render-origin-server carries the Server header of the app itself (uvicorn, gunicorn, Kestrel…, or Render when the app sets none): Render passed along an answer the service wrote.',
        'В x-render-origin-server Render переносит заголовок Server самого приложения (uvicorn, gunicorn, Kestrel… или Render, если приложение его не задаёт): Render передал ответ, сформированный сервисом.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)onrender\.com$/),
      weight: 'medium',
      says: t(
        'The address is on onrender.com, the domain Render gives to every service.',
        'Адрес находится на onrender.com — домене, который Render выдаёт каждому сервису.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-render-routing',
      generated: true,
      fallback: t(
        'Render’s router answered by itself and named the reason in x-render-routing with a value this list does not know. The service’s Events and Logs in the Render dashboard show what happened at that time.',
        'Маршрутизатор Render ответил сам и указал причину в x-render-routing значением, которого нет в этом списке. Что произошло в это время, видно в разделах Events и Logs сервиса в панели Render.',
      ),
      values: [
        decodedValue(
          'no-server',
          wholeValue('no-server'),
          t('No running service at this address (Render)', 'По этому адресу нет работающего сервиса (Render)'),
          t(
            'Render knows no live service for this host name, so its router answered 404 itself: the URL is wrong, the service was deleted or renamed, or it is not running yet.',
            'Для этого имени хоста у Render нет работающего сервиса, поэтому маршрутизатор Render сам ответил 404: адрес неверный, сервис удалён или переименован либо ещё не запущен.',
          ),
          t(
            'Check the exact onrender.com address in the dashboard and that the service shows as Live. A free service coming back from sleep can briefly answer this too.',
            'Сверьте точный адрес onrender.com в панели и убедитесь, что сервис в статусе Live. Бесплатный сервис, который просыпается после простоя, тоже может ненадолго так отвечать.',
          ),
          ownerSide,
        ),
        decodedValue(
          'no-deploy',
          wholeValue('no-deploy'),
          t('Nothing deployed yet (Render)', 'Ещё ничего не развёрнуто (Render)'),
          t(
            'The service exists on Render but has no successful deploy to send the request to, so Render answered with its own error page.',
            'Сервис на Render существует, но у него нет ни одного успешного деплоя, на который можно направить запрос, поэтому Render ответил своей страницей ошибки.',
          ),
          t(
            'Open the service’s Events: the last deploy failed at build or start. Fix the build or start command and deploy again.',
            'Откройте Events сервиса: последний деплой упал на этапе сборки или запуска. Исправьте команду сборки или запуска и задеплойте сервис заново.',
          ),
          ownerSide,
        ),
        decodedValue(
          'suspend',
          wholeValue('suspend'),
          t('Service suspended (Render)', 'Сервис приостановлен (Render)'),
          t(
            'Render suspended this service and serves a "Service Suspended" page instead; for free services this happens when the month’s free hours or bandwidth run out.',
            'Render приостановил этот сервис и вместо него отдаёт страницу «Service Suspended»; у бесплатных сервисов так бывает, когда закончились бесплатные часы или трафик за месяц.',
          ),
          t(
            'Check Billing in the dashboard. Free usage resets on the 1st of the month; moving the service to a paid instance type brings it back at once.',
            'Загляните в раздел Billing. Бесплатный лимит обновляется первого числа месяца; перевод сервиса на платный тип инстанса возвращает его сразу.',
          ),
          ownerSide,
        ),
        decodedValue(
          'suspend-by-user',
          wholeValue('suspend-by-user'),
          t('Service suspended by its owner (Render)', 'Сервис приостановлен владельцем (Render)'),
          t(
            'Someone with access to the Render account suspended this service, so Render answers 503 instead of running it.',
            'Кто-то с доступом к аккаунту Render приостановил этот сервис, поэтому Render отвечает 503 вместо того, чтобы его запускать.',
          ),
          t(
            'Resume the service in the dashboard (or through the API) if it should be online.',
            'Если сервис должен работать, возобновите его в панели (или через API).',
          ),
          ownerSide,
        ),
        decodedValue(
          'hibernate-wake-error',
          wholeValue('hibernate-wake-error'),
          t('Sleeping free service failed to wake (Render)', 'Бесплатный сервис не смог проснуться (Render)'),
          t(
            'The free service was asleep after a quiet spell; Render tried to start it for this request, but it did not come up in time or crashed while starting.',
            'Бесплатный сервис спал после простоя; Render попытался запустить его ради этого запроса, но тот не поднялся вовремя или упал при запуске.',
          ),
          t(
            'Read the start of the service’s logs for a crash at boot (a missing variable, a database that is not reachable). If it starts fine but slowly, make start-up faster.',
            'Посмотрите начало журнала сервиса: не падает ли он при старте (нет переменной окружения, недоступна база). Если он запускается, но медленно, ускорьте запуск.',
          ),
          waitAndRetry,
        ),
        decodedValue(
          'hibernate-rate-limited',
          wholeValue('hibernate-rate-limited'),
          t('Too many wake-up requests (Render)', 'Слишком много запросов на пробуждение (Render)'),
          t(
            'The free service was asleep and Render throttled the requests trying to wake it, answering 429 before any of them reached the app.',
            'Бесплатный сервис спал, и Render ограничил запросы, пытавшиеся его разбудить: ответил 429 ещё до того, как они дошли до приложения.',
          ),
          t(
            'Avoid bursts of requests to a sleeping free service (a page that fires many API calls at once); wake it with a single request first, or move to a paid instance that does not sleep.',
            'Не отправляйте пачку запросов спящему бесплатному сервису (страница, которая разом делает много вызовов API); сначала разбудите его одним запросом или перейдите на платный инстанс, который не засыпает.',
          ),
          waitAndRetry,
        ),
        decodedValue(
          'dynamic-hibernate-error',
          wholeValue('dynamic-hibernate-error-503'),
          t('Free service still waking up (Render)', 'Бесплатный сервис ещё просыпается (Render)'),
          t(
            'The free service was spun down after a quiet spell and was not ready yet, so Render answered 503 for it.',
            'Бесплатный сервис был остановлен после простоя и ещё не успел запуститься, поэтому за него ответил Render — кодом 503.',
          ),
          t(
            'Expected on the free instance type; make the service start faster, or use a paid instance if the first request after a pause must not fail.',
            'Для бесплатного типа инстанса это ожидаемо; ускорьте запуск сервиса или возьмите платный инстанс, если первый запрос после паузы не должен падать.',
          ),
          waitAndRetry,
        ),
        decodedValue(
          'dynamic-error',
          wholeValue('dynamic-(paid|free)-error'),
          t('Render could not reach the running app', 'Render не достучался до работающего приложения'),
          t(
            'Render’s edge tried to pass the request to the service’s instance and got no usable answer: the app crashed or restarted, is not listening on the expected port, or failed its health checks.',
            'Пограничный узел Render пытался передать запрос инстансу сервиса и не получил пригодного ответа: приложение упало или перезапускается, слушает не тот порт или не проходит проверки работоспособности.',
          ),
          t(
            'Look at the service’s Events and Logs around that time: restarts for running out of memory, failed health checks, or the app binding to a port other than $PORT.',
            'Посмотрите Events и Logs сервиса за это время: перезапуски из-за нехватки памяти, проваленные проверки работоспособности или приложение, слушающее порт не из $PORT.',
          ),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 404,
      note: t(
        'On Render, a 404 that carries x-render-routing (for example no-server) is Render’s own: no running service answers for this host name. A 404 with x-render-origin-server came from the app itself.',
        'На Render ответ 404 с x-render-routing (например, no-server) — собственный ответ Render: для этого имени хоста нет работающего сервиса. 404 с x-render-origin-server вернуло само приложение.',
      ),
    },
    {
      code: 429,
      note: t(
        'A 429 from Render with x-render-routing: hibernate-rate-limited means a sleeping free service was being woken by too many requests at once; the app itself never saw them.',
        '429 от Render с x-render-routing: hibernate-rate-limited означает, что спящий бесплатный сервис пытались разбудить слишком большим числом запросов сразу; до самого приложения они не дошли.',
      ),
    },
    {
      code: 502,
      note: t(
        'Render’s own 502 means its edge could not get an answer from the service’s process: usually the app crashed, is restarting, or does not listen on the port Render expects. Render’s runtime-error guide treats 400, 404 and 500 as the app’s and 502 as the edge’s.',
        'Собственный 502 от Render означает, что его пограничный узел не получил ответа от процесса сервиса: обычно приложение упало, перезапускается или слушает не тот порт, который ждёт Render. В руководстве Render по ошибкам выполнения 400, 404 и 500 относятся к приложению, а 502 — к пограничному узлу.',
      ),
    },
    {
      code: 503,
      note: t(
        'A Render 503 with x-render-routing is the platform: a suspended service or a free service that failed to wake. Free web services sleep after 15 minutes without traffic, and the first request after that waits while the service starts again. Without that header the 503 may be the app’s own.',
        '503 от Render с x-render-routing — это платформа: сервис приостановлен или бесплатный сервис не смог проснуться. Бесплатные веб-сервисы засыпают после 15 минут без трафика, и первый запрос после этого ждёт, пока сервис снова запустится. Без этого заголовка 503 может быть ответом самого приложения.',
      ),
    },
  ],
  bodyHint: t(
    'Render’s own pages are bare: a "Service Suspended" page for suspended services, a short "Not Found" or "Bad Gateway" otherwise, and often no body at all. The reason is in the x-render-routing header, not on the page.',
    'Собственные страницы Render скупые: «Service Suspended» для приостановленных сервисов, короткие «Not Found» или «Bad Gateway» в остальных случаях, а часто и вовсе пустое тело. Причина — в заголовке x-render-routing, а не на странице.',
  ),
};
