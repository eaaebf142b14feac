import { header, server } from '../signals';
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
