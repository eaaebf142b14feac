import { decodedValue, wholeValue } from '../rows';
import { cookie, header, onPage, server } from '../signals';
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
    // IIS 7+ detailed error page (Microsoft Learn "How to Use HTTP Detailed Errors in IIS 7.0", observed pages): title
    // "IIS 10.0 Detailed Error - 500.19 - Internal Server Error", and first in #content the heading
    // "<h3>HTTP Error 500.19 - Internal Server Error</h3>". The sub-status is kept and read by the table below.
    {
      id: 'page-detailed',
      signal: onPage('#content > .content-container > h3', /^HTTP Error (\d{3}\.\d{1,3}) - [A-Za-z][\w .,'-]{2,80}$/, {
        decodes: 'substatus',
      }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is IIS’s detailed error page, which names the exact sub-status (such as 500.19) in its heading: IIS answered by itself.',
        'Это подробная страница ошибки IIS, в заголовке которой назван точный дополнительный код (например, 500.19): ответил сам IIS.',
      ),
    },
    // The ASP.NET Core Module's own pages (dotnet/aspnetcore src/Servers/IIS/AspNetCoreModuleV2, *StaticHtml.htm): the
    // body opens with "<h1>HTTP Error 500.30 - ASP.NET Core app failed to start</h1>" (older: "- ANCM In-Process Start Failure").
    {
      id: 'page-ancm',
      signal: onPage(
        'body > h1:first-child',
        /^HTTP Error (5\d\d\.\d{1,2}) - (?:ANCM|ASP\.NET Core) [\w .,'-]{2,80}$/,
        { decodes: 'substatus' },
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is the error page of the ASP.NET Core Module, the IIS module that runs ASP.NET Core apps: it could not start or reach the application, and its heading names the sub-status.',
        'Это страница ошибки ASP.NET Core Module — модуля IIS, который запускает приложения ASP.NET Core: он не смог запустить приложение или достучаться до него, и в заголовке назван дополнительный код.',
      ),
    },
    // IIS's generic pages for remote visitors (%SystemDrive%\inetpub\custerr\<language>\<code>.htm, observed pages): a
    // "Server Error" bar (<div id="header">), then in #content a fieldset with "<h2>404 - File or directory not found.</h2>".
    {
      id: 'page-remote',
      signal: onPage(
        '#header + #content > .content-container > fieldset > h2',
        /^(\d{3}(?:\.\d{1,3})?) - [A-Z][\w .,:;'/-]{3,120}$/,
      ),
      weight: 'medium',
      generated: true,
      says: t(
        'The page has the shape of IIS’s short error page for remote visitors: a "Server Error" bar and the code with one sentence in a box. IIS answered by itself; the exact sub-status is only in its log.',
        'Страница устроена как краткая страница ошибки IIS для удалённых посетителей: полоса «Server Error» и код с одной фразой в рамке. Ответил сам IIS; точный дополнительный код есть только в его журнале.',
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
  decoders: [
    {
      header: 'substatus',
      onPage: true,
      generated: true,
      fallback: t(
        'IIS names the exact reason on its error page as a sub-status, the number after the dot; Microsoft’s list of IIS status codes says what each one means.',
        'Точную причину IIS называет на странице ошибки дополнительным кодом — числом после точки; что значит каждый, сказано в списке кодов состояния IIS от Microsoft.',
      ),
      // Microsoft Learn: "HTTP status code in IIS 7.0 and later versions" (KB 943891) and, for 500.0, 500.3x and 502.5
      // under the ASP.NET Core Module, "Troubleshoot ASP.NET Core on Azure App Service and IIS".
      values: [
        decodedValue(
          '401-1',
          wholeValue('401\\.1'),
          t('Logon failed (401.1)', 'Вход не удался (401.1)'),
          t(
            'IIS did not accept the user name and password (or the Windows sign-in) that the browser sent.',
            'IIS не принял имя пользователя и пароль (или вход Windows), которые отправил браузер.',
          ),
          t(
            'Check the account and the enabled authentication methods; the Windows Security log says why the logon failed.',
            'Проверьте учётную запись и включённые способы аутентификации; почему вход не удался, видно в журнале безопасности Windows.',
          ),
          t(
            'Check the user name and password and try again.',
            'Проверьте имя пользователя и пароль и попробуйте снова.',
          ),
        ),
        decodedValue(
          '401-2',
          wholeValue('401\\.2'),
          t('No usable logon method (401.2)', 'Нет подходящего способа входа (401.2)'),
          t(
            'The site allows no sign-in method the browser can use: anonymous access is off and the methods it offers do not match.',
            'Сайт не допускает ни одного способа входа, доступного браузеру: анонимный доступ выключен, а предложенные способы не подходят.',
          ),
          t(
            'In IIS Manager → Authentication, enable anonymous access or a method browsers support (Windows, or Basic over HTTPS).',
            'В IIS Manager → «Проверка подлинности» включите анонимный доступ или способ, который поддерживают браузеры (Windows или Basic через HTTPS).',
          ),
        ),
        decodedValue(
          '401-3',
          wholeValue('401\\.3'),
          t('File permissions deny access (401.3)', 'Права на файл запрещают доступ (401.3)'),
          t(
            'The Windows permissions (ACL) on the file or folder do not let this user, or the anonymous user, read it.',
            'Права Windows (ACL) на файл или папку не дают этому пользователю или анонимному посетителю его прочитать.',
          ),
          t(
            'Give read rights on the folder to IUSR (for anonymous access) or to the application pool identity.',
            'Дайте права на чтение папки учётной записи IUSR (для анонимного доступа) или удостоверению пула приложений.',
          ),
        ),
        decodedValue(
          '403-4',
          wholeValue('403\\.4'),
          t('HTTPS required (403.4)', 'Требуется HTTPS (403.4)'),
          t(
            'The site serves this page only over an encrypted connection, and the request came over plain HTTP.',
            'Сайт отдаёт эту страницу только по зашифрованному соединению, а запрос пришёл по обычному HTTP.',
          ),
          t(
            'Redirect HTTP to HTTPS (URL Rewrite or an HTTP Redirect rule) instead of refusing.',
            'Вместо отказа перенаправляйте HTTP на HTTPS (URL Rewrite или правило перенаправления HTTP).',
          ),
          t('Open the same address with https://.', 'Откройте тот же адрес с https://.'),
        ),
        decodedValue(
          '403-14',
          wholeValue('403\\.14'),
          t('Directory listing denied (403.14)', 'Просмотр каталога запрещён (403.14)'),
          t(
            'The address points at a folder with no default document, and IIS is set not to list folder contents.',
            'Адрес указывает на папку без документа по умолчанию, а показывать содержимое папок IIS не разрешено.',
          ),
          t(
            'Add a default document, or check the deployment: for ASP.NET Core it usually means web.config is missing or the app went to the wrong folder.',
            'Добавьте документ по умолчанию или проверьте публикацию: для ASP.NET Core это обычно значит, что нет web.config или приложение выложено не в ту папку.',
          ),
        ),
        decodedValue(
          '404-0',
          wholeValue('404\\.0'),
          t('File or folder not found (404.0)', 'Файл или папка не найдены (404.0)'),
          t(
            'IIS found nothing at this path: the file was moved, renamed or never deployed.',
            'IIS ничего не нашёл по этому пути: файл перенесли, переименовали или так и не выложили.',
          ),
        ),
        decodedValue(
          '404-3',
          wholeValue('404\\.3'),
          t('No MIME type for this extension (404.3)', 'Для расширения нет MIME-типа (404.3)'),
          t(
            'The file exists, but IIS has no MIME type or handler for its extension, so it will not serve it.',
            'Файл есть, но для его расширения в IIS нет ни MIME-типа, ни обработчика, и IIS его не отдаёт.',
          ),
          t(
            'Add a mimeMap for the extension (staticContent in web.config), or install the feature that handles it, such as ASP.NET.',
            'Добавьте mimeMap для расширения (раздел staticContent в web.config) или установите компонент, который его обрабатывает, например ASP.NET.',
          ),
        ),
        decodedValue(
          '404-7',
          wholeValue('404\\.7'),
          t('File extension denied (404.7)', 'Расширение файла запрещено (404.7)'),
          t(
            'Request filtering is set to refuse files with this extension.',
            'Фильтрация запросов настроена отклонять файлы с таким расширением.',
          ),
          t(
            'Check requestFiltering → fileExtensions in web.config or applicationHost.config.',
            'Проверьте requestFiltering → fileExtensions в web.config или applicationHost.config.',
          ),
        ),
        decodedValue(
          '404-11',
          wholeValue('404\\.11'),
          t('Double-encoded address refused (404.11)', 'Адрес с двойным кодированием отклонён (404.11)'),
          t(
            'Request filtering refused the address because it contains a double-encoded sequence, such as %252F, or a "+" in the path.',
            'Фильтрация запросов отклонила адрес: в нём есть дважды закодированная последовательность, например %252F, или «+» в пути.',
          ),
          t(
            'Fix the link that encodes twice; turn on allowDoubleEscaping only if the application really needs such paths.',
            'Исправьте ссылку, которая кодирует адрес дважды; включайте allowDoubleEscaping, только если приложению действительно нужны такие пути.',
          ),
        ),
        decodedValue(
          '404-13',
          wholeValue('404\\.13'),
          t('Upload too large (404.13)', 'Слишком большая загрузка (404.13)'),
          t(
            'The request body is bigger than the maxAllowedContentLength limit of request filtering (about 28.6 MB by default).',
            'Тело запроса больше лимита maxAllowedContentLength фильтрации запросов (по умолчанию около 28,6 МБ).',
          ),
          t(
            'If such uploads are expected, raise requestLimits maxAllowedContentLength, and ASP.NET’s own size limits with it.',
            'Если такие загрузки ожидаемы, увеличьте requestLimits maxAllowedContentLength, а вместе с ним и собственные лимиты ASP.NET.',
          ),
        ),
        decodedValue(
          '404-15',
          wholeValue('404\\.15'),
          t('Query string too long (404.15)', 'Слишком длинная строка запроса (404.15)'),
          t(
            'The part of the address after "?" is longer than request filtering allows.',
            'Часть адреса после «?» длиннее, чем допускает фильтрация запросов.',
          ),
          t(
            'Raise requestLimits maxQueryString, or send the data in a POST body instead of the address.',
            'Увеличьте requestLimits maxQueryString или передавайте данные в теле POST-запроса, а не в адресе.',
          ),
        ),
        decodedValue(
          '500-0',
          wholeValue('500\\.0'),
          t('Module or handler failed (500.0)', 'Сбой модуля или обработчика (500.0)'),
          t(
            'A module, ISAPI extension or handler failed while processing the request; under the ASP.NET Core Module it means its in-process handler could not be loaded.',
            'Модуль, расширение ISAPI или обработчик дал сбой при обработке запроса; под ASP.NET Core Module это значит, что не загрузился его внутрипроцессный обработчик.',
          ),
          t(
            'The detailed page names the module and handler; check the Application event log, and for ASP.NET Core repair the Hosting Bundle.',
            'Подробная страница называет модуль и обработчик; проверьте журнал событий «Приложение», а для ASP.NET Core переустановите Hosting Bundle.',
          ),
        ),
        decodedValue(
          '500-19',
          wholeValue('500\\.19'),
          t('Configuration data invalid (500.19)', 'Ошибка в конфигурации (500.19)'),
          t(
            'IIS could not read the configuration for this page: web.config has broken XML, uses a locked section, or refers to a module that is not installed (URL Rewrite, the ASP.NET Core Module).',
            'IIS не смог прочитать конфигурацию для этой страницы: в web.config ошибка XML, заблокированный раздел или ссылка на неустановленный модуль (URL Rewrite, ASP.NET Core Module).',
          ),
          t(
            'The detailed page shows the config file, the line and an error code; fix that line or install the missing module.',
            'Подробная страница показывает файл конфигурации, строку и код ошибки; исправьте эту строку или установите недостающий модуль.',
          ),
        ),
        decodedValue(
          '500-21',
          wholeValue('500\\.21'),
          t('Handler module not recognised (500.21)', 'Модуль обработчика не распознан (500.21)'),
          t(
            'A handler in the configuration names a module IIS does not have, typically ASP.NET that is not installed or not registered.',
            'Обработчик в конфигурации ссылается на модуль, которого в IIS нет, — обычно это неустановленный или незарегистрированный ASP.NET.',
          ),
          t(
            'Install the matching ASP.NET feature, or the ASP.NET Core Hosting Bundle, on the server.',
            'Установите на сервер нужный компонент ASP.NET или ASP.NET Core Hosting Bundle.',
          ),
        ),
        decodedValue(
          '500-30',
          wholeValue('500\\.30'),
          t('ASP.NET Core app failed to start (500.30)', 'Приложение ASP.NET Core не запустилось (500.30)'),
          t(
            'The ASP.NET Core Module started the app inside the IIS worker process, and the app failed or stopped during start-up.',
            'ASP.NET Core Module запустил приложение внутри рабочего процесса IIS, а оно упало или остановилось при запуске.',
          ),
          t(
            'Read the Application event log and the module’s stdout log; the usual causes are a missing runtime, a bad setting or a database the app cannot reach at start-up.',
            'Посмотрите журнал событий «Приложение» и журнал stdout модуля; обычные причины — нет нужной среды выполнения, неверная настройка или база данных, недоступная при запуске.',
          ),
        ),
        decodedValue(
          '500-31',
          wholeValue('500\\.31'),
          t('.NET runtime not found (500.31)', 'Не найдена среда .NET (500.31)'),
          t(
            'The ASP.NET Core Module could not find the .NET runtime the app was built for (Microsoft.NETCore.App or Microsoft.AspNetCore.App).',
            'ASP.NET Core Module не нашёл среду выполнения .NET, под которую собрано приложение (Microsoft.NETCore.App или Microsoft.AspNetCore.App).',
          ),
          t(
            'Install the matching runtime or Hosting Bundle, or publish the app as self-contained.',
            'Установите нужную среду выполнения или Hosting Bundle либо опубликуйте приложение как автономное.',
          ),
        ),
        decodedValue(
          '500-32',
          wholeValue('500\\.32'),
          t('App built for another architecture (500.32)', 'Приложение собрано под другую архитектуру (500.32)'),
          t(
            'The module could not load the app’s DLL, most often because the app was published for 64-bit and the pool runs 32-bit, or the reverse.',
            'Модуль не смог загрузить DLL приложения — чаще всего потому, что приложение опубликовано для 64 бит, а пул работает в 32-битном режиме, или наоборот.',
          ),
          t(
            'Make the app’s target architecture match the "Enable 32-Bit Applications" setting of its application pool.',
            'Согласуйте архитектуру приложения с параметром пула «Разрешить 32-разрядные приложения».',
          ),
        ),
        decodedValue(
          '500-37',
          wholeValue('500\\.37'),
          t('Start-up time limit exceeded (500.37)', 'Превышено время запуска (500.37)'),
          t(
            'The app did not start within the module’s startupTimeLimit (120 seconds by default).',
            'Приложение не запустилось за startupTimeLimit модуля (по умолчанию 120 секунд).',
          ),
          t(
            'Find what slows start-up (migrations, warm-up, many apps starting at once) or raise startupTimeLimit.',
            'Выясните, что замедляет запуск (миграции, прогрев, одновременный старт многих приложений), или увеличьте startupTimeLimit.',
          ),
        ),
        decodedValue(
          '502-3',
          wholeValue('502\\.3'),
          t('Bad gateway inside IIS (502.3)', 'Ошибка шлюза в IIS (502.3)'),
          t(
            'IIS acting as a proxy (Application Request Routing, or the ASP.NET Core Module out of process) got no usable answer from the app behind it: a time-out, a refused connection or a crash.',
            'IIS в роли прокси (Application Request Routing или ASP.NET Core Module вне процесса) не получил пригодного ответа от приложения за ним: тайм-аут, отказ в соединении или сбой.',
          ),
          t(
            'Check that the app behind IIS is running and how long it takes to answer; the ARR or module time-out may be too short.',
            'Проверьте, что приложение за IIS работает, и сколько оно отвечает; возможно, тайм-аут ARR или модуля слишком мал.',
          ),
        ),
        decodedValue(
          '502-5',
          wholeValue('502\\.5'),
          t('ASP.NET Core process failed (502.5)', 'Сбой процесса ASP.NET Core (502.5)'),
          t(
            'The ASP.NET Core Module could not start the app’s own process (out-of-process hosting), or the process exited at once. Behind Application Request Routing, 502.5 means a WebSocket failure instead.',
            'ASP.NET Core Module не смог запустить отдельный процесс приложения (размещение вне процесса), или процесс сразу завершился. За Application Request Routing код 502.5 означает другое — сбой WebSocket.',
          ),
          t(
            'Run the app from a command prompt on the server to see its error, and check the Application event log and the stdout log.',
            'Запустите приложение из командной строки на сервере, чтобы увидеть ошибку, и проверьте журнал событий «Приложение» и журнал stdout.',
          ),
        ),
        decodedValue(
          '503-0',
          wholeValue('503\\.0'),
          t('Application pool unavailable (503.0)', 'Пул приложений недоступен (503.0)'),
          t(
            'The request went to an application pool that is stopped or disabled.',
            'Запрос попал в пул приложений, который остановлен или отключён.',
          ),
          t(
            'Start the pool in IIS Manager; the System event log (WAS) says why it stopped, most often repeated crashes.',
            'Запустите пул в IIS Manager; почему он остановился — чаще всего из-за повторяющихся сбоев, — видно в журнале событий «Система» (WAS).',
          ),
          t('Try again in a few minutes.', 'Попробуйте через несколько минут.'),
        ),
      ],
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
