import { decodedValue } from '../rows';
import { header, server, via } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const errors: Source = {
  title: 'Squid source: src/error/forward.h (error types) and src/errorpage.cc (X-Squid-Error header)',
  url: 'https://github.com/squid-cache/squid/blob/master/src/error/forward.h',
};

/**
 * An X-Squid-Error value. The header reads "ERR_NAME errno" (the errno is 0 when there is none),
 * so the name is matched exactly at the start and anything after a space is allowed.
 */
const squidError = (name: string): RegExp => new RegExp(`^${name}(\\s|$)`, 'i');

const policy = t(
  'The proxy on your network blocks this address by its rules. Ask whoever runs the network (IT department, school, provider) if you need it.',
  'Прокси вашей сети блокирует этот адрес по своим правилам. Если он вам нужен, обратитесь к тем, кто управляет сетью (ИТ-отдел, учебное заведение, провайдер).',
);
const aclOwner = t(
  'Check the http_access rules and ACLs in squid.conf and the access.log line for this request.',
  'Проверьте правила http_access и ACL в squid.conf и строку этого запроса в access.log.',
);
const upstreamTrouble = t(
  'The proxy could not get the page from the site. Try again later; if only this site fails, the problem is on its side or on the way to it.',
  'Прокси не смог получить страницу с сайта. Попробуйте позже; если не открывается только этот сайт, проблема на его стороне или по пути к нему.',
);
const badRequest = t(
  'Check the address for typos; if it looks right, try another browser or turn off extensions that rewrite requests.',
  'Проверьте адрес на опечатки; если он верен, попробуйте другой браузер или отключите расширения, которые меняют запросы.',
);

