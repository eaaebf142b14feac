import { header, server } from '../signals';
import { t } from '../text';
import type { Meaning, Source, Text, Vendor } from '../types';

const responseDoc: Source = {
  title: 'Edgio docs (v7): Response — status codes and response headers',
  url: 'https://docs.edgio.io/guides/v7/performance/response',
};

const retirementFaq: Source = {
  title: 'Microsoft Learn: Azure CDN from Edgio retirement FAQ',
  url: 'https://learn.microsoft.com/azure/cdn/edgio-retirement-faq',
};

const visitor = t(
  'Try again later. If the error stays, tell the site’s owner: Edgio stopped serving in January 2025, so the site may still be set up for a CDN that no longer exists.',
  'Попробуйте позже. Если ошибка не уходит, сообщите владельцу сайта: платформа Edgio прекратила работу в январе 2025 года, и сайт, возможно, всё ещё настроен на CDN, которого больше нет.',
);

const passedOn = t(
  'Edgio passed the origin’s error answers on unchanged and reported its own failures with 53x and 54x codes instead. So a 502, 503 or 504 with Edgecast or Edgio headers was most likely written by the origin.',
  'Ответы origin с ошибками платформа Edgio передавала без изменений, а о собственных сбоях сообщала кодами 53x и 54x. Поэтому 502, 503 или 504 с заголовками Edgecast или Edgio, скорее всего, сформировал origin.',
);

/** One of Edgio's own 53x/54x codes. The platform is gone, so each is marked obsolete and never wins unseen. */
const edgioCode = (code: number, title: Text, summary: Text, owner: Text): Meaning => ({
  id: `edgio.${code}`,
  code,
  title,
  summary,
  visitor,
  owner,
  source: responseDoc,
  obsolete: true,
  prior: 0.05,
});

/**
 * Edgio was formed from Limelight and Edgecast; Azure CDN Standard/Premium "from Edgio" ran on the same platform. Microsoft's
 * retirement FAQ: Akamai bought some of Edgio's assets in December 2024 and the Edgio platform stopped serving on
 * 15 January 2025. Edgecast-style Server values (ECS) still turn up in later captures of a few sites, so the
 * signs below show Edgecast-era software, not that Edgio the company answered.
 */
