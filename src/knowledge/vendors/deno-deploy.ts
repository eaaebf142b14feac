import { header, host, server, via } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const caching: Source = {
  title: 'Deno Deploy docs: CDN and caching',
  url: 'https://docs.deno.com/deploy/reference/caching/',
};

/**
 * Two generations: Deno Deploy Classic (*.deno.dev; Server: deno/gcp-<region> and Via: http/1.1 edgeproxy-h in
 * captures), which Deno's docs say shuts down on 20 July 2026, and the new Deno Deploy (*.deno.net), which documents a
 * Cache-Status header of its own. "x-deno-ray" is not included: in public code it is set by Deno's own apps (JSR, the
 * Deploy API), not by the platform on users' sites.
 */
export const denoDeploy: Vendor = {
  id: 'deno-deploy',
  name: 'Deno Deploy',
  role: 'platform',
  docs: caching,
  fingerprints: [
    {
      // Deno Deploy docs, "CDN and caching": "deno; hit" when served from the cache.
      id: 'cache-status-hit',
      signal: header('cache-status', /^deno;\s*hit\b/i),
      weight: 'strong',
      relayed: true,
      says: t(
        'Cache-Status: deno; hit means Deno Deploy’s cache served a stored copy, so the app wrote this answer earlier and the platform passed it on.',
        'Cache-Status: deno; hit означает, что кэш Deno Deploy отдал сохранённую копию: ответ ранее сформировало приложение, а платформа его передала.',
      ),
    },
    {
      // Deno Deploy docs, "CDN and caching": "deno; fwd=…" when the request went on to the app.
      id: 'cache-status',
      signal: header('cache-status', /^deno;\s*fwd=/i),
      weight: 'strong',
      says: t(
        'Cache-Status: deno; fwd=… is Deno Deploy’s cache saying it forwarded the request to the app (a miss, a bypass, a method it does not cache): the site runs on Deno Deploy.',
        'Cache-Status: deno; fwd=… — кэш Deno Deploy сообщает, что передал запрос приложению (промах, обход кэша или метод, который не кэшируется): сайт работает на Deno Deploy.',
      ),
    },
    {
      id: 'server-classic',
      signal: server(/^deno\/gcp-[a-z]+-[a-z]+\d+$/i),
      weight: 'strong',
      says: t(
        'Server: deno/gcp-<region> is what Deno Deploy Classic put on the answers it delivered, the app’s and its own. Deno planned to shut Classic down on 20 July 2026.',
        'Server: deno/gcp-<регион> Deno Deploy Classic ставит на все доставленные ответы — и на ответы приложения, и на свои. По планам Deno, Classic закрывается 20 июля 2026 года.',
      ),
    },
    {
      id: 'via-edgeproxy',
      signal: via(/^http\/1\.1 edgeproxy-h$/i),
      weight: 'medium',
      says: t(
        'Via: http/1.1 edgeproxy-h is the edge proxy of Deno Deploy Classic.',
        'Via: http/1.1 edgeproxy-h — пограничный прокси Deno Deploy Classic.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)deno\.(dev|net)$/),
      weight: 'medium',
      says: t(
        'The address is on deno.net (Deno Deploy) or deno.dev (Deno Deploy Classic), the domains Deno gives to deployed apps.',
        'Адрес находится на deno.net (Deno Deploy) или deno.dev (Deno Deploy Classic) — доменах, которые Deno выдаёт развёрнутым приложениям.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 502,
      note: t(
        'On Deno Deploy a 502 usually means the app crashed before its HTTP server started: apps are started on demand, and the request that woke a failing app gets this error. The start of the app’s logs shows the crash.',
        'На Deno Deploy ответ 502 обычно означает, что приложение упало ещё до запуска своего HTTP-сервера: приложения запускаются по запросу, и запрос, который разбудил неисправное приложение, получает такую ошибку. Причина падения — в начале журнала приложения.',
      ),
    },
  ],
};
