import { cookie, header, host, onPage } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const azureFrontDoor: Vendor = {
  id: 'azure-front-door',
  name: 'Azure Front Door',
  role: 'cdn',
  docs: {
    title: 'Microsoft Learn: Protocol support for HTTP headers in Azure Front Door',
    url: 'https://learn.microsoft.com/azure/frontdoor/front-door-http-headers-protocol',
  },
  fingerprints: [
    {
      id: 'x-azure-ref',
      signal: header('x-azure-ref'),
      weight: 'strong',
      says: t(
        "x-azure-ref is Azure Front Door's reference for this request; Front Door adds it to every answer it delivers, its own and the origin's alike. Quote it when reporting the problem.",
        'x-azure-ref — идентификатор запроса в Azure Front Door: Front Door добавляет его к каждому ответу, который доставляет, — и к собственным, и к ответам origin. Укажите его, когда сообщаете о проблеме.',
      ),
    },
    {
      id: 'x-msedge-ref',
      signal: header('x-msedge-ref'),
      weight: 'medium',
      says: t(
        "x-msedge-ref is a reference added by Microsoft's edge network, which Azure Front Door and other Microsoft front ends run on.",
        'x-msedge-ref — идентификатор, который добавляет пограничная сеть Microsoft; на ней работают Azure Front Door и другие входные узлы Microsoft.',
      ),
    },
    {
      // X-Cache values of Microsoft's edge ("Debug HTTP header for Azure CDN from Microsoft", linked from the Front Door
      // header page): TCP_HIT / TCP_REMOTE_HIT mean the content came from the edge or regional cache.
      id: 'x-cache-hit',
      signal: header('x-cache', /^TCP_(REMOTE_)?HIT$/),
      weight: 'weak',
      relayed: true,
      says: t(
        'X-Cache TCP_HIT or TCP_REMOTE_HIT means Front Door served this from its cache, so the origin made the answer earlier and Front Door passed it on.',
        'X-Cache TCP_HIT или TCP_REMOTE_HIT означает, что Front Door отдал ответ из кэша: его раньше сформировал origin, а Front Door лишь передал.',
      ),
    },
    {
      id: 'x-cache',
      signal: header('x-cache', /^(TCP_MISS|PRIVATE_NOSTORE|CONFIG_NOCACHE)$/),
      weight: 'weak',
      says: t(
        'X-Cache in this form (TCP_MISS, PRIVATE_NOSTORE, CONFIG_NOCACHE) is the cache status of Microsoft’s edge behind Azure Front Door; it says how caching went, not who wrote the answer.',
        'X-Cache в таком виде (TCP_MISS, PRIVATE_NOSTORE, CONFIG_NOCACHE) — статус кэша пограничной сети Microsoft, на которой работает Azure Front Door; он говорит о кэшировании, а не о том, кто сформировал ответ.',
      ),
    },
    {
      id: 'cookie-aslbsa',
      signal: cookie(/^ASLBSA(CORS)?$/),
      weight: 'medium',
      says: t(
        'The ASLBSA cookie is how Azure Front Door keeps a visitor on the same origin (session affinity).',
        'С помощью cookie ASLBSA Azure Front Door направляет посетителя на один и тот же origin (session affinity).',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)azurefd\.net$/),
      weight: 'weak',
      says: t(
        'The address is an azurefd.net name, the default endpoint domain of Azure Front Door.',
        'Адрес на домене azurefd.net — стандартном домене эндпоинтов Azure Front Door.',
      ),
    },
    // Front Door's own error page (observed pages; Microsoft Learn's Azure AD B2C custom-domain troubleshooting quotes
    // its heading): an h2 "Our services aren't available right now", a one-line paragraph, then the request's
    // reference string as bare text of the body.
    {
      id: 'page-heading',
      signal: onPage('body > h2', /^Our services aren['’]t available right now$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page has the heading of Azure Front Door’s own error page, so Front Door answered instead of the site’s server.',
        'На странице заголовок собственной страницы ошибки Azure Front Door: ответил Front Door, а не сервер сайта.',
      ),
    },
    {
      id: 'page-ref',
      signal: onPage('body', /^Our services aren['’]t available right now.{0,200}?([\w+/-]{20,120}={0,2})$/),
      weight: 'strong',
      generated: true,
      says: t(
        'Below its heading, Front Door’s error page ends with the request’s reference string; the site owner or Azure support can trace the request by it.',
        'Под заголовком страница ошибки Front Door заканчивается строкой-идентификатором запроса (reference string); по ней владелец сайта или поддержка Azure отследят запрос.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-azure-externalerror',
      generated: true,
      values: [
        {
          id: 'certificate',
          match: /certificate/i,
          title: t('Origin certificate rejected', 'Сертификат origin отклонён'),
          summary: t(
            "Front Door could not set up TLS to the origin because it did not trust the origin's certificate.",
            'Front Door не смог установить TLS-соединение с origin, потому что не доверяет сертификату origin.',
          ),
          owner: t(
            'Give the origin a certificate from a public CA with the full chain and a name matching the origin host header, or review certificate subject name validation on the origin.',
            'Установите на origin сертификат публичного центра сертификации с полной цепочкой и именем, совпадающим с origin host header, или пересмотрите проверку имени сертификата в настройках origin.',
          ),
        },
      ],
      fallback: t(
        'Front Door hit a problem while connecting to the origin (for example name resolution or an invalid certificate); the value gives the code and a short reason. This debug header appears only when the request asked for it with X-Azure-DebugInfo: 1.',
        'Front Door столкнулся с проблемой при подключении к origin (например, с разрешением имени или неверным сертификатом); значение содержит код и краткую причину. Этот отладочный заголовок приходит, только если в запросе был X-Azure-DebugInfo: 1.',
      ),
    },
    {
      header: 'x-azure-internalerror',
      generated: true,
      fallback: t(
        'Front Door reports an error inside its own service rather than at the origin. Send the value and the x-azure-ref to Azure support. This debug header appears only when the request asked for it with X-Azure-DebugInfo: 1.',
        'Front Door сообщает об ошибке внутри собственного сервиса, а не на origin. Передайте значение и x-azure-ref в поддержку Azure. Этот отладочный заголовок приходит, только если в запросе был X-Azure-DebugInfo: 1.',
      ),
    },
    {
      header: 'x-azure-originstatuscode',
      generated: false,
      values: [
        {
          id: '2xx',
          match: /^2\d\d$/,
          title: t('The origin answered normally', 'Origin ответил нормально'),
          summary: t(
            'The origin itself answered with a success status; if you got an error, Front Door replaced it on the way (a rule, WAF, or a failure while relaying).',
            'Сам origin ответил успешным статусом; если вы получили ошибку, её подставил Front Door по пути (правило, WAF или сбой при передаче).',
          ),
        },
        {
          id: '3xx',
          match: /^3\d\d$/,
          title: t('The origin redirected', 'Origin выполнил перенаправление'),
          summary: t('The origin answered with a redirect status.', 'Origin ответил статусом перенаправления.'),
        },
        {
          id: '4xx',
          match: /^4\d\d$/,
          title: t('The origin refused', 'Origin отклонил запрос'),
          summary: t(
            'The origin itself answered with this client error; Front Door passed it on.',
            'Эту ошибку клиента вернул сам origin; Front Door её только передал.',
          ),
        },
        {
          id: '5xx',
          match: /^5\d\d$/,
          title: t('The origin failed', 'Сбой на origin'),
          summary: t(
            'The origin itself answered with this server error; look at the application behind Front Door, not at Front Door.',
            'Эту ошибку сервера вернул сам origin; разбираться нужно с приложением за Front Door, а не с Front Door.',
          ),
        },
      ],
      fallback: t(
        'This debug header holds the status the origin really returned, which can differ from what Front Door sent on. It appears only when the request asked for it with X-Azure-DebugInfo: 1.',
        'В этом отладочном заголовке — статус, который на самом деле вернул origin; он может отличаться от того, который Front Door отправил дальше. Заголовок приходит, только если в запросе был X-Azure-DebugInfo: 1.',
      ),
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'A 403 made by Front Door itself is commonly a block by its WAF policy; the WAF logs for the x-azure-ref show the rule. A 403 the origin sent is just passed through.',
        '403 от самого Front Door — обычно блокировка его политикой WAF; в журналах WAF по x-azure-ref видно правило. 403 от origin Front Door просто передаёт.',
      ),
    },
    {
      code: 503,
      note: t(
        'Front Door answers 503 when the origin is too slow or gives an answer it cannot use (ErrorInfo: OriginInvalidResponse on the page); a byte-range request with compression enabled can also trigger it. Compare a direct request to the origin with one through Front Door.',
        'Front Door отвечает 503, когда origin отвечает слишком медленно или присылает непригодный ответ (на странице ErrorInfo: OriginInvalidResponse); вызвать его может и запрос диапазона байтов при включённом сжатии. Сравните прямой запрос к origin с запросом через Front Door.',
      ),
    },
    {
      code: 504,
      note: t(
        'Front Door answers 504 (ErrorInfo: OriginTimeout) when the origin does not respond within the origin response timeout, 30 seconds by default; Standard and Premium profiles let you set it between 16 and 240 seconds.',
        'Front Door отвечает 504 (ErrorInfo: OriginTimeout), когда origin не ответил за origin response timeout — по умолчанию 30 секунд; в профилях Standard и Premium его можно задать от 16 до 240 секунд.',
      ),
    },
  ],
  bodyHint: t(
    'Front Door\'s own error page names the failure in a line such as "ErrorInfo: OriginTimeout" or "ErrorInfo: OriginInvalidResponse", and Microsoft edge pages often list reference values (Ref A / Ref B / Ref C). Send those and the x-azure-ref header to the site owner; they can also repeat the request with the header X-Azure-DebugInfo: 1 to get the debug headers.',
    'Собственная страница ошибки Front Door называет сбой строкой вроде «ErrorInfo: OriginTimeout» или «ErrorInfo: OriginInvalidResponse», а страницы пограничной сети Microsoft часто содержат идентификаторы Ref A / Ref B / Ref C. Передайте их и заголовок x-azure-ref владельцу сайта; он может повторить запрос с заголовком X-Azure-DebugInfo: 1 и получить отладочные заголовки.',
  ),
};
