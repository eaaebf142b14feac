import { decodedValue, wholeValue } from '../rows';
import { cookie, header, onPage, server } from '../signals';
import { t } from '../text';
import type { Meaning, Source, Text, Vendor } from '../types';

const docsBase = 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes';

const page5xx = (code: number): Source => ({
  title: `Cloudflare docs: Error ${code}`,
  url: `${docsBase}/cloudflare-5xx-errors/error-${code}/`,
});

const railgunSource: Source = {
  title:
    'Wikipedia: List of HTTP status codes, Cloudflare section (cites the retired Cloudflare support article "527 Error: Railgun Listener to origin error")',
  url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Cloudflare',
};

/** The third-party list on codeasite.com that gives 527 the names "Bad Gateway Error" and "Range Error". */
const rangeSource: Source = {
  title: 'codeasite.com: HTTP Status Codes',
};

const retryVisitor = t(
  'Wait a minute and reload. The fault is between Cloudflare and the site’s server, so there is nothing to fix on your device.',
  'Подождите минуту и обновите страницу. Сбой произошёл между Cloudflare и сервером сайта, так что на вашем устройстве исправлять нечего.',
);

/** One Cloudflare 5xx meaning: always rendered by Cloudflare about the origin. */
const origin5xx = (code: number, title: Text, summary: Text, owner: Text, prior = 0.85): Meaning => ({
  id: `cloudflare.${code}`,
  code,
  title,
  summary,
  visitor: retryVisitor,
  owner,
  source: page5xx(code),
  prior,
});

const blockedVisitor = t(
  'Only the site owner can lift this block. Contact them and give the Ray ID from the bottom of the error page.',
  'Снять эту блокировку может только владелец сайта. Напишите ему и укажите Ray ID из нижней части страницы ошибки.',
);

const dnsOwner = t(
  'Open the DNS tab of the Cloudflare dashboard and check the record for this hostname: it must point at your real origin, not at a Cloudflare address or a name that does not exist.',
  'Откройте вкладку DNS в панели Cloudflare и проверьте запись для этого имени: она должна указывать на ваш настоящий сервер, а не на адрес Cloudflare и не на несуществующее имя.',
);

const rewriteOwner = t(
  'A Transform Rule produced a request Cloudflare cannot send. Review the URL rewrite and request header modification rules under Rules in the dashboard.',
  'Правило Transform Rules сформировало запрос, который Cloudflare не может отправить. Проверьте правила URL rewrite и изменения заголовков запроса в разделе Rules панели.',
);

