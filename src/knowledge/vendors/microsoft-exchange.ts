import { header, path } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const activeSyncStatus: Source = {
  title: '[MS-ASHTTP] Exchange ActiveSync: HTTP Protocol, §2.2.2.1.1 Status Line',
  url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d',
};

const loginTimeout: Source = {
  title: 'Microsoft support: "440 Login Time-out" when signing in to Outlook Web Access (Exchange 2003 and 2007)',
};

/** The ActiveSync address: its notes on 403 and 404 apply only there, not to /owa/ or /ecp/. */
const activeSyncPath = path(/^\/Microsoft-Server-ActiveSync(\/|$)/i);

/** Signs that only Exchange leaves: with one of them a 440 is Outlook on the web's, not a plain IIS application's. */
const exchangeOnly = [
  header('x-owa-version'),
  header('x-feserver'),
  header('x-beserver'),
  header('x-calculatedbetarget'),
  header('x-diaginfo'),
  path(/^\/owa(\/|$)/i),
  path(/^\/ecp(\/|$)/i),
];

const activeSyncOnly = t(
  'Only Exchange ActiveSync clients (phone and desktop mail apps) are meant to get this number; a browser does not act on it. If a page shows it, the request went to the ActiveSync address, usually by a link or a misconfigured app.',
  'Этот код предназначен только клиентам Exchange ActiveSync (почтовым приложениям на телефонах и компьютерах); браузер с ним ничего не делает. Если его показала страница, запрос ушёл на адрес ActiveSync — обычно по ссылке или из неверно настроенного приложения.',
);

