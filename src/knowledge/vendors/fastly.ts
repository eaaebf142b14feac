import { decodedValue, wholeValue } from '../rows';
import { header, onPage, reason, via } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const errorsDoc: Source = {
  title: 'Fastly documentation: Fastly-generated 503 errors in VCL',
  url: 'https://www.fastly.com/documentation/guides/vcl/errors/',
};

/** One Fastly cache node: "cache-lhr7340-LHR" or the newer "cache-iad-kiad7000154-IAD". */
const node = 'cache-(?:[a-z]{3}-)?[a-z]{3,5}\\d+-[a-z]{3}';

export const fastly: Vendor = {
  id: 'fastly',
  name: 'Fastly',
  role: 'cdn',
  docs: errorsDoc,
  // Fastly's own errors (a failed or timed-out fetch, no healthy backend) always carry status 503 (errors doc).
  makes: [503],
  fingerprints: [
    {
      id: 'x-served-by',
      signal: header('x-served-by', new RegExp(`^${node}(?:,\\s*${node})*$`, 'i')),
      weight: 'strong',
      says: t(
        'x-served-by names Fastly cache nodes (cache-<node>-<POP>); the last three letters are the Fastly point of presence that handled the request.',
        'x-served-by называет узлы кэша Fastly (cache-<узел>-<POP>); последние три буквы — точка присутствия Fastly, обработавшая запрос.',
      ),
    },
    {
      id: 'x-fastly-request-id',
      signal: header('x-fastly-request-id'),
      weight: 'strong',
      says: t(
        'x-fastly-request-id is Fastly’s id for this request, so the site is delivered through Fastly.',
        'x-fastly-request-id — идентификатор запроса в Fastly: сайт отдаётся через Fastly.',
      ),
    },
    {
      id: 'fastly-debug-digest',
      signal: header('fastly-debug-digest'),
      weight: 'strong',
      says: t(
        'fastly-debug-digest is a Fastly debugging header, so the response passed through Fastly.',
        'fastly-debug-digest — отладочный заголовок Fastly: ответ прошёл через Fastly.',
      ),
    },
    {
      id: 'x-timer',
      signal: header('x-timer', /^S\d+\.\d+,VS\d+,VE\d+$/i),
      weight: 'weak',
      says: t(
        'x-timer in the form S<time>,VS…,VE… is the timing stamp Fastly adds; on its own it is only a hint.',
        'x-timer вида S<время>,VS…,VE… — отметка времени, которую добавляет Fastly; сама по себе она лишь косвенный признак.',
      ),
    },
    {
      id: 'via',
      signal: via(/^1\.1 varnish(?:,\s*1\.1 varnish)*$/i),
      weight: 'weak',
      says: t(
        'Via: 1.1 varnish is what Fastly’s caches add, but a self-hosted Varnish sends the same, so it only hints at Fastly.',
        'Via: 1.1 varnish добавляют кэши Fastly, но собственный Varnish присылает то же самое, поэтому это лишь косвенный признак Fastly.',
      ),
    },
    // "Fastly-generated 503 errors in VCL" (fastly.com/documentation/guides/vcl/errors): a fatal error makes Fastly
    // answer 503 with obj.response naming the cause; that text is the reason phrase, sent only over HTTP/1.x.
    {
      id: 'reason-first-byte-timeout',
      signal: reason(/^first byte timeout$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The reason phrase "first byte timeout" is Fastly’s own wording for its 503: the site’s server did not start answering within the time Fastly waits (15 seconds by default), so Fastly gave up and answered itself.',
        'Фраза статуса «first byte timeout» — собственная формулировка Fastly для его 503: сервер сайта не начал отвечать за время, которое Fastly ждёт (по умолчанию 15 секунд), и Fastly ответил сам.',
      ),
    },
    {
      id: 'reason-backend-read-error',
      signal: reason(/^backend read error$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The reason phrase "backend read error" is Fastly’s own: reading the answer from the site’s server failed (a timeout, a dropped connection or an overloaded server), so Fastly answered with its own 503.',
        'Фраза статуса «backend read error» — формулировка самого Fastly: не удалось прочитать ответ сервера сайта (тайм-аут, оборванное соединение или перегруженный сервер), и Fastly ответил своим 503.',
      ),
    },
    {
      id: 'reason-all-backends-failed',
      signal: reason(/^All backends failed or unhealthy( \(\w+\))?$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The reason phrase "All backends failed or unhealthy" is Fastly’s own: every server in the site’s pool was marked down or none gave a usable answer, so Fastly answered with its own 503.',
        'Фраза статуса «All backends failed or unhealthy» — формулировка самого Fastly: все серверы из пула сайта помечены неработающими или ни один не дал пригодного ответа, и Fastly ответил своим 503.',
      ),
    },
    {
      id: 'reason-backend-unhealthy',
      signal: reason(/^Backend is unhealthy$/i),
      weight: 'medium',
      generated: true,
      says: t(
        'The reason phrase "Backend is unhealthy" is Fastly’s own: its health check marks the site’s server as down, so Fastly did not even try it and answered with its own 503.',
        'Фраза статуса «Backend is unhealthy» — формулировка самого Fastly: его проверка работоспособности (health check) считает сервер сайта неработающим, поэтому Fastly даже не обращался к нему и ответил своим 503.',
      ),
    },
    {
      id: 'reason-fetch-timeout',
      signal: reason(/^fetch timeout$/i),
      weight: 'medium',
      generated: true,
      says: t(
        'The reason phrase "fetch timeout" is Fastly’s own: the whole answer from the site’s server did not arrive within the limit set for the service, so Fastly answered with its own 503.',
        'Фраза статуса «fetch timeout» — формулировка самого Fastly: ответ сервера сайта не пришёл целиком за отведённое сервису время, и Fastly ответил своим 503.',
      ),
    },
    // Fastly's synthetic error page (the one vcl_error sends unless the service replaces it; "Fastly-generated 503 errors
    // in VCL" names its obj.response texts, the page shape is from observed pages): an h1 "Error <status> <obj.response>",
    // an h3 "Guru Mediation:" (Fastly's spelling) and a paragraph "Details: <cache node> <time> <number>". Varnish's own
    // page has the same frame but says "Guru Meditation:" and "XID:", so none of these marks match it.
    {
      id: 'page-details',
      signal: onPage('body > h3 + p', new RegExp(`^Details: (${node}) \\d+ \\d+$`, 'i')),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Fastly’s own error page: under "Guru Mediation" it names the Fastly cache node that answered (cache-<node>-<POP>) with a time stamp, which lets the site owner find the request in Fastly’s logs.',
        'Это собственная страница ошибки Fastly: под «Guru Mediation» указан ответивший узел кэша Fastly (cache-<узел>-<POP>) и отметка времени — по ним владелец сайта найдёт запрос в журналах Fastly.',
      ),
    },
    {
      id: 'page-error',
      signal: onPage(
        'body > h1',
        /^Error 503 (first byte timeout|backend read error|All backends failed or unhealthy(?: \(\w+\))?|Backend is unhealthy)$/,
        { decodes: 'obj-response' },
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The heading of the page is Fastly’s own 503 with the name Fastly gives the failure, so Fastly answered instead of the site.',
        'В заголовке страницы — собственный 503 от Fastly с названием сбоя, которое даёт Fastly: значит, ответил Fastly, а не сайт.',
      ),
    },
    {
      id: 'page-guru-mediation',
      signal: onPage('body > h3', /^Guru Mediation:$/i),
      weight: 'medium',
      generated: true,
      says: t(
        'The page has the "Guru Mediation:" heading that Fastly’s own error pages carry (Varnish spells it "Meditation").',
        'На странице есть заголовок «Guru Mediation:», как на собственных страницах ошибок Fastly (у Varnish — «Meditation»).',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      // What Fastly writes after "Error 503" on its page: obj.response, which HTTP/2 drops from the status line.
      header: 'obj-response',
      onPage: true,
      generated: true,
      fallback: t(
        'Fastly answered with its own error page; the words after "Error 503" name the failure.',
        'Fastly ответил своей страницей ошибки; слова после «Error 503» называют сбой.',
      ),
      values: [
        decodedValue(
          'first-byte-timeout',
          wholeValue('first byte timeout'),
          t('Origin too slow to answer (first byte timeout)', 'Origin не начал отвечать вовремя (first byte timeout)'),
          t(
            'Fastly waited for the site’s server to start its answer (15 seconds unless the service sets otherwise) and gave up.',
            'Fastly ждал, пока сервер сайта начнёт отвечать (15 секунд, если в сервисе не задано иное), и перестал ждать.',
          ),
          t(
            'Find out why the origin is slow for this URL (logs, load, slow queries), or raise the first byte timeout of the backend if slow answers are expected.',
            'Выясните, почему origin медленно отвечает на этот URL (журналы, нагрузка, медленные запросы), или увеличьте first byte timeout бэкенда, если долгие ответы ожидаемы.',
          ),
        ),
        decodedValue(
          'backend-read-error',
          wholeValue('backend read error'),
          t(
            'Origin answer could not be read (backend read error)',
            'Не удалось прочитать ответ origin (backend read error)',
          ),
          t(
            'Fastly connected to the site’s server, but reading its answer failed: the connection was closed or reset, or the answer stalled.',
            'Fastly подключился к серверу сайта, но прочитать ответ не смог: соединение закрылось или сбросилось либо ответ застрял на полпути.',
          ),
          t(
            'Look in the origin’s logs for crashes, restarts or dropped connections at this time, and check keep-alive and idle time-outs between Fastly and the origin.',
            'Поищите в журналах origin падения, перезапуски или обрывы соединений в это время и проверьте keep-alive и тайм-ауты простоя между Fastly и origin.',
          ),
        ),
        decodedValue(
          'all-backends-failed',
          /^All backends failed or unhealthy(?: \(\w+\))?$/i,
          t('No healthy origin server (all backends failed)', 'Нет исправного сервера origin (all backends failed)'),
          t(
            'The site’s servers behind Fastly are all marked down by health checks, or none of them gave a usable answer.',
            'Все серверы сайта за Fastly помечены проверками работоспособности как неисправные, или ни один не дал пригодного ответа.',
          ),
          t(
            'Check the health check results of every backend in the director or pool and bring at least one of them back.',
            'Проверьте результаты health check для всех бэкендов в director или пуле и верните в строй хотя бы один.',
          ),
        ),
        decodedValue(
          'backend-unhealthy',
          wholeValue('Backend is unhealthy'),
          t('Origin marked down (Backend is unhealthy)', 'Origin помечен неисправным (Backend is unhealthy)'),
          t(
            'Fastly’s health check counts the site’s server as down, so Fastly did not even send it the request.',
            'Проверка работоспособности Fastly считает сервер сайта неработающим, поэтому Fastly даже не отправил ему запрос.',
          ),
          t(
            'Make the health check URL answer as expected (status, time) or fix the check’s settings; then the backend is used again.',
            'Добейтесь, чтобы URL проверки отвечал как ожидается (статус, время), или исправьте настройки проверки — тогда бэкенд снова начнёт использоваться.',
          ),
        ),
      ],
    },
  ],
  notes: [
    {
      code: 503,
      note: t(
        'Fastly reports its own failures as 503 and puts the cause in the reason phrase, e.g. "first byte timeout" (the origin did not start answering in time, 15 s by default), "backend read error" or "All backends failed or unhealthy". That text travels only over HTTP/1.1; over HTTP/2 and HTTP/3 it is dropped, and the error page is the only place left to read it.',
        'Свои сбои Fastly отдаёт как 503 и пишет причину во фразе статуса, например «first byte timeout» (origin не начал отвечать вовремя, по умолчанию 15 с), «backend read error» или «All backends failed or unhealthy». Этот текст передаётся только по HTTP/1.1; в HTTP/2 и HTTP/3 он теряется, и прочитать его можно лишь на странице ошибки.',
      ),
    },
  ],
  bodyHint: t(
    'A Fastly error page is titled like "Error 503 first byte timeout": the words after the number are the cause. Below it, the "Guru Mediation" block lists details and the cache node (cache-XXX…) that served the request, which helps the site owner search Fastly logs.',
    'Страница ошибки Fastly озаглавлена примерно так: «Error 503 first byte timeout» — слова после числа и есть причина. Ниже, в блоке «Guru Mediation», указаны подробности и узел кэша (cache-XXX…), обработавший запрос; по ним владелец сайта найдёт его в журналах Fastly.',
  ),
};
