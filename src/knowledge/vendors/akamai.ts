import { decodedValue } from '../rows';
import { cookie, header, onPage, server } from '../signals';
import { t } from '../text';
import type { Source, Text, Vendor } from '../types';

const grnDoc: Source = {
  title: 'Akamai TechDocs: Global Request Number',
  url: 'https://techdocs.akamai.com/property-mgr/docs/global-req-number',
};

/** An akamai-cache-status value whose edge did `word`; the value reads "<status> from child[, <status> from parent]". */
const edgeStatus = (word: string): RegExp => new RegExp(`^${word} from child(,\\s*\\w+ from parent)?$`, 'i');

/**
 * "Return Cache Status" (techdocs.akamai.com/property-mgr/docs/return-cache-status): Hit, Miss, RefreshHit, HitStale
 * and NotCacheable say the object came from Akamai's cache or the origin; Constructed (a Construct Response rule),
 * Redirect (an edge redirect) and Error (typically a denied authorization or a WAF rejection) are Akamai's own answers.
 */
const fromOrigin = '(?:hit|miss|refreshhit|hitstale|notcacheable)';
const ownAnswer = '(?:error|constructed|redirect)';
const cacheStatusFromOrigin = new RegExp(`^${fromOrigin} from child(?:,\\s*${fromOrigin} from parent)?$`, 'i');
const cacheStatusOwnAnswer = new RegExp(
  `^${ownAnswer} from child(?:,\\s*\\w+ from parent)?$|^\\w+ from child,\\s*${ownAnswer} from parent$`,
  'i',
);
/** Any other well-formed value (a status word this list does not know). */
const cacheStatusOther = new RegExp(
  `^(?!${ownAnswer} from child)(?!\\w+ from child,\\s*${ownAnswer} from parent$)(?!${fromOrigin} from child(?:,\\s*${fromOrigin} from parent)?$)\\w+ from child(?:,\\s*\\w+ from parent)?$`,
  'i',
);

/** An Akamai error reference: class, a hex field, a Unix time in seconds, a hex request id ("18.2d351ab8.1557333295.a4e16ab"). */
const reference = '\\d{1,3}\\.[0-9a-f]{1,16}\\.\\d{9,11}\\.[0-9a-f]{1,16}';

/** Where the full reference is decoded: said by every row of the table below. */
const decodeInControlCenter: Text = t(
  'Paste the whole reference into Error Translator (Edge Diagnostics) in Akamai Control Center: it tells the exact cause, which the first number only hints at.',
  'Вставьте всю строку reference в Error Translator (Edge Diagnostics) в Akamai Control Center: он назовёт точную причину, на которую первое число лишь намекает.',
);