export const microsoftExchange: Vendor = {
  id: 'microsoft-exchange',
  name: 'Microsoft Exchange (Outlook on the web)',
  role: 'origin',
  docs: { title: 'Microsoft Learn: Exchange Server documentation', url: 'https://learn.microsoft.com/en-us/exchange/' },
  fingerprints: [
    {
      id: 'x-owa-version',
      signal: header('x-owa-version'),
      weight: 'strong',
      says: t(
        'X-OWA-Version carries the build number of Outlook on the web (OWA), so this is a Microsoft Exchange server.',
        'X-OWA-Version содержит номер сборки Outlook в Интернете (OWA): это сервер Microsoft Exchange.',
      ),
    },
    {
      id: 'x-feserver',
      signal: header('x-feserver'),
      weight: 'strong',
      says: t(
        'X-FEServer names the Exchange front-end (Client Access) server that took the request.',
        'X-FEServer называет входной сервер Exchange (Client Access), принявший запрос.',
      ),
    },
    {
      id: 'x-beserver',
      signal: header('x-beserver'),
      weight: 'strong',
      says: t(
        'X-BEServer names the Exchange back-end server that holds the mailbox and served the request.',
        'X-BEServer называет внутренний сервер Exchange, где лежит почтовый ящик и который обработал запрос.',
      ),
    },
    {
      id: 'x-calculatedbetarget',
      signal: header('x-calculatedbetarget'),
      weight: 'strong',
      says: t(
        'X-CalculatedBETarget is the back-end server Exchange chose for this mailbox: the request was routed inside Exchange.',
        'X-CalculatedBETarget — внутренний сервер, который Exchange выбрал для этого ящика: запрос маршрутизировался внутри Exchange.',
      ),
    },
    {
      id: 'x-diaginfo',
      signal: header('x-diaginfo'),
      weight: 'strong',
      says: t(
        'X-DiagInfo is diagnostic data Exchange attaches to its answers (on-premises or Exchange Online).',
        'X-DiagInfo — диагностические данные, которые Exchange добавляет к ответам (и локальный Exchange, и Exchange Online).',
      ),
    },
    {
      id: 'path-owa',
      signal: path(/^\/owa(\/|$)/i),
      weight: 'medium',
      says: t(
        'The address is under /owa/, the path of Outlook on the web.',
        'Адрес находится в /owa/ — пути Outlook в Интернете.',
      ),
    },
    {
      id: 'path-ecp',
      signal: path(/^\/ecp(\/|$)/i),
      weight: 'medium',
      says: t(
        'The address is under /ecp/, the Exchange admin and settings panel.',
        'Адрес находится в /ecp/ — панели администрирования и настроек Exchange.',
      ),
    },
    {
      id: 'path-activesync',
      signal: activeSyncPath,
      weight: 'medium',
      says: t(
        'The address is the Exchange ActiveSync endpoint that mail apps on phones use.',
        'Адрес — эндпоинт Exchange ActiveSync, через который работают почтовые приложения на телефонах.',
      ),
    },
    {
      id: 'path-autodiscover',
      signal: path(/^\/autodiscover\//i),
      weight: 'weak',
      says: t(
        'The address is under /autodiscover/, where mail clients look up their settings; Exchange serves it, though some other mail servers copy it.',
        'Адрес в /autodiscover/, где почтовые клиенты получают настройки; его обслуживает Exchange, хотя его повторяют и некоторые другие почтовые серверы.',
      ),
    },
    {
      id: 'path-mapi',
      signal: path(/^\/mapi\//i),
      weight: 'weak',
      says: t(
        'The address is under /mapi/, the MAPI over HTTP endpoint Outlook uses to reach Exchange.',
        'Адрес в /mapi/ — эндпоинте MAPI over HTTP, через который Outlook подключается к Exchange.',
      ),
    },
  ],
  codes: [
    {
      id: 'microsoft-exchange.440',
      code: 440,
      title: t('Login Time-out (Outlook on the web)', 'Сеанс истёк (Outlook в Интернете)'),
      summary: t(
        'The sign-in session has expired or was not accepted, so the server asks you to log in again.',
        'Сеанс истёк или вход не был принят, поэтому сервер просит войти заново.',
      ),
      visitor: t(
        "Sign in again. If you are sent back to the login page in a loop, allow cookies for this site, delete the site's cookies, and check that your computer's clock is right.",
        'Войдите заново. Если вас по кругу возвращает на страницу входа, разрешите cookie для этого сайта, удалите его cookie и проверьте, что часы компьютера идут верно.',
      ),
      owner: t(
        'Outlook on the web returns 440 when its forms-based login cookie is expired or unreadable. Check the session and idle time-outs, that cookies can persist between requests, and, behind a load balancer, that every server can read the same login cookie (session affinity, or the same certificate and keys on all of them). Scripts that call Exchange directly get 440 when forms-based authentication is on: they must sign in through the form first or use an endpoint without it.',
        'Outlook в Интернете отвечает 440, когда cookie входа через форму устарела или не читается. Проверьте тайм-ауты сессии и простоя, что cookie сохраняются между запросами, а за балансировщиком — что каждый сервер может прочитать одну и ту же cookie входа (привязка сессии или одинаковые сертификат и ключи на всех). Скрипты, обращающиеся к Exchange напрямую, получают 440 при включённой аутентификации через форму: им нужно сначала войти через форму или использовать эндпоинт без неё.',
      ),
      source: loginTimeout,
      prior: 0.9,
      // Exchange runs on IIS, so IIS's own 440 matches too: Exchange's signs must outrank it.
      when: exchangeOnly,
    },
    {
      id: 'microsoft-exchange.451',
      code: 451,
      title: t('Redirect (Exchange ActiveSync)', 'Перенаправление (Exchange ActiveSync)'),
      summary: t(
        'The ActiveSync server cannot reach your mailbox or knows a better server for it; the new address is in the X-MS-Location header.',
        'Сервер ActiveSync не может добраться до вашего ящика или знает для него более подходящий сервер; новый адрес — в заголовке X-MS-Location.',
      ),
      visitor: t(
        'A mail app handles this by itself. If it keeps failing, remove and re-add the account so the app looks up its server again (Autodiscover).',
        'Почтовое приложение справляется с этим само. Если ошибка не пропадает, удалите и снова добавьте учётную запись, чтобы приложение заново нашло сервер (Autodiscover).',
      ),
      owner: t(
        'Check that Autodiscover returns the right ActiveSync URL for this mailbox, especially after a migration or in a multi-site setup, and that the URL in X-MS-Location is reachable from outside.',
        'Проверьте, что Autodiscover возвращает для этого ящика правильный адрес ActiveSync — особенно после миграции или в конфигурации с несколькими площадками, — и что адрес из X-MS-Location доступен снаружи.',
      ),
      source: activeSyncStatus,
      reach: 'rare',
      whenSeen: activeSyncOnly,
      prior: 0.2,
    },
    {
      id: 'microsoft-exchange.456',
      code: 456,
      title: t('Blocked (Exchange ActiveSync)', 'Заблокировано (Exchange ActiveSync)'),
      summary: t(
        'The user account is blocked, so ActiveSync refuses to sync it.',
        'Учётная запись пользователя заблокирована, и ActiveSync отказывается её синхронизировать.',
      ),
      visitor: t(
        'Contact your mail administrator: the account or this device has been blocked on the server side.',
        'Обратитесь к администратору почты: учётная запись или это устройство заблокированы на стороне сервера.',
      ),
      owner: t(
        'Look at the account state in Active Directory and at the ActiveSync device access rules and quarantine for this user.',
        'Проверьте состояние учётной записи в Active Directory, а также правила доступа устройств ActiveSync и карантин для этого пользователя.',
      ),
      source: activeSyncStatus,
      reach: 'rare',
      whenSeen: activeSyncOnly,
      prior: 0.9,
    },
    {
      id: 'microsoft-exchange.457',
      code: 457,
      title: t('Expired Password (Exchange ActiveSync)', 'Срок действия пароля истёк (Exchange ActiveSync)'),
      summary: t(
        'The password of the account has expired, so ActiveSync will not sync until it is changed.',
        'Срок действия пароля истёк, и ActiveSync не будет синхронизировать ящик, пока его не сменят.',
      ),
      visitor: t(
        'Change your password (for example by signing in to webmail or on a company computer), then enter the new one in the mail app.',
        'Смените пароль (например, войдя в веб-почту или с рабочего компьютера), а затем введите новый в почтовом приложении.',
      ),
      owner: t(
        'The password has passed its maximum age in Active Directory; the user has to change it, or reset it for them.',
        'Пароль превысил максимальный срок действия в Active Directory: пользователь должен сменить его, или сбросьте пароль за него.',
      ),
      source: activeSyncStatus,
      reach: 'rare',
      whenSeen: activeSyncOnly,
      prior: 0.9,
    },
  ],
  decoders: [
    {
      header: 'x-ms-location',
      generated: true,
      fallback: t(
        'Exchange ActiveSync sent the address of the server that should handle this mailbox instead; a mail app retries there on its own.',
        'Exchange ActiveSync прислал адрес сервера, который должен обслуживать этот ящик вместо текущего; почтовое приложение само повторит запрос туда.',
      ),
    },
  ],
  notes: [
    {
      code: 403,
      when: [activeSyncPath],
      note: t(
        'On the ActiveSync address (/Microsoft-Server-ActiveSync), a 403 means this user is not allowed to sync through ActiveSync; the mail administrator has to enable it for the mailbox.',
        'На адресе ActiveSync (/Microsoft-Server-ActiveSync) ответ 403 означает, что этому пользователю не разрешена синхронизация через ActiveSync; включить её для ящика должен администратор почты.',
      ),
    },
    {
      code: 404,
      when: [activeSyncPath],
      note: t(
        'On the ActiveSync address, a 404 means the URL is wrong or this server does not offer ActiveSync at all.',
        'На адресе ActiveSync ответ 404 означает, что адрес неверен или этот сервер вообще не предоставляет ActiveSync.',
      ),
    },
  ],
  bodyHint: t(
    'The Outlook on the web error page usually has a "More details" section with the request id, the front-end and back-end server names and an X-OWA-Error exception name; send those lines to the mail administrator.',
    'На странице ошибки Outlook в Интернете обычно есть раздел «Подробнее» с идентификатором запроса, именами входного и внутреннего серверов и названием исключения X-OWA-Error; передайте эти строки администратору почты.',
  ),
};
