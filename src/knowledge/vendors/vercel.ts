import { decodedValue, wholeValue } from '../rows';
import { header, host, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

const retryLater = t(
  'Try again in a few minutes; the problem is on the site or platform side, not yours.',
  'Попробуйте ещё раз через несколько минут: проблема на стороне сайта или платформы, а не у вас.',
);

const rangeOwner = t(
  'Usually a download manager or media player built the Range header; nothing to change unless your own code sets Range on its requests.',
  'Обычно заголовок Range собирает менеджер загрузок или медиаплеер; менять ничего не нужно, если только ваш собственный код не выставляет Range в запросах.',
);

const externalImageOwner = t(
  'Open the source image URL directly and check that it answers 200 with an image; also review images.remotePatterns (or domains) in the framework config.',
  'Откройте адрес исходной картинки напрямую и убедитесь, что он отвечает 200 и отдаёт изображение; заодно проверьте images.remotePatterns (или domains) в конфигурации фреймворка.',
);

export const vercel: Vendor = {
  id: 'vercel',
  name: 'Vercel',
  role: 'platform',
  servesSite: true,
  docs: { title: 'Vercel documentation', url: 'https://vercel.com/docs' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^Vercel$/i),
      weight: 'strong',
      says: t(
        'The Server header names Vercel: the site is hosted on Vercel, and its edge network delivered this response.',
        'Заголовок Server называет Vercel: сайт размещён на Vercel, и ответ доставила его пограничная сеть.',
      ),
    },
    {
      id: 'x-vercel-id',
      signal: header('x-vercel-id'),
      weight: 'strong',
      says: t(
        "Vercel's request id (edge region, then an id): the request passed through Vercel.",
        'Идентификатор запроса Vercel (регион узла и номер): запрос прошёл через Vercel.',
      ),
    },
    {
      id: 'x-vercel-cache',
      signal: header('x-vercel-cache'),
      weight: 'strong',
      says: t(
        "Vercel's cache status (HIT, MISS, STALE, PRERENDER…): the response came through Vercel's edge cache.",
        'Статус кэша Vercel (HIT, MISS, STALE, PRERENDER…): ответ прошёл через пограничный кэш Vercel.',
      ),
    },
    {
      id: 'x-vercel-error',
      signal: header('x-vercel-error'),
      weight: 'strong',
      generated: true,
      says: t(
        'Vercel names its own error code in this header, so the platform answered by itself instead of passing on a reply from the app.',
        'В этом заголовке Vercel указывает код собственной ошибки: ответила сама платформа, а не приложение.',
      ),
    },
    {
      id: 'x-vercel-mitigated',
      signal: header('x-vercel-mitigated'),
      weight: 'strong',
      generated: true,
      says: t(
        "Vercel's firewall stepped in on this request (a challenge or a block); the app never saw it.",
        'На этот запрос отреагировал файрвол Vercel (проверка или блокировка); до приложения запрос не дошёл.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)vercel\.app$/),
      weight: 'medium',
      says: t(
        'The address is on vercel.app, the domain Vercel gives to every deployment.',
        'Адрес находится на vercel.app — домене, который Vercel выдаёт каждому развёртыванию.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-vercel-error',
      generated: true,
      fallback: t(
        "Vercel reported an error code this list does not know yet. Look it up on Vercel's Error Codes page; the x-vercel-id value identifies the request for Vercel support.",
        'Vercel сообщил код ошибки, которого нет в этом списке. Найдите его на странице Error Codes в документации Vercel; значение x-vercel-id поможет поддержке Vercel найти запрос.',
      ),
      values: [
        // Functions and runtime
        decodedValue(
          'body-not-a-string-from-function',
          wholeValue('BODY_NOT_A_STRING_FROM_FUNCTION'),
          t('Function returned an unusable body', 'Функция вернула неподходящее тело ответа'),
          t(
            'A serverless function gave Vercel a response body of the wrong type (an object or a number rather than a string or buffer).',
            'Serverless-функция отдала Vercel тело ответа неверного типа (объект или число вместо строки или буфера).',
          ),
          t(
            'Serialise the body before returning it (JSON.stringify or the framework’s json helper) and check the function’s runtime logs.',
            'Сериализуйте тело перед отправкой (JSON.stringify или json-хелпер фреймворка) и посмотрите runtime-логи функции.',
          ),
        ),
        decodedValue(
          'edge-function-invocation-failed',
          wholeValue('EDGE_FUNCTION_INVOCATION_FAILED'),
          t('Edge Function crashed', 'Сбой Edge Function'),
          t(
            'An Edge Function threw an error or stopped before it produced a response.',
            'Edge Function выбросила ошибку или остановилась, не сформировав ответ.',
          ),
          t(
            'Open the project’s runtime logs in the Vercel dashboard and find the stack trace for this request.',
            'Откройте runtime-логи проекта в панели Vercel и найдите трассировку стека для этого запроса.',
          ),
          retryLater,
        ),
        decodedValue(
          'edge-function-invocation-timeout',
          wholeValue('EDGE_FUNCTION_INVOCATION_TIMEOUT'),
          t('Edge Function took too long', 'Edge Function не успела ответить'),
          t(
            'An Edge Function did not begin its response within the time Vercel allows.',
            'Edge Function не начала отвечать за время, которое отводит Vercel.',
          ),
          t(
            'Send the first bytes sooner (stream the response) and move slow upstream calls out of the edge code.',
            'Начинайте отдавать ответ раньше (потоком) и выносите медленные обращения к внешним сервисам из edge-кода.',
          ),
          retryLater,
        ),
        decodedValue(
          'function-invocation-failed',
          wholeValue('FUNCTION_INVOCATION_FAILED'),
          t('Serverless function crashed', 'Сбой serverless-функции'),
          t(
            'The function behind this address threw an unhandled error or exited abnormally.',
            'Функция, обслуживающая этот адрес, выбросила необработанную ошибку или аварийно завершилась.',
          ),
          t(
            'Check the runtime logs for this request: typical causes are a missing environment variable, an unhandled promise rejection or a failed database connection.',
            'Посмотрите runtime-логи по этому запросу: частые причины — не задана переменная окружения, есть необработанное отклонение промиса или не удалось подключиться к базе данных.',
          ),
          retryLater,
        ),
        decodedValue(
          'function-invocation-timeout',
          wholeValue('FUNCTION_INVOCATION_TIMEOUT'),
          t('Serverless function timed out', 'Serverless-функция превысила лимит времени'),
          t(
            'The function ran longer than its maximum duration, and Vercel stopped it.',
            'Функция работала дольше разрешённого времени, и Vercel её остановил.',
          ),
          t(
            'Find what is slow (often an upstream API or database), add time-outs to outgoing calls, and raise maxDuration if the plan allows.',
            'Найдите медленное место (часто это внешний API или база), поставьте тайм-ауты на исходящие запросы и увеличьте maxDuration, если тариф позволяет.',
          ),
          retryLater,
        ),
        decodedValue(
          'function-payload-too-large',
          wholeValue('FUNCTION_PAYLOAD_TOO_LARGE'),
          t('Request body too large for a function', 'Тело запроса слишком велико для функции'),
          t(
            'The data sent to the function exceeded the request body limit of Vercel functions (about 4.5 MB).',
            'Данные, отправленные функции, превысили лимит тела запроса для функций Vercel (около 4,5 МБ).',
          ),
          t(
            'Upload large files straight to object storage (for example with a presigned URL) instead of through the function.',
            'Загружайте большие файлы напрямую в объектное хранилище (например, по presigned URL), а не через функцию.',
          ),
          t('Try a smaller file or fewer items at once.', 'Попробуйте файл поменьше или меньше элементов за раз.'),
        ),
        decodedValue(
          'function-response-payload-too-large',
          wholeValue('FUNCTION_RESPONSE_PAYLOAD_TOO_LARGE'),
          t('Function response too large', 'Ответ функции слишком велик'),
          t(
            'The function produced a response bigger than Vercel lets a function return.',
            'Функция сформировала ответ больше, чем Vercel разрешает вернуть из функции.',
          ),
          t(
            'Paginate or stream the data, or serve large files from storage or a CDN instead of the function.',
            'Разбейте данные на страницы или отдавайте их потоком; крупные файлы раздавайте из хранилища или CDN, а не через функцию.',
          ),
        ),
        decodedValue(
          'function-throttled',
          wholeValue('FUNCTION_THROTTLED'),
          t('Function throttled', 'Вызовы функции ограничены'),
          t(
            'Too many copies of the function were running at once, so Vercel turned this request away.',
            'Одновременно работало слишком много экземпляров функции, и Vercel отклонил этот запрос.',
          ),
          t(
            'Look at concurrency in the dashboard’s observability views, smooth out bursts (queues, caching), and ask Vercel support about limits if it persists.',
            'Посмотрите число одновременных выполнений в разделе Observability панели Vercel, сгладьте всплески (очереди, кэширование) и, если это повторяется, уточните лимиты у поддержки Vercel.',
          ),
          retryLater,
        ),
        decodedValue(
          'function-rate-limit',
          wholeValue('FUNCTION_RATE_LIMIT'),
          t('Function rate limit reached', 'Превышена частота вызовов функции'),
          t(
            'The function was called more often than the account’s limit allows (a code from older Vercel lists).',
            'Функцию вызывали чаще, чем позволяет лимит аккаунта (код из старых списков Vercel).',
          ),
          t(
            'Cache responses where possible and reduce how often clients call the function; check the plan’s limits.',
            'Кэшируйте ответы, где возможно, и сократите частоту вызовов со стороны клиентов; проверьте лимиты тарифа.',
          ),
          retryLater,
        ),
        decodedValue(
          'no-response-from-function',
          wholeValue('NO_RESPONSE_FROM_FUNCTION'),
          t('Function sent no response', 'Функция ничего не ответила'),
          t(
            'The function finished without returning or ending a response.',
            'Функция завершилась, так и не вернув и не закрыв ответ.',
          ),
          t(
            'Make sure every code path returns a Response (or calls res.end), including error branches and early returns.',
            'Убедитесь, что каждая ветка кода возвращает Response (или вызывает res.end), включая обработку ошибок и ранние выходы.',
          ),
        ),
        decodedValue(
          'infinite-loop-detected',
          wholeValue('INFINITE_LOOP_DETECTED'),
          t('Request loop detected', 'Обнаружен цикл запросов'),
          t(
            'The request kept coming back to the same deployment, so Vercel broke the loop.',
            'Запрос раз за разом возвращался в то же развёртывание, и Vercel прервал цикл.',
          ),
          t(
            'Look for a rewrite, redirect or middleware fetch whose destination points back at this same site.',
            'Ищите rewrite, redirect или fetch в middleware, чей адрес назначения ведёт обратно на этот же сайт.',
          ),
        ),
        decodedValue(
          'middleware-invocation-failed',
          wholeValue('MIDDLEWARE_INVOCATION_FAILED'),
          t('Middleware crashed', 'Сбой middleware'),
          t(
            'The site’s middleware threw an error before the request reached a page or function.',
            'Middleware сайта выбросил ошибку ещё до того, как запрос дошёл до страницы или функции.',
          ),
          t(
            'Check the middleware entries in the runtime logs for the stack trace.',
            'Найдите трассировку стека в runtime-логах middleware.',
          ),
          retryLater,
        ),
        decodedValue(
          'middleware-invocation-timeout',
          wholeValue('MIDDLEWARE_INVOCATION_TIMEOUT'),
          t('Middleware took too long', 'Middleware не успел ответить'),
          t(
            'The site’s middleware did not finish within the time Vercel allows.',
            'Middleware сайта не уложился во время, которое отводит Vercel.',
          ),
          t(
            'Keep middleware light: avoid slow fetches there, or add time-outs and fall through when an upstream is slow.',
            'Держите middleware лёгким: уберите из него медленные запросы или поставьте тайм-ауты и пропускайте запрос дальше, если внешний сервис отвечает медленно.',
          ),
          retryLater,
        ),
        decodedValue(
          'middleware-runtime-deprecated',
          wholeValue('MIDDLEWARE_RUNTIME_DEPRECATED'),
          t('Middleware runtime retired', 'Среда выполнения middleware устарела'),
          t(
            'The middleware was built for a runtime version Vercel no longer runs.',
            'Middleware собран под версию среды выполнения, которую Vercel больше не поддерживает.',
          ),
          t(
            'Update the framework and runtime settings, then redeploy.',
            'Обновите фреймворк и настройки среды выполнения, затем разверните проект заново.',
          ),
        ),
        decodedValue(
          'microfrontends-middleware-error',
          wholeValue('MICROFRONTENDS_MIDDLEWARE_ERROR'),
          t('Microfrontends routing failed', 'Сбой маршрутизации микрофронтендов'),
          t(
            'The middleware that sends requests to the right microfrontend project failed.',
            'Дал сбой middleware, который направляет запросы в нужный проект микрофронтенда.',
          ),
          t(
            'Check the microfrontends configuration and the middleware logs of the main project.',
            'Проверьте конфигурацию микрофронтендов и журналы middleware основного проекта.',
          ),
        ),
        decodedValue(
          'microfrontends-missing-fallback-error',
          wholeValue('MICROFRONTENDS_MISSING_FALLBACK_ERROR'),
          t('Microfrontends fallback missing', 'Нет запасного варианта для микрофронтендов'),
          t(
            'No microfrontend project was set up to take this path, and no fallback was configured.',
            'Ни один проект микрофронтенда не настроен на этот путь, и запасной вариант не задан.',
          ),
          t(
            'Set a fallback environment or project in the microfrontends configuration.',
            'Укажите запасное окружение или проект в конфигурации микрофронтендов.',
          ),
        ),
        // Deployments
        decodedValue(
          'deployment-blocked',
          wholeValue('DEPLOYMENT_BLOCKED'),
          t('Deployment blocked', 'Развёртывание заблокировано'),
          t(
            'Vercel refuses to serve this deployment, usually because the account or project was blocked.',
            'Vercel отказывается отдавать это развёртывание — обычно потому, что аккаунт или проект заблокирован.',
          ),
          t(
            'Read the notices in the Vercel dashboard and the email Vercel sent; contact Vercel support to resolve it.',
            'Прочитайте уведомления в панели Vercel и письмо от Vercel; для разблокировки обратитесь в поддержку Vercel.',
          ),
        ),
        decodedValue(
          'deployment-deleted',
          wholeValue('DEPLOYMENT_DELETED'),
          t('Deployment deleted', 'Развёртывание удалено'),
          t(
            'The deployment this address pointed to has been deleted.',
            'Развёртывание, на которое указывал этот адрес, удалено.',
          ),
          t(
            'Point the domain or alias at a current deployment and update any links to old deployment URLs.',
            'Привяжите домен или алиас к актуальному развёртыванию и обновите ссылки на старые адреса развёртываний.',
          ),
          t(
            'The link is out of date; look for a newer one on the site.',
            'Ссылка устарела; поищите актуальную на сайте.',
          ),
        ),
        decodedValue(
          'deployment-disabled',
          wholeValue('DEPLOYMENT_DISABLED'),
          t('Deployment disabled', 'Развёртывание отключено'),
          t(
            'Vercel switched this deployment off, typically because the account went over its plan’s usage or has a billing problem.',
            'Vercel отключил это развёртывание — как правило, из-за превышения лимитов тарифа или проблем с оплатой.',
          ),
          t('Check Usage and Billing in the Vercel dashboard.', 'Проверьте разделы Usage и Billing в панели Vercel.'),
        ),
        decodedValue(
          'deployment-not-found',
          wholeValue('DEPLOYMENT_NOT_FOUND'),
          t('No deployment for this address', 'Для этого адреса нет развёртывания'),
          t(
            'Vercel received the request but has no deployment linked to this hostname.',
            'Vercel получил запрос, но к этому имени хоста не привязано ни одно развёртывание.',
          ),
          t(
            'In Project → Settings → Domains, check that the domain is added to the right project; for deployment URLs, check the URL still exists.',
            'В разделе Project → Settings → Domains проверьте, что домен добавлен в нужный проект; для адресов развёртываний — что такой адрес ещё существует.',
          ),
          t('Check the address for typos.', 'Проверьте, нет ли опечатки в адресе.'),
        ),
        decodedValue(
          'deployment-not-ready-redirecting',
          wholeValue('DEPLOYMENT_NOT_READY_REDIRECTING'),
          t('Deployment still building', 'Развёртывание ещё собирается'),
          t(
            'The deployment is not ready yet, so Vercel sends the browser elsewhere for now.',
            'Развёртывание ещё не готово, поэтому Vercel пока перенаправляет браузер в другое место.',
          ),
          t(
            'Wait for the build to finish and check its log if it is stuck.',
            'Дождитесь окончания сборки; если она зависла, посмотрите её журнал.',
          ),
          t('Wait a minute and reload.', 'Подождите минуту и обновите страницу.'),
        ),
        decodedValue(
          'deployment-paused',
          wholeValue('DEPLOYMENT_PAUSED'),
          t('Project paused', 'Проект приостановлен'),
          t(
            'The project is paused, either by its owner or by spend management, so Vercel serves nothing.',
            'Проект приостановлен — владельцем или системой контроля расходов, — и Vercel ничего не отдаёт.',
          ),
          t(
            'Resume the project in its settings and review the spend management limits.',
            'Возобновите проект в его настройках и проверьте лимиты контроля расходов.',
          ),
        ),
        decodedValue(
          'not-found',
          wholeValue('NOT_FOUND'),
          t('Nothing at this path', 'По этому пути ничего нет'),
          t(
            'The deployment exists, but it has no file, function or route for this path.',
            'Развёртывание существует, но для этого пути в нём нет ни файла, ни функции, ни маршрута.',
          ),
          t(
            'Check the output directory and framework preset in the build settings, and add a rewrite to index.html if this is a single-page app.',
            'Проверьте каталог сборки (output directory) и пресет фреймворка в настройках сборки; для одностраничного приложения добавьте rewrite на index.html.',
          ),
          t('Check the address; the page may have moved.', 'Проверьте адрес: возможно, страница переехала.'),
        ),
        // DNS lookups for external rewrite targets
        decodedValue(
          'dns-hostname-empty',
          wholeValue('DNS_HOSTNAME_EMPTY'),
          t('Upstream hostname is empty', 'Пустое имя внешнего хоста'),
          t(
            'A rewrite or proxy rule sent the request to a destination with no hostname.',
            'Правило rewrite или прокси направило запрос по адресу без имени хоста.',
          ),
          t(
            'Check rewrite destinations; an environment variable that builds the URL may be unset.',
            'Проверьте адреса назначения в rewrites: возможно, не задана переменная окружения, из которой собирается URL.',
          ),
        ),
        decodedValue(
          'dns-hostname-not-found',
          wholeValue('DNS_HOSTNAME_NOT_FOUND'),
          t('Upstream hostname does not exist', 'Внешний хост не найден в DNS'),
          t(
            'The external host a rewrite points to does not exist in DNS.',
            'Внешнего хоста, на который указывает rewrite, нет в DNS.',
          ),
          t(
            'Fix the destination hostname in the rewrite or proxy rule.',
            'Исправьте имя хоста в правиле rewrite или прокси.',
          ),
        ),
        decodedValue(
          'dns-hostname-resolve-failed',
          wholeValue('DNS_HOSTNAME_RESOLVE_FAILED'),
          t('Upstream DNS lookup failed', 'Не удалось разрешить имя внешнего хоста'),
          t(
            'Vercel could not look up the address of the external host behind a rewrite.',
            'Vercel не смог получить адрес внешнего хоста, на который ведёт rewrite.',
          ),
          t(
            'Check that the upstream domain’s DNS servers answer reliably.',
            'Проверьте, что DNS-серверы домена внешнего сервиса отвечают стабильно.',
          ),
          retryLater,
        ),
        decodedValue(
          'dns-hostname-resolved-private',
          wholeValue('DNS_HOSTNAME_RESOLVED_PRIVATE'),
          t('Upstream resolves to a private address', 'Внешний хост указывает на частный адрес'),
          t(
            'The external host behind a rewrite resolved to a private IP, which Vercel will not connect to.',
            'Имя внешнего хоста из rewrite разрешилось в частный IP-адрес, к которому Vercel подключаться не будет.',
          ),
          t(
            'Give the backend a public address, or use a supported private connection instead of a plain rewrite.',
            'Дайте бэкенду публичный адрес или используйте поддерживаемое частное подключение вместо обычного rewrite.',
          ),
        ),
        decodedValue(
          'dns-hostname-server-error',
          wholeValue('DNS_HOSTNAME_SERVER_ERROR'),
          t('Upstream DNS server error', 'Ошибка DNS-сервера внешнего хоста'),
          t(
            'The DNS server for the external host answered with an error.',
            'DNS-сервер внешнего хоста ответил ошибкой.',
          ),
          t(
            'Check the authoritative DNS for the upstream domain.',
            'Проверьте авторитативные DNS-серверы домена внешнего сервиса.',
          ),
          retryLater,
        ),
        // Cache and images
        decodedValue(
          'fallback-body-too-large',
          wholeValue('FALLBACK_BODY_TOO_LARGE'),
          t('Cached fallback too large', 'Запасная страница слишком велика для кэша'),
          t(
            'A prerendered fallback page was bigger than Vercel’s cache accepts.',
            'Предварительно отрендеренная запасная страница оказалась больше, чем принимает кэш Vercel.',
          ),
          t(
            'Reduce the size of the prerendered page (less inline data, paginate).',
            'Уменьшите размер предрендеренной страницы (меньше встроенных данных, постраничный вывод).',
          ),
        ),
        decodedValue(
          'invalid-image-optimize-request',
          wholeValue('INVALID_IMAGE_OPTIMIZE_REQUEST'),
          t('Invalid image optimisation request', 'Некорректный запрос на оптимизацию изображения'),
          t(
            'The image optimiser got parameters it does not accept (source URL, width or quality).',
            'Оптимизатор изображений получил недопустимые параметры (адрес источника, ширину или качество).',
          ),
          t(
            'Check the image component’s config: allowed remote patterns and the configured sizes.',
            'Проверьте настройки компонента изображений: разрешённые внешние источники и заданные размеры.',
          ),
        ),
        decodedValue(
          'optimized-external-image-request-failed',
          wholeValue('OPTIMIZED_EXTERNAL_IMAGE_REQUEST_FAILED'),
          t('Source image could not be fetched', 'Не удалось загрузить исходное изображение'),
          t(
            'The image optimiser could not download the original image from its external host.',
            'Оптимизатор изображений не смог скачать оригинал с внешнего хоста.',
          ),
          externalImageOwner,
        ),
        decodedValue(
          'optimized-external-image-request-invalid',
          wholeValue('OPTIMIZED_EXTERNAL_IMAGE_REQUEST_INVALID'),
          t('Source is not a valid image', 'Источник не является изображением'),
          t(
            'The external host answered, but not with an image the optimiser can use.',
            'Внешний хост ответил, но не изображением, с которым может работать оптимизатор.',
          ),
          externalImageOwner,
        ),
        decodedValue(
          'optimized-external-image-request-unauthorized',
          wholeValue('OPTIMIZED_EXTERNAL_IMAGE_REQUEST_UNAUTHORIZED'),
          t('Source image host refused access', 'Хост изображения отказал в доступе'),
          t(
            'The external image host refused the optimiser’s request (it asked for credentials or denied access).',
            'Внешний хост изображения отклонил запрос оптимизатора (потребовал учётные данные или запретил доступ).',
          ),
          externalImageOwner,
        ),
        decodedValue(
          'optimized-external-image-too-many-redirects',
          wholeValue('OPTIMIZED_EXTERNAL_IMAGE_TOO_MANY_REDIRECTS'),
          t('Source image redirects too many times', 'Слишком много перенаправлений у изображения'),
          t(
            'Fetching the original image led through too many redirects.',
            'При загрузке оригинала изображения пришлось пройти слишком много перенаправлений.',
          ),
          externalImageOwner,
        ),
        // Requests
        decodedValue(
          'invalid-request-method',
          wholeValue('INVALID_REQUEST_METHOD'),
          t('Method not accepted here', 'Метод здесь не принимается'),
          t(
            'The request used an HTTP method this resource does not take, such as POST to a static file.',
            'В запросе использован HTTP-метод, который этот ресурс не принимает, — например, POST к статическому файлу.',
          ),
          t(
            'Send the method to a function or route that handles it, or fix the client that sends it.',
            'Направьте этот метод в функцию или маршрут, который его обрабатывает, или исправьте клиент, который его отправляет.',
          ),
        ),
        decodedValue(
          'malformed-request-header',
          wholeValue('MALFORMED_REQUEST_HEADER'),
          t('Malformed request header', 'Некорректный заголовок запроса'),
          t(
            'A header in the request was not valid, so Vercel rejected it.',
            'Один из заголовков запроса оказался некорректным, и Vercel отклонил запрос.',
          ),
          t(
            'If your own code sets custom headers, check their names and values for invalid characters.',
            'Если ваш код выставляет собственные заголовки, проверьте их имена и значения на недопустимые символы.',
          ),
          t(
            'Clear this site’s cookies and reload; an extension that edits headers can also cause this.',
            'Удалите cookie этого сайта и обновите страницу; причиной может быть и расширение, которое меняет заголовки.',
          ),
        ),
        decodedValue(
          'request-header-too-large',
          wholeValue('REQUEST_HEADER_TOO_LARGE'),
          t('Request headers too large', 'Заголовки запроса слишком велики'),
          t(
            'A single header was over 16 KB, or all headers together over 32 KB; cookies are the usual cause.',
            'Один заголовок превысил 16 КБ или все вместе — 32 КБ; обычно виноваты cookie.',
          ),
          t(
            'Stop the site from piling up cookies (count and size) and keep custom headers small.',
            'Сократите количество и размер cookie сайта и не раздувайте собственные заголовки.',
          ),
          t('Clear this site’s cookies and reload.', 'Удалите cookie этого сайта и обновите страницу.'),
        ),
        decodedValue(
          'url-too-long',
          wholeValue('URL_TOO_LONG'),
          t('URL too long', 'Слишком длинный URL'),
          t(
            'The address was longer than Vercel’s edge accepts (about 14 KB).',
            'Адрес длиннее, чем принимает пограничная сеть Vercel (около 14 КБ).',
          ),
          t(
            'Move large data from the query string into a POST body.',
            'Перенесите объёмные данные из строки запроса в тело POST-запроса.',
          ),
        ),
        decodedValue(
          'resource-not-found',
          wholeValue('RESOURCE_NOT_FOUND'),
          t('Resource not found', 'Ресурс не найден'),
          t(
            'Vercel could not find a resource the request referred to.',
            'Vercel не нашёл ресурс, на который ссылается запрос.',
          ),
          t(
            'Check the path and the files the build produced.',
            'Проверьте путь и файлы, которые получились в результате сборки.',
          ),
        ),
        decodedValue(
          'range-end-not-valid',
          wholeValue('RANGE_END_NOT_VALID'),
          t('Invalid range end', 'Неверный конец диапазона'),
          t(
            'The end of the byte range in the Range header was not valid.',
            'Конец диапазона байтов в заголовке Range некорректен.',
          ),
          rangeOwner,
        ),
        decodedValue(
          'range-start-not-valid',
          wholeValue('RANGE_START_NOT_VALID'),
          t('Invalid range start', 'Неверное начало диапазона'),
          t(
            'The start of the byte range in the Range header was not valid.',
            'Начало диапазона байтов в заголовке Range некорректно.',
          ),
          rangeOwner,
        ),
        decodedValue(
          'range-group-not-valid',
          wholeValue('RANGE_GROUP_NOT_VALID'),
          t('Invalid range set', 'Неверный набор диапазонов'),
          t(
            'The list of ranges in the Range header could not be parsed.',
            'Список диапазонов в заголовке Range не удалось разобрать.',
          ),
          rangeOwner,
        ),
        decodedValue(
          'range-missing-unit',
          wholeValue('RANGE_MISSING_UNIT'),
          t('Range unit missing', 'Не указана единица диапазона'),
          t(
            'The Range header did not say which unit it counts in (bytes).',
            'В заголовке Range не указана единица измерения (bytes).',
          ),
          rangeOwner,
        ),
        decodedValue(
          'range-unit-not-supported',
          wholeValue('RANGE_UNIT_NOT_SUPPORTED'),
          t('Range unit not supported', 'Единица диапазона не поддерживается'),
          t('The Range header used a unit other than bytes.', 'В заголовке Range указана единица, отличная от bytes.'),
          rangeOwner,
        ),
        decodedValue(
          'too-many-ranges',
          wholeValue('TOO_MANY_RANGES'),
          t('Too many ranges', 'Слишком много диапазонов'),
          t(
            'The Range header asked for more separate pieces of the file than Vercel serves at once.',
            'Заголовок Range запросил больше отдельных кусков файла, чем Vercel отдаёт за раз.',
          ),
          rangeOwner,
        ),
        // Routing
        decodedValue(
          'router-cannot-match',
          wholeValue('ROUTER_CANNOT_MATCH'),
          t('Router could not match the request', 'Маршрутизатор не подобрал маршрут'),
          t(
            'Vercel’s router could not fit the request to any route pattern of the deployment.',
            'Маршрутизатор Vercel не смог сопоставить запрос ни с одним шаблоном маршрутов развёртывания.',
          ),
          t(
            'Review routes, rewrites and redirects in vercel.json or the framework config for a broken pattern.',
            'Проверьте routes, rewrites и redirects в vercel.json или конфигурации фреймворка на ошибочные шаблоны.',
          ),
        ),
        decodedValue(
          'router-external-target-connection-error',
          wholeValue('ROUTER_EXTERNAL_TARGET_CONNECTION_ERROR'),
          t('Could not connect to the external backend', 'Не удалось подключиться к внешнему бэкенду'),
          t(
            'A rewrite sends this path to an outside server, and Vercel could not connect to it (refused, closed or unreachable).',
            'Rewrite направляет этот путь на внешний сервер, и Vercel не смог к нему подключиться (отказ, разрыв или недоступность).',
          ),
          t(
            'Check that the backend is up and reachable from the internet on the right port, and that its firewall does not block Vercel.',
            'Проверьте, что бэкенд запущен и доступен из интернета на нужном порту и что его файрвол не блокирует Vercel.',
          ),
          retryLater,
        ),
        decodedValue(
          'router-external-target-error',
          wholeValue('ROUTER_EXTERNAL_TARGET_ERROR'),
          t('External backend failed', 'Ошибка внешнего бэкенда'),
          t(
            'The outside server behind a rewrite failed to give a usable answer.',
            'Внешний сервер, на который ведёт rewrite, не дал пригодного ответа.',
          ),
          t(
            'Check the backend’s own logs for this request and its response time.',
            'Посмотрите журналы самого бэкенда по этому запросу и время его ответа.',
          ),
          retryLater,
        ),
        decodedValue(
          'router-external-target-handshake-error',
          wholeValue('ROUTER_EXTERNAL_TARGET_HANDSHAKE_ERROR'),
          t('TLS handshake with the external backend failed', 'Сбой TLS-рукопожатия с внешним бэкендом'),
          t(
            'Vercel could not set up a secure connection to the outside server behind a rewrite.',
            'Vercel не смог установить защищённое соединение с внешним сервером из rewrite.',
          ),
          t(
            'Check the backend’s certificate (valid, not expired, matches the hostname) and its TLS versions.',
            'Проверьте сертификат бэкенда (действителен, не истёк, подходит к имени хоста) и поддерживаемые версии TLS.',
          ),
        ),
        decodedValue(
          'router-too-many-has-selections',
          wholeValue('ROUTER_TOO_MANY_HAS_SELECTIONS'),
          t('Route conditions too complex', 'Слишком сложные условия маршрута'),
          t(
            'A route uses more "has" conditions than Vercel evaluates.',
            'В маршруте больше условий has, чем обрабатывает Vercel.',
          ),
          t(
            'Simplify the has/missing conditions in the routing config.',
            'Упростите условия has/missing в конфигурации маршрутов.',
          ),
        ),
        decodedValue(
          'too-many-filesystem-checks',
          wholeValue('TOO_MANY_FILESYSTEM_CHECKS'),
          t('Too many file lookups', 'Слишком много проверок файлов'),
          t(
            'Routing this request needed more file-system lookups than Vercel allows.',
            'Для маршрутизации этого запроса понадобилось больше обращений к файловой системе, чем разрешает Vercel.',
          ),
          t(
            'Shorten chains of rewrites that each check for files.',
            'Сократите цепочки правил rewrite, каждое из которых проверяет наличие файлов.',
          ),
        ),
        decodedValue(
          'too-many-forks',
          wholeValue('TOO_MANY_FORKS'),
          t('Routing branched too many times', 'Слишком много ветвлений маршрутизации'),
          t(
            'Routing this request split into more branches than Vercel allows.',
            'Маршрутизация этого запроса разветвилась больше, чем разрешает Vercel.',
          ),
          t(
            'Reduce chained rewrites and overlapping route rules.',
            'Уменьшите количество цепочек rewrite и пересекающихся правил маршрутов.',
          ),
        ),
        // Sandboxes
        decodedValue(
          'sandbox-not-found',
          wholeValue('SANDBOX_NOT_FOUND'),
          t('Sandbox not found', 'Песочница не найдена'),
          t('No Vercel Sandbox exists for this address.', 'Для этого адреса нет песочницы Vercel Sandbox.'),
          t(
            'Check that the sandbox was created and the URL is current.',
            'Убедитесь, что песочница создана и адрес актуален.',
          ),
        ),
        decodedValue(
          'sandbox-not-listening',
          wholeValue('SANDBOX_NOT_LISTENING'),
          t('Nothing listening in the sandbox', 'В песочнице никто не слушает порт'),
          t(
            'The sandbox is running, but no process is listening on the port this address leads to.',
            'Песочница запущена, но на порту, куда ведёт адрес, никакой процесс не слушает.',
          ),
          t(
            'Start the server inside the sandbox on the exposed port.',
            'Запустите сервер внутри песочницы на открытом порту.',
          ),
        ),
        decodedValue(
          'sandbox-stopped',
          wholeValue('SANDBOX_STOPPED'),
          t('Sandbox stopped', 'Песочница остановлена'),
          t('The sandbox behind this address has stopped.', 'Песочница, обслуживавшая этот адрес, остановлена.'),
          t('Start a new sandbox and use its address.', 'Запустите новую песочницу и используйте её адрес.'),
        ),
        // Vercel's own failures
        {
          id: 'internal',
          match: /^INTERNAL_[A-Z0-9_]+$/i,
          title: t('Vercel internal error', 'Внутренняя ошибка Vercel'),
          summary: t(
            'Something failed inside Vercel’s own infrastructure (the code starts with INTERNAL_), not in the site’s code.',
            'Сбой произошёл внутри инфраструктуры Vercel (код начинается с INTERNAL_), а не в коде сайта.',
          ),
          owner: t(
            'Check Vercel’s status page; if it keeps happening, contact Vercel support and quote the x-vercel-id value.',
            'Проверьте страницу статуса Vercel; если ошибка повторяется, напишите в поддержку Vercel и приложите значение x-vercel-id.',
          ),
          visitor: retryLater,
        },
      ],
    },
    {
      header: 'x-vercel-mitigated',
      generated: true,
      fallback: t(
        'Vercel’s firewall acted on this request; the value says how. Its logs are under Firewall in the project dashboard.',
        'Файрвол Vercel обработал этот запрос; значение заголовка говорит, как именно. Журнал — в разделе Firewall панели проекта.',
      ),
      values: [
        {
          id: 'challenge',
          match: /^challenge$/i,
          title: t('Vercel Firewall challenge', 'Проверка файрвола Vercel'),
          summary: t(
            'Vercel’s firewall asked the browser to pass a check before letting the request through to the site.',
            'Файрвол Vercel потребовал, чтобы браузер прошёл проверку, прежде чем пропустить запрос к сайту.',
          ),
          visitor: t(
            'Let the page finish its check with JavaScript and cookies enabled; a VPN or an automation tool can make it fail.',
            'Дайте странице завершить проверку, не отключая JavaScript и cookie; VPN или средства автоматизации могут ей мешать.',
          ),
          owner: t(
            'See which rule challenged the request in Firewall → traffic: a custom rule, bot protection or Attack Challenge Mode. Scripts and API clients cannot pass a challenge, so exempt them.',
            'Посмотрите в Firewall → трафик, какое правило запросило проверку: собственное правило, защита от ботов или Attack Challenge Mode. Скрипты и API-клиенты пройти проверку не могут — сделайте для них исключение.',
          ),
        },
        {
          id: 'deny',
          match: /^deny$/i,
          title: t('Blocked by Vercel Firewall', 'Заблокировано файрволом Vercel'),
          summary: t(
            'Vercel’s firewall refused the request outright (a value seen in captured responses; Vercel’s header reference does not list it).',
            'Файрвол Vercel сразу отклонил запрос (такое значение встречается в реальных ответах, но в справочнике заголовков Vercel его нет).',
          ),
          visitor: t(
            'The site blocks requests like this one; try another network, or contact the site owner if you need access.',
            'Сайт блокирует такие запросы; попробуйте другую сеть или свяжитесь с владельцем сайта, если доступ нужен.',
          ),
          owner: t(
            'Find the matching deny rule, IP block or managed rule in the project’s Firewall view and adjust it if it caught real visitors.',
            'Найдите сработавшее правило deny, блокировку IP или управляемое правило в разделе Firewall проекта и поправьте его, если под него попали обычные посетители.',
          ),
        },
      ],
    },
  ],
  notes: [
    {
      code: 402,
      note: t(
        'A 402 from Vercel with x-vercel-error: DEPLOYMENT_DISABLED means the account’s plan limits or billing stopped the deployment.',
        '402 от Vercel с x-vercel-error: DEPLOYMENT_DISABLED означает, что развёртывание остановлено из-за лимитов тарифа или оплаты.',
      ),
    },
    {
      code: 403,
      note: t(
        'On Vercel a 403 that carries x-vercel-mitigated came from the Vercel Firewall (a challenge or a block), not from the app.',
        'На Vercel ответ 403 с заголовком x-vercel-mitigated пришёл от файрвола Vercel (проверка или блокировка), а не от приложения.',
      ),
    },
    {
      code: 404,
      note: t(
        'When Vercel itself answers 404, x-vercel-error tells which case: NOT_FOUND (the deployment has nothing at this path) or DEPLOYMENT_NOT_FOUND (no deployment is linked to this hostname). Without that header the 404 came from the app.',
        'Если 404 отдаёт сам Vercel, заголовок x-vercel-error уточняет случай: NOT_FOUND (в развёртывании нет ничего по этому пути) или DEPLOYMENT_NOT_FOUND (к имени хоста не привязано развёртывание). Без этого заголовка ответ 404 пришёл от самого приложения.',
      ),
    },
    {
      code: 429,
      note: t(
        'On Vercel a 429 with x-vercel-mitigated is the firewall (a rate-limit rule or a challenge); without it, the app or a function limit sent it.',
        'На Vercel ответ 429 с x-vercel-mitigated отправил файрвол (правило ограничения частоты или проверка); без этого заголовка — приложение или лимит функций.',
      ),
    },
    {
      code: 500,
      note: t(
        'A Vercel 500 with x-vercel-error is the platform reporting that a function or middleware crashed (FUNCTION_INVOCATION_FAILED and similar); the runtime logs hold the stack trace.',
        '500 от Vercel с x-vercel-error — это сообщение платформы о падении функции или middleware (FUNCTION_INVOCATION_FAILED и подобные); трассировка стека — в runtime-логах.',
      ),
    },
    {
      code: 502,
      note: t(
        'A Vercel 502 with x-vercel-error usually means a function gave no usable response or a rewrite to an outside backend failed (ROUTER_EXTERNAL_TARGET_*, DNS_HOSTNAME_*).',
        '502 от Vercel с x-vercel-error обычно значит, что функция не дала пригодного ответа или не сработал rewrite на внешний бэкенд (ROUTER_EXTERNAL_TARGET_*, DNS_HOSTNAME_*).',
      ),
    },
    {
      code: 503,
      note: t(
        'A Vercel 503 with x-vercel-error points at the platform: a paused project (DEPLOYMENT_PAUSED) or throttled functions (FUNCTION_THROTTLED).',
        '503 от Vercel с x-vercel-error указывает на платформу: проект приостановлен (DEPLOYMENT_PAUSED) или вызовы функций ограничены (FUNCTION_THROTTLED).',
      ),
    },
    {
      code: 504,
      note: t(
        'A Vercel 504 with x-vercel-error means a function, Edge Function or middleware ran out of time; the limit depends on the plan and the maxDuration setting.',
        '504 от Vercel с x-vercel-error означает, что функция, Edge Function или middleware не уложились во время; лимит зависит от тарифа и настройки maxDuration.',
      ),
    },
    {
      code: 508,
      note: t(
        'On Vercel, 508 with INFINITE_LOOP_DETECTED means a rewrite or middleware sent the request back to the same site in a loop.',
        'На Vercel 508 с INFINITE_LOOP_DETECTED означает, что rewrite или middleware по кругу отправляли запрос обратно на тот же сайт.',
      ),
    },
  ],
  bodyHint: t(
    'Vercel’s own error page shows the status, then "Code:" with the error name (the same as x-vercel-error) and "ID:" with the request id (region::id). Quote the ID when asking Vercel support or searching the project logs.',
    'На собственной странице ошибки Vercel указаны статус, затем «Code:» с названием ошибки (оно же в x-vercel-error) и «ID:» с идентификатором запроса (регион::номер). Приводите этот ID в обращении в поддержку Vercel или ищите его в журналах проекта.',
  ),
};
