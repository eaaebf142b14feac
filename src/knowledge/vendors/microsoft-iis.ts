import { cookie, header, server } from '../signals';
import { t } from '../text';
import type { Source, StandardNote, Vendor } from '../types';

const statusCodes: Source = {
  title: 'Microsoft Learn: The HTTP status code in IIS (KB 943891)',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/www-administration-management/http-status-code',
};

const retryWith: Source = {
  title: '[MS-WDV] Web Distributed Authoring and Versioning Extensions, §2.2.6 449 Retry With Status Code',
  url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
};

const iisCodes: Source = {
  title: 'Wikipedia: List of HTTP status codes, Internet Information Services section',
  url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Internet_Information_Services',
};

/**
 * IIS notes start from the same fact: the decimal sub-status never travels in the status line.
 * `en` and `ru` then say what the common sub-statuses of that number mean.
 */
const subStatusNote = (code: number, en: string, ru: string): StandardNote => ({
  code,
  note: t(
    `IIS keeps the exact reason as a sub-status (the decimal part, as in ${code}.x) in its log and on its detailed error page; the status line carries only ${code}. ${en}`,
    `Точную причину IIS хранит как дополнительный код (десятичную часть, как в ${code}.x) в журнале и на подробной странице ошибки; в строке статуса остаётся только ${code}. ${ru}`,
  ),
});

