import { header, host, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const findPop: Source = {
  title: 'bunny.net docs: Run a traceroute (Find your PoP)',
  url: 'https://docs.bunny.net/cdn/troubleshooting/run-traceroute',
};

export const bunnyCdn: Vendor = {
  id: 'bunny-cdn',
  name: 'Bunny CDN',
  role: 'cdn',
  docs: findPop,
  // bunny.net docs, "Origin Errors": the statuses its edge reports when pulling from the origin fails (500, 502,
  // 504, 508 among them); "Token Authentication": a request without a valid token gets a 403 page.
  makes: [403, 502, 504, 508],
  fingerprints: [
    {
      // bunny.net docs, "Find your PoP": every response carries Server: BunnyCDN-{PoP code}-{server id}.
      id: 'server',
      signal: server(/^BunnyCDN-[A-Z]{2,3}\d*-\d+$/i),
      weight: 'strong',
      says: t(
        'The Server header names a Bunny CDN edge server (BunnyCDN-<PoP>-<server>); Bunny puts it on every answer it delivers, the origin’s included, so it shows the CDN, not who wrote the answer.',
        'Заголовок Server называет пограничный сервер Bunny CDN (BunnyCDN-<PoP>-<сервер>); Bunny ставит его на каждый доставленный ответ, в том числе на ответ origin, поэтому он указывает на CDN, а не на того, кто сформировал ответ.',
      ),
    },
    {
      id: 'cdn-requestid',
      signal: header('cdn-requestid', /^[0-9a-f]{32}$/i),
      weight: 'strong',
      says: t(
        'cdn-requestid is Bunny CDN’s id for this request (32 hex digits); quote it when asking Bunny or the site owner about the failure.',
        'cdn-requestid — идентификатор запроса в Bunny CDN (32 шестнадцатеричных знака); укажите его, когда обращаетесь в Bunny или к владельцу сайта.',
      ),
    },
    {
      id: 'cdn-pullzone',
      signal: header('cdn-pullzone', /^\d+$/),
      weight: 'strong',
      says: t(
        'cdn-pullzone is the number of the Bunny pull zone that served the request: the site’s files go through Bunny CDN.',
        'cdn-pullzone — номер pull zone Bunny, обслужившей запрос: файлы сайта идут через Bunny CDN.',
      ),
    },
    {
      id: 'cdn-cache-hit',
      signal: header('cdn-cache', /^HIT$/i),
      weight: 'medium',
      relayed: true,
      says: t(
        'cdn-cache: HIT means Bunny served a stored copy, so the origin wrote this answer earlier and Bunny passed it on.',
        'cdn-cache: HIT означает, что Bunny отдал сохранённую копию: ответ ранее сформировал origin, а Bunny его передал.',
      ),
    },
    {
      id: 'cdn-cache',
      signal: header('cdn-cache', /^MISS$/i),
      weight: 'medium',
      says: t(
        'cdn-cache: MISS is Bunny CDN’s cache status for a request it passed to the origin just now; it shows the CDN, not who wrote the answer.',
        'cdn-cache: MISS — статус кэша Bunny CDN для запроса, который он только что передал origin; он указывает на CDN, но не говорит, кто сформировал ответ.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)b-cdn\.net$/),
      weight: 'medium',
      says: t(
        'The address is on b-cdn.net, the domain of Bunny CDN pull zones.',
        'Адрес находится на b-cdn.net — домене pull zone в Bunny CDN.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      // Seen in captures next to cdn-requestpullsuccess: the status the origin gave Bunny when it fetched the file.
      header: 'cdn-requestpullcode',
      generated: false,
      values: [
        {
          id: '2xx',
          match: /^2\d\d$/,
          title: t('The origin answered normally', 'Origin ответил нормально'),
          summary: t(
            'When Bunny fetched this from the origin, the origin answered with a success status.',
            'Когда Bunny запрашивал этот ресурс у origin, тот ответил успешным статусом.',
          ),
        },
        {
          id: '4xx',
          match: /^4\d\d$/,
          title: t('The origin refused', 'Origin отказал'),
          summary: t(
            'The origin itself answered Bunny with this client error; Bunny passed it on.',
            'Эту ошибку клиента Bunny получил от самого origin и передал дальше.',
          ),
        },
        {
          id: '5xx',
          match: /^5\d\d$/,
          title: t('The origin failed', 'Сбой на origin'),
          summary: t(
            'The origin itself answered Bunny with this server error; look at the site’s server, not at the CDN.',
            'Эту ошибку сервера Bunny получил от самого origin; разбираться нужно с сервером сайта, а не с CDN.',
          ),
        },
      ],
      fallback: t(
        'cdn-requestpullcode holds the status the origin gave Bunny when it last fetched this resource.',
        'В cdn-requestpullcode — статус, который origin вернул Bunny, когда тот в последний раз запрашивал этот ресурс.',
      ),
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'Bunny CDN answers 403 by itself when token authentication is on for the pull zone and the link carries no valid token or one that has expired. Blocked countries get no answer at all: Bunny blocks them at DNS level, so the browser shows a connection error instead.',
        'Bunny CDN сам отвечает 403, если в pull zone включена аутентификация по токену, а в ссылке нет действующего токена или срок его истёк. Заблокированные страны ответа не получают вовсе: Bunny закрывает их на уровне DNS, и браузер показывает ошибку соединения.',
      ),
    },
    {
      code: 502,
      note: t(
        'A Bunny CDN 502 usually means the edge could not get an answer from the origin: the origin’s name did not resolve, the connection failed or was cut, or the origin sent something unusable. Monitoring → Origin Errors in the bunny.net dashboard lists each failed pull with its error type.',
        '502 от Bunny CDN обычно означает, что пограничный сервер не получил ответа от origin: имя origin не разрешилось, соединение не установилось или оборвалось либо origin прислал непригодный ответ. В панели bunny.net в разделе Monitoring → Origin Errors перечислены все неудачные запросы к origin с типом ошибки.',
      ),
    },
    {
      code: 504,
      note: t(
        'A Bunny CDN 504 means the origin did not answer within Bunny’s request timeout of 60 seconds. Check what makes the origin slow; Origin Errors shows these as http_timeout.',
        '504 от Bunny CDN означает, что origin не ответил за тайм-аут Bunny в 60 секунд. Выясните, почему origin тормозит; в Origin Errors такие случаи отмечены как http_timeout.',
      ),
    },
    {
      code: 508,
      note: t(
        'Bunny’s origin-error list includes 508 next to a "loop detected" error type: the pull zone most likely fetches from an address that leads back to the same pull zone. Point the origin URL at the real server.',
        'В списке ошибок origin у Bunny есть 508 рядом с типом ошибки «loop detected»: скорее всего, pull zone запрашивает адрес, который снова ведёт в ту же pull zone. Укажите в качестве origin настоящий сервер.',
      ),
    },
  ],
};
