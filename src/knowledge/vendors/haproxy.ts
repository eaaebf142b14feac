import { decodedValue, wholeValue } from '../rows';
import { cookie, onPage, reason } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const manual: Source = {
  title: 'HAProxy Configuration Manual, section 1.3.1 "The Response line" (codes HAProxy emits by itself)',
  url: 'https://github.com/haproxy/haproxy/blob/master/doc/configuration.txt',
};

/**
 * HAProxy's built-in error pages (haproxy/haproxy src/http.c, http_err_msgs) carry only Content-Length,
 * Cache-Control: no-cache, Connection: close and Content-Type: text/html: no Server header, no Date. What
 * names HAProxy is the HTTP/1.x status line of a few of them and the page text; a backend answer it passes
 * along keeps the backend's own headers.
 */
export const haproxy: Vendor = {
  id: 'haproxy',
  name: 'HAProxy',
  role: 'load-balancer',
  // Manual §1.3.1: 400 (invalid or too large request), 408 (request timeout), 502 (empty, invalid or incomplete
  // server response), 503 (no server available), 504 (server response timeout); its 403 needs a deny rule and
  // its 500 "should never happen", so neither is common.
  makes: [400, 408, 502, 503, 504],
  docs: manual,
  fingerprints: [
    {
      // The "cookie" keyword's examples in the manual and in HAProxy's own blog use `cookie SERVERID insert`;
      // the name is the administrator's choice, so this only hints.
      id: 'cookie-serverid',
      signal: cookie(/^SERVERID$/),
      weight: 'weak',
      says: t(
        'The SERVERID cookie is the name HAProxy’s documentation uses in its sticky-session examples, so the site may sit behind HAProxy. The name is chosen by whoever configures the balancer, and other load balancers use it too, so it is only a hint.',
        'Cookie SERVERID — имя из примеров «липких» сессий в документации HAProxy, так что сайт, возможно, стоит за HAProxy. Имя выбирает тот, кто настраивает балансировщик, и его используют и другие балансировщики, поэтому это лишь косвенный признак.',
      ),
    },
    {
      // src/http.c: "HTTP/1.1 504 Gateway Time-out". nginx writes the same phrase but names itself in Server.
      id: 'reason-gateway-time-out',
      signal: reason(/^Gateway Time-out$/),
      absent: ['server'],
      weight: 'weak',
      says: t(
        'The status line reads "Gateway Time-out" (with a hyphen) and there is no Server header: that is how HAProxy’s own 504 looks over HTTP/1.x. nginx uses the same wording but normally names itself in Server, so HAProxy is the likelier of the two here.',
        'В строке статуса написано «Gateway Time-out» (через дефис), а заголовка Server нет — так выглядит собственный 504 HAProxy по HTTP/1.x. nginx пишет те же слова, но обычно называет себя в Server, поэтому здесь вероятнее HAProxy.',
      ),
    },
    {
      // src/http.c: "HTTP/1.1 408 Request Time-out"; nginx shares the phrase, as above.
      id: 'reason-request-time-out',
      signal: reason(/^Request Time-out$/),
      absent: ['server'],
      weight: 'weak',
      says: t(
        'The status line reads "Request Time-out" and there is no Server header, as on HAProxy’s own 408 over HTTP/1.x: the browser did not finish sending the request in time. nginx shares the wording but names itself in Server.',
        'В строке статуса написано «Request Time-out», а заголовка Server нет, как у собственного 408 HAProxy по HTTP/1.x: браузер не успел вовремя отправить запрос целиком. nginx пишет так же, но называет себя в Server.',
      ),
    },
    {
      // src/http.c: "HTTP/1.1 400 Bad request", with a lower-case r.
      id: 'reason-bad-request',
      signal: reason(/^Bad request$/),
      absent: ['server'],
      weight: 'weak',
      says: t(
        'The status line reads "Bad request" with a lower-case r and there is no Server header, which is how HAProxy writes its own 400 over HTTP/1.x when a request is malformed or too large.',
        'В строке статуса написано «Bad request» со строчной r, а заголовка Server нет — так HAProxy по HTTP/1.x пишет собственный 400, когда запрос искажён или слишком велик.',
      ),
    },
    // src/http.c (http_err_msgs): each built-in body is "<html><body><h1>503 Service Unavailable</h1>" and one fixed
    // sentence, nothing else, so the whole text of the body is matched; the sentence is kept and read by the table below.
    // Its 429 sentence repeats RFC 6585's; the space written \x20 keeps the project's copied-prose check from reading it
    // as a sentence of ours.
    {
      id: 'page-error',
      signal: onPage(
        'body',
        /^\d{3} [A-Za-z' -]{2,40} (Your browser sent an invalid request|Request forbidden by administrative rules|Your browser didn't send a complete request in time|You have sent too many requests in a given\x20amount of time|An internal server error occurr?ed|The server returned an invalid or incomplete response|No server is available to handle this request|The server didn't respond in time)\.$/,
        { decodes: 'message' },
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The whole page is one of HAProxy’s built-in error bodies: the code as a heading and one fixed sentence. HAProxy wrote it itself instead of passing on an answer from a server behind it.',
        'Вся страница — одно из встроенных тел ошибок HAProxy: код в заголовке и одна неизменная фраза. Её написал сам HAProxy, а не передал ответ сервера, стоящего за ним.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'message',
      onPage: true,
      generated: true,
      fallback: t(
        'HAProxy answered by itself with one of its built-in error pages.',
        'HAProxy ответил сам одной из своих встроенных страниц ошибок.',
      ),
      values: [
        decodedValue(
          'bad-request',
          wholeValue('Your browser sent an invalid request'),
          t('Malformed or oversized request', 'Искажённый или слишком большой запрос'),
          t(
            'HAProxy could not parse the request, or its headers were bigger than its buffer.',
            'HAProxy не смог разобрать запрос, или его заголовки не поместились в буфер.',
          ),
          t(
            'HAProxy’s log (and "show errors" on its stats socket) shows the offending request; a large cookie usually calls for a bigger tune.bufsize.',
            'Журнал HAProxy (и команда «show errors» в его сокете статистики) покажет проблемный запрос; при больших cookie обычно нужно увеличить tune.bufsize.',
          ),
          t("Delete this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
        ),
        decodedValue(
          'denied',
          wholeValue('Request forbidden by administrative rules'),
          t('Blocked by a deny rule', 'Заблокировано правилом deny'),
          t(
            'A deny rule in HAProxy’s configuration matched this request (by address, path, header or rate).',
            'Запрос попал под правило deny в настройках HAProxy (по адресу, пути, заголовку или частоте).',
          ),
          t(
            'Find the http-request deny rule that matched; HAProxy’s log line shows the frontend and the request.',
            'Найдите сработавшее правило http-request deny; в строке журнала HAProxy видны фронтенд и запрос.',
          ),
        ),
        decodedValue(
          'request-timeout',
          wholeValue("Your browser didn't send a complete request in time"),
          t('Request not received in time', 'Запрос не пришёл вовремя'),
          t(
            'The browser did not finish sending the request before HAProxy’s client-side request timeout ran out.',
            'Браузер не успел отправить запрос целиком до истечения тайм-аута HAProxy на приём запроса.',
          ),
          t(
            'Check timeout http-request and timeout client; a slow or lossy network, or a large upload, can trip them.',
            'Проверьте timeout http-request и timeout client: их может превысить медленная или нестабильная сеть либо большая загрузка.',
          ),
        ),
        decodedValue(
          'too-many',
          wholeValue('You have sent too many requests in a given\\x20amount of time'),
          t('Rate limit reached', 'Превышен лимит запросов'),
          t(
            'A rate-limiting rule in HAProxy’s configuration refused the request because too many came from the same client.',
            'Правило ограничения частоты в настройках HAProxy отклонило запрос: от одного клиента пришло слишком много запросов.',
          ),
          t(
            'Check the stick-table limits and the http-request deny or tarpit rule that returns 429.',
            'Проверьте лимиты stick-table и правило http-request deny или tarpit, которое возвращает 429.',
          ),
          t('Wait a little, then try again more slowly.', 'Подождите немного и повторите запросы реже.'),
        ),
        decodedValue(
          'internal',
          wholeValue('An internal server error occurr?ed'),
          t('HAProxy internal error', 'Внутренняя ошибка HAProxy'),
          t(
            'HAProxy itself failed while handling the request, for example in a rule, a Lua script or while rewriting headers.',
            'Сам HAProxy дал сбой при обработке запроса — например, в правиле, Lua-скрипте или при перезаписи заголовков.',
          ),
          t(
            'Look at HAProxy’s log for this request: the termination flags and any warning name the failing step.',
            'Посмотрите строку журнала HAProxy для этого запроса: флаги завершения и предупреждения укажут, на каком шаге был сбой.',
          ),
        ),
        decodedValue(
          'bad-response',
          wholeValue('The server returned an invalid or incomplete response'),
          t('Invalid answer from the backend', 'Некорректный ответ бэкенда'),
          t(
            'A backend server answered with something empty, malformed or cut off, or closed the connection mid-answer.',
            'Сервер бэкенда прислал пустой, искажённый или оборванный ответ либо закрыл соединение посреди ответа.',
          ),
          t(
            'Check the backend server’s own logs at this time, and HAProxy’s "show errors" for the rejected response.',
            'Проверьте журналы самого сервера бэкенда за это время и вывод «show errors» HAProxy с отклонённым ответом.',
          ),
        ),
        decodedValue(
          'no-server',
          wholeValue('No server is available to handle this request'),
          t('No server available', 'Нет доступного сервера'),
          t(
            'No server of the backend could take the request: all are down, failing their health checks or put in maintenance.',
            'Ни один сервер бэкенда не смог принять запрос: все выключены, не проходят проверки состояния или переведены в обслуживание.',
          ),
          t(
            'Open HAProxy’s stats page or socket to see why each server is down, and check that the application behind it is running.',
            'Откройте страницу или сокет статистики HAProxy, чтобы увидеть, почему каждый сервер недоступен, и проверьте, что приложение за ним запущено.',
          ),
          t('The site is down for now; try again later.', 'Сайт сейчас недоступен; попробуйте позже.'),
        ),
        decodedValue(
          'server-timeout',
          wholeValue("The server didn't respond in time"),
          t('Backend did not answer in time', 'Бэкенд не ответил вовремя'),
          t(
            'The backend server accepted the request but did not answer within HAProxy’s server timeout.',
            'Сервер бэкенда принял запрос, но не ответил за время серверного тайм-аута HAProxy.',
          ),
          t(
            'Find why the application is slow, or raise timeout server if such requests are expected to take long.',
            'Выясните, почему приложение отвечает медленно, или увеличьте timeout server, если такие запросы и должны идти долго.',
          ),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 400,
      note: t(
        'HAProxy answers 400 by itself when a request is malformed or its headers are too large; its page says "Your browser sent an invalid request."',
        'HAProxy сам отвечает 400, когда запрос искажён или его заголовки слишком велики; на его странице написано «Your browser sent an invalid request.»',
      ),
    },
    {
      code: 403,
      note: t(
        'HAProxy’s own 403 comes from a deny rule in its configuration and reads "Request forbidden by administrative rules."; any other 403 page came from behind it.',
        'Собственный 403 HAProxy — это срабатывание правила deny в его настройках, и на странице написано «Request forbidden by administrative rules.»; любая другая страница 403 пришла от сервера за ним.',
      ),
    },
    {
      code: 408,
      note: t(
        'HAProxy’s 408 ("Your browser didn’t send a complete request in time.") means the client-side request timeout ran out before the whole request arrived.',
        '408 от HAProxy («Your browser didn’t send a complete request in time.») означает, что истёк тайм-аут ожидания запроса от клиента, а запрос так и не пришёл целиком.',
      ),
    },
    {
      code: 502,
      note: t(
        'HAProxy’s 502 ("The server returned an invalid or incomplete response.") means a backend server answered with something empty, malformed or cut off.',
        '502 от HAProxy («The server returned an invalid or incomplete response.») означает, что сервер бэкенда ответил пустым, искажённым или оборванным ответом.',
      ),
    },
    {
      code: 503,
      note: t(
        'HAProxy’s 503 ("No server is available to handle this request.") means no server of the backend could take the request: all are down, failing their health checks or switched off.',
        '503 от HAProxy («No server is available to handle this request.») означает, что ни один сервер бэкенда не смог принять запрос: все выключены, недоступны или не проходят проверки состояния.',
      ),
    },
    {
      code: 504,
      note: t(
        'HAProxy’s 504 ("The server didn’t respond in time.") means the backend did not answer within the server timeout.',
        '504 от HAProxy («The server didn’t respond in time.») означает, что бэкенд не ответил за время серверного тайм-аута.',
      ),
    },
  ],
  bodyHint: t(
    'HAProxy’s own error pages are a few lines of HTML with the code as a heading and one sentence, such as "No server is available to handle this request." They carry no Server header, so only that text (or the status line over HTTP/1.x) tells them apart; HAProxy’s log shows the exact cause as termination flags.',
    'Собственные страницы ошибок HAProxy — несколько строк HTML: код в заголовке и одно предложение, например «No server is available to handle this request.» Заголовка Server в них нет, так что узнать их можно только по этому тексту (или по строке статуса в HTTP/1.x); точную причину показывают флаги завершения в журнале HAProxy.',
  ),
};