export const edgio: Vendor = {
  id: 'edgio',
  name: 'Edgio (Edgecast)',
  role: 'cdn',
  docs: retirementFaq,
  // Edgio docs, "Response": an error from the backend is simply forwarded, and Edgio's own failures use the 53x/54x
  // codes below. So no standard code is put on Edgio by guess.
  makes: [],
  fingerprints: [
    {
      // Edgio docs: Server is "ECAcc (<POP>/<ID>)" when the answer came from cache or the origin set no Server header;
      // captures also show the ECS and ECD forms.
      id: 'server',
      signal: server(/^EC(Acc|S|D) \([a-z]{3}\/[0-9A-F]{2,4}\)$/i),
      weight: 'strong',
      says: t(
        'A Server value like ECS (nyb/1D11) or ECAcc (lac/55D2) names an Edgecast edge server (later Edgio; the three letters are its location). Edgio put it on answers from its cache and on origin answers that had no Server header, so it shows the CDN, not who wrote the answer.',
        'Значение Server вроде ECS (nyb/1D11) или ECAcc (lac/55D2) называет пограничный сервер Edgecast (позже Edgio; три буквы — его площадка). Такое значение стояло на ответах из кэша Edgio и на ответах origin без собственного Server, поэтому оно указывает на CDN, а не на того, кто сформировал ответ.',
      ),
    },
    {
      id: 'x-edg-request-id',
      signal: header('x-edg-request-id'),
      weight: 'strong',
      says: t(
        'x-edg-request-id is Edgio’s id for the request: the site was served through Edgio’s platform.',
        'x-edg-request-id — идентификатор запроса в Edgio: сайт отдавался через платформу Edgio.',
      ),
    },
    {
      id: 'x-edg-version',
      signal: header('x-edg-version'),
      weight: 'strong',
      says: t(
        'x-edg-version describes the Edgio deployment and environment that handled the request.',
        'x-edg-version описывает развёртывание и окружение Edgio, обработавшие запрос.',
      ),
    },
    {
      id: 'x-edg-status',
      signal: header('x-edg-status', /^[a-z]=\d{3}(,\s*[a-z]=\d{3})*$/i),
      weight: 'medium',
      says: t(
        'x-edg-status lists the status each Edgio serverless component returned (p= the load balancer, w= the worker).',
        'x-edg-status перечисляет статусы, которые вернул каждый бессерверный компонент Edgio (p= балансировщик, w= воркер).',
      ),
    },
    {
      id: 'x-edg-t',
      signal: header('x-edg-t'),
      weight: 'medium',
      says: t(
        'x-edg-t holds Edgio’s timings and cache status for serverless requests.',
        'В x-edg-t записаны замеры времени и статус кэша Edgio для бессерверных запросов.',
      ),
    },
    {
      id: 'server-timing',
      signal: header('server-timing', /(^|,\s*)edgio_(cache|pop|country);/i),
      weight: 'medium',
      says: t(
        'Server-Timing with edgio_cache and edgio_pop entries is Edgio’s report of the cache status and the location that served the response.',
        'Server-Timing с записями edgio_cache и edgio_pop — отчёт Edgio о статусе кэша и площадке, отдавшей ответ.',
      ),
    },
    {
      // Captures show x-ec-custom-error: 1 on ordinary 200 answers of Edgecast-served sites, so it marks no error.
      id: 'x-ec-custom-error',
      signal: header('x-ec-custom-error'),
      weight: 'weak',
      says: t(
        'x-ec-custom-error is an Edgecast header; it appears on ordinary answers too, so it only hints at Edgecast and says nothing about an error.',
        'x-ec-custom-error — заголовок Edgecast; он бывает и на обычных ответах, поэтому лишь намекает на Edgecast и ничего не говорит об ошибке.',
      ),
    },
  ],
  codes: [
    edgioCode(
      530,
      t('Internal Edgio error', 'Внутренняя ошибка Edgio'),
      t(
        'Something failed inside Edgio’s own platform while handling the request.',
        'Что-то сломалось внутри самой платформы Edgio при обработке запроса.',
      ),
      t(
        'Edgio no longer operates; move the site to another CDN and take Edgio out of its DNS.',
        'Edgio больше не работает; перенесите сайт на другой CDN и уберите Edgio из его DNS.',
      ),
    ),
    edgioCode(
      531,
      t('Edgio could not connect to the origin', 'Не удалось подключиться к origin (Edgio)'),
      t(
        'Edgio could not open a connection to the site’s server: a wrong origin host, DNS pointing elsewhere, a server that is down, or a firewall that does not let Edgio’s addresses in.',
        'Edgio не удалось установить соединение с сервером сайта: неверный хост origin, DNS указывает не туда, сервер выключен или файрвол не пускает адреса Edgio.',
      ),
      t(
        'Check the origin host in the configuration and that the server accepts connections from the CDN.',
        'Проверьте хост origin в конфигурации и то, что сервер принимает соединения от CDN.',
      ),
    ),
    edgioCode(
      532,
      t('Response too large for Edgio', 'Ответ слишком велик для Edgio'),
      t(
        'The project returned a response larger than the 6 MB Edgio allowed.',
        'Проект вернул ответ больше допустимых в Edgio 6 МБ.',
      ),
      t(
        'Send large files from storage or in parts instead of one serverless response.',
        'Отдавайте большие файлы из хранилища или частями, а не одним бессерверным ответом.',
      ),
    ),
    edgioCode(
      533,
      t('TLS to the origin failed (Edgio)', 'Сбой TLS при подключении к origin (Edgio)'),
      t(
        'Edgio could not set up a secure connection to the origin, usually because the certificate’s name did not match or it had expired.',
        'Edgio не удалось установить защищённое соединение с origin — обычно из-за того, что имя в сертификате не совпадало или срок его действия истёк.',
      ),
      t(
        'Renew the origin’s certificate and make its name match the host Edgio connects to.',
        'Обновите сертификат origin и проследите, чтобы имя в нём совпадало с хостом, к которому подключается CDN.',
      ),
    ),
    edgioCode(
      534,
      t('Project code failed (Edgio)', 'Сбой кода проекта (Edgio)'),
      t(
        'The site’s serverless code on Edgio crashed or returned a malformed response.',
        'Бессерверный код сайта на Edgio упал или вернул некорректный ответ.',
      ),
      t('Look for the failure in the project’s server logs.', 'Найдите сбой в серверном журнале проекта.'),
    ),
    edgioCode(
      535,
      t('Unknown project (Edgio)', 'Неизвестный проект (Edgio)'),
      t(
        'The Host header was missing or matched no Edgio deployment, so Edgio did not know which site to serve.',
        'Заголовок Host отсутствовал или не совпал ни с одним развёртыванием Edgio, поэтому платформа Edgio не знала, какой сайт отдавать.',
      ),
      t(
        'The domain still points at Edgio but nothing there serves it any more: move the DNS to the site’s current host or CDN.',
        'Домен всё ещё указывает на Edgio, но там его больше никто не обслуживает: переведите DNS на текущий хостинг или CDN сайта.',
      ),
    ),
    edgioCode(
      536,
      t('No response from the origin (Edgio)', 'Нет ответа от origin (Edgio)'),
      t(
        'Edgio connected to the origin but got no HTTP response: the origin dropped the connection, threw an error, or took too long.',
        'Платформа Edgio подключилась к origin, но не получила HTTP-ответа: origin оборвал соединение, упал с ошибкой или отвечал слишком долго.',
      ),
      t(
        'Check the origin’s logs and response times for this request.',
        'Проверьте журнал origin и время его ответа на этот запрос.',
      ),
    ),
    edgioCode(
      537,
      t('Origin name did not resolve (Edgio)', 'Имя origin не разрешилось (Edgio)'),
      t(
        'Edgio could not resolve the origin’s host name through DNS.',
        'Edgio не удалось разрешить имя хоста origin через DNS.',
      ),
      t('Check the origin host name and its DNS records.', 'Проверьте имя хоста origin и его DNS-записи.'),
    ),
    edgioCode(
      538,
      t('Request loop through Edgio', 'Зацикленный запрос через Edgio'),
      t(
        'The request passed through Edgio more than three times: an Edgio site was set as its own origin or another Edgio site’s.',
        'Запрос прошёл через Edgio больше трёх раз: сайт на Edgio был указан как origin самого себя или другого сайта на Edgio.',
      ),
      t(
        'Point the origin at the real server, not at an address served by the CDN.',
        'Укажите в качестве origin настоящий сервер, а не адрес, который обслуживает сам CDN.',
      ),
    ),
    edgioCode(
      539,
      t('Project timed out (Edgio)', 'Проект не уложился во время (Edgio)'),
      t(
        'The site’s serverless code did not answer in time, often because it waited on a slow backend or missed an await; an allow list on the backend that blocked Edgio could look the same.',
        'Бессерверный код сайта не ответил вовремя — часто из-за ожидания медленного бэкенда или пропущенного await; так же могло выглядеть и правило доступа на бэкенде, не пускавшее Edgio.',
      ),
      t(
        'Find the slow call in the server logs; check the backend lets the CDN in.',
        'Найдите медленный вызов в серверном журнале и проверьте, что бэкенд пускает CDN.',
      ),
    ),
    edgioCode(
      540,
      t('Project ran out of memory (Edgio)', 'Проекту не хватило памяти (Edgio)'),
      t(
        'The site’s serverless code used more memory than Edgio allowed.',
        'Бессерверный код сайта занял больше памяти, чем позволяла платформа Edgio.',
      ),
      t(
        'Find what uses the memory in the server logs and reduce it.',
        'По серверному журналу найдите, что расходует память, и сократите расход.',
      ),
    ),
    edgioCode(
      541,
      t('Edgio had no free workers', 'У Edgio не было свободных воркеров'),
      t(
        'Traffic was so heavy that Edgio could not schedule the request for processing in time.',
        'Трафик был так велик, что Edgio не удалось вовремя поставить запрос в обработку.',
      ),
      t('This was a capacity limit of the account on Edgio.', 'Это было ограничение ресурсов аккаунта в Edgio.'),
    ),
    edgioCode(
      542,
      t('Too many headers (Edgio)', 'Слишком много заголовков (Edgio)'),
      t(
        'The request or the response had more HTTP headers than Edgio allowed.',
        'В запросе или ответе было больше HTTP-заголовков, чем допускала платформа Edgio.',
      ),
      t(
        'Trim the headers (often cookies) the site sets or receives.',
        'Сократите число заголовков (часто это cookie), которые сайт ставит или получает.',
      ),
    ),
    edgioCode(
      543,
      t('Timeout inside Edgio’s network', 'Тайм-аут внутри сети Edgio'),
      t(
        'The request could not travel between Edgio’s edge and its Origin Shield location in time.',
        'Запрос не успел пройти между пограничным узлом Edgio и его площадкой Origin Shield.',
      ),
      t('This was a fault of Edgio’s own network.', 'Это была неисправность собственной сети Edgio.'),
    ),
    edgioCode(
      544,
      t('Invalid Host header (Edgio)', 'Неверный заголовок Host (Edgio)'),
      t(
        'The Host header of the request was not a valid domain name.',
        'Заголовок Host в запросе не был допустимым доменным именем.',
      ),
      t(
        'Check what sends the request; browsers always send a valid Host.',
        'Проверьте, что отправляет запрос: браузеры всегда шлют допустимый Host.',
      ),
    ),
  ],
  notes: [502, 503, 504].map((code) => ({ code, note: passedOn })),
  bodyHint: t(
    'Edgio shut down on 15 January 2025, and Azure CDN from Edgio with it. A response that still carries these headers comes from leftover Edgecast-era software or an old setup; the site owner should check which CDN the domain really points to.',
    'Платформа Edgio прекратила работу 15 января 2025 года, а вместе с ней и Azure CDN from Edgio. Ответ, в котором всё ещё есть эти заголовки, приходит от оставшегося ПО времён Edgecast или старой настройки; владельцу сайта стоит проверить, на какой CDN на самом деле указывает домен.',
  ),
};