export const squid: Vendor = {
  id: 'squid',
  name: 'Squid',
  role: 'proxy',
  // Proxy authentication (ERR_CACHE_ACCESS_DENIED) is answered with 407, which only a proxy sends.
  makes: [403, 407, 502, 503, 504],
  docs: errors,
  fingerprints: [
    {
      // HttpReply::setHeaders puts Server: <visible_appname_string> on replies Squid builds itself (error pages,
      // deny_info, internal pages); a forwarded reply keeps the site's own Server header.
      id: 'server',
      signal: server(/^squid(\/[\w.-]+)?$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The Server header names Squid, a caching proxy. Squid puts its name there only on answers it builds itself and leaves the site’s own Server on answers it passes along, so a Squid proxy (on your network or in front of the site) wrote this response.',
        'Заголовок Server называет Squid — кэширующий прокси. Squid указывает там своё имя только в ответах, которые формирует сам, а в переданных ответах оставляет Server сайта, — значит, этот ответ сформировал прокси Squid (в вашей сети или перед сайтом).',
      ),
    },
    {
      id: 'x-squid-error',
      signal: header('x-squid-error'),
      weight: 'strong',
      generated: true,
      says: t(
        'X-Squid-Error is added only to error pages Squid writes itself, so the proxy answered instead of the site.',
        'X-Squid-Error добавляется только к страницам ошибок, которые Squid формирует сам: ответил прокси, а не сайт.',
      ),
    },
    {
      id: 'via',
      signal: via(/^(.*,\s*)?([\w.]+\/)?[\d.]+\s+[^\s,]+\s+\(squid(\/[\w.-]+)?\)(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        'The Via header lists a hop marked (squid/…): the response passed through a Squid proxy.',
        'В заголовке Via есть узел с пометкой (squid/…): ответ прошёл через прокси Squid.',
      ),
    },
    {
      // Squid writes "MISS from host" in capitals; CloudFront's "Miss from cloudfront" is mixed case and must not match.
      id: 'x-cache',
      signal: header('x-cache', /^(HIT|MISS|NONE) from [^\s,]+$/),
      weight: 'medium',
      says: t(
        'X-Cache in the form "MISS from <host>" is how Squid reports its cache result, so a Squid cache handled the request.',
        'X-Cache в виде «MISS from <хост>» — так Squid сообщает результат кэша: запрос обработал кэш Squid.',
      ),
    },
    {
      id: 'x-cache-lookup',
      signal: header('x-cache-lookup', /^(HIT|MISS|NONE) from [^\s,]+$/),
      weight: 'medium',
      says: t(
        'X-Cache-Lookup is a Squid header telling whether the object was in its cache.',
        'X-Cache-Lookup — заголовок Squid, сообщающий, был ли объект у него в кэше.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-squid-error',
      generated: true,
      fallback: t(
        'Squid names an error this list does not know. Look the ERR_ name up in the Squid error templates; the number after it is the system error code (0 when there is none).',
        'Squid назвал ошибку, которой нет в этом списке. Найдите имя ERR_ в шаблонах ошибок Squid; число после него — системный код ошибки (0, если его нет).',
      ),
      values: [
        // Access control
        decodedValue(
          'access-denied',
          squidError('ERR_ACCESS_DENIED'),
          t('Blocked by proxy rules', 'Запрещено правилами прокси'),
          t("The proxy's access rules do not allow this request.", 'Правила доступа прокси не разрешают этот запрос.'),
          aclOwner,
          policy,
        ),
        decodedValue(
          'cache-access-denied',
          squidError('ERR_CACHE_ACCESS_DENIED'),
          t('Proxy login required', 'Нужен вход в прокси'),
          t(
            'The proxy wants you to sign in before it passes requests on.',
            'Прокси требует войти, прежде чем пропускать запросы дальше.',
          ),
          t('Check the auth_param setup and the proxy_auth ACLs.', 'Проверьте настройку auth_param и ACL proxy_auth.'),
          t(
            'Sign in with your network account when the browser asks, or ask IT for access.',
            'Войдите под сетевой учётной записью, когда браузер попросит, или запросите доступ у ИТ-отдела.',
          ),
        ),
        decodedValue(
          'cache-mgr-access-denied',
          squidError('ERR_CACHE_MGR_ACCESS_DENIED'),
          t('Cache manager access denied', 'Нет доступа к менеджеру кэша'),
          t(
            "The request tried to open Squid's own management pages without permission.",
            'Запрос пытался открыть служебные страницы Squid без разрешения.',
          ),
          t(
            'Allow the manager ACL only for admin addresses and set cachemgr_passwd if needed.',
            'Разрешите ACL manager только административным адресам и при необходимости задайте cachemgr_passwd.',
          ),
        ),
        decodedValue(
          'forwarding-denied',
          squidError('ERR_FORWARDING_DENIED'),
          t('Forwarding refused', 'Пересылка запрещена'),
          t(
            'A neighbouring cache refused to forward this request for the proxy.',
            'Соседний кэш отказался пересылать этот запрос для прокси.',
          ),
          t(
            "Check the cache_peer relationship and the peer's access rules (miss_access).",
            'Проверьте связь cache_peer и правила доступа у соседа (miss_access).',
          ),
        ),
        decodedValue(
          'no-relay',
          squidError('ERR_NO_RELAY'),
          t('No relay for this protocol', 'Нет ретранслятора для протокола'),
          t(
            'The proxy has no relay configured for this kind of request.',
            'В прокси не настроен ретранслятор для такого запроса.',
          ),
        ),
        decodedValue(
          'cannot-forward',
          squidError('ERR_CANNOT_FORWARD'),
          t('Proxy cannot forward the request', 'Прокси не может переслать запрос'),
          t(
            'The proxy found no way to send the request onward (no route or no parent cache available).',
            'Прокси не нашёл, куда отправить запрос дальше (нет маршрута или доступного родительского кэша).',
          ),
          t(
            'Check never_direct/always_direct and whether the parent caches are up.',
            'Проверьте never_direct/always_direct и доступность родительских кэшей.',
          ),
          upstreamTrouble,
        ),
        // Network towards the site
        decodedValue(
          'read-timeout',
          squidError('ERR_READ_TIMEOUT'),
          t('Site too slow for the proxy', 'Сайт слишком медленный для прокси'),
          t(
            'The site stopped sending data and the proxy gave up waiting.',
            'Сайт перестал присылать данные, и прокси перестал ждать.',
          ),
          t(
            'If the site is just slow, raise read_timeout; otherwise look at the site or the route to it.',
            'Если сайт просто медленный, увеличьте read_timeout; иначе ищите проблему на сайте или по пути к нему.',
          ),
          upstreamTrouble,
        ),
        decodedValue(
          'lifetime-exp',
          squidError('ERR_LIFETIME_EXP'),
          t('Connection lifetime exceeded', 'Превышено время жизни соединения'),
          t(
            'The transfer took longer than the proxy allows for one connection.',
            'Передача длилась дольше, чем прокси разрешает одному соединению.',
          ),
          t(
            'Raise client_lifetime if long downloads are expected.',
            'Увеличьте client_lifetime, если ожидается долгое скачивание файлов.',
          ),
        ),
        decodedValue(
          'read-error',
          squidError('ERR_READ_ERROR'),
          t('Read error from the site', 'Ошибка чтения с сайта'),
          t(
            'The connection to the site broke while the proxy was reading the answer.',
            'Соединение с сайтом оборвалось, пока прокси читал ответ.',
          ),
          undefined,
          upstreamTrouble,
        ),
        decodedValue(
          'write-error',
          squidError('ERR_WRITE_ERROR'),
          t('Write error towards the site', 'Ошибка отправки на сайт'),
          t(
            'The connection to the site broke while the proxy was sending the request.',
            'Соединение с сайтом оборвалось, пока прокси отправлял запрос.',
          ),
          undefined,
          upstreamTrouble,
        ),
        decodedValue(
          'connect-fail',
          squidError('ERR_CONNECT_FAIL'),
          t('Proxy could not connect to the site', 'Прокси не смог подключиться к сайту'),
          t(
            'The proxy could not open a connection to the site. The number after the name is the system error: 111 means refused, 110 timed out, 113 no route to host.',
            'Прокси не смог открыть соединение с сайтом. Число после имени — системная ошибка: 111 — соединение отклонено, 110 — тайм-аут, 113 — нет маршрута до хоста.',
          ),
          t(
            'Check that the site is up and that the proxy host can reach it (firewall, routing, IPv6).',
            'Проверьте, что сайт работает и что хост прокси может к нему подключиться (файрвол, маршрутизация, IPv6).',
          ),
          upstreamTrouble,
        ),
        decodedValue(
          'secure-connect-fail',
          squidError('ERR_SECURE_CONNECT_FAIL'),
          t('TLS to the site failed', 'Не удалось установить TLS с сайтом'),
          t(
            'The proxy could not set up an encrypted connection to the site (certificate or TLS version problem).',
            'Прокси не смог установить шифрованное соединение с сайтом (проблема сертификата или версии TLS).',
          ),
          t(
            "Check the site certificate chain and the proxy's trusted CA list and TLS options.",
            'Проверьте цепочку сертификата сайта, список доверенных CA прокси и его настройки TLS.',
          ),
          upstreamTrouble,
        ),
        decodedValue(
          'socket-failure',
          squidError('ERR_SOCKET_FAILURE'),
          t('Proxy socket error', 'Ошибка сокета на прокси'),
          t(
            'The proxy could not create a network socket, usually because it ran out of file descriptors.',
            'Прокси не смог создать сетевой сокет — обычно потому, что закончились файловые дескрипторы.',
          ),
          t(
            'Raise max_filedescriptors and the system limit for the Squid user.',
            'Увеличьте max_filedescriptors и системный лимит для пользователя Squid.',
          ),
        ),
        // Names
        decodedValue(
          'dns-fail',
          squidError('ERR_DNS_FAIL'),
          t('Proxy could not resolve the name', 'Прокси не смог разрешить имя'),
          t(
            "The proxy's DNS lookup for the site's name failed.",
            'DNS-запрос прокси для имени сайта завершился ошибкой.',
          ),
          t(
            'Check the name servers Squid uses (dns_nameservers) and whether the domain exists.',
            'Проверьте DNS-серверы, которые использует Squid (dns_nameservers), и существует ли домен.',
          ),
          t(
            'Check the spelling of the address; if it is right, the name may be broken for everyone.',
            'Проверьте написание адреса; если оно верно, возможно, это имя не работает ни у кого.',
          ),
        ),
        decodedValue(
          'urn-resolve',
          squidError('ERR_URN_RESOLVE'),
          t('URN could not be resolved', 'Не удалось разрешить URN'),
          t('The proxy could not turn a URN into a web address.', 'Прокси не смог превратить URN в веб-адрес.'),
        ),
        // HTTP
        decodedValue(
          'only-if-cached-miss',
          squidError('ERR_ONLY_IF_CACHED_MISS'),
          t('Not in cache', 'Нет в кэше'),
          t(
            'The request allowed only a cached copy (only-if-cached), and the proxy had none.',
            'Запрос разрешал только копию из кэша (only-if-cached), а у прокси её не было.',
          ),
        ),
        decodedValue(
          'too-big',
          squidError('ERR_TOO_BIG'),
          t('Too large for the proxy', 'Слишком большой объём для прокси'),
          t(
            'The request or the reply is bigger than the proxy allows.',
            'Запрос или ответ больше, чем разрешает прокси.',
          ),
          t(
            'Check request_body_max_size and reply_body_max_size.',
            'Проверьте request_body_max_size и reply_body_max_size.',
          ),
          policy,
        ),
        decodedValue(
          'invalid-resp',
          squidError('ERR_INVALID_RESP'),
          t('Invalid response from the site', 'Некорректный ответ сайта'),
          t(
            'The site sent something the proxy could not read as a valid HTTP response.',
            'Сайт прислал то, что прокси не смог разобрать как корректный HTTP-ответ.',
          ),
          t(
            "Fix the site's response headers (line endings, duplicate or malformed headers).",
            'Исправьте заголовки ответа сайта (переводы строк, дублирующиеся или некорректные заголовки).',
          ),
          upstreamTrouble,
        ),
        decodedValue(
          'unsup-httpversion',
          squidError('ERR_UNSUP_HTTPVERSION'),
          t('Unsupported HTTP version', 'Неподдерживаемая версия HTTP'),
          t(
            'The request used an HTTP version the proxy does not handle.',
            'В запросе использована версия HTTP, которую прокси не поддерживает.',
          ),
        ),
        decodedValue(
          'invalid-req',
          squidError('ERR_INVALID_REQ'),
          t('Invalid request', 'Некорректный запрос'),
          t('The proxy could not parse the request it received.', 'Прокси не смог разобрать полученный запрос.'),
          undefined,
          badRequest,
        ),
        decodedValue(
          'unsup-req',
          squidError('ERR_UNSUP_REQ'),
          t('Unsupported request', 'Неподдерживаемый запрос'),
          t(
            'The proxy does not support this method or protocol combination.',
            'Прокси не поддерживает такое сочетание метода и протокола.',
          ),
        ),
        decodedValue(
          'invalid-url',
          squidError('ERR_INVALID_URL'),
          t('Invalid address', 'Некорректный адрес'),
          t('The proxy considers the requested address malformed.', 'Прокси считает запрошенный адрес некорректным.'),
          undefined,
          badRequest,
        ),
        decodedValue(
          'zero-size-object',
          squidError('ERR_ZERO_SIZE_OBJECT'),
          t('Empty answer from the site', 'Пустой ответ сайта'),
          t(
            'The site closed the connection without sending any data.',
            'Сайт закрыл соединение, не прислав никаких данных.',
          ),
          t(
            "Look at the site's server: it probably crashed or dropped the connection for this request.",
            'Посмотрите на сервер сайта: вероятно, он упал или оборвал соединение на этом запросе.',
          ),
          upstreamTrouble,
        ),
        decodedValue(
          'precondition-failed',
          squidError('ERR_PRECONDITION_FAILED'),
          t('Precondition failed', 'Условие запроса не выполнено'),
          t(
            'A condition in the request (If-Match and similar) was not met.',
            'Условие в запросе (If-Match и подобные) не выполнено.',
          ),
        ),
        decodedValue(
          'conflict-host',
          squidError('ERR_CONFLICT_HOST'),
          t('Host does not match the address', 'Хост не совпадает с адресом'),
          t(
            'The proxy found that the Host header does not match the IP the connection was heading to (a safety check of intercepting proxies).',
            'Прокси заметил, что заголовок Host не совпадает с IP-адресом, к которому шло соединение (проверка безопасности у перехватывающих прокси).',
          ),
          t(
            'Make sure the proxy and the clients use the same DNS servers (host_verify_strict).',
            'Убедитесь, что прокси и клиенты используют одни и те же DNS-серверы (host_verify_strict).',
          ),
        ),
        {
          id: 'ftp',
          match: /^ERR_FTP_\w+(\s|$)/i,
          title: t('FTP error through the proxy', 'Ошибка FTP через прокси'),
          summary: t(
            'The proxy failed while fetching an ftp:// address for you.',
            'Прокси не смог загрузить для вас адрес ftp://.',
          ),
        },
        // Other
        decodedValue(
          'esi',
          squidError('ERR_ESI'),
          t('ESI processing failed', 'Сбой обработки ESI'),
          t(
            'The proxy failed to assemble the page from its ESI parts.',
            'Прокси не смог собрать страницу из ESI-фрагментов.',
          ),
        ),
        decodedValue(
          'icap-failure',
          squidError('ERR_ICAP_FAILURE'),
          t('Content filter failed', 'Сбой фильтра содержимого'),
          t(
            'An ICAP service the proxy uses (antivirus or content filter) failed.',
            'Служба ICAP, которую использует прокси (антивирус или фильтр содержимого), дала сбой.',
          ),
          t(
            'Check the ICAP service status and the icap_service settings.',
            'Проверьте состояние службы ICAP и настройки icap_service.',
          ),
        ),
        decodedValue(
          'gateway-failure',
          squidError('ERR_GATEWAY_FAILURE'),
          t('Gateway failure', 'Сбой шлюза'),
          t(
            'The proxy could not complete the request through its gateway.',
            'Прокси не смог выполнить запрос через свой шлюз.',
          ),
          undefined,
          upstreamTrouble,
        ),
        decodedValue(
          'dir-listing',
          squidError('ERR_DIR_LISTING'),
          t('Directory listing', 'Список каталога'),
          t(
            'The proxy produced a directory listing (usually FTP).',
            'Прокси сформировал список каталога (обычно для FTP).',
          ),
        ),
        decodedValue(
          'shutting-down',
          squidError('ERR_SHUTTING_DOWN'),
          t('Proxy is shutting down', 'Прокси завершает работу'),
          t(
            'The proxy is stopping or restarting and does not take new requests.',
            'Прокси останавливается или перезапускается и не принимает новые запросы.',
          ),
          undefined,
          t('Wait a minute and try again.', 'Подождите минуту и попробуйте снова.'),
        ),
        decodedValue(
          'protocol-unknown',
          squidError('ERR_PROTOCOL_UNKNOWN'),
          t('Unknown protocol', 'Неизвестный протокол'),
          t(
            'The proxy does not know the protocol of the requested address.',
            'Прокси не знает протокол запрошенного адреса.',
          ),
        ),
        {
          // deny_info with a redirect or custom status writes "<status> Access Denied" instead of an ERR_ name.
          id: 'deny-info',
          match: /^\d{3}\s+Access Denied$/i,
          title: t('Blocked by proxy rules', 'Запрещено правилами прокси'),
          summary: t(
            'A proxy rule (deny_info) refused this request and answered with its own status.',
            'Правило прокси (deny_info) отклонило запрос и ответило собственным статусом.',
          ),
          owner: aclOwner,
          visitor: policy,
        },
      ],
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        "A 403 from Squid with X-Squid-Error: ERR_ACCESS_DENIED is the proxy's own rule, not the site's refusal; the site never saw the request.",
        '403 от Squid с X-Squid-Error: ERR_ACCESS_DENIED означает отказ по правилу самого прокси, а не отказ сайта; до сайта запрос не дошёл.',
      ),
    },
    {
      code: 407,
      note: t(
        'Squid wants proxy credentials before passing the request on (ERR_CACHE_ACCESS_DENIED).',
        'Squid требует учётные данные прокси, прежде чем пропустить запрос (ERR_CACHE_ACCESS_DENIED).',
      ),
    },
    {
      code: 503,
      note: t(
        'Squid usually answers 503 when it could not reach the site at all: a failed DNS lookup (ERR_DNS_FAIL) or a refused connection (ERR_CONNECT_FAIL). X-Squid-Error names which.',
        'Squid обычно отвечает 503, когда вообще не смог добраться до сайта: не удалось разрешить имя через DNS (ERR_DNS_FAIL) или соединение отклонено (ERR_CONNECT_FAIL). Какой случай — видно в X-Squid-Error.',
      ),
    },
    {
      code: 504,
      note: t(
        'A 504 from Squid usually means the site did not answer in time (ERR_READ_TIMEOUT or a connect time-out).',
        '504 от Squid обычно означает, что сайт не ответил вовремя (ERR_READ_TIMEOUT или тайм-аут подключения).',
      ),
    },
  ],
};