export const cloudflare: Vendor = {
  id: 'cloudflare',
  name: 'Cloudflare',
  role: 'cdn',
  docs: { title: 'Cloudflare docs: HTTP status codes', url: `${docsBase}/` },
  // Which responses carry what: "Cloudflare cache responses" (developers.cloudflare.com/cache/concepts/cache-responses/)
  // and "Cloudflare error headers" (…/http-status-codes/cloudflare-error-headers/).
  makes: [403, 409, 429, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 530],
  fingerprints: [
    {
      id: 'server',
      signal: server(/^cloudflare(-nginx)?$/i),
      weight: 'strong',
      says: t(
        'Server: cloudflare is written by Cloudflare on every response it delivers, its own and the site’s alike, so it shows only that the site sits behind Cloudflare.',
        'Cloudflare ставит Server: cloudflare во все ответы, которые отдаёт, — и в свои, и в ответы сайта, — поэтому заголовок говорит лишь о том, что сайт работает через Cloudflare.',
      ),
    },
    {
      id: 'cf-ray',
      signal: header('cf-ray', /^[0-9a-f]{16}-[a-z]{3}$/i),
      weight: 'strong',
      says: t(
        'cf-ray is Cloudflare’s request id; the three letters after the dash name the Cloudflare data centre (an airport code) that handled the request.',
        'cf-ray — идентификатор запроса в Cloudflare; три буквы после дефиса — код аэропорта, которым обозначен обработавший запрос дата-центр Cloudflare.',
      ),
    },
    {
      id: 'cf-cache-status',
      signal: header('cf-cache-status', /^(dynamic|none|unknown|none\/unknown)$/i),
      weight: 'strong',
      says: t(
        'cf-cache-status shows the response went through Cloudflare, but this value (the response was not eligible for caching) does not say whether Cloudflare or the site wrote it.',
        'cf-cache-status показывает, что ответ прошёл через Cloudflare, но это значение (ответ не подлежал кэшированию) не говорит, кто его сформировал — Cloudflare или сайт.',
      ),
    },
    {
      id: 'cf-cache-status-origin',
      signal: header('cf-cache-status', /^(hit|miss|expired|stale|bypass|revalidated|updating)$/i),
      weight: 'strong',
      relayed: true,
      says: t(
        'This cf-cache-status value means Cloudflare took the response from its cache or fetched it from the site’s server just now, so the site’s server wrote it and Cloudflare passed it on.',
        'Это значение cf-cache-status означает, что Cloudflare взял ответ из своего кэша или только что получил его от сервера сайта: ответ сформировал сервер сайта, а Cloudflare его передал.',
      ),
    },
    {
      id: 'cf-railgun',
      signal: header('cf-railgun'),
      weight: 'strong',
      says: t(
        'Cf-Railgun is added when the response travelled through Cloudflare Railgun, a retired accelerator that linked Cloudflare with the origin.',
        'Cf-Railgun добавляется, когда ответ прошёл через Cloudflare Railgun — снятый с поддержки ускоритель, соединявший Cloudflare с сервером сайта.',
      ),
    },
    {
      id: 'cf-mitigated',
      signal: header('cf-mitigated', /^challenge$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'cf-mitigated: challenge means Cloudflare answered with its own challenge page instead of passing the request to the site.',
        'cf-mitigated: challenge означает, что Cloudflare ответил своей страницей проверки и не передал запрос сайту.',
      ),
    },
    {
      id: 'cf-error-type',
      signal: header('cf-error-type'),
      weight: 'strong',
      generated: true,
      says: t(
        'cf-error-type is added only to error pages Cloudflare builds itself, so this error came from Cloudflare, not from the site’s server.',
        'cf-error-type добавляется только к страницам ошибок, которые Cloudflare формирует сам, — значит, ошибку выдал Cloudflare, а не сервер сайта.',
      ),
    },
    {
      id: 'cf-error-origin',
      signal: header('cf-error-origin'),
      weight: 'strong',
      generated: true,
      says: t(
        'cf-error-origin names the Cloudflare component that produced this error page, so Cloudflare answered by itself.',
        'cf-error-origin называет компонент Cloudflare, который сформировал эту страницу ошибки, — значит, Cloudflare ответил сам.',
      ),
    },
    {
      id: 'cookie-cf-bm',
      signal: cookie(/^__cf_bm$/),
      weight: 'medium',
      says: t(
        'The __cf_bm cookie is set by Cloudflare Bot Management, so the site is behind Cloudflare with bot protection on.',
        'Cookie __cf_bm ставит Cloudflare Bot Management — сайт работает через Cloudflare с включённой защитой от ботов.',
      ),
    },
    {
      id: 'cookie-cf-clearance',
      signal: cookie(/^cf_clearance$/),
      weight: 'medium',
      says: t(
        'The cf_clearance cookie records that this browser passed a Cloudflare challenge.',
        'Cookie cf_clearance фиксирует, что браузер прошёл проверку Cloudflare.',
      ),
    },
    {
      id: 'cookie-cfduid',
      signal: cookie(/^__cfduid$/),
      weight: 'medium',
      says: t(
        'The __cfduid cookie was set by Cloudflare in earlier years (it has since been retired), so the site is behind Cloudflare.',
        'Cookie __cfduid Cloudflare ставил в прежние годы (сейчас она выведена из употребления) — сайт работает через Cloudflare.',
      ),
    },
    // Cloudflare's own error pages put the number beside "Error" at the top and the Ray ID in the footer
    // ("Cloudflare 1xxx errors" and "Cloudflare 5xx errors" in the Cloudflare docs show both).
    {
      id: 'page-error',
      signal: onPage('#cf-error-details .cf-error-code', /^(\d{3,5})$/, { decodes: 'cf-error-type' }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Cloudflare’s own error page: the error number stands where Cloudflare prints it, beside "Error" at the top.',
        'Это собственная страница ошибки Cloudflare: номер ошибки стоит там, где его ставит Cloudflare, — рядом со словом «Error» вверху.',
      ),
    },
    {
      id: 'page-ray',
      signal: onPage('#cf-error-details .cf-footer-item', /^Cloudflare Ray ID: ([0-9a-f]{16})$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Cloudflare prints the request’s Ray ID at the foot of its own error pages; the site owner or Cloudflare support can find the request by it.',
        'Внизу своих страниц ошибок Cloudflare печатает Ray ID запроса; по нему владелец сайта или поддержка Cloudflare найдут этот запрос.',
      ),
    },
  ],
  codes: [
    origin5xx(
      520,
      t('Web Server Returned an Unknown Error (Cloudflare)', 'Веб-сервер вернул неизвестную ошибку (Cloudflare)'),
      t(
        'Cloudflare reached the site’s server, but what came back was empty, cut off or not valid HTTP.',
        'Cloudflare связался с сервером сайта, но получил пустой, оборванный или некорректный HTTP-ответ.',
      ),
      t(
        'Check the origin’s error logs for crashes or resets at this time; make sure response headers stay under Cloudflare’s size limit and that the firewall does not drop Cloudflare’s IP ranges.',
        'Посмотрите журналы ошибок сервера за это время: падения, сбросы соединений. Убедитесь, что заголовки ответа не превышают лимит Cloudflare и что файрвол не блокирует диапазоны IP Cloudflare.',
      ),
    ),
    origin5xx(
      521,
      t('Web Server Is Down (Cloudflare)', 'Сервер сайта недоступен (Cloudflare)'),
      t(
        'The site’s server refused Cloudflare’s connection: it is stopped, or it blocks Cloudflare.',
        'Сервер сайта отклонил подключение Cloudflare: он остановлен или блокирует Cloudflare.',
      ),
      t(
        'Make sure the web server is running and listening on 80/443, and that no firewall, fail2ban or hosting rule blocks Cloudflare’s published IP ranges.',
        'Проверьте, что веб-сервер запущен и слушает порты 80/443 и что файрвол, fail2ban или правила хостинга не блокируют опубликованные диапазоны IP Cloudflare.',
      ),
    ),
    origin5xx(
      522,
      t('Connection Timed Out (Cloudflare)', 'Тайм-аут соединения (Cloudflare)'),
      t(
        'Cloudflare tried to open a TCP connection to the site’s server and got no answer in time.',
        'Cloudflare пытался открыть TCP-соединение с сервером сайта, но не дождался ответа.',
      ),
      t(
        'Check that the DNS record points at the right origin IP, that the server is not overloaded, and that packets from Cloudflare’s IP ranges are not silently dropped.',
        'Проверьте, что DNS-запись указывает на правильный IP сервера, что сервер не перегружен и что пакеты из диапазонов IP Cloudflare не отбрасываются молча.',
      ),
    ),
    origin5xx(
      523,
      t('Origin Is Unreachable (Cloudflare)', 'Сервер сайта недостижим (Cloudflare)'),
      t(
        'Cloudflare found no network route to the site’s server, often because the origin address in DNS is wrong.',
        'Cloudflare не нашёл сетевого пути до сервера сайта; часто причина в неверном адресе сервера в DNS.',
      ),
      t(
        'Verify the A/AAAA records in the Cloudflare DNS tab; if the origin IP changed, update them. Ask the host about routing problems.',
        'Проверьте записи A/AAAA на вкладке DNS в Cloudflare; если IP сервера сменился, обновите их. Уточните у хостинга, нет ли проблем с маршрутизацией.',
      ),
    ),
    origin5xx(
      524,
      t('A Timeout Occurred (Cloudflare)', 'Превышено время ожидания ответа (Cloudflare)'),
      t(
        'Cloudflare connected to the site’s server, but the server took too long to send an HTTP response.',
        'Cloudflare подключился к серверу сайта, но тот слишком долго не присылал HTTP-ответ.',
      ),
      t(
        'Find the slow request in the application logs (long queries, blocked workers). Move long jobs to background processing or stream progress; Cloudflare waits about 100 seconds by default.',
        'Найдите медленный запрос в журналах приложения (долгие запросы к базе, занятые воркеры). Выносите долгие задачи в фоновую обработку или отдавайте ответ потоком; по умолчанию Cloudflare ждёт около 100 секунд.',
      ),
    ),
    origin5xx(
      525,
      t('SSL Handshake Failed (Cloudflare)', 'Сбой TLS-рукопожатия (Cloudflare)'),
      t(
        'Cloudflare could not complete a TLS handshake with the site’s server.',
        'Cloudflare не смог завершить TLS-рукопожатие с сервером сайта.',
      ),
      t(
        'With SSL mode Full or Full (strict), the origin must accept TLS on port 443 with a certificate for this hostname (SNI). Check the server’s TLS configuration and cipher list.',
        'В режимах SSL Full и Full (strict) сервер должен принимать TLS на порту 443 с сертификатом для этого имени (SNI). Проверьте настройки TLS и список шифров на сервере.',
      ),
    ),
    origin5xx(
      526,
      t('Invalid SSL Certificate (Cloudflare)', 'Недействительный сертификат сервера (Cloudflare)'),
      t(
        'Cloudflare is set to verify the site server’s certificate, and the certificate failed the check.',
        'Cloudflare настроен проверять сертификат сервера сайта, и сертификат проверку не прошёл.',
      ),
      t(
        'In SSL mode Full (strict) the origin certificate must be unexpired, match the hostname and chain to a trusted or Cloudflare Origin CA root. Renew or replace it.',
        'В режиме Full (strict) сертификат сервера должен быть действующим, соответствовать имени и иметь цепочку до доверенного корневого сертификата или до Cloudflare Origin CA. Обновите или замените его.',
      ),
      0.75,
    ),
    {
      id: 'cloudflare.527-railgun',
      code: 527,
      title: t('Railgun Error (Cloudflare, retired)', 'Ошибка Railgun (Cloudflare, устаревший сервис)'),
      summary: t(
        'The link between Cloudflare and the site’s Railgun listener broke or timed out. This response carries a Cf-Railgun header, so Railgun (a retired Cloudflare accelerator installed next to the origin) was in the path.',
        'Связь между Cloudflare и Railgun listener сайта оборвалась или прервалась по тайм-ауту. В ответе есть заголовок Cf-Railgun, значит, на пути стоял Railgun — снятый с поддержки ускоритель Cloudflare, который ставили рядом с сервером.',
      ),
      visitor: retryVisitor,
      owner: t(
        'Check that the Railgun listener is running and can reach the web server. Railgun is discontinued, so the lasting fix is to remove it and let Cloudflare talk to the origin directly.',
        'Проверьте, что Railgun listener запущен и может подключиться к веб-серверу. Railgun больше не поддерживается, поэтому надёжное решение — убрать его и подключить Cloudflare к серверу напрямую.',
      ),
      source: railgunSource,
      reach: 'rare',
      whenSeen: t(
        'Railgun is discontinued, so a 527 today points to a very old setup that still runs it.',
        'Railgun больше не поддерживается, поэтому 527 сегодня говорит об очень старой конфигурации, где он ещё работает.',
      ),
      obsolete: true,
      prior: 0.3,
      when: [header('cf-railgun')],
    },
    {
      id: 'cloudflare.527-range',
      code: 527,
      title: t(
        'Railgun Link Error, also listed as "Range Error" / "Bad Gateway Error" (Cloudflare, retired)',
        'Ошибка канала Railgun, в списках также «Range Error» / «Bad Gateway Error» (Cloudflare, устаревший сервис)',
      ),
      summary: t(
        'A request failed or timed out after the WAN link between Cloudflare and the site’s side was already open. Sources disagree on the name of 527, but that WAN link is Railgun’s, so every version describes the same retired Railgun error.',
        'Запрос завершился ошибкой или тайм-аутом, когда WAN-канал между Cloudflare и стороной сайта уже был открыт. Источники называют 527 по-разному, но этот WAN-канал принадлежит Railgun, так что все варианты описывают одну и ту же устаревшую ошибку Railgun.',
      ),
      visitor: retryVisitor,
      owner: t(
        'Treat it as a Railgun problem: check the listener and its link to the web server, or better, retire Railgun and connect Cloudflare to the origin directly.',
        'Разбирайтесь с этим как с проблемой Railgun: проверьте listener и его связь с веб-сервером, а лучше откажитесь от Railgun и подключите Cloudflare к серверу напрямую.',
      ),
      source: rangeSource,
      reach: 'rare',
      whenSeen: t(
        'Some status-code lists call 527 "Range Error" or "Bad Gateway Error", while Cloudflare’s own retired article called it a Railgun listener error. Railgun has been discontinued, so a 527 today points to a very old setup.',
        'В одних списках кодов 527 назван «Range Error» или «Bad Gateway Error», а в снятой с публикации статье самого Cloudflare — ошибкой Railgun listener. Railgun больше не существует, поэтому 527 сегодня говорит об очень старой конфигурации.',
      ),
      obsolete: true,
      prior: 0.35,
    },
    {
      id: 'cloudflare.530',
      code: 530,
      title: t('HTTP 530 with a 1xxx Error (Cloudflare)', 'HTTP 530 с ошибкой 1xxx (Cloudflare)'),
      summary: t(
        'Cloudflare sends 530 together with one of its four-digit 1xxx errors, and that number, printed on the page, says what went wrong; most often Cloudflare could not resolve the origin’s host name.',
        'Cloudflare отдаёт 530 вместе с одной из своих четырёхзначных ошибок 1xxx, и именно этот номер на странице говорит, что случилось; чаще всего Cloudflare не смог разрешить имя хоста origin.',
      ),
      visitor: t(
        'Try again later. If it lasts, tell the site owner the "Error 1xxx" number and the Ray ID shown on the page.',
        'Попробуйте позже. Если ошибка не пропадает, сообщите владельцу сайта номер «Error 1xxx» и Ray ID со страницы.',
      ),
      owner: t(
        'Look up the 1xxx number on the page (or the cf-error-type header). Common ones: 1016 — the origin hostname does not resolve; 1033 — the Cloudflare Tunnel (cloudflared) is not connected.',
        'Найдите номер 1xxx на странице (или в заголовке cf-error-type). Частые случаи: 1016 — имя хоста origin не разрешается в DNS; 1033 — Cloudflare Tunnel (cloudflared) не подключён.',
      ),
      source: page5xx(530),
      prior: 0.6,
    },
  ],
  decoders: [
    {
      header: 'cf-error-type',
      generated: true,
      fallback: t(
        'Cloudflare built this error page itself and named the error type in cf-error-type. Look the value up in Cloudflare’s 1xxx / 5xx error lists; the Ray ID identifies the request for Cloudflare support.',
        'Cloudflare сам сформировал эту страницу ошибки и указал её тип в cf-error-type. Найдите значение в списках ошибок 1xxx / 5xx Cloudflare; Ray ID поможет поддержке найти запрос.',
      ),
      values: [
        decodedValue(
          '1000',
          wholeValue('1000'),
          t('DNS points to a prohibited IP (1000)', 'DNS указывает на запрещённый IP (1000)'),
          t(
            'The hostname’s DNS record points at a Cloudflare address, so Cloudflare would be talking to itself.',
            'DNS-запись имени указывает на адрес Cloudflare, и Cloudflare пришлось бы обращаться к самому себе.',
          ),
          dnsOwner,
        ),
        decodedValue(
          '1001',
          wholeValue('1001'),
          t('DNS resolution error (1001)', 'Ошибка разрешения DNS (1001)'),
          t(
            'Cloudflare cannot tell which site this hostname belongs to (the zone is not active, or a CNAME leads to a name Cloudflare does not know).',
            'Cloudflare не может понять, к какому сайту относится это имя (зона не активна или CNAME ведёт к неизвестному Cloudflare имени).',
          ),
          dnsOwner,
        ),
        decodedValue(
          '1002',
          wholeValue('1002'),
          t('Prohibited IP or restricted (1002)', 'Запрещённый IP или ограничение (1002)'),
          t(
            'The DNS record points at an address Cloudflare will not connect to, or the hostname is restricted.',
            'DNS-запись указывает на адрес, к которому Cloudflare подключаться не будет, или имя ограничено.',
          ),
          dnsOwner,
        ),
        decodedValue(
          '1003',
          wholeValue('1003'),
          t('Direct IP access not allowed (1003)', 'Прямой доступ по IP запрещён (1003)'),
          t(
            'The request used a Cloudflare IP address instead of a site name.',
            'Запрос пришёл на IP-адрес Cloudflare, а не на имя сайта.',
          ),
          t('Link to the hostname, not to an IP address.', 'Ставьте ссылки на имя сайта, а не на IP-адрес.'),
          t(
            'Open the site by its name rather than by a numeric address.',
            'Откройте сайт по имени, а не по числовому адресу.',
          ),
        ),
        decodedValue(
          '1004',
          wholeValue('1004'),
          t('Host not configured to serve web traffic (1004)', 'Имя не настроено для веб-трафика (1004)'),
          t(
            'Cloudflare is not (yet) set up to proxy web traffic for this hostname.',
            'Cloudflare (пока) не настроен проксировать веб-трафик для этого имени.',
          ),
          t(
            'Recent DNS changes may still be spreading; if it lasts more than a few minutes, check the record and contact Cloudflare support.',
            'Недавние изменения DNS могли ещё не разойтись по серверам; если ошибка держится дольше нескольких минут, проверьте запись и обратитесь в поддержку Cloudflare.',
          ),
        ),
        decodedValue(
          '1005',
          wholeValue('1005'),
          t('Network (ASN) banned (1005)', 'Сеть (ASN) заблокирована (1005)'),
          t(
            'The site owner blocks the network your address belongs to (often a hosting or VPN provider).',
            'Владелец сайта блокирует сеть, которой принадлежит ваш адрес (часто это хостинг или VPN-провайдер).',
          ),
          t(
            'Review IP Access rules and WAF custom rules that match on ASN.',
            'Проверьте IP Access rules и собственные правила WAF (custom rules) с условием по ASN.',
          ),
          t(
            'Turn off VPN or proxy, or try another network. Otherwise ask the site owner.',
            'Отключите VPN или прокси либо попробуйте другую сеть. Иначе обратитесь к владельцу сайта.',
          ),
        ),
        decodedValue(
          '1006-1008-1106',
          wholeValue('100[678]|1106'),
          t('Your IP address is banned (1006–1008, 1106)', 'Ваш IP-адрес заблокирован (1006–1008, 1106)'),
          t(
            'The site owner has blocked the IP address this request came from.',
            'Владелец сайта заблокировал IP-адрес, с которого пришёл запрос.',
          ),
          t(
            'Check IP Access rules and WAF custom rules for this address.',
            'Проверьте IP Access rules и собственные правила WAF (custom rules) для этого адреса.',
          ),
          blockedVisitor,
        ),
        decodedValue(
          '1009',
          wholeValue('1009'),
          t('Country or region banned (1009)', 'Страна или регион заблокированы (1009)'),
          t(
            'The site owner does not accept visitors from the country or region your address is located in.',
            'Владелец сайта не принимает посетителей из страны или региона, к которым относится ваш адрес.',
          ),
          t(
            'Review country rules in IP Access rules and WAF custom rules.',
            'Проверьте правила по странам в IP Access rules и собственных правилах WAF (custom rules).',
          ),
          blockedVisitor,
        ),
        decodedValue(
          '1010',
          wholeValue('1010'),
          t('Browser signature banned (1010)', 'Отпечаток браузера заблокирован (1010)'),
          t(
            'The browser looked automated or malformed to Cloudflare’s Browser Integrity Check or a bot rule.',
            'Браузер показался автоматизированным или подозрительным для Browser Integrity Check или правила против ботов Cloudflare.',
          ),
          t(
            'Check Browser Integrity Check and bot settings in Security; look at Security Events for this Ray ID.',
            'Проверьте Browser Integrity Check и настройки ботов в разделе Security; найдите этот Ray ID в Security Events.',
          ),
          t(
            'Disable extensions that change the User-Agent or headers, and try an up-to-date standard browser.',
            'Отключите расширения, меняющие User-Agent или заголовки, и попробуйте обычный актуальный браузер.',
          ),
        ),
        decodedValue(
          '1011',
          wholeValue('1011'),
          t('Hotlinking denied (1011)', 'Встраивание с чужого сайта запрещено (1011)'),
          t(
            'The file was requested from another site’s page, and Hotlink Protection refused it.',
            'Файл запросили со страницы другого сайта, и Hotlink Protection заблокировал запрос.',
          ),
          t(
            'If this use is legitimate, relax Hotlink Protection under Scrape Shield or allow the referring site.',
            'Если такое использование допустимо, ослабьте Hotlink Protection в Scrape Shield или разрешите ссылающийся сайт.',
          ),
          t(
            'Open the file on its own site instead of through another page.',
            'Откройте файл на его родном сайте, а не через чужую страницу.',
          ),
        ),
        decodedValue(
          '1012',
          wholeValue('1012'),
          t('Access denied (1012)', 'Доступ запрещён (1012)'),
          t('A rule of the site owner denied this request.', 'Запрос отклонило правило владельца сайта.'),
          t(
            'Find the matching rule in Security Events by the Ray ID.',
            'Найдите сработавшее правило в Security Events по Ray ID.',
          ),
          blockedVisitor,
        ),
        decodedValue(
          '1013',
          wholeValue('1013'),
          t('Hostname and TLS SNI mismatch (1013)', 'Имя в запросе не совпадает с TLS SNI (1013)'),
          t(
            'The name sent in the TLS handshake differs from the Host header of the request.',
            'Имя, переданное в TLS-рукопожатии, отличается от заголовка Host в запросе.',
          ),
          t(
            'Look for a client, proxy or script that sets Host by hand.',
            'Поищите клиент, прокси или скрипт, который подставляет Host вручную.',
          ),
          t(
            'Disable proxies or extensions that rewrite requests and try again.',
            'Отключите прокси или расширения, которые переписывают запросы, и попробуйте снова.',
          ),
        ),
        decodedValue(
          '1014',
          wholeValue('1014'),
          t('CNAME cross-user banned (1014)', 'CNAME на чужой аккаунт запрещён (1014)'),
          t(
            'The DNS record is a CNAME to a hostname held in a different Cloudflare account, which Cloudflare does not allow by default.',
            'DNS-запись — CNAME на имя из другого аккаунта Cloudflare, а по умолчанию Cloudflare этого не допускает.',
          ),
          t(
            'Point the CNAME at a target in your own account, or have the target’s owner set the hostname up through Cloudflare for SaaS.',
            'Направьте CNAME на имя в своём аккаунте или попросите владельца целевого имени подключить ваше имя через Cloudflare for SaaS.',
          ),
        ),
        decodedValue(
          '1015',
          wholeValue('1015'),
          t('Rate limited (1015)', 'Превышен лимит запросов (1015)'),
          t(
            'Too many requests came from this visitor in a short time, and a rate limiting rule paused them.',
            'От этого посетителя пришло слишком много запросов за короткое время, и правило ограничения частоты временно их приостановило.',
          ),
          t(
            'Review the thresholds and period of your rate limiting rules; a window of one second is easy to trip.',
            'Проверьте пороги и период правил ограничения частоты; окно в одну секунду легко превысить.',
          ),
          t(
            'Wait a while before retrying; rapid retries can extend the block.',
            'Подождите, прежде чем повторять; частые повторы могут продлить блокировку.',
          ),
        ),
        decodedValue(
          '1016',
          wholeValue('1016'),
          t('Origin DNS error (1016)', 'Ошибка DNS для origin (1016)'),
          t(
            'The origin hostname Cloudflare should connect to (a CNAME target) does not resolve.',
            'Имя хоста origin, к которому должен подключаться Cloudflare (цель CNAME), не разрешается в DNS.',
          ),
          dnsOwner,
        ),
        decodedValue(
          '1018-1023',
          wholeValue('1018|1023'),
          t('Could not find host (1018, 1023)', 'Имя не найдено (1018, 1023)'),
          t(
            'Cloudflare has no active configuration for this hostname (just added, removed, or not yet active).',
            'У Cloudflare нет активной настройки для этого имени (только что добавлено, удалено или ещё не активировано).',
          ),
          t(
            'Check that the zone is active and that a proxied DNS record exists for the hostname.',
            'Проверьте, что зона активна и для имени есть проксируемая DNS-запись.',
          ),
        ),
        decodedValue(
          '1019',
          wholeValue('1019'),
          t('Compute server error (1019)', 'Ошибка вычислительного сервера (1019)'),
          t(
            'A Cloudflare Worker failed, typically because it calls a URL that runs the same Worker again.',
            'Сбой Cloudflare Worker — обычно потому, что он обращается к адресу, который снова запускает этот же Worker.',
          ),
          t(
            'Make sure the Worker’s fetches do not loop back into its own route.',
            'Убедитесь, что запросы Worker не возвращаются на его собственный маршрут.',
          ),
        ),
        decodedValue(
          '1020',
          wholeValue('1020'),
          t('Access denied by a firewall rule (1020)', 'Доступ запрещён правилом файрвола (1020)'),
          t(
            'A WAF custom rule of the site owner blocked this request.',
            'Запрос заблокировало собственное правило WAF (custom rule) владельца сайта.',
          ),
          t(
            'Search Security Events for the Ray ID to see which rule matched, then narrow it.',
            'Найдите Ray ID в Security Events, чтобы увидеть сработавшее правило, и сузьте его условия.',
          ),
          blockedVisitor,
        ),
        decodedValue(
          '1025',
          wholeValue('1025'),
          t('Please check back later (1025)', 'Зайдите позже (1025)'),
          t(
            'The site has used up its Cloudflare Workers plan limits.',
            'Сайт исчерпал лимиты своего тарифа Cloudflare Workers.',
          ),
          t(
            'Check Workers usage in the dashboard and move to a plan with higher limits.',
            'Проверьте расход Workers в панели и перейдите на тариф с большими лимитами.',
          ),
        ),
        decodedValue(
          '1033',
          wholeValue('1033'),
          t('Tunnel error (1033)', 'Ошибка туннеля (1033)'),
          t(
            'The hostname routes through a Cloudflare Tunnel, and no cloudflared connector is currently connected.',
            'Имя направлено через Cloudflare Tunnel, но ни один коннектор cloudflared сейчас не подключён.',
          ),
          t(
            'Check that cloudflared is running on the origin side and shows as healthy in the Zero Trust dashboard.',
            'Проверьте, что cloudflared запущен на стороне сервера и отображается как healthy в панели Zero Trust.',
          ),
        ),
        decodedValue(
          '1034',
          wholeValue('1034'),
          t('Edge IP restricted (1034)', 'IP на границе Cloudflare запрещён (1034)'),
          t(
            'The DNS record points at an address Cloudflare rejects, such as a reserved address or another provider’s Cloudflare for SaaS address.',
            'DNS-запись указывает на адрес, который Cloudflare отклоняет, например зарезервированный или адрес чужого Cloudflare for SaaS.',
          ),
          dnsOwner,
        ),
        decodedValue(
          '1035-1041',
          wholeValue('103[567]|104[01]'),
          t('Invalid request rewrite (1035–1041)', 'Недопустимое переписывание запроса (1035–1041)'),
          t(
            'A rewrite rule turned the request into something invalid (bad path, too long, failed expression or forbidden header change).',
            'Правило переписывания сделало запрос недопустимым (некорректный путь, слишком длинный запрос, ошибка в выражении или запрещённое изменение заголовка).',
          ),
          rewriteOwner,
        ),
        decodedValue(
          '1101',
          wholeValue('1101'),
          t('Worker threw an exception (1101)', 'Worker выбросил исключение (1101)'),
          t(
            'A Cloudflare Worker on this route crashed with an unhandled error.',
            'Cloudflare Worker на этом маршруте упал с необработанной ошибкой.',
          ),
          t(
            'Run "wrangler tail" or open the Worker’s logs to see the stack trace.',
            'Запустите «wrangler tail» или откройте журналы Worker, чтобы увидеть трассировку стека.',
          ),
        ),
        decodedValue(
          '1102',
          wholeValue('1102'),
          t('Worker exceeded resource limits (1102)', 'Worker превысил лимиты ресурсов (1102)'),
          t(
            'A Cloudflare Worker used more CPU time or memory than allowed.',
            'Cloudflare Worker израсходовал больше процессорного времени или памяти, чем разрешено.',
          ),
          t(
            'Profile the Worker and cut its CPU work or memory use; check the limits of your plan.',
            'Профилируйте Worker и сократите использование процессора или памяти; проверьте лимиты своего тарифа.',
          ),
        ),
        decodedValue(
          '1200',
          wholeValue('1200'),
          t('Cache connection limit (1200)', 'Лимит соединений кэша (1200)'),
          t(
            'Too many requests were queued at Cloudflare waiting for the origin.',
            'В Cloudflare скопилось слишком много запросов, ожидающих ответа от origin.',
          ),
          t(
            'Let the origin accept connections faster and raise the cache hit ratio so fewer requests reach it.',
            'Ускорьте приём соединений на origin и повысьте долю попаданий в кэш, чтобы до него доходило меньше запросов.',
          ),
        ),
        decodedValue(
          '52x',
          wholeValue('52x|5xx'),
          t('Origin connectivity error (52x)', 'Ошибка связи с origin (52x)'),
          t(
            'Cloudflare could not get a proper answer from the site’s server (one of the 520–526 errors).',
            'Cloudflare не получил нормального ответа от сервера сайта (одна из ошибок 520–526).',
          ),
          t(
            'Check that the origin is up, reachable from Cloudflare’s IP ranges, and has a valid TLS setup.',
            'Проверьте, что сервер работает, доступен из диапазонов IP Cloudflare и правильно настроен по TLS.',
          ),
        ),
        decodedValue(
          '520-530',
          wholeValue('52[0-7]|530'),
          t('Cloudflare 5xx error', 'Ошибка Cloudflare 5xx'),
          t(
            'Cloudflare itself produced this 5xx error about the connection to the site’s server; the status code explains which step failed.',
            'Эту ошибку 5xx выдал сам Cloudflare из-за проблемы со связью с сервером сайта; какой шаг не удался, объясняет код статуса.',
          ),
          t(
            'Follow the advice for this status code and check the origin’s logs for the same moment.',
            'Следуйте советам для этого кода статуса и проверьте журналы сервера за тот же момент.',
          ),
        ),
        // Names from Cloudflare's cf.response.error_type rules field; whether the header ever carries them is unconfirmed.
        decodedValue(
          'waf',
          wholeValue('waf'),
          t('Blocked by the WAF', 'Заблокировано WAF'),
          t('A Cloudflare WAF rule blocked this request.', 'Запрос заблокировало правило Cloudflare WAF.'),
          t('Find the rule in Security Events by the Ray ID.', 'Найдите правило в Security Events по Ray ID.'),
          blockedVisitor,
        ),
        decodedValue(
          'ratelimit',
          wholeValue('ratelimit'),
          t('Rate limited', 'Превышен лимит запросов'),
          t(
            'A Cloudflare rate limiting rule paused requests from this visitor.',
            'Правило ограничения частоты Cloudflare временно остановило запросы этого посетителя.',
          ),
          t('Review the rate limiting rule thresholds.', 'Проверьте пороги правил ограничения частоты.'),
          t('Wait a while before retrying.', 'Подождите, прежде чем повторять.'),
        ),
        decodedValue(
          'challenge',
          wholeValue('managed_challenge|iuam|legacy_challenge|country_challenge'),
          t('Challenge page', 'Страница проверки'),
          t(
            'Cloudflare asked the browser to prove it is not a bot before letting it through.',
            'Cloudflare попросил браузер доказать, что он не бот, прежде чем пропустить его.',
          ),
          t(
            'Check which security setting or rule issued the challenge (Security Level, Under Attack Mode, bot rules).',
            'Проверьте, какая настройка или правило выдали проверку (Security Level, Under Attack Mode, правила против ботов).',
          ),
          t(
            'Let the check finish with JavaScript and cookies enabled.',
            'Дайте проверке завершиться, включив JavaScript и cookie.',
          ),
        ),
        decodedValue(
          'ip-ban',
          wholeValue('ip_ban'),
          t('IP address banned', 'IP-адрес заблокирован'),
          t(
            'The site owner has blocked the IP address this request came from.',
            'Владелец сайта заблокировал IP-адрес, с которого пришёл запрос.',
          ),
          t('Check IP Access rules for this address.', 'Проверьте IP Access rules для этого адреса.'),
          blockedVisitor,
        ),
        decodedValue(
          'always-online',
          wholeValue('always_online'),
          t('Always Online copy', 'Копия Always Online'),
          t(
            'The origin was unreachable and Cloudflare showed a saved copy of the page instead.',
            'Сервер был недоступен, и Cloudflare показал сохранённую копию страницы.',
          ),
          t(
            'The origin is failing: check that it is up and reachable from Cloudflare.',
            'Origin не отвечает: проверьте, что он работает и доступен для Cloudflare.',
          ),
        ),
      ],
    },
    {
      header: 'cf-error-origin',
      generated: true,
      fallback: t(
        'Cloudflare names here which of its systems produced this error page; the exact error is in cf-error-type or on the page.',
        'Здесь Cloudflare указывает, какая из его систем сформировала страницу ошибки; сама ошибка — в cf-error-type или на странице.',
      ),
    },
    {
      header: 'cf-mitigated',
      generated: true,
      fallback: t(
        'Cloudflare marked this response as handled by its security features instead of the site.',
        'Cloudflare пометил этот ответ как обработанный его средствами защиты, а не сайтом.',
      ),
      values: [
        {
          id: 'challenge',
          match: /^challenge$/i,
          title: t('Cloudflare challenge page', 'Страница проверки Cloudflare'),
          summary: t(
            'Cloudflare showed a challenge (such as the "Just a moment…" page or a Turnstile widget) instead of the site, to check that the visitor is not a bot.',
            'Вместо сайта Cloudflare показал проверку (например, страницу «Just a moment…» или виджет Turnstile), чтобы убедиться, что посетитель не бот.',
          ),
          visitor: t(
            'Complete the check with JavaScript and cookies enabled; turning off VPNs or privacy extensions that block scripts often helps.',
            'Пройдите проверку с включёнными JavaScript и cookie; часто помогает отключить VPN или расширения приватности, блокирующие скрипты.',
          ),
          owner: t(
            'The challenge comes from your WAF, bot or Security Level settings. If API calls or fetch requests get it, exempt those paths; scripts cannot solve a challenge.',
            'Проверку выдают ваши настройки WAF, защиты от ботов или Security Level. Если её получают API-вызовы или fetch-запросы, исключите эти пути: скрипт не может пройти проверку.',
          ),
        },
      ],
    },
  ],
  // The 502 and 504 notes follow "Error 502 or 504" (developers.cloudflare.com/support/troubleshooting/
  // http-status-codes/cloudflare-5xx-errors/error-502-504/); 530 follows its "Error 530" page.
  notes: [
    {
      code: 403,
      note: t(
        'A 403 made by Cloudflare is a block or a challenge: a WAF or firewall rule (Error 1020 "Access denied"), an IP, network or country ban (1005–1009), a browser check (1010), or a challenge page (cf-mitigated: challenge). The error page shows the 1xxx number and a Ray ID.',
        '403 от Cloudflare — это блокировка или проверка: правило WAF или файрвола (Error 1020 «Access denied»), запрет IP, сети или страны (1005–1009), проверка браузера (1010) или страница проверки (cf-mitigated: challenge). На странице ошибки есть номер 1xxx и Ray ID.',
      ),
    },
    {
      code: 429,
      note: t(
        'From Cloudflare, 429 usually means a rate limiting rule of the site owner (Error 1015): the visitor sent too many requests in a short time and should wait before trying again.',
        'От Cloudflare 429 обычно означает правило ограничения частоты, заданное владельцем сайта (Error 1015): посетитель отправил слишком много запросов за короткое время, и нужно подождать.',
      ),
    },
    {
      code: 409,
      note: t(
        'Cloudflare answers 409 for some hostname and DNS set-up problems, for example Error 1001 (it cannot tell which site the name belongs to). The 1xxx number is on the page.',
        'Cloudflare отвечает 409 при некоторых проблемах с настройкой имени и DNS, например Error 1001 (не удаётся понять, к какому сайту относится имя). Номер 1xxx указан на странице.',
      ),
    },
    {
      code: 502,
      note: t(
        'Cloudflare’s troubleshooting page tells three 502 pages apart. A large Cloudflare-branded page (Ray ID, the browser, Cloudflare and host diagram) means the site’s server answered 502 and Cloudflare only dressed it up. A short plain page that still names cloudflare, or a response with cf-error-type, was made by Cloudflare itself, for example because the origin sent broken gzip or a wrong Content-Length, or while traffic was being moved between data centres. A page that does not mention Cloudflare at all came from the origin or its hosting provider, so the host is the one to ask.',
        'На странице диагностики Cloudflare различают три вида страницы 502. Большая страница в оформлении Cloudflare (Ray ID, схема «браузер — Cloudflare — хост») значит, что 502 ответил сервер сайта, а Cloudflare лишь оформил ответ. Короткая простая страница, где всё же упомянут cloudflare, или ответ с cf-error-type — ошибка самого Cloudflare: например, сервер прислал повреждённый gzip или неверный Content-Length, либо трафик в этот момент переводили между дата-центрами. Страница, где Cloudflare не упоминается вовсе, пришла от сервера сайта или его хостинга — разбираться нужно с хостером.',
      ),
    },
    {
      code: 504,
      note: t(
        'Cloudflare reads a 504 page the way it reads a 502. A Cloudflare-branded page means the origin itself answered 504. A short plain page that still names cloudflare was made by Cloudflare. A page with no mention of Cloudflare at all came from the origin or its hosting, so the host is the one to ask. When Cloudflare itself gives up waiting for the origin’s answer, it usually says 524 rather than 504.',
        'Страницу 504 Cloudflare предлагает читать так же, как 502. Страница в оформлении Cloudflare значит, что 504 ответил сам сервер сайта. Короткая простая страница, где всё же упомянут cloudflare, — ошибка самого Cloudflare. Страница, где Cloudflare не упоминается вовсе, пришла от сервера сайта или его хостинга — разбираться нужно с хостером. Когда сам Cloudflare не дожидается ответа сервера, он обычно отдаёт 524, а не 504.',
      ),
    },
  ],
  bodyHint: t(
    'Cloudflare’s error page gives the detail in the body: an "Error 1xxx" or 52x number near the top and a "Cloudflare Ray ID" at the bottom. The number names the exact reason; the Ray ID lets the site owner find this request in Cloudflare’s logs.',
    'Подробности — в тексте страницы ошибки Cloudflare: номер «Error 1xxx» или 52x вверху и «Cloudflare Ray ID» внизу. Номер называет точную причину, а по Ray ID владелец сайта найдёт этот запрос в журналах Cloudflare.',
  ),
};
