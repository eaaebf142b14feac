import { server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const reverseProxy: Source = {
  title: 'Caddy documentation: reverse_proxy directive',
  url: 'https://caddyserver.com/docs/caddyfile/directives/reverse_proxy',
};

export const caddy: Vendor = {
  id: 'caddy',
  name: 'Caddy',
  role: 'origin',
  docs: reverseProxy,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^Caddy$/i),
      weight: 'strong',
      says: t(
        'The Server header names Caddy, a web server with automatic HTTPS: it answered this request, as the web server or as a reverse proxy in front of the application.',
        'Заголовок Server называет Caddy — веб-сервер с автоматическим HTTPS: ответ пришёл от него как от веб-сервера или обратного прокси перед приложением.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 502,
      note: t(
        "Caddy's reverse_proxy answers 502 when it could not reach the upstream or the upstream broke the connection (refused, reset, bad response). The Caddy log names the upstream and the dial error.",
        'reverse_proxy в Caddy отвечает 502, когда не смог подключиться к upstream или upstream оборвал соединение (отказ, сброс, некорректный ответ). Upstream и ошибка подключения указаны в журнале Caddy.',
      ),
    },
    {
      code: 504,
      note: t(
        "Caddy's reverse_proxy answers 504 when the proxy attempt to the upstream timed out; check the upstream's speed and the transport time-outs (dial_timeout, response_header_timeout).",
        'reverse_proxy в Caddy отвечает 504, когда обращение к upstream завершилось по тайм-ауту; проверьте скорость upstream и тайм-ауты транспорта (dial_timeout, response_header_timeout).',
      ),
    },
  ],
};
