import { header, reason, via } from '../signals';
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
  ],
  codes: [],
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