export const akamai: Vendor = {
  id: 'akamai',
  name: 'Akamai',
  role: 'cdn',
  docs: grnDoc,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^AkamaiGHost$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: AkamaiGHost appears on responses an Akamai edge server wrote itself (its error pages and security denials), so Akamai answered instead of the site.',
        'Server: AkamaiGHost бывает у ответов, которые edge-сервер Akamai сформировал сам (его страницы ошибок и отказы защиты), — значит, ответил Akamai, а не сайт.',
      ),
    },
    {
      id: 'akamai-grn',
      signal: header('akamai-grn', /^\d+\.[0-9a-f]+\.\d+\.[0-9a-f]+$/i),
      weight: 'strong',
      says: t(
        'akamai-grn is Akamai’s Global Request Number for this request, so the site is delivered through Akamai.',
        'akamai-grn — глобальный номер запроса (Global Request Number) в Akamai: сайт отдаётся через Akamai.',
      ),
    },
    {
      id: 'akamai-cache-status',
      signal: header('akamai-cache-status', cacheStatusOther),
      weight: 'strong',
      says: t(
        'akamai-cache-status reports what Akamai’s cache did with this request, so the response passed through Akamai.',
        'akamai-cache-status сообщает, что кэш Akamai сделал с этим запросом, — значит, ответ прошёл через Akamai.',
      ),
    },
    {
      id: 'akamai-cache-status-origin',
      signal: header('akamai-cache-status', cacheStatusFromOrigin),
      weight: 'strong',
      relayed: true,
      says: t(
        'akamai-cache-status says Akamai took this object from its cache or fetched it from the site’s server, so the site’s server made the answer and Akamai passed it on.',
        'akamai-cache-status говорит, что Akamai взял этот объект из кэша или получил его от сервера сайта: ответ сформировал сервер сайта, а Akamai его передал.',
      ),
    },
    {
      id: 'akamai-cache-status-own-answer',
      signal: header('akamai-cache-status', cacheStatusOwnAnswer),
      weight: 'strong',
      generated: true,
      says: t(
        'akamai-cache-status reports Error, Constructed or Redirect: Akamai answered by itself (a denial, a response written by an edge rule, or an edge redirect) instead of passing on the site’s answer.',
        'akamai-cache-status сообщает Error, Constructed или Redirect: Akamai ответил сам (отказ, ответ, заданный правилом на edge, или перенаправление на edge), а не передал ответ сайта.',
      ),
    },
    {
      id: 'x-akamai-transformed',
      signal: header('x-akamai-transformed'),
      weight: 'strong',
      says: t(
        'x-akamai-transformed is added when Akamai modified the response on the way (for example image or page optimisation), so Akamai is in front of the site.',
        'x-akamai-transformed добавляется, когда Akamai изменил ответ по пути (например, оптимизировал картинки или страницу), — значит, Akamai стоит перед сайтом.',
      ),
    },
    // Akamai's edge error pages (observed pages: "Access Denied", "Invalid URL", "Gateway Timeout", and the "Error" page
    // "An error occurred while processing your request."): the body ends with a paragraph holding only
    // "Reference #<reference>", and newer pages add a paragraph with the same reference on errors.edgesuite.net.
    {
      id: 'page-reference',
      signal: onPage('body > p', new RegExp(`^Reference #(${reference})$`, 'i'), { decodes: 'reference' }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Akamai’s own error page: it ends with the "Reference #" line Akamai’s edge servers print. The site owner can look the reference up at Akamai.',
        'Это собственная страница ошибки Akamai: внизу стоит строка «Reference #», которую печатают edge-серверы Akamai. По этой строке владелец сайта найдёт причину у Akamai.',
      ),
    },
    {
      id: 'page-errors-link',
      signal: onPage('body > p', new RegExp(`^https://errors\\.edgesuite\\.net/(${reference})$`, 'i'), {
        decodes: 'reference',
      }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page links its reference on errors.edgesuite.net, as Akamai’s own error pages do, so Akamai answered instead of the site.',
        'Страница ссылается на свой reference на errors.edgesuite.net, как собственные страницы ошибок Akamai, — значит, ответил Akamai, а не сайт.',
      ),
    },
    {
      id: 'cookie-bot-manager',
      signal: cookie(/^(ak_bmsc|bm_sz|bm_sv)$/),
      weight: 'medium',
      says: t(
        'Cookies ak_bmsc, bm_sz and bm_sv are set by Akamai Bot Manager, so the site is behind Akamai with bot protection.',
        'Cookie ak_bmsc, bm_sz и bm_sv ставит Akamai Bot Manager — сайт работает через Akamai с защитой от ботов.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'akamai-cache-status',
      generated: false,
      fallback: t(
        'Akamai reported its cache status in a form this list does not know. The first word says what the edge ("child") did, the second part what the parent tier did.',
        'Akamai сообщил статус кэша в форме, которой нет в этом списке. Первое слово — что сделал edge-сервер («child»), вторая часть — что сделал родительский уровень.',
      ),
      values: [
        {
          id: 'error',
          match: /^error from child\b|,\s*error from parent$/i,
          title: t('Error at Akamai', 'Ошибка на стороне Akamai'),
          summary: t(
            'Akamai itself ended this request with an error, most often a denial by the WAF or an access rule, or a failure to get an answer from the origin.',
            'Akamai сам завершил запрос ошибкой — чаще всего это отказ WAF или правила доступа либо неудача при получении ответа от origin.',
          ),
          owner: t(
            'Take the Reference # from the error page (or akamai-grn) and run it through Error Translator / Edge Diagnostics in Akamai Control Center; check Security Events for a WAF or Bot Manager denial.',
            'Возьмите Reference # со страницы ошибки (или akamai-grn) и расшифруйте его в Error Translator / Edge Diagnostics в Akamai Control Center; проверьте Security Events на отказы WAF или Bot Manager.',
          ),
        },
        decodedValue(
          'constructed',
          edgeStatus('Constructed'),
          t('Answer written by Akamai', 'Ответ сформирован Akamai'),
          t(
            'The edge configuration produced this response directly, without asking the origin.',
            'Этот ответ выдала сама конфигурация edge, не обращаясь к origin.',
          ),
          t(
            'Look for a Construct Response behavior in the property rules that matches this URL.',
            'Найдите в правилах property поведение Construct Response, подходящее под этот URL.',
          ),
        ),
        decodedValue(
          'redirect',
          edgeStatus('Redirect'),
          t('Redirect made by Akamai', 'Перенаправление от Akamai'),
          t(
            'The edge configuration redirected this request itself.',
            'Перенаправление выполнила сама конфигурация edge.',
          ),
          t(
            'Check Redirect behaviors and the Edge Redirector cloudlet in the property.',
            'Проверьте поведения Redirect и cloudlet Edge Redirector в property.',
          ),
        ),
        decodedValue(
          'hit',
          edgeStatus('(Hit|HitStale|RefreshHit)'),
          t('Served from Akamai’s cache', 'Отдано из кэша Akamai'),
          t(
            'Akamai answered from its cache; an error response here was cached earlier from the origin.',
            'Akamai ответил из кэша; если это ошибка, её раньше закэшировали из ответа origin.',
          ),
          t(
            'Make sure error responses are not cached for long (caching rules for 4xx/5xx), and purge the URL once the origin is fixed.',
            'Проверьте, что ответы с ошибками не кэшируются надолго (правила кэширования для 4xx/5xx), и очистите кэш для этого URL, когда origin будет исправлен.',
          ),
        ),
        decodedValue(
          'miss',
          edgeStatus('(Miss|NotCacheable)'),
          t('Fetched from the origin', 'Получено от origin'),
          t(
            'Akamai went to the origin for this response, so an error status most likely came from the site’s own server.',
            'Akamai обращался к origin, поэтому код ошибки, скорее всего, выдал сам сервер сайта.',
          ),
          t('Look in the origin’s logs for this request.', 'Найдите этот запрос в журналах origin.'),
        ),
      ],
    },
    // The first number of a reference is the error class. Akamai does not publish what each class means: the table
    // below follows a community-kept list (the gist "Akamai error reference prefixes"), so every row says so, and only
    // Akamai's Error Translator gives the exact cause.
    {
      header: 'reference',
      onPage: true,
      generated: true,
      fallback: t(
        'Akamai’s edge server answered with its own error page and printed this reference. Its first number is the error class; this one is not in the community-kept list of classes, so only Akamai’s Error Translator (Control Center) can say what it means.',
        'Edge-сервер Akamai ответил своей страницей ошибки и напечатал этот reference. Первое число в нём — класс ошибки; этого класса нет в списке, который ведёт сообщество, поэтому что он значит, скажет только Error Translator в Akamai Control Center.',
      ),
      values: [
        decodedValue(
          'read-timeout',
          /^1\./,
          t('Origin read time-out (Reference #1)', 'Тайм-аут чтения ответа origin (Reference #1)'),
          t(
            'By a community-kept list (not Akamai documentation), class 1 is a read time-out: Akamai reached the site’s server, but its answer did not come in time.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 1 — тайм-аут чтения: Akamai связался с сервером сайта, но ответа не дождался.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'read-error',
          /^3\./,
          t('Origin read error (Reference #3)', 'Ошибка чтения ответа origin (Reference #3)'),
          t(
            'By a community-kept list (not Akamai documentation), class 3 is a read error: the connection to the site’s server broke while Akamai was reading the answer.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 3 — ошибка чтения: соединение с сервером сайта оборвалось, пока Akamai читал ответ.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'write-error',
          /^4\./,
          t('Origin write error (Reference #4)', 'Ошибка отправки запроса origin (Reference #4)'),
          t(
            'By a community-kept list (not Akamai documentation), class 4 is a write error: Akamai could not finish sending the request to the site’s server.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 4 — ошибка записи: Akamai не смог до конца передать запрос серверу сайта.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'connect-failure',
          /^6\./,
          t('Could not connect to the origin (Reference #6)', 'Нет соединения с origin (Reference #6)'),
          t(
            'By a community-kept list (not Akamai documentation), class 6 is a connection failure: the site’s server refused or did not accept Akamai’s connection.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 6 — сбой соединения: сервер сайта отклонил подключение Akamai или не принял его.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'no-configuration',
          /^9\./,
          t('Invalid URL or unknown host (Reference #9)', 'Неверный URL или незнакомое имя (Reference #9)'),
          t(
            'By a community-kept list (not Akamai documentation), class 9 means the address could not be served: the URL was invalid, or Akamai has no configuration for this host name.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 9 означает, что адрес обслужить нельзя: URL некорректен или у Akamai нет конфигурации для этого имени хоста.',
          ),
          t(
            'Check that the host name is listed in an active property and that its DNS record points to the right edge host name; then decode the whole reference in Control Center.',
            'Проверьте, что имя хоста указано в активном property и что его DNS-запись ведёт на нужный edge hostname; затем расшифруйте всю строку reference в Control Center.',
          ),
        ),
        decodedValue(
          'origin-dns',
          /^11\./,
          t('Origin DNS failure (Reference #11)', 'Ошибка DNS для origin (Reference #11)'),
          t(
            'By a community-kept list (not Akamai documentation), class 11 is a DNS failure: Akamai could not resolve the host name of the site’s server.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 11 — сбой DNS: Akamai не смог разрешить имя сервера сайта.',
          ),
          t(
            'Check the origin host name set in the property and that its DNS records exist and answer; then decode the whole reference in Control Center.',
            'Проверьте имя origin в настройках property и что его DNS-записи существуют и отвечают; затем расшифруйте всю строку reference в Control Center.',
          ),
        ),
        decodedValue(
          'zero-size',
          /^15\./,
          t('Empty answer from the origin (Reference #15)', 'Пустой ответ origin (Reference #15)'),
          t(
            'By a community-kept list (not Akamai documentation), class 15 is a zero-size object: the site’s server sent an answer with no content where Akamai expected some.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 15 — объект нулевого размера: сервер сайта прислал ответ без содержимого там, где Akamai его ждал.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'access-denied',
          /^18\./,
          t('Access denied by Akamai (Reference #18)', 'Akamai запретил доступ (Reference #18)'),
          t(
            'By a community-kept list (not Akamai documentation), class 18 is a denial at the edge: the WAF, Bot Manager or an access rule of the site refused the request. The site’s own server never saw it.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 18 — отказ на edge: запрос отклонили WAF, Bot Manager или правило доступа сайта. До сервера сайта он не дошёл.',
          ),
          t(
            'Look the reference up in Security Center / Web Security Analytics, or in Error Translator, to find the rule that fired; relax it if the request was legitimate.',
            'Найдите reference в Security Center / Web Security Analytics или в Error Translator и выясните, какое правило сработало; если запрос был законным, ослабьте это правило.',
          ),
          t(
            'Send the whole reference to the site owner: it shows which rule stopped you. A VPN, an unusual browser or an automation tool often triggers these rules.',
            'Отправьте владельцу сайта всю строку reference: по ней видно, какое правило вас остановило. Такие правила часто срабатывают на VPN, необычный браузер или средства автоматизации.',
          ),
        ),
        decodedValue(
          'referrer-denied',
          /^24\./,
          t('Referrer denied (Reference #24)', 'Запрет по Referer (Reference #24)'),
          t(
            'By a community-kept list (not Akamai documentation), class 24 is a referrer denial: a rule of the site accepts requests only from certain referring pages, and this one did not qualify.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 24 — отказ по Referer: правило сайта принимает запросы только с определённых страниц, а этот запрос под него не подошёл.',
          ),
          decodeInControlCenter,
          t(
            'Open the page from the site itself instead of a direct link or bookmark.',
            'Откройте страницу переходом с самого сайта, а не по прямой ссылке или закладке.',
          ),
        ),
        decodedValue(
          'client-aborted',
          /^27\./,
          t('Request aborted by the client (Reference #27)', 'Клиент прервал запрос (Reference #27)'),
          t(
            'By a community-kept list (not Akamai documentation), class 27 means the browser or another client closed the connection before Akamai could finish.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 27 означает, что браузер или другой клиент закрыл соединение раньше, чем Akamai закончил ответ.',
          ),
          decodeInControlCenter,
        ),
        decodedValue(
          'origin-tls',
          /^30\./,
          t('Origin TLS failure (Reference #30)', 'Сбой TLS с origin (Reference #30)'),
          t(
            'By a community-kept list (not Akamai documentation), class 30 is a TLS failure towards the site’s server: the handshake failed or its certificate was not accepted.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 30 — сбой TLS при подключении к серверу сайта: рукопожатие не прошло или сертификат не приняли.',
          ),
          t(
            'Check the origin’s certificate (expiry, chain, the name Akamai expects) and the origin TLS settings of the property; then decode the whole reference in Control Center.',
            'Проверьте сертификат origin (срок действия, цепочку, имя, которое ожидает Akamai) и настройки TLS для origin в property; затем расшифруйте всю строку reference в Control Center.',
          ),
        ),
        decodedValue(
          'connect-timeout',
          /^97\./,
          t('Origin connect time-out (Reference #97)', 'Тайм-аут подключения к origin (Reference #97)'),
          t(
            'By a community-kept list (not Akamai documentation), class 97 is a connect time-out: the site’s server did not accept Akamai’s connection in time.',
            'По списку, который ведёт сообщество (это не документация Akamai), класс 97 — тайм-аут подключения: сервер сайта не принял подключение Akamai вовремя.',
          ),
          decodeInControlCenter,
        ),
      ],
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'An Akamai 403 (Server: AkamaiGHost, "Access Denied") is usually a denial by the Akamai WAF, Bot Manager or an access rule, not by the site’s own server. The page shows a Reference # the site owner can look up.',
        '403 от Akamai (Server: AkamaiGHost, «Access Denied») — обычно отказ Akamai WAF, Bot Manager или правила доступа, а не собственного сервера сайта. На странице есть Reference #, по которому владелец сайта может найти причину.',
      ),
    },
    {
      code: 503,
      note: t(
        'When Akamai makes a 503 itself, it usually could not connect to or read from the origin. The Reference # on the page tells which.',
        'Если 503 выдаёт сам Akamai, обычно он не смог подключиться к origin или прочитать его ответ. Что именно случилось, подскажет Reference # на странице.',
      ),
    },
    {
      code: 504,
      note: t(
        'An Akamai 504 means the edge server gave up waiting for the origin (connect or read time-out). Check the origin’s load and the time-outs in the property’s origin settings.',
        '504 от Akamai означает, что edge-сервер не дождался ответа origin (тайм-аут подключения или чтения). Проверьте нагрузку на origin и тайм-ауты в его настройках в property.',
      ),
    },
  ],
  bodyHint: t(
    'Akamai’s error page ends with a line like "Reference #18.2d351ab8.1557333295.a4e16ab". The number before the first dot is the error class according to a community-kept list (not Akamai documentation): 1 read time-out, 3 read error, 6 connect failure, 9 no configuration for this host, 11 origin DNS failure, 18 access denied (WAF / Bot Manager), 30 origin TLS problem, 97 connect time-out. The site owner can decode the full string in Akamai Control Center.',
    'Страница ошибки Akamai заканчивается строкой вида «Reference #18.2d351ab8.1557333295.a4e16ab». Число до первой точки — класс ошибки по списку, который ведёт сообщество (это не документация Akamai): 1 — тайм-аут чтения, 3 — ошибка чтения, 6 — не удалось подключиться, 9 — нет конфигурации для этого имени, 11 — ошибка DNS для origin, 18 — доступ запрещён (WAF / Bot Manager), 30 — проблема TLS с origin, 97 — тайм-аут подключения. Полную строку владелец сайта может расшифровать в Akamai Control Center.',
  ),
};