export const microsoftIis: Vendor = {
  id: 'microsoft-iis',
  name: 'Microsoft IIS / ASP.NET',
  role: 'origin',
  docs: statusCodes,
  fingerprints: [
    {
      id: 'server-iis',
      signal: server(/^Microsoft-IIS(\/[\d.]+)?$/i),
      weight: 'strong',
      says: t(
        "The Server header names Microsoft IIS, Windows' web server: it answered this request.",
        'Заголовок Server называет Microsoft IIS — веб-сервер Windows: ответ пришёл от него.',
      ),
    },
    {
      id: 'server-kestrel',
      signal: server(/^Kestrel$/i),
      weight: 'strong',
      says: t(
        'Server: Kestrel is the web server built into ASP.NET Core, so an ASP.NET Core application answered (with nothing rewriting the header in front of it).',
        'Server: Kestrel — встроенный веб-сервер ASP.NET Core: ответило приложение на ASP.NET Core, и никто перед ним не переписал заголовок.',
      ),
    },
    {
      id: 'x-powered-by-aspnet',
      signal: header('x-powered-by', /^ASP\.NET$/i),
      weight: 'medium',
      says: t(
        'X-Powered-By: ASP.NET is added by IIS by default, so the site most likely runs on IIS with ASP.NET.',
        'X-Powered-By: ASP.NET по умолчанию добавляет IIS, так что сайт, скорее всего, работает на IIS с ASP.NET.',
      ),
    },
    {
      id: 'x-aspnet-version',
      signal: header('x-aspnet-version', /^\d+(\.\d+)+$/),
      weight: 'medium',
      says: t(
        'X-AspNet-Version reports the .NET Framework version of a classic ASP.NET application, which normally runs on IIS.',
        'X-AspNet-Version сообщает версию .NET Framework классического приложения ASP.NET, а оно обычно работает на IIS.',
      ),
    },
    {
      id: 'cookie-aspnet-sessionid',
      signal: cookie(/^ASP\.NET_SessionId$/i),
      weight: 'medium',
      says: t(
        'ASP.NET_SessionId is the session cookie of classic ASP.NET, so the site is an ASP.NET application.',
        'ASP.NET_SessionId — cookie сессии классического ASP.NET: сайт — это приложение на ASP.NET.',
      ),
    },
    {
      id: 'cookie-aspxauth',
      signal: cookie(/^\.ASPXAUTH$/i),
      weight: 'medium',
      says: t(
        '.ASPXAUTH is the sign-in cookie of ASP.NET forms authentication.',
        '.ASPXAUTH — cookie входа механизма forms authentication в ASP.NET.',
      ),
    },
    {
      id: 'cookie-aspnetcore',
      signal: cookie(/^\.AspNetCore\.[\w.-]+$/),
      weight: 'medium',
      says: t(
        'Cookies named .AspNetCore.* (session, antiforgery, sign-in) are set by ASP.NET Core, which may run on IIS, on Kestrel alone or behind another proxy.',
        'Cookie с именами .AspNetCore.* (сессия, защита от подделки запросов, вход) ставит ASP.NET Core; он может работать под IIS, на одном Kestrel или за другим прокси.',
      ),
    },
  ],
  codes: [
    {
      id: 'microsoft-iis.440',
      code: 440,
      title: t('Login Time-out (IIS / ASP.NET)', 'Сеанс истёк (IIS / ASP.NET)'),
      summary: t(
        'An application running on Microsoft IIS says your signed-in session has run out, so it wants you to log in again.',
        'Приложение на Microsoft IIS сообщает, что ваш сеанс истёк, и просит войти заново.',
      ),
      visitor: t(
        'Sign in again. If the login page keeps coming back, allow cookies for this site, delete its cookies and check that your computer’s clock is right.',
        'Войдите снова. Если страница входа возвращается снова и снова, разрешите cookie для этого сайта, удалите его cookie и проверьте, верно ли идут часы компьютера.',
      ),
      owner: t(
        'IIS’s own errors do not include 440: the application on it chose this number for an expired session, often for background (AJAX) calls so that the page can send the user to the login form. Check the session and forms-authentication time-outs, that the login cookie survives between requests (its domain, path and SameSite), and, on a server farm, that every server can read it (the same machine key, or sticky sessions).',
        'Среди собственных ошибок IIS кода 440 нет: этот номер для истёкшей сессии выбрало работающее на нём приложение, часто для фоновых (AJAX) запросов, чтобы страница могла отправить пользователя на форму входа. Проверьте тайм-ауты сессии и forms authentication, что cookie входа сохраняется между запросами (её домен, путь и SameSite), а на ферме серверов — что каждый сервер может её прочитать (одинаковый machine key или привязка сессий).',
      ),
      source: iisCodes,
      prior: 0.6,
    },
    {
      id: 'microsoft-iis.449',
      code: 449,
      title: t('Retry With (Microsoft)', 'Повторите с данными (Microsoft)'),
      summary: t(
        'The server wants more information before it answers: the client should send the same request again with an Ms-Echo-Reply header.',
        'Серверу не хватило сведений для ответа: клиент должен повторить тот же запрос с заголовком Ms-Echo-Reply.',
      ),
      visitor: t(
        'Reload the page once. If it repeats, the site expects a Windows client feature your browser does not have; try the site from another browser or ask its owner.',
        'Обновите страницу один раз. Если ошибка повторяется, сайт рассчитывает на функцию клиента Windows, которой у браузера нет; попробуйте другой браузер или обратитесь к владельцу сайта.',
      ),
      owner: t(
        'This is a Microsoft WebDAV extension: a 449 must carry an Ms-Echo-Request header, and only clients that implement [MS-WDV] repeat the request. Do not send 449 to ordinary browsers; answer with a standard code instead.',
        'Это расширение Microsoft для WebDAV: ответ 449 обязан содержать заголовок Ms-Echo-Request, а повторяют запрос только клиенты с поддержкой [MS-WDV]. Обычным браузерам 449 не отправляйте — используйте стандартный код.',
      ),
      source: retryWith,
      reach: 'rare',
      whenSeen: t(
        'Browsers do not implement this exchange, so they just show the page that came with the 449 (the spec names the reason phrase "Reply With"). The server expected a Microsoft WebDAV client.',
        'Браузеры такой обмен не поддерживают и просто показывают пришедшую с 449 страницу (в спецификации фраза статуса — «Reply With»). Сервер ждал WebDAV-клиента Microsoft.',
      ),
      prior: 0.8,
    },
  ],
  notes: [
    {
      code: 400,
      note: t(
        'When Server reads Microsoft-HTTPAPI/2.0 instead of Microsoft-IIS, http.sys refused the request before IIS saw it: often the Host name matches no site binding, or the request line or headers were too long. The reason is recorded in the HTTPERR log (C:\\Windows\\System32\\LogFiles\\HTTPERR).',
        'Если в Server стоит Microsoft-HTTPAPI/2.0, а не Microsoft-IIS, запрос отклонил http.sys ещё до IIS: часто имя из Host не совпадает ни с одной привязкой сайта или строка запроса и заголовки слишком длинные. Причина записана в журнале HTTPERR (C:\\Windows\\System32\\LogFiles\\HTTPERR).',
      ),
    },
    subStatusNote(
      401,
      '401.1 is a failed logon, 401.2 a server setting that allows no logon method the browser offers, 401.3 a file permission (ACL) refusal. Check the enabled authentication methods for the site and the NTFS rights of the application pool identity.',
      '401.1 — неудачный вход, 401.2 — настройки сервера не допускают ни одного способа входа, который предлагает браузер, 401.3 — отказ по правам файла (ACL). Проверьте включённые для сайта способы аутентификации и права NTFS учётной записи пула приложений.',
    ),
    subStatusNote(
      403,
      'Common IIS 403s: 403.14 (the folder has no default document and directory browsing is off), 403.4 (SSL required), 403.503 or 403.502 (blocked by IP and domain restrictions or dynamic IP restrictions). Read the sc-substatus column of the IIS log for this request.',
      'Частые 403 в IIS: 403.14 (в папке нет документа по умолчанию, а просмотр каталога выключен), 403.4 (нужен SSL), 403.503 или 403.502 (блокировка по IP и домену или динамическим IP-ограничениям). Посмотрите столбец sc-substatus в журнале IIS для этого запроса.',
    ),
    subStatusNote(
      404,
      'An IIS 404 is often not a missing file: 404.3 means no MIME type is mapped for the extension, 404.7 and 404.8 mean request filtering denied the extension or a hidden segment, 404.13 a body over maxAllowedContentLength, 404.15 a query string over the limit. With Microsoft-HTTPAPI/2.0 in Server, no site is bound to this host and port at all.',
      '404 в IIS часто означает не отсутствие файла: 404.3 — для расширения не задан MIME-тип, 404.7 и 404.8 — фильтрация запросов запретила расширение или скрытый сегмент, 404.13 — тело больше maxAllowedContentLength, 404.15 — слишком длинная строка запроса. Если в Server стоит Microsoft-HTTPAPI/2.0, к этому хосту и порту не привязан ни один сайт.',
    ),
    subStatusNote(
      500,
      '500.19 means IIS could not read web.config (bad XML, a locked section, or a module such as URL Rewrite that is not installed); 500.21 and 500.0 point at a handler or module; 500.30 to 500.38 are ASP.NET Core start-up failures under the ASP.NET Core Module. See the Windows Application event log and stdout logs.',
      '500.19 означает, что IIS не смог прочитать web.config (ошибка XML, заблокированный раздел или модуль вроде URL Rewrite, который не установлен); 500.21 и 500.0 указывают на обработчик или модуль; 500.30–500.38 — сбои запуска ASP.NET Core под ASP.NET Core Module. Смотрите журнал событий Windows «Приложение» и журналы stdout.',
    ),
    subStatusNote(
      502,
      '502.3 is the usual one: IIS acting as a proxy (Application Request Routing or the ASP.NET Core Module) got no valid answer from the application behind it, often a time-out or a crashed process. 502.2 is a CGI program that returned a broken response.',
      'Чаще всего это 502.3: IIS в роли прокси (Application Request Routing или ASP.NET Core Module) не получил корректного ответа от приложения за ним — обычно из-за тайм-аута или упавшего процесса. 502.2 — CGI-программа вернула некорректный ответ.',
    ),
    subStatusNote(
      503,
      'A 503 from IIS usually means the application pool is unavailable (503.0): stopped, or disabled by rapid-fail protection after repeated crashes (then Server often reads Microsoft-HTTPAPI/2.0). 503.2 is the concurrent request limit and 503.4 a full FastCGI queue. Check the pool state in IIS Manager, the System event log (WAS) and the HTTPERR log (AppOffline, QueueFull, Disabled).',
      'Ответ 503 от IIS обычно означает, что пул приложений недоступен (503.0): остановлен или отключён защитой от частых сбоев после нескольких падений (тогда в Server часто стоит Microsoft-HTTPAPI/2.0). 503.2 — превышен лимит одновременных запросов, 503.4 — переполнена очередь FastCGI. Проверьте состояние пула в IIS Manager, журнал событий «Система» (WAS) и журнал HTTPERR (AppOffline, QueueFull, Disabled).',
    ),
  ],
  bodyHint: t(
    'IIS puts the exact reason only on its detailed error page and in its log. The detailed page (shown by default to requests from the server itself) names the sub-status such as 404.3 or 500.19, the module, the handler and an error code; remote visitors get a short generic page. The site owner finds the same data in the IIS log columns sc-status, sc-substatus and sc-win32-status.',
    'Точную причину IIS показывает только на подробной странице ошибки и в журнале. Подробная страница (по умолчанию её видят запросы с самого сервера) называет дополнительный код вроде 404.3 или 500.19, модуль, обработчик и код ошибки; удалённым посетителям достаётся краткая общая страница. Владелец сайта найдёт те же данные в столбцах sc-status, sc-substatus и sc-win32-status журнала IIS.',
  ),
};
