import { decodedValue, wholeValue } from '../rows';
import { header, onPage, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const router: Source = {
  title: 'Envoy documentation: HTTP router filter, response headers',
  url: 'https://www.envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter',
};

export const envoy: Vendor = {
  id: 'envoy',
  name: 'Envoy / Istio',
  // A reverse proxy and load balancer in front of services (Istio ingress, sidecars), not a visitor-side proxy.
  role: 'load-balancer',
  docs: router,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^(istio-)?envoy$/i),
      weight: 'strong',
      says: t(
        'The Server header names Envoy (istio-envoy in an Istio service mesh), the proxy in front of the service. By default Envoy writes its own name over the server name on every answer, its own and passed-along ones alike.',
        'Заголовок Server называет Envoy (в сервисной сети Istio — istio-envoy), прокси перед сервисом. По умолчанию Envoy записывает туда своё имя поверх имени сервера в каждом ответе — и в собственных, и в переданных.',
      ),
    },
    {
      // HTTP connection manager: Server is overwritten with server_name on every response; router filter:
      // x-envoy-upstream-service-time is added only once the upstream's response headers arrived. Local replies
      // (no healthy upstream, connect failure, route timeout, no route) therefore carry the first and lack the second.
      id: 'server-no-upstream-time',
      signal: server(/^(istio-)?envoy$/i),
      absent: ['x-envoy-upstream-service-time'],
      weight: 'medium',
      generated: true,
      says: t(
        'Envoy names itself in Server, but the X-Envoy-Upstream-Service-Time header it adds whenever the service behind it answers is missing, so Envoy most likely wrote this answer itself (unless that header is switched off in its router settings).',
        'Envoy указан в Server, но нет заголовка X-Envoy-Upstream-Service-Time, который он добавляет всякий раз, когда отвечает сервис за ним, — значит, этот ответ, скорее всего, сформировал сам Envoy (если только этот заголовок не отключён в настройках его маршрутизатора).',
      ),
    },
    {
      id: 'x-envoy-upstream-service-time',
      signal: header('x-envoy-upstream-service-time', /^\d+$/),
      weight: 'strong',
      relayed: true,
      says: t(
        'X-Envoy-Upstream-Service-Time (milliseconds) is added only when the service behind Envoy answered, so this response came from the service, passed on by Envoy.',
        'X-Envoy-Upstream-Service-Time (в миллисекундах) добавляется, только когда ответил сервис за Envoy: этот ответ дал сервис, а Envoy его передал.',
      ),
    },
    {
      id: 'x-envoy-overloaded',
      signal: header('x-envoy-overloaded'),
      weight: 'strong',
      generated: true,
      says: t(
        'X-Envoy-Overloaded is set when Envoy itself dropped the request because a circuit breaker or the overload manager tripped.',
        'X-Envoy-Overloaded ставится, когда Envoy сам отбросил запрос из-за сработавшего circuit breaker или менеджера перегрузки.',
      ),
    },
    {
      id: 'x-envoy-ratelimited',
      signal: header('x-envoy-ratelimited'),
      weight: 'strong',
      generated: true,
      says: t(
        "X-Envoy-RateLimited is set on Envoy's own rate-limit rejections (a service may also set it to stop Envoy from retrying).",
        'X-Envoy-RateLimited ставится на собственные отказы Envoy по ограничению частоты (сервис тоже может его поставить, чтобы Envoy не повторял запрос).',
      ),
    },
    {
      id: 'x-envoy-decorator-operation',
      signal: header('x-envoy-decorator-operation'),
      weight: 'medium',
      says: t(
        'X-Envoy-Decorator-Operation names the route operation used for tracing: the request went through Envoy.',
        'X-Envoy-Decorator-Operation называет операцию маршрута для трассировки: запрос прошёл через Envoy.',
      ),
    },
    // Envoy's local replies are one line of text/plain (envoy source: the router filter's "no healthy upstream",
    // "upstream request timeout" and "upstream connect error or disconnect/reset before headers. [retried and the latest ]
    // reset reason: <reason>[, transport failure reason: …]", reasons from Http::Utility::resetReasonToString). A browser
    // shows a text/plain document inside body > pre; the whole line is matched.
    {
      id: 'page-local-reply',
      signal: onPage('body > pre', /^(no healthy upstream|upstream request timeout)$/, { decodes: 'local-reply' }),
      weight: 'strong',
      generated: true,
      says: t(
        'The whole page is one line of Envoy’s own wording ("no healthy upstream" or "upstream request timeout"): Envoy answered by itself, the service behind it did not.',
        'Вся страница — одна строка в формулировке самого Envoy («no healthy upstream» или «upstream request timeout»): ответил сам Envoy, а не сервис за ним.',
      ),
    },
    {
      id: 'page-reset',
      signal: onPage(
        'body > pre',
        /^upstream connect error or disconnect\/reset before headers\. (?:retried and the latest )?reset reason: ([A-Za-z ]{3,40})(?:, transport failure reason: [^<>]{1,300})?$/,
        { decodes: 'local-reply' },
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The whole page is Envoy’s own line "upstream connect error or disconnect/reset before headers" with the reset reason: Envoy could not get an answer from the service and wrote this reply itself.',
        'Вся страница — собственная строка Envoy «upstream connect error or disconnect/reset before headers» с причиной сброса: Envoy не получил ответа от сервиса и написал этот ответ сам.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-envoy-overloaded',
      generated: true,
      values: [
        {
          id: 'true',
          match: /^true$/i,
          title: t('Envoy shed the request', 'Envoy отбросил запрос'),
          summary: t(
            'Envoy refused the request without passing it on: a circuit breaker (too many connections, pending or active requests to the service) or the overload manager (the proxy itself short of memory) tripped.',
            'Envoy отказал, не передавая запрос дальше: сработал circuit breaker (слишком много соединений, ожидающих или активных запросов к сервису) или менеджер перегрузки (самому прокси не хватает памяти).',
          ),
          owner: t(
            'Look at the upstream_rq_pending_overflow and upstream_cx_overflow counters of the cluster and the overload.* statistics; raise the circuit breaker thresholds or add capacity to the service.',
            'Посмотрите счётчики кластера upstream_rq_pending_overflow и upstream_cx_overflow и статистику overload.*; увеличьте пороги circuit breaker или добавьте сервису ресурсов.',
          ),
          visitor: t(
            'The service is overloaded; try again in a little while.',
            'Сервис перегружен; попробуйте чуть позже.',
          ),
        },
      ],
      fallback: t(
        'Envoy marked this response as a request it dropped under overload (a circuit breaker or the overload manager), not an answer from the service.',
        'Envoy пометил этот ответ как запрос, отброшенный при перегрузке (circuit breaker или менеджер перегрузки), а не как ответ сервиса.',
      ),
    },
    {
      header: 'x-envoy-ratelimited',
      generated: true,
      values: [
        {
          id: 'true',
          match: /^true$/i,
          title: t('Rate limited by Envoy', 'Envoy ограничил частоту запросов'),
          summary: t(
            "Envoy's rate limiter (local or global) turned the request away because too many similar requests arrived.",
            'Ограничитель частоты Envoy (локальный или глобальный) отклонил запрос: пришло слишком много похожих запросов.',
          ),
          owner: t(
            'Check the local_ratelimit token bucket or the rate limit service descriptors for this route.',
            'Проверьте token bucket в local_ratelimit или дескрипторы сервиса ограничения частоты для этого маршрута.',
          ),
          visitor: t('Slow down and try again in a minute.', 'Сделайте паузу и попробуйте через минуту.'),
        },
      ],
      fallback: t(
        "The request was rejected by rate limiting: usually Envoy's own limiter, occasionally the service asking Envoy not to retry.",
        'Запрос отклонён ограничением частоты: обычно это собственный ограничитель Envoy, изредка — сам сервис, который просит Envoy не повторять запрос.',
      ),
    },
    {
      header: 'local-reply',
      onPage: true,
      generated: true,
      fallback: t(
        'Envoy answered by itself with a one-line reason instead of passing on an answer from the service.',
        'Envoy ответил сам одной строкой с причиной, а не передал ответ сервиса.',
      ),
      values: [
        decodedValue(
          'no-healthy-upstream',
          wholeValue('no healthy upstream'),
          t('No healthy upstream', 'Нет исправных экземпляров сервиса'),
          t(
            'Envoy had no live instance of the service to send the request to: none is registered, or all fail their health checks.',
            'У Envoy не было ни одного живого экземпляра сервиса, которому можно передать запрос: их нет или все не проходят проверки состояния.',
          ),
          t(
            'Check that the service’s pods or hosts are running and ready, and that the cluster’s endpoints and health checks are right (flag UH in the access log).',
            'Проверьте, что поды или хосты сервиса запущены и готовы, а конечные точки кластера и проверки состояния настроены верно (флаг UH в журнале доступа).',
          ),
          t('The service is down for now; try again later.', 'Сервис сейчас недоступен; попробуйте позже.'),
        ),
        decodedValue(
          'upstream-timeout',
          wholeValue('upstream request timeout'),
          t('Upstream request timeout', 'Сервис не ответил вовремя'),
          t(
            'The service took longer than the route’s time-out (15 seconds by default) to answer, so Envoy gave up.',
            'Сервис отвечал дольше тайм-аута маршрута (по умолчанию 15 секунд), и Envoy перестал ждать.',
          ),
          t(
            'Find why the service is slow, or raise the route timeout if such requests are meant to take long (flag UT).',
            'Выясните, почему сервис медлит, или увеличьте timeout маршрута, если такие запросы и должны идти долго (флаг UT).',
          ),
        ),
        decodedValue(
          'connect-failure',
          wholeValue('(?:local |remote )?connection failure'),
          t('Could not connect to the service', 'Не удалось подключиться к сервису'),
          t(
            'Envoy could not open a connection to the service: nothing listened on its port, or the connection was refused.',
            'Envoy не смог открыть соединение с сервисом: на его порту никто не слушал или соединение было отклонено.',
          ),
          t(
            'Check that the service listens on the port the cluster points at and that no network policy blocks it (flag UF).',
            'Проверьте, что сервис слушает порт, на который указывает кластер, и что сетевые политики его не блокируют (флаг UF).',
          ),
        ),
        decodedValue(
          'connection-timeout',
          wholeValue('connection timeout'),
          t('Connection to the service timed out', 'Истекло время подключения к сервису'),
          t(
            'Envoy’s attempt to open a connection to the service ran out of time.',
            'Попытка Envoy подключиться к сервису не уложилась во время ожидания.',
          ),
          t(
            'Check the network path to the service and how loaded it is; the cluster’s connect_timeout may be too short.',
            'Проверьте сетевой путь до сервиса и его нагрузку; возможно, connect_timeout кластера слишком мал.',
          ),
        ),
        decodedValue(
          'connection-termination',
          wholeValue('connection termination'),
          t('Service closed the connection', 'Сервис закрыл соединение'),
          t(
            'The service closed the connection before sending response headers: it crashed or restarted mid-request, or closed an idle connection Envoy was reusing.',
            'Сервис закрыл соединение, не отправив заголовки ответа: упал или перезапустился посреди запроса либо закрыл простаивавшее соединение, которое Envoy использовал повторно.',
          ),
          t(
            'Look for crashes or restarts at this time, and keep the service’s keep-alive time-out longer than Envoy’s idle time-out (flag UC).',
            'Поищите падения или перезапуски в это время и сделайте keep-alive тайм-аут сервиса длиннее idle-тайм-аута Envoy (флаг UC).',
          ),
        ),
        decodedValue(
          'overflow',
          wholeValue('overflow'),
          t('Circuit breaker tripped', 'Сработал circuit breaker'),
          t(
            'Envoy dropped the request because the cluster’s limits on connections or pending requests were full.',
            'Envoy отбросил запрос: лимиты кластера на соединения или ожидающие запросы были исчерпаны.',
          ),
          t(
            'Raise the circuit breaker thresholds of the cluster or give the service more capacity (flag UO).',
            'Увеличьте пороги circuit breaker кластера или добавьте сервису ресурсов (флаг UO).',
          ),
        ),
        decodedValue(
          'protocol-error',
          wholeValue('protocol error'),
          t('Protocol error from the service', 'Ошибка протокола у сервиса'),
          t(
            'The service answered with something Envoy could not read as valid HTTP, or spoke another protocol than the cluster expects.',
            'Сервис ответил тем, что Envoy не смог прочитать как корректный HTTP, или говорит не на том протоколе, которого ждёт кластер.',
          ),
          t(
            'Compare the protocol the cluster is set to (HTTP/1.1, HTTP/2, gRPC) with what the service speaks, and check the headers it sends.',
            'Сравните протокол, заданный кластеру (HTTP/1.1, HTTP/2, gRPC), с тем, на котором говорит сервис, и проверьте отправляемые им заголовки.',
          ),
        ),
        decodedValue(
          'remote-reset',
          wholeValue('remote (?:refused stream )?reset'),
          t('Service reset the stream', 'Сервис сбросил поток'),
          t(
            'The service reset the HTTP/2 stream before it sent an answer.',
            'Сервис сбросил поток HTTP/2, не успев отправить ответ.',
          ),
          t(
            'Look at the service’s own logs at this time for the error that made it give up the request.',
            'Поищите в журналах самого сервиса за это время ошибку, из-за которой он бросил запрос.',
          ),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 503,
      note: t(
        'Envoy writes its own 503 as plain text: "no healthy upstream" (no live instance of the service), "upstream connect error or disconnect/reset before headers" followed by a reset reason (connection failure, connection termination, overflow). Without an X-Envoy-Upstream-Service-Time header the service most likely never answered.',
        'Свой 503 Envoy пишет простым текстом: «no healthy upstream» (нет живых экземпляров сервиса), «upstream connect error or disconnect/reset before headers» с причиной сброса (connection failure, connection termination, overflow). Если заголовка X-Envoy-Upstream-Service-Time нет, сервис, скорее всего, так и не ответил.',
      ),
    },
    {
      code: 504,
      note: t(
        'An Envoy 504 with the body "upstream request timeout" means the route time-out (15 s by default) ran out before the service answered.',
        '504 от Envoy с телом «upstream request timeout» означает, что тайм-аут маршрута (по умолчанию 15 с) истёк раньше, чем ответил сервис.',
      ),
    },
    {
      code: 404,
      note: t(
        'An empty 404 from Envoy without X-Envoy-Upstream-Service-Time usually means no route matched the host or path (flag NR in the access log).',
        'Пустой 404 от Envoy без X-Envoy-Upstream-Service-Time обычно значит, что ни один маршрут не подошёл к хосту или пути (флаг NR в журнале доступа).',
      ),
    },
    {
      code: 429,
      note: t(
        "A 429 with X-Envoy-RateLimited came from Envoy's rate limiter, not from the service.",
        '429 с заголовком X-Envoy-RateLimited пришёл от ограничителя частоты Envoy, а не от сервиса.',
      ),
    },
  ],
  bodyHint: t(
    'Envoy\'s own errors are one line of plain text in the page body, such as "no healthy upstream" or "upstream request timeout"; the exact cause (response flags such as UH, UF, UT, NR) is only in Envoy\'s access log.',
    'Собственные ошибки Envoy — одна строка простого текста в теле страницы, например «no healthy upstream» или «upstream request timeout»; точная причина (флаги ответа вроде UH, UF, UT, NR) есть только в журнале доступа Envoy.',
  ),
};
