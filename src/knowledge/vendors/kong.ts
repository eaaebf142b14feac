import { header, server, via } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const constants: Source = {
  title: 'Kong Gateway source: kong/constants.lua (response headers) and the runloop header filter',
  url: 'https://github.com/Kong/kong/blob/master/kong/constants.lua',
};

export const kong: Vendor = {
  id: 'kong',
  name: 'Kong Gateway',
  role: 'gateway',
  docs: constants,
  fingerprints: [
    {
      // runloop header_filter: Via and the two latency headers are set when ctx.KONG_PROXIED, Server and
      // X-Kong-Response-Latency otherwise. KONG_PROXIED is set before the balancer runs ("though balancer may fail
      // on that") and Kong.handle_error restores the context, so Kong's own 502/504 after a failed or timed-out
      // upstream carry Via too: not a relayed-only sign.
      id: 'via',
      signal: via(/^(.*,\s*)?([\d.]+\s+)?kong\/[\d.]+[\w.-]*(\s*,.*)?$/i),
      weight: 'strong',
      says: t(
        'Via names Kong: the Kong API gateway forwarded the request to the service behind it. Most such answers are the service’s own, but a 502 or 504 with Via can still be Kong’s, written when the service failed or did not answer in time.',
        'Via называет Kong: API-шлюз Kong переслал запрос сервису, который стоит за ним. Обычно такой ответ принадлежит самому сервису, но 502 или 504 с Via может сформировать и сам Kong — когда сервис дал сбой или не ответил вовремя.',
      ),
    },
    {
      id: 'server',
      signal: server(/^kong\/[\d.]+[\w.-]*$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Kong puts its name in Server only on answers it writes without forwarding the request (no route, failed auth, rate limit, no healthy target), so Kong answered by itself; when it forwards, it uses Via instead.',
        'Kong указывает своё имя в Server только в ответах, которые формирует сам, не пересылая запрос (нет маршрута, не пройдена аутентификация, превышен лимит запросов, нет исправного target), — значит, Kong ответил сам; когда он пересылает запрос, он ставит Via.',
      ),
    },
    {
      id: 'x-kong-upstream-latency',
      signal: header('x-kong-upstream-latency', /^\d+$/),
      weight: 'strong',
      says: t(
        'X-Kong-Upstream-Latency is how long Kong waited on the service behind it, so Kong forwarded the request. Usually the answer is the service’s; a 502 or 504 with it may be Kong’s own, after the service failed or timed out.',
        'X-Kong-Upstream-Latency — сколько Kong ждал ответа сервиса, который стоит за ним: значит, Kong переслал запрос. Обычно ответ принадлежит сервису; 502 или 504 с этим заголовком может быть собственным ответом Kong после сбоя или тайм-аута сервиса.',
      ),
    },
    {
      id: 'x-kong-proxy-latency',
      signal: header('x-kong-proxy-latency', /^\d+$/),
      weight: 'strong',
      says: t(
        'X-Kong-Proxy-Latency is the time Kong spent on the request before handing it to the service; Kong sends it whenever it forwarded the request, whether or not the service then answered.',
        'X-Kong-Proxy-Latency — время, которое Kong потратил на запрос, прежде чем передать его сервису; Kong отправляет его всякий раз, когда переслал запрос, — ответил потом сервис или нет.',
      ),
    },
    {
      id: 'x-kong-response-latency',
      signal: header('x-kong-response-latency', /^\d+$/),
      weight: 'strong',
      generated: true,
      says: t(
        'X-Kong-Response-Latency appears only when Kong answered by itself without reaching the service.',
        'X-Kong-Response-Latency появляется, только когда Kong ответил сам, не обращаясь к сервису.',
      ),
    },
    {
      id: 'x-kong-request-id',
      signal: header('x-kong-request-id'),
      weight: 'strong',
      says: t(
        "X-Kong-Request-Id is Kong's id for this request; quote it to the API owner.",
        'X-Kong-Request-Id — идентификатор запроса в Kong; сообщите его владельцу API.',
      ),
    },
    {
      id: 'x-kong-upstream-status',
      signal: header('x-kong-upstream-status', /^\d{3}$/),
      weight: 'strong',
      says: t(
        'X-Kong-Upstream-Status carries the status the service behind Kong really returned (an optional Kong header).',
        'X-Kong-Upstream-Status содержит статус, который на самом деле вернул сервис за Kong (необязательный заголовок Kong).',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-kong-response-latency',
      generated: true,
      fallback: t(
        'Kong answered this request by itself and never passed it to the service: typically no route matched, a plugin (authentication, rate limiting, ACL, request termination) rejected it, or Kong found no healthy target for the service. The JSON body has a "message" with the reason.',
        'Kong ответил на этот запрос сам и не передавал его сервису: обычно не нашёлся маршрут, запрос отклонил плагин (аутентификация, ограничение частоты, ACL, request termination) или Kong не нашёл для сервиса исправного target. Причина — в поле «message» JSON-тела.',
      ),
    },
    {
      header: 'x-kong-upstream-status',
      generated: false,
      values: [
        {
          id: 'success',
          match: /^[23]\d\d$/,
          title: t('The service answered successfully', 'Сервис ответил успешно'),
          summary: t(
            'The service behind Kong returned a success or redirect status; if the browser got an error, a Kong plugin changed the answer on the way back.',
            'Сервис за Kong вернул успешный статус или перенаправление; если браузер получил ошибку, ответ по пути обратно изменил плагин Kong.',
          ),
          owner: t(
            'Review the response-phase plugins on this route (response transformer, custom Lua).',
            'Проверьте плагины фазы ответа на этом маршруте (response transformer, собственный Lua-код).',
          ),
        },
        {
          id: 'client-error',
          match: /^4\d\d$/,
          title: t('The service rejected the request', 'Сервис отклонил запрос'),
          summary: t(
            'The service behind Kong returned a client error itself; Kong only passed it on.',
            'Клиентскую ошибку вернул сам сервис за Kong; Kong лишь передал её.',
          ),
          owner: t(
            "Look at the service's own logs for this request, not at Kong.",
            'Ищите причину в журналах самого сервиса по этому запросу, а не в Kong.',
          ),
        },
        {
          id: 'server-error',
          match: /^5\d\d$/,
          title: t('The service failed', 'Сбой сервиса'),
          summary: t(
            'The service behind Kong returned a server error; Kong passed it on.',
            'Сервис за Kong вернул серверную ошибку; Kong передал её дальше.',
          ),
          owner: t(
            "Look at the service's logs and health; Kong itself worked.",
            'Смотрите журналы и состояние сервиса — сам Kong отработал нормально.',
          ),
        },
      ],
      fallback: t(
        'Kong reported the status the service behind it returned.',
        'Kong сообщил статус, который вернул сервис за ним.',
      ),
    },
  ],
  notes: [
    {
      code: 401,
      note: t(
        'With X-Kong-Response-Latency, Kong\'s authentication plugin refused the request (for example "No API key found in request" or invalid credentials); the service never saw it.',
        'Если есть X-Kong-Response-Latency, запрос отклонил плагин аутентификации Kong (например, «No API key found in request» или неверные учётные данные); сервис его не видел.',
      ),
    },
    {
      code: 404,
      note: t(
        'A Kong-generated 404 with the message "no Route matched with those values" means Kong has no route for this host, path or method; check the routes of the gateway.',
        '404 от самого Kong с сообщением «no Route matched with those values» означает, что для этого хоста, пути или метода в Kong нет маршрута; проверьте маршруты шлюза.',
      ),
    },
    {
      code: 429,
      note: t(
        "A 429 with X-Kong-Response-Latency comes from Kong's rate limiting plugin; the RateLimit or X-RateLimit headers show the limit and when it resets.",
        '429 с X-Kong-Response-Latency выдаёт плагин ограничения частоты Kong; заголовки RateLimit или X-RateLimit показывают лимит и время его сброса.',
      ),
    },
    {
      code: 502,
      note: t(
        'Kong got an invalid answer from the service or the connection broke; the Kong error.log names the upstream.',
        'Kong получил от сервиса некорректный ответ или соединение оборвалось; upstream указан в error.log Kong.',
      ),
    },
    {
      code: 503,
      note: t(
        'Kong found no healthy target for the service (all targets down or failing health checks) or could not resolve its name.',
        'Kong не нашёл для сервиса исправного target (все targets недоступны или не проходят health checks) или не смог разрешить имя сервиса.',
      ),
    },
    {
      code: 504,
      note: t(
        "The service did not answer within the service's read_timeout or connect_timeout configured in Kong.",
        'Сервис не ответил за read_timeout или connect_timeout, заданные для него в Kong.',
      ),
    },
  ],
  bodyHint: t(
    'Kong writes its own errors as a small JSON body with a "message" field (and, in Kong 3.x, a request_id); that message names the reason.',
    'Собственные ошибки Kong — небольшое JSON-тело с полем «message» (а в Kong 3.x ещё и request_id); в этом сообщении указана причина.',
  ),
};
