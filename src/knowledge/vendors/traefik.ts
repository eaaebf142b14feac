import { onPage } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const faq: Source = {
  title: 'Traefik documentation, FAQ: "Why is Traefik Answering XXX HTTP Response Status Code?"',
  url: 'https://doc.traefik.io/traefik/getting-started/faq/',
};

/**
 * Traefik sends no Server header and no header of its own on the answers it writes or passes along (its error
 * handler in traefik/traefik pkg/proxy/httputil/proxy.go writes only the status and Go's status text; a router
 * miss is Go's plain "404 page not found"), so no header names it: it is told only by the wording of its
 * bodies, and only one of those is its own. The file still explains the others, for whoever reads the page.
 */
export const traefik: Vendor = {
  id: 'traefik',
  name: 'Traefik Proxy',
  role: 'load-balancer',
  docs: faq,
  fingerprints: [
    // Traefik's weighted load balancer answers 503 with Go's http.Error and the text "no available server" when a
    // service has no healthy server (traefik/traefik pkg/server/service/loadbalancer/wrr); a browser shows that
    // text/plain body inside body > pre. The wording is Traefik's, but any Go program could write it, so it is medium:
    // Traefik is named as likely, not certain. Go's "404 page not found" is every Go server's and is not used at all.
    {
      id: 'page-no-available-server',
      signal: onPage('body > pre', /^no available server$/),
      weight: 'medium',
      generated: true,
      says: t(
        'The whole page is the line "no available server", which is how Traefik answers by itself when the service behind a router has no server ready. Other Go programs could write the same words, so this is likely rather than certain.',
        'Вся страница — одна строка «no available server»: так Traefik сам отвечает, когда у сервиса за маршрутизатором нет готового сервера. Те же слова может написать и другая программа на Go, так что это вероятно, но не наверняка.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 404,
      note: t(
        'When no Traefik router matches the host and path of a request, Traefik answers a plain-text 404 "404 page not found" by itself; the service behind it never saw the request. A service’s own 404 usually looks like the site. Any Go program answers the same 19-byte text, so the body alone points at Traefik only when you know it is in front.',
        'Если хост и путь запроса не подходят ни под один маршрутизатор Traefik, Traefik сам отвечает простым текстом 404 «404 page not found»; сервис за ним запроса не видел. Собственный 404 сервиса обычно оформлен как сайт. Тот же 19-байтный текст отдаёт любая программа на Go, поэтому на Traefik одно тело указывает, только если известно, что он стоит впереди.',
      ),
    },
    {
      code: 502,
      note: t(
        'Traefik answers 502 when something went wrong while talking to the service behind it (the connection was refused or broke); its body is just the words "Bad Gateway" in plain text.',
        'Traefik отвечает 502, когда что-то пошло не так при обращении к сервису за ним (соединение отклонено или оборвалось); в теле только слова «Bad Gateway» простым текстом.',
      ),
    },
    {
      code: 503,
      note: t(
        'Traefik answers 503 when a router matched but its service has no server ready: none is configured, or health checks marked them all down. Its body is the short plain text "no available server".',
        'Traefik отвечает 503, когда запрос подошёл под маршрутизатор, но у его сервиса нет готового сервера: серверы не заданы или все помечены нерабочими по проверкам состояния. В теле короткий текст «no available server».',
      ),
    },
    {
      code: 504,
      note: t(
        'Traefik answers 504 when the service behind it did not respond before a timeout; the body is the plain text "Gateway Timeout".',
        'Traefik отвечает 504, когда сервис за ним не ответил до истечения тайм-аута; в теле простой текст «Gateway Timeout».',
      ),
    },
  ],
  bodyHint: t(
    'Traefik leaves no header of its own, so only the body tells its answers apart: one line of plain text such as "404 page not found", "Bad Gateway", "Gateway Timeout" or "no available server", with no page design around it.',
    'Traefik не оставляет своих заголовков, поэтому его ответы можно узнать только по телу: одна строка простого текста, например «404 page not found», «Bad Gateway», «Gateway Timeout» или «no available server», без всякого оформления.',
  ),
};
