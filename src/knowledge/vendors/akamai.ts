import { decodedValue } from '../rows';
import { cookie, header, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

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
