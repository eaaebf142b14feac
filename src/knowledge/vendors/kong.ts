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
      signal: via(/^(.*,\s*)?([\d.]+\s+)?kong\/[\d.]+[\w.-]*(\s*,.*)?$/i),
      weight: 'strong',
      says: t(
        'Via names Kong: the request passed through the Kong API gateway, which forwarded it to the service behind it.',
        'Via называет Kong: запрос прошёл через API-шлюз Kong, который переслал его сервису за собой.',
      ),
    },
    {
      signal: server(/^kong\/[\d.]+[\w.-]*$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Kong puts its name in Server only on answers it writes itself (no route, failed auth, rate limit, unreachable service); on proxied answers it uses Via instead.',
        'Kong пишет своё имя в Server только на ответах, которые формирует сам (нет маршрута, не пройдена проверка, лимит запросов, сервис недоступен); на проксированных ответах он ставит Via.',
      ),
    },
    {
      signal: header('x-kong-upstream-latency', /^\d+$/),
      weight: 'strong',
      says: t(
        'X-Kong-Upstream-Latency is the time the service behind Kong took to answer, so this answer came from the service through Kong.',
        'X-Kong-Upstream-Latency — время ответа сервиса за Kong: этот ответ дал сервис, а Kong его передал.',
      ),
    },
    {
      signal: header('x-kong-proxy-latency', /^\d+$/),
      weight: 'strong',
      says: t(
        'X-Kong-Proxy-Latency is the time Kong spent on the request before handing it to the service.',
        'X-Kong-Proxy-Latency — время, которое Kong потратил на запрос, прежде чем передать его сервису.',
      ),
    },
    {
      signal: header('x-kong-response-latency', /^\d+$/),
      weight: 'strong',
      generated: true,
      says: t(
        'X-Kong-Response-Latency appears only when Kong answered by itself without reaching the service.',
        'X-Kong-Response-Latency появляется, только когда Kong ответил сам, не обращаясь к сервису.',
      ),
    },
    {
      signal: header('x-kong-request-id'),
      weight: 'strong',
      says: t(
        "X-Kong-Request-Id is Kong's id for this request; quote it to the API owner.",
        'X-Kong-Request-Id — идентификатор запроса в Kong; сообщите его владельцу API.',
      ),
    },
    {
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
        'Kong answered this request by itself and never passed it to the service: typically no route matched, a plugin (authentication, rate limiting, ACL, request termination) rejected it, or Kong could not reach the service. The JSON body has a "message" with the reason.',
        'Kong ответил на этот запрос сам и не передавал его сервису: обычно не нашёлся маршрут, запрос отклонил плагин (проверка подлинности, ограничение частоты, ACL, request termination) или Kong не смог достучаться до сервиса. Причина — в поле «message» JSON-тела.',
      ),
    },
    {
      header: 'x-kong-upstream-status',
      generated: false,
      values: [
        {
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
        'Если есть X-Kong-Response-Latency, запрос отклонил плагин проверки подлинности Kong (например, «No API key found in request» или неверные учётные данные); сервис его не видел.',
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
        'Kong не нашёл для сервиса живой цели (все targets недоступны или не проходят проверки) или не смог разрешить её имя.',
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
