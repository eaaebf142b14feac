import { onPage, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const openresty: Vendor = {
  id: 'openresty',
  name: 'OpenResty',
  role: 'origin',
  docs: { title: 'OpenResty documentation', url: 'https://openresty.org/en/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^openresty(\/[\d.]+)?$/i),
      weight: 'strong',
      says: t(
        'The Server header names OpenResty, an nginx build with Lua scripting: it answered this request as the web server or as a proxy in front of the application. API gateways such as Kong are built on it too.',
        'Заголовок Server называет OpenResty — сборку nginx со скриптами на Lua: ответ пришёл от неё как от веб-сервера или прокси перед приложением. На ней же построены API-шлюзы вроде Kong.',
      ),
    },
    // OpenResty keeps nginx's built-in error pages (nginx source, src/http/ngx_http_special_response.c) and its
    // build names itself in their signature: a rule, then a centred "openresty/<version>" (or "openresty").
    {
      id: 'page-tail',
      signal: onPage('body > hr + center', /^(openresty(?:\/[\d.]{1,20})?)$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is the built-in error page of nginx as OpenResty ships it: under a rule at the bottom it signs itself "openresty". OpenResty made this answer itself (nginx’s own handling, or a Lua handler ending the request with an error code) rather than passing on a page from an application behind it.',
        'Это встроенная страница ошибки nginx в сборке OpenResty: внизу под чертой стоит подпись «openresty». Ответ сформировал сам OpenResty (сам nginx или Lua-обработчик, завершивший запрос с кодом ошибки), а не передал страницу приложения, стоящего за ним.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 400,
      note: t(
        'OpenResty is nginx underneath, so a 400 can also mean oversized headers or cookies, a missing or bad client certificate, or plain HTTP sent to an HTTPS port; the error page text tells which.',
        'Внутри OpenResty — nginx, поэтому 400 может означать и слишком большие заголовки или cookie, и отсутствующий или неверный клиентский сертификат, и обычный HTTP на HTTPS-порту; какой случай, видно из текста страницы ошибки.',
      ),
    },
    {
      code: 500,
      note: t(
        'In OpenResty a 500 is often a Lua error in one of the *_by_lua handlers (access, content, rewrite). The nginx error.log names the file and line of the failing Lua code.',
        'В OpenResty 500 часто означает ошибку Lua в одном из обработчиков *_by_lua (access, content, rewrite). В error.log nginx указаны файл и строка упавшего Lua-кода.',
      ),
    },
    {
      code: 502,
      note: t(
        'OpenResty could not get a valid answer from the upstream server (refused, reset or malformed); error.log names the upstream and the reason.',
        'OpenResty не получил корректного ответа от upstream-сервера (отказ, сброс или некорректный ответ); upstream и причина указаны в error.log.',
      ),
    },
    {
      code: 504,
      note: t(
        'The upstream did not answer within proxy_read_timeout (or the Lua cosocket time-out); look for "upstream timed out" in error.log.',
        'Upstream не ответил за proxy_read_timeout (или тайм-аут Lua cosocket); ищите «upstream timed out» в error.log.',
      ),
    },
  ],
};
