import { header, host, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const failedToRespond: Source = {
  title: 'Railway docs: Application Failed to Respond',
  url: 'https://docs.railway.com/networking/troubleshooting/application-failed-to-respond',
};

export const railway: Vendor = {
  id: 'railway',
  name: 'Railway',
  role: 'platform',
  docs: failedToRespond,
  fingerprints: [
    {
      // Seen on every captured Railway answer, the app's and the edge's alike: the edge puts its own name in Server.
      id: 'server',
      signal: server(/^railway-(edge|hikari)$/i),
      weight: 'strong',
      says: t(
        'The Server header names Railway’s edge proxy: the service runs on Railway. The edge puts its name on the app’s answers too, so it does not say who wrote this one.',
        'Заголовок Server называет пограничный прокси Railway: сервис работает на Railway. Прокси ставит своё имя и на ответы приложения, поэтому не говорит, кто сформировал этот ответ.',
      ),
    },
    {
      // Railway docs, "Edge Networking": X-Railway-Edge is the POP that received the request (iad1, hnd1…); captures
      // also show the zone form (railway/us-west2).
      id: 'x-railway-edge',
      signal: header('x-railway-edge'),
      weight: 'strong',
      says: t(
        'x-railway-edge names the Railway edge location that took the request (for example iad1 or railway/us-west2): the request entered Railway there.',
        'x-railway-edge называет пограничную точку Railway, принявшую запрос (например, iad1 или railway/us-west2): запрос вошёл в Railway именно там.',
      ),
    },
    {
      // Railway docs, "Specs & Limits": X-Railway-Request-Id correlates a request with Railway's network logs.
      id: 'x-railway-request-id',
      signal: header('x-railway-request-id'),
      weight: 'strong',
      says: t(
        'x-railway-request-id is Railway’s id for this request; it finds the request in the service’s HTTP logs.',
        'x-railway-request-id — идентификатор запроса в Railway; по нему запрос можно найти в журнале HTTP-запросов сервиса.',
      ),
    },
    {
      // Captures of Railway's own 502 "Application failed to respond" and 404 "Application not found" carry it; answers
      // the app wrote do not.
      id: 'x-railway-fallback',
      signal: header('x-railway-fallback', /^true$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'x-railway-fallback: true marks a page Railway’s edge served itself because it had no working deployment to hand the request to (Application failed to respond, Application not found).',
        'x-railway-fallback: true отмечает страницу, которую пограничный узел Railway отдал сам, потому что не нашёл работающего развёртывания, которому можно передать запрос (Application failed to respond, Application not found).',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)up\.railway\.app$/),
      weight: 'medium',
      says: t(
        'The address is on up.railway.app, the domain Railway generates for services.',
        'Адрес находится на up.railway.app — домене, который Railway выдаёт сервисам.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 404,
      note: t(
        'Railway’s own 404 "Application not found" (with x-railway-fallback) means no running deployment is attached to this domain: the service was removed, paused, or the domain points to the wrong one. A service that sleeps when idle can show it for a few seconds while it wakes.',
        'Собственный 404 Railway «Application not found» (с x-railway-fallback) означает, что к этому домену не привязано работающее развёртывание: сервис удалён, приостановлен или домен указывает не на тот сервис. Сервис, который засыпает без трафика, может показывать эту страницу несколько секунд, пока просыпается.',
      ),
    },
    {
      code: 502,
      note: t(
        'Railway’s 502 "Application failed to respond" means its edge proxy could not talk to the app: most often the app is not listening on 0.0.0.0 and the port in $PORT, or the domain’s target port differs from the app’s; less often the app is overloaded. The Metrics tab shows load.',
        '502 от Railway («Application failed to respond») означает, что пограничный прокси не смог связаться с приложением: чаще всего приложение слушает не 0.0.0.0 и не порт из $PORT или целевой порт домена не совпадает с портом приложения; реже приложение перегружено. Нагрузку видно на вкладке Metrics.',
      ),
    },
  ],
  bodyHint: t(
    'Railway’s own pages say "Application failed to respond" (the 502) or "Application not found" (the 404, often as JSON with a request_id). Any other page came from the app behind Railway.',
    'На собственных страницах Railway написано «Application failed to respond» (это 502) или «Application not found» (это 404, часто в виде JSON с request_id). Любая другая страница пришла от приложения за Railway.',
  ),
};
