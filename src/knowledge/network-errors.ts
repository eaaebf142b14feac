/**
 * Failures with no HTTP status: what webRequest.onErrorOccurred reports in `details.error`.
 * Chromium names are "net::ERR_*"; Firefox names are nsresult names (NS_ERROR_*, NS_BINDING_*)
 * or, for TLS and certificate problems, NSS / mozilla::pkix names (SEC_ERROR_*, SSL_ERROR_*,
 * MOZILLA_PKIX_ERROR_*). Each entry groups the names both browsers use for the same failure.
 */
import { t } from './text';
import type { NetworkError, Source, Words } from './types';

const chromium: Source = {
  title: 'Chromium net/base/net_error_list.h',
  url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
};

const gecko: Source = {
  title: 'Gecko xpcom/base/ErrorList.py',
  url: 'https://searchfox.org/mozilla-central/source/xpcom/base/ErrorList.py',
};

export const networkErrors: readonly NetworkError[] = [
  // ── DNS ──────────────────────────────────────────────────────────────────
  {
    id: 'net.name-not-resolved',
    names: ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST', 'NS_ERROR_DEFINITIVE_UNKNOWN_HOST'],
    title: t('Site name not found', 'Имя сайта не найдено'),
    summary: t(
      'The browser could not turn the host name into an IP address, so no connection was even attempted.',
      'Браузер не смог получить IP-адрес для имени сайта, поэтому до соединения дело не дошло.',
    ),
    visitor: t(
      'Check the spelling of the address. If it is right, try another network or DNS resolver (for example, turn mobile data on or off); your network may be failing to look names up.',
      'Проверьте, правильно ли набран адрес. Если правильно — попробуйте другую сеть или другой DNS-сервер (например, переключитесь на мобильный интернет): возможно, имена не находит ваша сеть.',
    ),
    owner: t(
      "Either the visitor's network cannot reach DNS, or the domain has no usable record. Check that the domain is registered and not expired, that the nameservers at the registrar are right, and that an A/AAAA or CNAME record exists for this exact host (dig +trace host).",
      'Виновата либо сеть посетителя, которая не может обратиться к DNS, либо у домена нет рабочей записи. Проверьте, что домен зарегистрирован и оплачен, что у регистратора указаны верные NS и что для этого имени есть запись A/AAAA или CNAME (dig +trace имя).',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.name-resolution-failed',
    names: [
      'net::ERR_NAME_RESOLUTION_FAILED',
      'net::ERR_DNS_SERVER_FAILED',
      'net::ERR_DNS_TIMED_OUT',
      'net::ERR_DNS_MALFORMED_RESPONSE',
    ],
    title: t('DNS lookup failed', 'Сбой DNS-запроса'),
    summary: t(
      'The DNS lookup itself broke: the resolver failed, timed out or sent an unreadable answer.',
      'Сбой в самом DNS-запросе: резолвер вернул ошибку, не ответил вовремя или прислал нечитаемый ответ.',
    ),
    visitor: t(
      'Reload in a minute. If it persists, switch networks, restart the router or pick another DNS resolver in your system settings.',
      'Обновите страницу через минуту. Если не помогло — смените сеть, перезапустите роутер или укажите другой DNS-сервер в настройках системы.',
    ),
    owner: t(
      "Usually the visitor's resolver is at fault, but a broken authoritative server (SERVFAIL, DNSSEC errors, lame delegation) causes the same thing. Test the domain with dig against several public resolvers and a DNSSEC checker.",
      'Чаще виноват резолвер посетителя, но то же самое бывает при сломанном авторитативном сервере (SERVFAIL, ошибки DNSSEC, неверное делегирование). Проверьте домен через dig на нескольких публичных резолверах и валидатором DNSSEC.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.icann-name-collision',
    names: ['net::ERR_ICANN_NAME_COLLISION'],
    title: t('Name collision address', 'Адрес-предупреждение о коллизии имён'),
    summary: t(
      'The name resolved to 127.0.53.53, the warning address a registry returns when a private (internal) name clashes with a public top-level domain.',
      'Имя разрешилось в 127.0.53.53 — этот адрес реестр отдаёт как предупреждение, когда внутреннее имя совпадает с публичным доменом верхнего уровня.',
    ),
    visitor: t(
      'This name is meant for an internal network. Ask whoever gave you the link, or connect to the company network or VPN first.',
      'Это имя предназначено для внутренней сети. Уточните у того, кто дал ссылку, или сначала подключитесь к корпоративной сети или VPN.',
    ),
    owner: t(
      'An internal host name now collides with a delegated public TLD. Move internal services to a name under a domain you own (or home.arpa) and update the internal DNS.',
      'Внутреннее имя хоста совпало с делегированным публичным доменом верхнего уровня. Перенесите внутренние сервисы на имя в своём домене (или в home.arpa) и обновите внутренний DNS.',
    ),
    producer: 'network',
    source: chromium,
  },

  // ── Connection ───────────────────────────────────────────────────────────
  {
    id: 'net.connection-refused',
    names: ['net::ERR_CONNECTION_REFUSED', 'NS_ERROR_CONNECTION_REFUSED'],
    title: t('Connection refused', 'В соединении отказано'),
    summary: t(
      'The address answered, but nothing accepted a connection on that port.',
      'По этому адресу кто-то ответил, но на нужном порту соединение никто не принял.',
    ),
    visitor: t(
      'The site is probably down or restarting. Try again in a few minutes.',
      'Скорее всего, сайт не работает или перезапускается. Попробуйте через несколько минут.',
    ),
    owner: t(
      'Check that the web server (or the load balancer listener) is running and listening on this port and address family (IPv4 and IPv6), and that a firewall is not rejecting the port. In Firefox the same name also covers "host unreachable".',
      'Проверьте, что веб-сервер (или listener балансировщика) запущен и слушает этот порт на нужном семействе адресов (IPv4 и IPv6) и что файрвол не отклоняет порт. В Firefox это же имя означает и «узел недоступен».',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.connection-reset',
    names: ['net::ERR_CONNECTION_RESET', 'NS_ERROR_NET_RESET'],
    title: t('Connection reset', 'Соединение сброшено'),
    summary: t(
      'The other side (the server or something on the way) tore the connection down abruptly.',
      'Другая сторона — сервер или кто-то по пути — резко оборвала соединение.',
    ),
    visitor: t(
      'Reload the page. If it keeps happening only on this network, a firewall, antivirus or filtering proxy may be cutting the connection.',
      'Обновите страницу. Если ошибка бывает только в этой сети, соединение может обрывать файрвол, антивирус или фильтрующий прокси.',
    ),
    owner: t(
      'Look for crashed or restarted worker processes, idle or keep-alive timeouts that are shorter than the load balancer\'s, and deliberate drops (nginx "return 444", WAF rules). Firefox also reports a server that closes without sending anything under this name.',
      'Ищите упавшие или перезапущенные процессы, тайм-ауты простоя и keep-alive короче, чем у балансировщика, и намеренные обрывы (nginx «return 444», правила WAF). Firefox под этим же именем сообщает и о сервере, который закрыл соединение, ничего не отправив.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.connection-closed',
    names: ['net::ERR_CONNECTION_CLOSED', 'NS_ERROR_NET_INTERRUPT'],
    title: t('Connection closed', 'Соединение закрыто'),
    summary: t(
      'The connection was closed before the transfer finished.',
      'Соединение закрылось до того, как передача завершилась.',
    ),
    visitor: t('Reload the page; it is often a one-off.', 'Обновите страницу: часто это разовый сбой.'),
    owner: t(
      'The server or a proxy closed the socket mid-transfer. Check for process restarts, response or send timeouts, and TLS termination that drops long requests.',
      'Сервер или прокси закрыл сокет посреди передачи. Проверьте перезапуски процессов, тайм-ауты ответа и отправки, а также TLS-терминатор, который обрывает долгие запросы.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.connection-aborted',
    names: ['net::ERR_CONNECTION_ABORTED'],
    title: t('Connection aborted', 'Соединение прервано'),
    summary: t(
      'Data was sent but never acknowledged, so the connection was given up.',
      'Данные были отправлены, но подтверждения так и не пришло, и от соединения отказались.',
    ),
    visitor: t(
      'Check your connection and reload; unstable Wi-Fi or a VPN are common causes.',
      'Проверьте подключение и обновите страницу: частая причина — нестабильный Wi-Fi или VPN.',
    ),
    owner: t(
      'Packets are being lost between the visitor and the server. Look for MTU problems on tunnels, overloaded links, or a server that stops reading under load.',
      'Между посетителем и сервером теряются пакеты. Проверьте MTU на туннелях, перегруженные каналы и сервер, который под нагрузкой перестаёт читать данные.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.connection-failed',
    names: ['net::ERR_CONNECTION_FAILED'],
    title: t('Connection failed', 'Не удалось подключиться'),
    summary: t(
      'The attempt to connect failed for a reason the browser did not narrow down.',
      'Подключиться не удалось, причину браузер не уточнил.',
    ),
    visitor: t(
      "Reload, then try another network. If other sites work, the problem is likely on the site's side.",
      'Обновите страницу, затем попробуйте другую сеть. Если другие сайты открываются, проблема, скорее всего, на стороне сайта.',
    ),
    owner: t(
      'Check that the server is reachable on this port from outside (curl -v from another network) and that no firewall or security group drops the traffic.',
      'Проверьте, что сервер доступен на этом порту извне (curl -v из другой сети) и что трафик не блокирует файрвол или группа безопасности (security group).',
    ),
    producer: 'unknown',
    source: chromium,
  },
  {
    id: 'net.connection-timed-out',
    names: ['net::ERR_CONNECTION_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT'],
    title: t('Connection timed out', 'Истекло время ожидания соединения'),
    summary: t(
      'The server did not answer in time: no reply to the connection attempt, or it went silent afterwards.',
      'Сервер не ответил вовремя: либо не откликнулся на попытку подключения, либо замолчал уже после неё.',
    ),
    visitor: t(
      'Try again later. If only this network is affected, it may be blocking the site.',
      'Попробуйте позже. Если проблема только в этой сети, возможно, она блокирует сайт.',
    ),
    owner: t(
      'Silence usually means a firewall or security group that drops packets instead of rejecting them, a server that is down behind a reachable IP, or a saturated accept queue. Check the listener, firewall rules and server load.',
      'Молчание обычно означает файрвол или группу безопасности, которые молча отбрасывают пакеты, а не отклоняют их, упавший сервер за доступным IP или переполненную очередь входящих соединений. Проверьте listener, правила файрвола и нагрузку.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.timed-out',
    names: ['net::ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT_EXTERNAL'],
    title: t('Request timed out', 'Истекло время ожидания запроса'),
    summary: t(
      'The request took too long and the browser stopped waiting.',
      'Запрос шёл слишком долго, и браузер перестал ждать.',
    ),
    visitor: t('Try again later; the site may be overloaded.', 'Попробуйте позже: сайт может быть перегружен.'),
    owner: t(
      'Find out which step is slow: time to first byte in the developer tools, slow upstreams in the server logs, or a stalled long-polling request.',
      'Найдите медленный этап: время до первого байта в инструментах разработчика, медленные бэкенды в журналах сервера или зависший long-polling-запрос.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.internet-disconnected',
    names: ['net::ERR_INTERNET_DISCONNECTED', 'NS_ERROR_OFFLINE'],
    title: t('No internet connection', 'Нет подключения к интернету'),
    summary: t(
      'The device was offline (or Firefox was in offline mode) when the request was made.',
      'В момент запроса устройство было без сети (или Firefox работал в автономном режиме).',
    ),
    visitor: t(
      'Reconnect to the network and reload. In Firefox, also check that "Work Offline" is off.',
      'Восстановите подключение и обновите страницу. В Firefox также проверьте, что режим «Работать автономно» выключен.',
    ),
    owner: t(
      'Nothing to fix on the site; the visitor was offline. A service worker with an offline page can soften this.',
      'На сайте исправлять нечего: посетитель был без сети. Смягчить это может сервис-воркер с офлайн-страницей.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.network-changed',
    names: ['net::ERR_NETWORK_CHANGED'],
    title: t('Network changed', 'Сеть сменилась'),
    summary: t(
      'The device switched networks (Wi-Fi, VPN, cable) while the request was in flight.',
      'Пока шёл запрос, устройство переключилось на другую сеть (Wi-Fi, VPN, кабель).',
    ),
    visitor: t(
      'Reload the page. If it happens constantly, a VPN or an unstable adapter keeps reconnecting.',
      'Обновите страницу. Если это происходит постоянно, какой-то VPN или нестабильный адаптер всё время переподключается.',
    ),
    owner: t('Nothing to fix on the site.', 'На сайте исправлять нечего.'),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.address-unreachable',
    names: ['net::ERR_ADDRESS_UNREACHABLE'],
    title: t('Address unreachable', 'Адрес недоступен'),
    summary: t(
      "There is no route from this device to the server's IP address.",
      'От этого устройства нет маршрута до IP-адреса сервера.',
    ),
    visitor: t(
      'Check your network and VPN. If the site is meant for an internal network, connect to it first.',
      'Проверьте сеть и VPN. Если сайт работает только во внутренней сети, сначала подключитесь к ней.',
    ),
    owner: t(
      'Check that DNS points at a public address (not a private or stale one) and that IPv6 records are reachable if you publish AAAA. Firefox reports this case as NS_ERROR_CONNECTION_REFUSED.',
      'Проверьте, что DNS указывает на публичный адрес (а не на частный или устаревший) и что IPv6 действительно доступен, если опубликована запись AAAA. Firefox сообщает об этом как NS_ERROR_CONNECTION_REFUSED.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.network-access-denied',
    names: ['net::ERR_NETWORK_ACCESS_DENIED'],
    title: t('Network access denied', 'Доступ к сети запрещён'),
    summary: t(
      'The operating system refused to let the browser reach the network, usually because of a firewall or security software.',
      'Операционная система не дала браузеру выйти в сеть — обычно из-за файрвола или защитной программы.',
    ),
    visitor: t(
      'Check the firewall, antivirus or parental-control settings on this device and allow the browser.',
      'Проверьте настройки файрвола, антивируса или родительского контроля на этом устройстве и разрешите браузеру доступ.',
    ),
    owner: t(
      "Nothing to fix on the site; the block is on the visitor's device.",
      'На сайте исправлять нечего: блокировка стоит на устройстве посетителя.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.access-denied',
    names: ['net::ERR_ACCESS_DENIED'],
    title: t('Access denied', 'Доступ запрещён'),
    summary: t(
      'The browser was not allowed to read a local resource (a file or a device), as opposed to a network failure.',
      'Браузеру не разрешили прочитать локальный ресурс (файл или устройство) — сеть тут ни при чём.',
    ),
    visitor: t(
      "Check the file permissions or the browser's site permissions for this page.",
      'Проверьте права доступа к файлу или разрешения браузера для этой страницы.',
    ),
    owner: t(
      'Usually a file:// URL or a blocked local resource. Serve the resource over HTTP(S) instead.',
      'Обычно это адрес file:// или заблокированный локальный ресурс. Отдавайте ресурс по HTTP(S).',
    ),
    producer: 'browser',
    source: chromium,
  },

  // ── Proxies ──────────────────────────────────────────────────────────────
  {
    id: 'net.proxy-connection-failed',
    names: ['net::ERR_PROXY_CONNECTION_FAILED', 'NS_ERROR_PROXY_CONNECTION_REFUSED', 'NS_ERROR_UNKNOWN_PROXY_HOST'],
    title: t('Proxy unreachable', 'Прокси недоступен'),
    summary: t(
      'The browser is set to use a proxy, and that proxy could not be reached.',
      'Браузер настроен работать через прокси, а подключиться к этому прокси не удалось.',
    ),
    visitor: t(
      'Check the proxy settings of the browser or system (and any proxy or VPN extension). Turn the proxy off if you do not need it.',
      'Проверьте настройки прокси в браузере или системе (и расширения для прокси или VPN). Если прокси не нужен, отключите его.',
    ),
    owner: t(
      "Nothing to fix on the site; the visitor's proxy is down or misconfigured.",
      'На сайте исправлять нечего: прокси посетителя не работает или настроен неверно.',
    ),
    producer: 'proxy',
    source: chromium,
  },
  {
    id: 'net.tunnel-failed',
    names: [
      'net::ERR_TUNNEL_CONNECTION_FAILED',
      'NS_ERROR_PROXY_BAD_GATEWAY',
      'NS_ERROR_PROXY_GATEWAY_TIMEOUT',
      'NS_ERROR_PROXY_SERVICE_UNAVAILABLE',
      'NS_ERROR_PROXY_INTERNAL_SERVER_ERROR',
      'NS_ERROR_PROXY_FORBIDDEN',
      'NS_ERROR_PROXY_AUTHENTICATION_FAILED',
    ],
    title: t('Proxy tunnel failed', 'Прокси не открыл туннель'),
    summary: t(
      "The proxy refused or failed to open a tunnel (HTTP CONNECT) to the site; in Firefox the name carries the proxy's status (bad gateway, timeout, forbidden, authentication).",
      'Прокси отказался или не смог открыть туннель (HTTP CONNECT) к сайту; в Firefox имя ошибки содержит статус прокси (bad gateway, тайм-аут, запрет, аутентификация).',
    ),
    visitor: t(
      'The proxy you go through could not reach the site or does not allow it. Contact your network administrator or try without the proxy.',
      'Прокси, через который вы работаете, не смог подключиться к сайту или не пропускает его. Обратитесь к администратору сети или попробуйте без прокси.',
    ),
    owner: t(
      'If many visitors behind corporate proxies report it, check whether the site is on a proxy category blocklist or reachable only on a non-standard port.',
      'Если об этом сообщают многие посетители из-за корпоративных прокси, проверьте, не попал ли сайт в чёрный список категорий прокси и не работает ли он только на нестандартном порту.',
    ),
    producer: 'proxy',
    source: chromium,
  },

  // ── TLS ──────────────────────────────────────────────────────────────────
  {
    id: 'net.ssl-protocol-error',
    names: ['net::ERR_SSL_PROTOCOL_ERROR', 'SSL_ERROR_RX_RECORD_TOO_LONG'],
    title: t('Secure connection failed', 'Не удалось установить защищённое соединение'),
    summary: t(
      'The TLS handshake broke: the server sent something that is not valid TLS.',
      'TLS-рукопожатие не удалось: сервер прислал что-то, что не является корректным TLS.',
    ),
    visitor: t(
      'Try again later or from another network; antivirus HTTPS scanning can also cause this.',
      'Попробуйте позже или из другой сети; причиной может быть и проверка HTTPS антивирусом.',
    ),
    owner: t(
      'The classic cause is plain HTTP served on port 443 (a listen directive without ssl, or a wrong upstream port). Test with openssl s_client -connect host:443 -servername host.',
      'Классическая причина — обычный HTTP на порту 443 (listen без ssl или неверный порт бэкенда). Проверьте командой openssl s_client -connect host:443 -servername host.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.ssl-version-or-cipher-mismatch',
    names: [
      'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH',
      'SSL_ERROR_NO_CYPHER_OVERLAP',
      'SSL_ERROR_UNSUPPORTED_VERSION',
      'SSL_ERROR_PROTOCOL_VERSION_ALERT',
    ],
    title: t('No common TLS version or cipher', 'Нет общей версии TLS или шифра'),
    summary: t(
      'The browser and the server could not agree on a TLS version or cipher suite.',
      'Браузер и сервер не договорились о версии TLS или наборе шифров.',
    ),
    visitor: t(
      'Update the browser. If it is already current, the site uses outdated security and only its owner can fix it.',
      'Обновите браузер. Если у вас уже последняя версия, значит, сайт использует устаревшую защиту, и исправить это может только его владелец.',
    ),
    owner: t(
      'Enable TLS 1.2 and 1.3 with modern ECDHE/AES-GCM or ChaCha20 suites; servers that offer only TLS 1.0/1.1 or RC4/3DES fail in current browsers. Also check that the certificate for this name is actually installed (missing SNI match).',
      'Включите TLS 1.2 и 1.3 с современными наборами ECDHE/AES-GCM или ChaCha20: серверы только с TLS 1.0/1.1 или RC4/3DES не работают в нынешних браузерах. Проверьте также, что для этого имени действительно установлен сертификат (нет совпадения по SNI).',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.ssl-client-auth-cert-needed',
    names: ['net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED', 'SSL_ERROR_RX_CERTIFICATE_REQUIRED_ALERT'],
    title: t('Client certificate required', 'Нужен клиентский сертификат'),
    summary: t(
      'The server asked the browser to prove its identity with a client certificate, and none was provided.',
      'Сервер попросил браузер подтвердить личность клиентским сертификатом, а сертификат предъявлен не был.',
    ),
    visitor: t(
      'Install the certificate your organisation issued (or insert the smart card) and choose it when the browser asks.',
      'Установите сертификат, выданный вашей организацией (или вставьте смарт-карту), и выберите его, когда браузер спросит.',
    ),
    owner: t(
      'Mutual TLS is on for this host (ssl_verify_client, clientCertEnabled, an mTLS policy). Make it optional or limit it to the paths that need it if public visitors should get in.',
      'Для этого хоста включён взаимный TLS (ssl_verify_client, clientCertEnabled, политика mTLS). Если сайт должен быть публичным, сделайте проверку необязательной или ограничьте её нужными путями.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.bad-ssl-client-auth-cert',
    names: ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'SSL_ERROR_BAD_CERT_ALERT'],
    title: t('Client certificate rejected', 'Клиентский сертификат отклонён'),
    summary: t(
      'The server did not accept the client certificate the browser presented.',
      'Сервер не принял клиентский сертификат, который предъявил браузер.',
    ),
    visitor: t(
      'The certificate may be expired or meant for another system. Pick a different one or ask your administrator for a new one.',
      'Возможно, сертификат просрочен или выдан для другой системы. Выберите другой или запросите новый у администратора.',
    ),
    owner: t(
      "Check the CA bundle the server trusts for client certificates and the certificate's validity and key usage.",
      'Проверьте, каким центрам сертификации сервер доверяет для клиентских сертификатов, а также срок действия и назначение ключа сертификата.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.tls13-downgrade-detected',
    names: ['net::ERR_TLS13_DOWNGRADE_DETECTED'],
    title: t('TLS downgrade detected', 'Обнаружено понижение версии TLS'),
    summary: t(
      'Something between the browser and the site forced an older TLS version, which TLS 1.3 treats as a possible attack.',
      'Кто-то между браузером и сайтом навязал старую версию TLS, а TLS 1.3 считает это признаком возможной атаки.',
    ),
    visitor: t(
      'This is most often an outdated HTTPS-inspecting proxy or antivirus. Update it or turn off its HTTPS scanning, or try another network.',
      'Чаще всего это устаревший прокси или антивирус, который проверяет HTTPS. Обновите его или отключите в нём проверку HTTPS, либо попробуйте другую сеть.',
    ),
    owner: t(
      'Rarely the site itself: a server or load balancer that half-supports TLS 1.3 can trigger it. Test from a clean network.',
      'Сам сайт виноват редко: такое может вызвать сервер или балансировщик с неполной поддержкой TLS 1.3. Проверьте из другой сети, где трафик не фильтруется.',
    ),
    producer: 'proxy',
    source: chromium,
  },
  {
    id: 'net.http2-inadequate-security',
    names: ['net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', 'NS_ERROR_NET_INADEQUATE_SECURITY'],
    title: t('TLS too weak for HTTP/2', 'Настройки TLS слишком слабы для HTTP/2'),
    summary: t(
      'The connection used HTTP/2 with a TLS setup that HTTP/2 forbids (an old cipher or version).',
      'Соединение шло по HTTP/2 с такими настройками TLS, которые HTTP/2 запрещает (старый шифр или версия).',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Put AEAD ECDHE suites first in the server cipher order, or disable HTTP/2 until the TLS configuration is modern.',
      'Поставьте AEAD-наборы с ECDHE первыми в порядке шифров сервера или отключите HTTP/2, пока настройки TLS не обновлены.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.pinned-key-not-in-chain',
    names: ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE'],
    title: t('Certificate pin mismatch', 'Сертификат не совпал с закреплённым ключом'),
    summary: t(
      "The browser keeps a short list of keys that this site's certificate chain must contain, and the chain it received had none of them, although it leads to a publicly trusted root.",
      'Браузер хранит для этого сайта короткий список ключей, один из которых обязан быть в цепочке сертификатов, а в полученной цепочке нет ни одного — хотя она ведёт к общедоступному доверенному корню.',
    ),
    visitor: t(
      'Do not go on, and do not type passwords here. Antivirus HTTPS scanning and company proxies do not cause this: both browsers skip the pin check when the chain ends at a root installed on the computer. Someone on this network may be presenting a certificate that is not the site’s, so try another network; if it fails everywhere, the site probably changed its certificate and will have to fix it.',
      'Не продолжайте и не вводите здесь пароли. Антивирус с проверкой HTTPS и корпоративный прокси тут ни при чём: оба браузера не проверяют закреплённые ключи, если цепочка ведёт к корню, установленному на компьютере. Возможно, кто-то в этой сети подменяет сертификат сайта — попробуйте другую сеть; если ошибка везде, скорее всего, сайт сменил сертификат и исправлять это должен он.',
    ),
    owner: t(
      'Browsers ship key pins for only a few large sites. If this is yours, check that the new certificate or CA still chains through one of the pinned keys, and keep a backup key in the pin set before changing CAs. If it fails only on some networks, look for a certificate issued to someone else for your name (Certificate Transparency logs).',
      'Браузеры закрепляют ключи лишь для немногих крупных сайтов. Если это ваш, проверьте, что новый сертификат или удостоверяющий центр по-прежнему содержит в цепочке один из закреплённых ключей, и до смены центра держите в наборе запасной ключ. Если сбой только в некоторых сетях, поищите в журналах Certificate Transparency сертификат на ваше имя, выданный кому-то другому.',
    ),
    producer: 'network',
    source: {
      title: 'Chromium Security FAQ: How does key pinning interact with local proxies and filters?',
      url: 'https://chromium.googlesource.com/chromium/src/+/HEAD/docs/security/faq.md#how-does-key-pinning-interact-with-local-proxies-and-filters',
    },
  },

  // ── Certificates ─────────────────────────────────────────────────────────
  {
    id: 'net.cert-common-name-invalid',
    names: ['net::ERR_CERT_COMMON_NAME_INVALID', 'SSL_ERROR_BAD_CERT_DOMAIN'],
    title: t('Certificate is for another name', 'Сертификат выдан на другое имя'),
    summary: t(
      "The site's certificate does not list the host name in the address bar.",
      'В сертификате сайта нет того имени, что в адресной строке.',
    ),
    visitor: t(
      'Check the address (with or without "www"). Do not enter passwords on this page until the owner fixes it.',
      'Проверьте адрес (с «www» или без). Не вводите пароли на этой странице, пока владелец не исправит ошибку.',
    ),
    owner: t(
      "Add this exact name to the certificate's Subject Alternative Names (www and apex are different names), or fix the server block / SNI so that the right certificate is served for this host.",
      'Добавьте это имя в Subject Alternative Names сертификата (www и домен без www — разные имена) или поправьте server-блок / SNI, чтобы для этого хоста отдавался нужный сертификат.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-date-invalid',
    names: [
      'net::ERR_CERT_DATE_INVALID',
      'SEC_ERROR_EXPIRED_CERTIFICATE',
      'SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE',
      'MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE',
      'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE',
    ],
    title: t('Certificate expired or not yet valid', 'Сертификат просрочен или ещё не действует'),
    summary: t(
      "The certificate's validity dates do not include the current date as this device sees it.",
      'Текущая дата, как её видит это устройство, не попадает в срок действия сертификата.',
    ),
    visitor: t(
      "First check your device's date, time and time zone: a wrong clock makes every site look like this. If the clock is right, the site's certificate has expired.",
      'Сначала проверьте дату, время и часовой пояс на устройстве: при сбитых часах так выглядят все сайты. Если часы верные, у сайта истёк сертификат.',
    ),
    owner: t(
      'Renew the certificate and make sure the renewal is deployed to every server and load balancer (automatic renewal jobs often fail silently). Also check that intermediate certificates in the chain are current.',
      'Продлите сертификат и убедитесь, что новый установлен на всех серверах и балансировщиках (автопродление часто ломается незаметно). Проверьте и сроки промежуточных сертификатов в цепочке.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-authority-invalid',
    names: [
      'net::ERR_CERT_AUTHORITY_INVALID',
      'SEC_ERROR_UNKNOWN_ISSUER',
      'SEC_ERROR_UNTRUSTED_ISSUER',
      'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
    ],
    title: t('Certificate not trusted', 'Сертификату нет доверия'),
    summary: t(
      'The certificate is self-signed or comes from an issuer the browser does not trust, or the chain to a trusted root is incomplete.',
      'Сертификат самоподписанный или выдан центром, которому браузер не доверяет, либо цепочка до доверенного корня неполная.',
    ),
    visitor: t(
      'On a public site, do not continue. If it happens on many sites, antivirus HTTPS scanning or a corporate proxy is probably intercepting traffic.',
      'На публичном сайте не продолжайте. Если так на многих сайтах, трафик, скорее всего, перехватывает антивирус с проверкой HTTPS или корпоративный прокси.',
    ),
    owner: t(
      'Serve the full chain (leaf plus intermediates, e.g. fullchain.pem) from a publicly trusted CA. Browsers often hide a missing intermediate: Chrome can download it, and Firefox (since version 75) fills the gap from its preloaded copy of every publicly disclosed intermediate. Other clients (apps, curl, older phones) still fail, so test the chain with an SSL checker rather than a browser.',
      'Отдавайте полную цепочку (конечный сертификат и промежуточные, например fullchain.pem) от публично доверенного центра. Браузеры часто скрывают нехватку промежуточного сертификата: Chrome умеет его скачать, а Firefox (начиная с версии 75) берёт его из заранее загруженного набора всех раскрытых промежуточных сертификатов. Другие клиенты (приложения, curl, старые телефоны) при этом всё равно выдают ошибку, так что проверяйте цепочку онлайн-проверкой SSL, а не браузером.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-contains-errors',
    names: ['net::ERR_CERT_CONTAINS_ERRORS'],
    title: t('Certificate is malformed', 'Сертификат повреждён'),
    summary: t(
      'The certificate has errors that prevent it from being read.',
      'В сертификате есть ошибки, из-за которых его нельзя разобрать.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Reissue the certificate and check the served PEM with openssl x509 -text for encoding mistakes.',
      'Перевыпустите сертификат и проверьте отдаваемый PEM через openssl x509 -text на ошибки кодирования.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-revoked',
    names: ['net::ERR_CERT_REVOKED', 'SEC_ERROR_REVOKED_CERTIFICATE'],
    title: t('Certificate revoked', 'Сертификат отозван'),
    summary: t(
      'The issuer has withdrawn this certificate, so it must no longer be trusted.',
      'Центр сертификации, выпустивший этот сертификат, отозвал его, и доверять ему больше нельзя.',
    ),
    visitor: t(
      'Do not continue to this site until the owner fixes it.',
      'Не заходите на сайт, пока владелец не исправит ошибку.',
    ),
    owner: t(
      'Install a newly issued certificate (revocation usually follows a key compromise or a CA mis-issuance) and remove the old one from every server.',
      'Установите заново выпущенный сертификат (отзыв обычно следует за компрометацией ключа или ошибкой центра сертификации) и уберите старый со всех серверов.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-invalid',
    names: ['net::ERR_CERT_INVALID', 'SEC_ERROR_INADEQUATE_KEY_USAGE', 'MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY'],
    title: t('Certificate invalid', 'Сертификат недействителен'),
    summary: t(
      'The certificate is unusable for this connection, for example because of its key usage or because it is a CA certificate used as a site certificate.',
      'Сертификат не годится для этого соединения — например, из-за назначения ключа или потому, что сертификат центра сертификации стоит вместо сертификата сайта.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Check the certificate\'s extensions (key usage, extended key usage "serverAuth", basic constraints) and reissue it from a proper CA.',
      'Проверьте расширения сертификата (key usage, extended key usage «serverAuth», basic constraints) и перевыпустите его в подходящем центре сертификации.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-weak-signature',
    names: ['net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED'],
    title: t('Certificate signature too weak', 'Слабая подпись сертификата'),
    summary: t(
      'The certificate (or one in its chain) is signed with an algorithm browsers no longer accept, such as SHA-1.',
      'Сертификат (или один из сертификатов цепочки) подписан алгоритмом, который браузеры больше не принимают, например SHA-1.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Reissue the certificate with SHA-256 or stronger and replace any old intermediates.',
      'Перевыпустите сертификат с SHA-256 или сильнее и замените старые промежуточные сертификаты.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-transparency-required',
    names: ['net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY'],
    title: t('Certificate not publicly logged', 'Сертификат не внесён в публичные журналы'),
    summary: t(
      'The certificate lacks proof that it was recorded in Certificate Transparency logs, which the browser requires.',
      'У сертификата нет подтверждения записи в журналы Certificate Transparency, а браузер этого требует.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Get a certificate from a public CA that embeds SCTs (all major ones do). A private or enterprise CA must be trusted locally instead, which exempts it.',
      'Получите сертификат у публичного центра, который встраивает SCT (это делают все крупные). Частный или корпоративный центр нужно добавить в доверенные локально — тогда требование на него не распространяется.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-symantec-legacy',
    names: ['net::ERR_CERT_SYMANTEC_LEGACY'],
    title: t('Distrusted legacy Symantec certificate', 'Недоверенный старый сертификат Symantec'),
    summary: t(
      'The certificate chains to a legacy Symantec root that browsers stopped trusting in 2018.',
      'Цепочка сертификата ведёт к старому корню Symantec, которому браузеры перестали доверять в 2018 году.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Replace the certificate with one from a currently trusted CA.',
      'Замените сертификат на выпущенный центром, которому браузеры доверяют сейчас.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.cert-known-interception-blocked',
    names: ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED'],
    title: t('Known interception certificate blocked', 'Заблокирован сертификат для перехвата'),
    summary: t(
      "The certificate belongs to an issuer known to be used for intercepting traffic without the device owner's consent, and the browser blocks it.",
      'Сертификат выдан центром, который, как известно, используют для перехвата трафика без согласия владельца устройства, и браузер его блокирует.',
    ),
    visitor: t(
      'Your connection is being intercepted by your network or provider. Use another network or a trusted VPN, and remove any root certificate you were asked to install.',
      'Ваше соединение перехватывает сеть или провайдер. Воспользуйтесь другой сетью или надёжным VPN и удалите корневой сертификат, который вас просили установить.',
    ),
    owner: t(
      "Nothing to fix on the site; the interception happens on the visitor's network.",
      'На сайте исправлять нечего: перехват происходит в сети посетителя.',
    ),
    producer: 'network',
    source: chromium,
  },
  {
    id: 'net.cert-interception-detected',
    names: ['MOZILLA_PKIX_ERROR_MITM_DETECTED'],
    title: t('HTTPS interception detected', 'Обнаружен перехват HTTPS'),
    summary: t(
      'Firefox found that software or a proxy is replacing site certificates with its own, and that issuer is not trusted.',
      'Firefox обнаружил, что программа или прокси подменяет сертификаты сайтов своими, а издателю этих сертификатов браузер не доверяет.',
    ),
    visitor: t(
      "Usually antivirus HTTPS scanning or a corporate proxy. Turn the scanning off, or ask your administrator to install the proxy's root certificate properly.",
      'Обычно это проверка HTTPS в антивирусе или корпоративный прокси. Отключите проверку или попросите администратора правильно установить корневой сертификат прокси.',
    ),
    owner: t(
      "Nothing to fix on the site; the interception happens on the visitor's side.",
      'На сайте исправлять нечего: перехват происходит на стороне посетителя.',
    ),
    producer: 'proxy',
    source: {
      title: 'Gecko security/manager/ssl (mozilla::pkix error MOZILLA_PKIX_ERROR_MITM_DETECTED)',
      url: 'https://searchfox.org/mozilla-central/source/security/manager/ssl/NSSErrorsService.cpp',
    },
  },
  {
    id: 'net.insecure-response',
    names: ['net::ERR_INSECURE_RESPONSE'],
    title: t('Insecure response', 'Небезопасный ответ'),
    summary: t(
      'A resource was refused because its secure connection had a problem, most often a certificate error.',
      'Ресурс отклонён из-за проблемы с его защищённым соединением — чаще всего из-за ошибки сертификата.',
    ),
    visitor: t(
      "Open the resource's address directly to see the exact certificate error.",
      'Откройте адрес ресурса напрямую, чтобы увидеть точную ошибку сертификата.',
    ),
    owner: t(
      'Check the certificate of the host serving this resource (often a separate CDN, API or asset domain).',
      'Проверьте сертификат хоста, который отдаёт ресурс (часто это отдельный домен CDN, API или статики).',
    ),
    producer: 'origin',
    source: chromium,
  },

  // ── Redirects and URLs ───────────────────────────────────────────────────
  {
    id: 'net.too-many-redirects',
    names: ['net::ERR_TOO_MANY_REDIRECTS', 'NS_ERROR_REDIRECT_LOOP'],
    title: t('Too many redirects', 'Слишком много перенаправлений'),
    summary: t(
      'The site kept redirecting, usually in a loop, and the browser gave up.',
      'Сайт перенаправлял снова и снова, обычно по кругу, и браузер прекратил попытки.',
    ),
    visitor: t(
      "Clear this site's cookies and reload; a stale login or language cookie often causes the loop.",
      'Удалите cookie этого сайта и обновите страницу: петлю часто вызывает устаревшая cookie входа или языка.',
    ),
    owner: t(
      'Follow the chain with curl -IL. Typical loops: HTTPS forced both at the CDN and at the origin while the CDN talks to the origin over HTTP (Cloudflare "Flexible" SSL), www ↔ apex rules that contradict each other, or a login redirect that never sets its cookie.',
      'Пройдите цепочку через curl -IL. Типичные петли: HTTPS принудительно включён и на CDN, и на сервере, а CDN ходит к серверу по HTTP (режим Cloudflare «Flexible»), противоречащие друг другу правила www ↔ домен без www или перенаправление на страницу входа, которое так и не ставит cookie.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.invalid-redirect',
    names: ['net::ERR_INVALID_REDIRECT'],
    title: t('Invalid redirect', 'Некорректное перенаправление'),
    summary: t(
      'The server redirected to an address that is not a valid URL.',
      'Сервер перенаправил на адрес, который не является корректным URL.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Look at the Location header of the redirect: broken escaping, stray spaces or an empty value are common.',
      'Посмотрите заголовок Location у перенаправления: частые причины — сломанное экранирование, лишние пробелы или пустое значение.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.unsafe-redirect',
    names: ['net::ERR_UNSAFE_REDIRECT'],
    title: t('Unsafe redirect blocked', 'Заблокировано небезопасное перенаправление'),
    summary: t(
      'The server redirected to a kind of address the browser does not allow as a redirect target (such as file: or an internal browser page).',
      'Сервер перенаправил на адрес такого вида, куда браузер не разрешает перенаправлять (например, file: или внутренняя страница браузера).',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t('Change the redirect target to an http(s) URL.', 'Смените цель перенаправления на адрес http(s).'),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.invalid-url',
    names: [
      'net::ERR_INVALID_URL',
      'net::ERR_UNKNOWN_URL_SCHEME',
      'NS_ERROR_MALFORMED_URI',
      'NS_ERROR_UNKNOWN_PROTOCOL',
    ],
    title: t('Invalid address', 'Некорректный адрес'),
    summary: t(
      'The address is malformed or uses a scheme the browser cannot open.',
      'Адрес записан с ошибкой или использует схему, которую браузер открыть не может.',
    ),
    visitor: t(
      'Check the link. An unknown scheme may need an app that is not installed.',
      'Проверьте ссылку. Для неизвестной схемы может требоваться приложение, которое не установлено.',
    ),
    owner: t(
      'Fix the link or the script that builds this URL.',
      'Исправьте ссылку или скрипт, который собирает этот адрес.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.unsafe-port',
    names: ['net::ERR_UNSAFE_PORT', 'NS_ERROR_PORT_ACCESS_NOT_ALLOWED'],
    title: t('Port blocked by the browser', 'Порт заблокирован браузером'),
    summary: t(
      'The address uses a port that browsers refuse to connect to for HTTP (for example 25, 6000 or 10080), to protect other services.',
      'В адресе указан порт, к которому браузеры не подключаются по HTTP (например, 25, 6000 или 10080), чтобы не навредить другим службам.',
    ),
    visitor: t(
      'Nothing to do on your side; the site must use another port.',
      'С вашей стороны ничего не сделать: сайт должен работать на другом порту.',
    ),
    owner: t(
      "Serve the site on 443, 80 or another port outside the browsers' blocked list.",
      'Отдавайте сайт на 443, 80 или другом порту, не входящем в список запрещённых браузерами.',
    ),
    producer: 'browser',
    source: chromium,
  },

  // ── Responses ────────────────────────────────────────────────────────────
  {
    id: 'net.empty-response',
    names: ['net::ERR_EMPTY_RESPONSE', 'NS_ERROR_NET_EMPTY_RESPONSE'],
    title: t('Empty response', 'Пустой ответ'),
    summary: t(
      'The server accepted the connection and then closed it without sending a single byte.',
      'Сервер принял соединение и закрыл его, не отправив ни байта.',
    ),
    visitor: t(
      'Reload once. If it repeats, the site may be deliberately dropping requests from your network or browser.',
      'Обновите страницу один раз. Если ошибка повторяется, возможно, сайт намеренно отбрасывает запросы из вашей сети или браузера.',
    ),
    owner: t(
      'Typical causes: nginx "return 444" (often in a default server or bot filter), a worker crash before the response, or a proxy closing the upstream connection. Firefox names the same case NS_ERROR_NET_EMPTY_RESPONSE, and some of its versions report it as NS_ERROR_NET_RESET.',
      'Типичные причины: nginx «return 444» (часто в default server или фильтре ботов), падение процесса до ответа или прокси, закрывший соединение с бэкендом. В Firefox тот же случай называется NS_ERROR_NET_EMPTY_RESPONSE, а некоторые его версии сообщают о нём как о NS_ERROR_NET_RESET.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.empty-error-response',
    names: ['NS_ERROR_NET_ERROR_RESPONSE'],
    title: t('Error status with no page', 'Код ошибки без страницы'),
    summary: t(
      'The server answered with an error status (4xx or 5xx) and little or no body, so Firefox showed its own error page instead.',
      'Сервер ответил кодом ошибки (4xx или 5xx) почти без тела, и Firefox показал вместо него свою страницу ошибки.',
    ),
    visitor: t(
      "Reload the page; if it persists, the problem is on the site's side.",
      'Обновите страницу; если не помогает, проблема на стороне сайта.',
    ),
    owner: t(
      'Look up the status in the server or CDN logs for this URL and return a proper error page body.',
      'Найдите статус этого запроса в журналах сервера или CDN и отдавайте полноценную страницу ошибки.',
    ),
    producer: 'origin',
    source: gecko,
  },
  {
    id: 'net.invalid-response',
    names: [
      'net::ERR_INVALID_RESPONSE',
      'net::ERR_INVALID_HTTP_RESPONSE',
      'net::ERR_INVALID_CHUNKED_ENCODING',
      'NS_ERROR_CORRUPTED_CONTENT',
      'NS_ERROR_PARSING_HTTP_STATUS_LINE',
    ],
    title: t('Invalid response', 'Некорректный ответ'),
    summary: t(
      "The server's answer could not be read as valid HTTP.",
      'Ответ сервера не удалось разобрать как корректный HTTP.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Inspect the raw response (curl -v --raw): a non-HTTP service on the port, a broken status line, bad chunk framing or a service worker returning a bad Response are common causes.',
      'Посмотрите сырой ответ (curl -v --raw): частые причины — не-HTTP-служба на порту, сломанная строка статуса, неверная разбивка на чанки или сервис-воркер, вернувший некорректный Response.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.response-headers-too-big',
    names: ['net::ERR_RESPONSE_HEADERS_TOO_BIG'],
    title: t('Response headers too big', 'Слишком большие заголовки ответа'),
    summary: t(
      'The server sent more header data than the browser accepts.',
      'Сервер прислал больше заголовков, чем принимает браузер.',
    ),
    visitor: t("Clear this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
    owner: t(
      'Usually a runaway Set-Cookie or a huge custom header (debug data, CSP). Trim what the application sends.',
      'Обычно это разросшийся Set-Cookie или огромный собственный заголовок (отладочные данные, CSP). Сократите то, что отправляет приложение.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.response-headers-duplicate',
    names: [
      'net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH',
      'net::ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION',
      'net::ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION',
    ],
    title: t('Conflicting duplicate headers', 'Противоречащие повторные заголовки'),
    summary: t(
      'The response carried the same header twice with different values (Content-Length, Content-Disposition or Location), which the browser rejects.',
      'В ответе один заголовок пришёл дважды с разными значениями (Content-Length, Content-Disposition или Location), и браузер отклонил ответ.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Two layers are both setting the header, e.g. the application and a proxy or framework middleware. Remove one. For filenames, quote the value so a comma does not split it.',
      'Заголовок выставляют два слоя сразу, например приложение и прокси или middleware фреймворка. Уберите один. Для имён файлов берите значение в кавычки, чтобы запятая его не разбивала.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.content-decoding-failed',
    names: ['net::ERR_CONTENT_DECODING_FAILED', 'NS_ERROR_INVALID_CONTENT_ENCODING'],
    title: t('Compressed content is broken', 'Сжатые данные повреждены'),
    summary: t(
      'The response claimed a compression (gzip, br, zstd) but the body could not be decompressed.',
      'Ответ объявил сжатие (gzip, br, zstd), но тело не удалось распаковать.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Usually compression applied twice, or a Content-Encoding header left on a body that a proxy already decompressed. Compare the header with the actual bytes (curl --raw).',
      'Обычно данные сжаты дважды или заголовок Content-Encoding остался на теле, которое прокси уже распаковал. Сравните заголовок с реальными байтами (curl --raw).',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.content-length-mismatch',
    names: [
      'net::ERR_CONTENT_LENGTH_MISMATCH',
      'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
      'net::ERR_RESPONSE_HEADERS_TRUNCATED',
      'NS_ERROR_NET_PARTIAL_TRANSFER',
    ],
    title: t('Response cut short', 'Ответ оборван'),
    summary: t(
      'The connection ended before the whole response arrived (fewer bytes than announced, or a chunked body without its end).',
      'Соединение закончилось раньше, чем пришёл весь ответ (байтов меньше, чем объявлено, или у тела в chunked-кодировании нет завершающего блока).',
    ),
    visitor: t(
      "Reload the page; if it repeats, the problem is on the site's side.",
      'Обновите страницу; если ошибка повторяется, проблема на стороне сайта.',
    ),
    owner: t(
      'Look for timeouts that cut long responses (proxy_read_timeout, idle timeouts), a full disk for proxy temp files, or the application crashing while streaming.',
      'Ищите тайм-ауты, обрывающие долгие ответы (proxy_read_timeout, тайм-ауты простоя), переполненный диск для временных файлов прокси или падение приложения во время отдачи.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.http2-protocol-error',
    names: ['net::ERR_HTTP2_PROTOCOL_ERROR'],
    title: t('HTTP/2 protocol error', 'Ошибка протокола HTTP/2'),
    summary: t(
      'The HTTP/2 stream was reset or broke the protocol rules.',
      'Поток HTTP/2 был сброшен или нарушил правила протокола.',
    ),
    visitor: t(
      'Reload. If it repeats only here, antivirus HTTPS scanning or a proxy may be at fault.',
      'Обновите страницу. Если ошибка повторяется только у вас, причиной может быть антивирус с проверкой HTTPS или прокси.',
    ),
    owner: t(
      'Common causes: invalid header names or values (uppercase, newlines), a response that fails midway (often a proxy buffering limit or timeout), or header size limits in front of the app.',
      'Частые причины: недопустимые имена или значения заголовков (заглавные буквы, переводы строк), ответ, оборвавшийся на середине (часто лимит буферов или тайм-аут прокси), или ограничения размера заголовков перед приложением.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.quic-protocol-error',
    names: ['net::ERR_QUIC_PROTOCOL_ERROR', 'NS_ERROR_NET_HTTP3_PROTOCOL_ERROR'],
    title: t('HTTP/3 (QUIC) error', 'Ошибка HTTP/3 (QUIC)'),
    summary: t(
      'The HTTP/3 connection over QUIC failed; Chromium may add the exact QUIC error after a dot.',
      'Соединение HTTP/3 поверх QUIC не удалось; Chromium может дописать точную ошибку QUIC после точки.',
    ),
    visitor: t(
      'Reload. Networks or security software that block or tamper with UDP traffic often cause this.',
      'Обновите страницу. Часто причина — сеть или защитная программа, которые блокируют или искажают UDP-трафик.',
    ),
    owner: t(
      'Check the QUIC/HTTP/3 setup at the CDN or server and whether UDP 443 is allowed through; disabling HTTP/3 (removing the Alt-Svc h3 advertisement) is a quick test.',
      'Проверьте настройки QUIC/HTTP/3 на CDN или сервере и пропускается ли UDP 443; быстрая проверка — временно отключить HTTP/3 (убрать h3 из Alt-Svc).',
    ),
    producer: 'unknown',
    source: chromium,
  },
  {
    id: 'net.http-1-1-required',
    names: ['net::ERR_HTTP_1_1_REQUIRED'],
    title: t('Server demands HTTP/1.1', 'Сервер требует HTTP/1.1'),
    summary: t(
      'The server refused this request over HTTP/2 and asked for HTTP/1.1 instead.',
      'Сервер отказался обрабатывать запрос по HTTP/2 и попросил HTTP/1.1.',
    ),
    visitor: t(
      'Reload; the browser normally retries over HTTP/1.1 by itself.',
      'Обновите страницу: обычно браузер сам повторяет запрос по HTTP/1.1.',
    ),
    owner: t(
      'Often caused by client-certificate renegotiation or NTLM/Negotiate authentication, which HTTP/2 cannot carry. Disable HTTP/2 for that host or change the authentication.',
      'Часто причина — повторное согласование ради клиентского сертификата или аутентификация NTLM/Negotiate, которые HTTP/2 не поддерживает. Отключите HTTP/2 для этого хоста или смените способ аутентификации.',
    ),
    producer: 'origin',
    source: chromium,
  },
  {
    id: 'net.service-worker-interception-failed',
    names: ['NS_ERROR_INTERCEPTION_FAILED'],
    title: t('Service worker failed', 'Сбой сервис-воркера'),
    summary: t(
      "The site's service worker took over this request and then failed to produce a response.",
      'Сервис-воркер сайта перехватил этот запрос, но так и не выдал ответ.',
    ),
    visitor: t(
      "Reload with the cache bypassed (Ctrl+Shift+R). If it persists, clear this site's data.",
      'Обновите страницу без кэша (Ctrl+Shift+R). Если не помогает, удалите данные этого сайта.',
    ),
    owner: t(
      "Check the service worker's fetch handler for rejected promises or stale cache entries, and look at the worker console.",
      'Проверьте, нет ли в обработчике fetch сервис-воркера отклонённых промисов и устаревших записей кэша, и загляните в консоль воркера.',
    ),
    producer: 'origin',
    source: gecko,
  },

  // ── Blocked on purpose ───────────────────────────────────────────────────
  {
    id: 'net.blocked-by-client',
    names: ['net::ERR_BLOCKED_BY_CLIENT', 'NS_ERROR_ABORT'],
    title: t('Blocked by an extension', 'Заблокировано расширением'),
    summary: t(
      'Another browser extension, such as an ad or tracker blocker, stopped this request.',
      'Этот запрос остановило другое расширение браузера, например блокировщик рекламы или трекеров.',
    ),
    visitor: t(
      'If the page looks broken, pause your blocker for this site and reload.',
      'Если страница работает неправильно, отключите блокировщик для этого сайта и обновите её.',
    ),
    owner: t(
      'Filter lists match URLs and names that look like ads or tracking (ads.js, /analytics/, "banner"). Rename or self-host critical resources, and make the page work without optional third-party scripts. In Firefox, NS_ERROR_ABORT is also a generic cancel code, so an extension is likely but not certain.',
      'Списки фильтров ловят адреса и имена, похожие на рекламу или слежку (ads.js, /analytics/, «banner»). Переименуйте или разместите у себя важные ресурсы и сделайте так, чтобы страница работала без необязательных сторонних скриптов. В Firefox NS_ERROR_ABORT — ещё и общий код отмены, так что виновато, вероятно, расширение, но не наверняка.',
    ),
    producer: 'extension',
    source: chromium,
  },
  {
    id: 'net.blocked-by-administrator',
    names: ['net::ERR_BLOCKED_BY_ADMINISTRATOR'],
    title: t('Blocked by administrator policy', 'Заблокировано политикой администратора'),
    summary: t(
      'A browser policy set by an administrator (URL blocklist) forbids this address.',
      'Адрес запрещён политикой браузера, которую задал администратор (список блокировки URL).',
    ),
    visitor: t('Ask your IT department if you need access.', 'Если доступ нужен, обратитесь в ИТ-отдел.'),
    owner: t(
      "Nothing to fix on the site; the block is in the visitor's managed browser.",
      'На сайте исправлять нечего: блокировка настроена в управляемом браузере посетителя.',
    ),
    producer: 'browser',
    source: chromium,
  },
  {
    id: 'net.blocked-by-response',
    names: [
      'net::ERR_BLOCKED_BY_RESPONSE',
      'NS_ERROR_XFO_VIOLATION',
      'NS_ERROR_CSP_FRAME_ANCESTOR_VIOLATION',
      'NS_ERROR_DOM_CORP_FAILED',
      'NS_ERROR_DOM_COEP_FAILED',
    ],
    title: t("Blocked by the site's own headers", 'Заблокировано заголовками самого сайта'),
    summary: t(
      'The response arrived, but its own headers forbid this use: embedding in a frame (X-Frame-Options, CSP frame-ancestors) or loading from another origin (Cross-Origin-Resource-Policy, Cross-Origin-Embedder-Policy).',
      'Ответ пришёл, но его же заголовки запрещают такое использование: встраивание во фрейм (X-Frame-Options, CSP frame-ancestors) или загрузку с другого источника (Cross-Origin-Resource-Policy, Cross-Origin-Embedder-Policy).',
    ),
    visitor: t(
      'Open the blocked page or resource in its own tab instead.',
      'Откройте заблокированную страницу или ресурс в отдельной вкладке.',
    ),
    owner: t(
      "The browser applied the resource's rules. To allow embedding, adjust X-Frame-Options / frame-ancestors on the embedded site; for cross-origin resources, set Cross-Origin-Resource-Policy: cross-origin on them or relax COEP on the embedding page.",
      'Браузер применил правила самого ресурса. Чтобы разрешить встраивание, поправьте X-Frame-Options / frame-ancestors на встраиваемом сайте; для ресурсов с другого источника выставьте им Cross-Origin-Resource-Policy: cross-origin или ослабьте COEP на странице, которая их встраивает.',
    ),
    producer: 'browser',
    source: chromium,
  },
  {
    id: 'net.blocked-by-csp',
    names: ['net::ERR_BLOCKED_BY_CSP', 'NS_ERROR_CSP_FORM_ACTION_VIOLATION', 'NS_ERROR_CONTENT_BLOCKED'],
    title: t('Blocked by Content Security Policy', 'Заблокировано политикой безопасности контента'),
    summary: t(
      "The page's own Content Security Policy (or, in Firefox, another content rule such as mixed-content blocking) did not allow this load.",
      'Собственная политика Content Security Policy страницы (а в Firefox — и другое правило для контента, например блокировка смешанного содержимого) не разрешила эту загрузку.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Read the CSP violation in the console and add the needed source to the right directive (script-src, connect-src, form-action…) — or remove the resource if it should not load. Serve all subresources over HTTPS.',
      'Прочитайте сообщение о нарушении CSP в консоли и добавьте нужный источник в подходящую директиву (script-src, connect-src, form-action…) — или уберите ресурс, если он не должен грузиться. Все подресурсы отдавайте по HTTPS.',
    ),
    producer: 'browser',
    source: chromium,
  },
  {
    id: 'net.blocked-by-orb',
    names: ['net::ERR_BLOCKED_BY_ORB'],
    title: t('Blocked as a cross-origin read', 'Заблокировано как чтение с чужого источника'),
    summary: t(
      'The browser blocked a cross-origin response (Opaque Response Blocking) because its type does not fit how it was requested, e.g. JSON or HTML loaded as an image or script.',
      'Браузер заблокировал ответ с другого источника (Opaque Response Blocking), потому что его тип не подходит к способу запроса — например, JSON или HTML загружен как картинка или скрипт.',
    ),
    visitor: t('Only the site owner can fix this.', 'Исправить это может только владелец сайта.'),
    owner: t(
      'Check the URL and the Content-Type of the blocked resource: often it is an error page (404/403 HTML) returned where an image or script was expected, or a wrong MIME type. Fix the URL or the served type, or fetch the data with CORS.',
      'Проверьте адрес и Content-Type заблокированного ресурса: часто вместо картинки или скрипта приходит страница ошибки (HTML с 404/403) или указан неверный MIME-тип. Исправьте адрес или тип, либо запрашивайте данные через CORS.',
    ),
    producer: 'browser',
    source: chromium,
  },
  {
    id: 'net.blocked-tracker',
    names: [
      'NS_ERROR_TRACKING_URI',
      'NS_ERROR_FINGERPRINTING_URI',
      'NS_ERROR_CRYPTOMINING_URI',
      'NS_ERROR_SOCIALTRACKING_URI',
      'NS_ERROR_EMAILTRACKING_URI',
    ],
    title: t('Blocked by Firefox tracking protection', 'Заблокировано защитой от отслеживания Firefox'),
    summary: t(
      "Firefox's Enhanced Tracking Protection blocked this request because the address is on a tracker, fingerprinting or cryptomining list.",
      'Улучшенная защита от отслеживания в Firefox заблокировала запрос: адрес есть в списке трекеров, сборщиков цифровых отпечатков или криптомайнеров.',
    ),
    visitor: t(
      'If the page is broken, turn off tracking protection for this site with the shield icon in the address bar.',
      'Если страница работает неправильно, отключите защиту от отслеживания для этого сайта значком щита в адресной строке.',
    ),
    owner: t(
      'Do not make core features depend on third-party tracking or social scripts; load them optionally and handle their absence.',
      'Не делайте основные функции зависимыми от сторонних скриптов слежки и соцсетей: подключайте их как необязательные и учитывайте, что их может не быть.',
    ),
    producer: 'browser',
    source: gecko,
  },
  {
    id: 'net.blocked-unsafe-site',
    names: [
      'NS_ERROR_MALWARE_URI',
      'NS_ERROR_PHISHING_URI',
      'NS_ERROR_UNWANTED_URI',
      'NS_ERROR_HARMFUL_URI',
      'NS_ERROR_BLOCKED_URI',
    ],
    title: t('Blocked as dangerous', 'Заблокировано как опасное'),
    summary: t(
      'Firefox blocked the address because a Safe Browsing or block list marks it as malware, phishing, unwanted software or otherwise blocked.',
      'Firefox заблокировал адрес, потому что списки Safe Browsing или блокировки отмечают его как вредоносный, фишинговый, нежелательный или запрещённый.',
    ),
    visitor: t(
      'Do not continue unless you are sure the site is safe.',
      'Не продолжайте, если не уверены, что сайт безопасен.',
    ),
    owner: t(
      'Check the domain in Google Search Console (Security issues) and the Safe Browsing site status page, clean up the site, then request a review.',
      'Проверьте домен в Google Search Console (раздел «Проблемы безопасности») и на странице статуса Safe Browsing, очистите сайт и запросите повторную проверку.',
    ),
    producer: 'browser',
    source: gecko,
  },
  {
    id: 'net.https-only',
    names: ['NS_ERROR_HTTPS_ONLY'],
    title: t('Blocked by HTTPS-Only mode', 'Заблокировано режимом «Только HTTPS»'),
    summary: t(
      "Firefox's HTTPS-Only mode could not load this address over HTTPS and did not fall back to plain HTTP.",
      'Режим «Только HTTPS» в Firefox не смог открыть адрес по HTTPS и не стал переходить на обычный HTTP.',
    ),
    visitor: t(
      'Choose "Continue to HTTP site" on the warning page if you accept the risk, or add an exception for this site.',
      'Нажмите «Перейти на HTTP-сайт» на странице предупреждения, если готовы рискнуть, или добавьте исключение для этого сайта.',
    ),
    owner: t(
      'Serve the site over HTTPS with a valid certificate.',
      'Отдавайте сайт по HTTPS с действительным сертификатом.',
    ),
    producer: 'browser',
    source: gecko,
  },

  // ── Cancellations and generic ────────────────────────────────────────────
  {
    id: 'net.aborted',
    names: ['net::ERR_ABORTED', 'NS_BINDING_ABORTED', 'NS_BINDING_CANCELLED_OLD_LOAD'],
    title: t('Request cancelled', 'Запрос отменён'),
    summary: t(
      'The request was cancelled before it finished, usually because the visitor navigated away, pressed Stop, or the page itself dropped it.',
      'Запрос отменили до завершения — обычно посетитель ушёл со страницы, нажал «Стоп» или страница сама от него отказалась.',
    ),
    visitor: t(
      'Usually nothing to do; this rarely breaks a page.',
      'Обычно ничего делать не нужно: страница от этого почти никогда не ломается.',
    ),
    owner: t(
      'Normal for aborted fetches, replaced navigations and downloads. Investigate only if a request you need is cancelled every time (check AbortController timeouts).',
      'Это нормально для отменённых fetch-запросов, заменённых переходов и загрузок. Разбирайтесь, только если нужный запрос отменяется каждый раз (проверьте тайм-ауты AbortController).',
    ),
    producer: 'browser',
    noise: true,
    source: chromium,
  },
  {
    id: 'net.failed',
    names: ['net::ERR_FAILED', 'NS_ERROR_FAILURE', 'NS_BINDING_FAILED'],
    title: t('Request failed', 'Запрос не выполнен'),
    summary: t(
      'The request failed, and the browser did not give a more specific reason.',
      'Запрос не выполнен, а более точную причину браузер не назвал.',
    ),
    visitor: t(
      'Reload the page; if it keeps failing, try another network or browser.',
      'Обновите страницу; если ошибка не пропадает, попробуйте другую сеть или браузер.',
    ),
    owner: t(
      'Look in the browser console: CORS rejections, service worker errors and blocked mixed content are often reported this way.',
      'Загляните в консоль браузера: так часто выглядят отказы CORS, ошибки сервис-воркера и заблокированное смешанное содержимое.',
    ),
    producer: 'unknown',
    source: chromium,
  },
  {
    id: 'net.cache-miss',
    names: ['net::ERR_CACHE_MISS'],
    title: t('Page needs to be resubmitted', 'Страницу нужно отправить заново'),
    summary: t(
      'The browser needed a cached copy (typically of a page produced by a form POST, when going back) and did not have one.',
      'Браузеру понадобилась копия из кэша (обычно страницы, полученной после отправки формы, при возврате назад), а её не оказалось.',
    ),
    visitor: t(
      'Reload and confirm the resubmission only if sending the form again is safe (not for payments).',
      'Обновите страницу и подтвердите повторную отправку, только если отправить форму ещё раз безопасно (не для платежей).',
    ),
    owner: t(
      'Use the Post/Redirect/Get pattern: answer form posts with a 303 redirect to a GET page.',
      'Используйте схему Post/Redirect/Get: на отправку формы отвечайте перенаправлением 303 на GET-страницу.',
    ),
    producer: 'browser',
    noise: true,
    source: chromium,
  },
];

/** What is said about a failure name this extension does not know yet. */
export const unknownFailure: Words = {
  title: t('Network failure', 'Сетевой сбой'),
  summary: t(
    'The request failed before any response arrived; the browser gave a failure name this extension does not know yet.',
    'Запрос не удался ещё до получения ответа; браузер назвал ошибку, которой это расширение пока не знает.',
  ),
  visitor: t(
    'Reload the page; if it keeps failing, try another network or browser.',
    'Обновите страницу; если ошибка повторяется, попробуйте другую сеть или браузер.',
  ),
  owner: t(
    'Reproduce the request with the browser developer tools open and look at the connection details.',
    'Повторите запрос с открытыми инструментами разработчика и посмотрите подробности соединения.',
  ),
};
