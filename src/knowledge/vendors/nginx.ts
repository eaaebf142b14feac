import { decodedValue, wholeValue } from '../rows';
import { onPage, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const special: Source = {
  title: 'nginx source: src/http/ngx_http_request.h and ngx_http_special_response.c',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c',
};

export const nginx: Vendor = {
  id: 'nginx',
  name: 'nginx',
  role: 'origin',
  docs: { title: 'nginx documentation', url: 'https://nginx.org/en/docs/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^nginx(\/[\d.]+)?(\s.*)?$/i),
      weight: 'strong',
      says: t(
        'The Server header names nginx, so nginx answered this request (as the web server or as a reverse proxy in front of the application).',
        'Заголовок Server называет nginx: ответ пришёл от nginx — самого веб-сервера или обратного прокси перед приложением.',
      ),
    },
    // nginx's built-in error pages (nginx source, src/http/ngx_http_special_response.c): the status as a centred
    // heading, then a rule and a centred "nginx/<version>" (only "nginx" with server_tokens off; distributions add
    // their build, as in "nginx/1.18.0 (Ubuntu)").
    {
      id: 'page-tail',
      signal: onPage('body > hr + center', /^(nginx(?:\/[\d.]{1,20})?(?: \([\w .-]{1,30}\))?)$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is nginx’s built-in error page: under a rule at the bottom it signs itself "nginx" (with the version unless server_tokens is off). nginx wrote this answer itself; the application behind it did not.',
        'Это встроенная страница ошибки nginx: внизу под чертой стоит подпись «nginx» (с версией, если не выключен server_tokens). Ответ написал сам nginx, а не приложение за ним.',
      ),
    },
    // The 400 pages nginx sends instead of its own 494–497 add one centred line naming the case (same source); the
    // whole text is matched, signature included, so OpenResty's copy of the page is not taken for nginx's.
    {
      id: 'page-400-detail',
      signal: onPage(
        'body',
        /^400 Bad Request (Request Header Or Cookie Too Large|The SSL certificate error|No required SSL certificate was sent|The plain HTTP request was sent to HTTPS port) nginx(?:\/[\d.]{1,20})?(?: \([\w .-]{1,30}\))?$/,
        { decodes: 'page-400' },
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'nginx’s built-in 400 page says on the line under its heading which of its own refusals this is; nginx logs them as 494 to 497.',
        'Встроенная страница 400 nginx в строке под заголовком называет, какой из его собственных отказов произошёл; в журнал nginx пишет их как 494–497.',
      ),
    },
  ],
  codes: [
    {
      id: 'nginx.444',
      code: 444,
      title: t('No Response (nginx)', 'Нет ответа (nginx)'),
      summary: t(
        'nginx was told to drop this request and hang up without answering; the number exists only in its logs.',
        'nginx настроен молча оборвать такой запрос: соединение закрывается без ответа, а число 444 остаётся только в журнале сервера.',
      ),
      visitor: t(
        'The site refuses this kind of request on purpose. Check the address; if it keeps happening, the site may be blocking your network or browser.',
        'Сайт отклоняет такие запросы намеренно. Проверьте адрес; если ошибка повторяется, возможно, сайт блокирует вашу сеть или браузер.',
      ),
      owner: t(
        'Look for "return 444" in the nginx configuration (often a default server block or a bot filter) and check which rule matched this request.',
        'Найдите «return 444» в конфигурации nginx (часто в default server или в фильтре ботов) и проверьте, какое правило сработало на этот запрос.',
      ),
      source: special,
      reach: 'never',
      whenSeen: t(
        'Browsers normally see this as an empty response (net::ERR_EMPTY_RESPONSE). A real 444 status means some layer in front of nginx turned the dropped connection into a number.',
        'Обычно браузер видит это как пустой ответ (net::ERR_EMPTY_RESPONSE). Если пришёл настоящий статус 444, его подставил какой-то слой перед nginx.',
      ),
      prior: 0.9,
    },
    {
      id: 'nginx.494',
      code: 494,
      title: t('Request Header Too Large (nginx)', 'Слишком большой заголовок запроса (nginx)'),
      summary: t(
        'The request headers, most often cookies, were bigger than nginx accepts.',
        'Заголовки запроса — чаще всего cookie — оказались больше, чем принимает nginx.',
      ),
      visitor: t("Clear this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
      owner: t(
        'Raise large_client_header_buffers or stop the site from piling up cookies.',
        'Увеличьте large_client_header_buffers или уменьшите количество и размер cookie сайта.',
      ),
      source: special,
      reach: 'rare',
      whenSeen: t(
        'nginx logs this number but sends 400 to the browser; a real 494 means the site set error_page to pass it through.',
        'nginx пишет это число в журнал, а браузеру отправляет 400; настоящий 494 бывает, только если сайт пробросил его через error_page.',
      ),
      prior: 0.9,
    },
    {
      id: 'nginx.495',
      code: 495,
      title: t('SSL Certificate Error (nginx)', 'Ошибка SSL-сертификата (nginx)'),
      summary: t(
        'The site asks the browser for a client SSL certificate (not the site’s own certificate), and the one presented failed verification.',
        'Сайт требует от браузера клиентский SSL-сертификат (речь не о сертификате самого сайта), а предъявленный не прошёл проверку.',
      ),
      visitor: t(
        'Pick a valid certificate when the browser asks, or ask whoever issued yours whether it has expired.',
        'Выберите действующий сертификат, когда браузер спросит, или уточните у выдавшей его организации, не истёк ли он.',
      ),
      owner: t(
        'Check ssl_client_certificate and ssl_verify_depth, and the chain of the certificate the user sent.',
        'Проверьте ssl_client_certificate, ssl_verify_depth и цепочку сертификата, который прислал пользователь.',
      ),
      source: special,
      reach: 'rare',
      whenSeen: t(
        'By default nginx sends this as 400; a real 495 means error_page passes the number through.',
        'По умолчанию nginx отправляет это как 400; настоящий 495 означает, что число проброшено через error_page.',
      ),
      prior: 0.9,
    },
    {
      id: 'nginx.496',
      code: 496,
      title: t('SSL Certificate Required (nginx)', 'Требуется SSL-сертификат (nginx)'),
      summary: t(
        'The site only admits browsers that present a client SSL certificate (not the site’s own certificate), and none was sent.',
        'Сайт пускает только браузеры с клиентским SSL-сертификатом (речь не о сертификате самого сайта), а браузер его не отправил.',
      ),
      visitor: t(
        'Install the certificate your organisation gave you, then reload and choose it.',
        'Установите сертификат, выданный вашей организацией, обновите страницу и выберите его.',
      ),
      owner: t(
        'If the area should be public, relax ssl_verify_client; otherwise explain on the error page how to get a certificate.',
        'Если раздел должен быть открытым, ослабьте ssl_verify_client; иначе объясните на странице ошибки, как получить сертификат.',
      ),
      source: special,
      reach: 'rare',
      whenSeen: t(
        'By default nginx sends this as 400; a real 496 means error_page passes the number through.',
        'По умолчанию nginx отправляет это как 400; настоящий 496 означает, что число проброшено через error_page.',
      ),
      prior: 0.9,
    },
    {
      id: 'nginx.497',
      code: 497,
      title: t('HTTP Request Sent to HTTPS Port (nginx)', 'HTTP-запрос на HTTPS-порт (nginx)'),
      summary: t(
        'A plain, unencrypted request arrived at a port where nginx expects TLS.',
        'Обычный незашифрованный запрос пришёл на порт, где nginx ждёт TLS.',
      ),
      visitor: t(
        'Change the address to start with https:// and keep the same port.',
        'Замените начало адреса на https://, не меняя порт.',
      ),
      owner: t(
        'Redirect such requests with "error_page 497 =301 https://$host$request_uri", or fix the link that points at http.',
        'Перенаправляйте такие запросы через «error_page 497 =301 https://$host$request_uri» или исправьте ссылку, ведущую на http.',
      ),
      source: special,
      reach: 'rare',
      whenSeen: t(
        'By default nginx sends this as 400; a real 497 means error_page passes the number through.',
        'По умолчанию nginx отправляет это как 400; настоящий 497 означает, что число проброшено через error_page.',
      ),
      prior: 0.9,
    },
    {
      id: 'nginx.499',
      code: 499,
      title: t('Client Closed Request (nginx)', 'Клиент закрыл запрос (nginx)'),
      summary: t(
        'nginx logs 499 when the client gave up and closed the connection before the answer was ready.',
        'nginx пишет 499 в журнал, когда клиент не дождался ответа и закрыл соединение.',
      ),
      visitor: t(
        'Nothing to fix on your side unless you stopped the page yourself; reload if the content is missing.',
        'С вашей стороны делать ничего не нужно, если только вы сами не остановили загрузку; обновите страницу, если чего-то не хватает.',
      ),
      owner: t(
        'Many 499s in the logs mean the backend is slow: look at upstream response times and client or load balancer time-outs.',
        'Много 499 в журналах означает медленный бэкенд: проверьте время ответа upstream и тайм-ауты клиентов и балансировщика.',
      ),
      source: special,
      reach: 'never',
      whenSeen: t(
        'nginx writes 499 only in its access log, for a client that closed the connection before the answer was ready; nothing is sent back, so a browser never sees that 499. A 499 that did arrive, even with Server: nginx, means something else: the application behind nginx sent it, someone told nginx to send it ("return 499"), or a product uses the number for its own purpose, such as Esri ArcGIS, where 499 means a token is required.',
        'nginx пишет 499 только в журнал доступа — для клиента, который закрыл соединение, не дождавшись ответа; в ответ ничего не отправляется, так что браузер этот 499 не видит. Если 499 всё же пришёл, пусть даже с Server: nginx, он значит другое: его отправило приложение за nginx, nginx настроили отдавать его явно («return 499») или это продукт, в котором у этого номера свой смысл, — например, Esri ArcGIS, где 499 означает, что нужен токен.',
      ),
      prior: 0.3,
    },
  ],
  decoders: [
    {
      header: 'page-400',
      onPage: true,
      generated: true,
      fallback: t(
        'nginx refused the request by itself, and its 400 page names the reason.',
        'nginx сам отклонил запрос, и его страница 400 называет причину.',
      ),
      values: [
        decodedValue(
          '494',
          wholeValue('Request Header Or Cookie Too Large'),
          t('Request header or cookie too large (494)', 'Слишком большой заголовок или cookie (494)'),
          t(
            'The request headers, most often the cookies, are bigger than nginx’s header buffers allow.',
            'Заголовки запроса — чаще всего cookie — больше, чем вмещают буферы заголовков nginx.',
          ),
          t(
            'Raise large_client_header_buffers, or find out why the site’s cookies keep growing.',
            'Увеличьте large_client_header_buffers или выясните, почему cookie сайта всё разрастаются.',
          ),
          t("Delete this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
        ),
        decodedValue(
          '495',
          wholeValue('The SSL certificate error'),
          t('Client certificate rejected (495)', 'Клиентский сертификат отклонён (495)'),
          t(
            'The site asks for a client certificate, and the one the browser sent did not pass verification.',
            'Сайт требует клиентский сертификат, а присланный браузером не прошёл проверку.',
          ),
          t(
            'Check ssl_client_certificate, ssl_verify_depth and the chain of the certificate sent; nginx’s error.log names the failure.',
            'Проверьте ssl_client_certificate, ssl_verify_depth и цепочку присланного сертификата; причину сбоя называет error.log nginx.',
          ),
          t(
            'Pick another certificate when the browser asks, or ask whoever issued yours whether it is still valid.',
            'Выберите другой сертификат, когда браузер спросит, или уточните у выдавшей его организации, действует ли он.',
          ),
        ),
        decodedValue(
          '496',
          wholeValue('No required SSL certificate was sent'),
          t('No client certificate sent (496)', 'Клиентский сертификат не отправлен (496)'),
          t(
            'This part of the site admits only browsers that present a client certificate, and none was sent.',
            'В этот раздел сайта пускают только с клиентским сертификатом, а браузер его не отправил.',
          ),
          t(
            'If the area should be open, relax ssl_verify_client; otherwise tell users how to get a certificate.',
            'Если раздел должен быть открытым, ослабьте ssl_verify_client; иначе объясните пользователям, как получить сертификат.',
          ),
          t(
            'Install the certificate your organisation gave you, reload and choose it.',
            'Установите сертификат, выданный вашей организацией, обновите страницу и выберите его.',
          ),
        ),
        decodedValue(
          '497',
          wholeValue('The plain HTTP request was sent to HTTPS port'),
          t('Plain HTTP sent to the HTTPS port (497)', 'Обычный HTTP на HTTPS-порт (497)'),
          t(
            'An unencrypted http:// request reached a port where nginx expects TLS.',
            'Незашифрованный запрос http:// пришёл на порт, где nginx ждёт TLS.',
          ),
          t(
            'Redirect such requests with "error_page 497 =301 https://$host$request_uri", and fix the link that pairs http with this port.',
            'Перенаправляйте такие запросы через «error_page 497 =301 https://$host$request_uri» и исправьте ссылку, где с этим портом указан http.',
          ),
          t(
            'Change the start of the address to https:// and keep the port.',
            'Замените начало адреса на https://, не меняя порт.',
          ),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 400,
      note: t(
        'nginx also answers 400 when the request headers or cookies are too large (logged as 494), when a client certificate is missing or invalid (495, 496), and when plain HTTP reaches an HTTPS port (497). The error page text says which.',
        'nginx отвечает 400 и тогда, когда заголовки или cookie слишком велики (в журнале 494), когда клиентский сертификат не прислан или неверен (495, 496) и когда обычный HTTP пришёл на HTTPS-порт (497). Какой это случай, видно из текста страницы ошибки.',
      ),
    },
  ],
};
