import { header, server, via } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const varnish: Vendor = {
  id: 'varnish',
  name: 'Varnish Cache',
  role: 'proxy',
  docs: { title: 'Varnish Cache documentation', url: 'https://varnish-cache.org/docs/' },
  fingerprints: [
    {
      signal: header('x-varnish', /^\d+(\s+\d+)?$/),
      weight: 'strong',
      says: t(
        'x-varnish carries the transaction id (and, for a cache hit, the id of the request that filled the cache), so a Varnish cache sits in front of the site.',
        'x-varnish содержит номер транзакции (а при попадании в кэш — ещё и номер запроса, который этот кэш заполнил): перед сайтом стоит кэш Varnish.',
      ),
    },
    {
      signal: via(/^.*\bvarnish\b.*$/i),
      weight: 'medium',
      says: t(
        'The Via header mentions varnish, so the response passed through a Varnish cache (Fastly’s caches send a similar Via, so this alone does not rule Fastly out).',
        'В заголовке Via упомянут varnish — ответ прошёл через кэш Varnish (кэши Fastly присылают похожий Via, поэтому сам по себе он Fastly не исключает).',
      ),
    },
    {
      signal: server(/^Varnish$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: Varnish is set on error pages Varnish builds itself, so Varnish answered instead of the site’s server.',
        'Server: Varnish ставится на страницы ошибок, которые Varnish формирует сам, — значит, ответил Varnish, а не сервер сайта.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 503,
      note: t(
        'When Varnish makes a 503 itself (reason "Backend fetch failed" over HTTP/1.1, Server: Varnish, Retry-After: 5), the backend behind it did not answer usefully: it refused the connection, timed out, or sent something Varnish could not read.',
        'Если 503 выдаёт сам Varnish (reason «Backend fetch failed» по HTTP/1.1, Server: Varnish, Retry-After: 5), бэкенд за ним не дал нормального ответа: отказал в соединении, не уложился в тайм-аут или прислал то, что Varnish не смог разобрать.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 page made by Varnish itself (Server: Varnish) usually points to a problem inside Varnish or its VCL (for example a synth(500) in the configuration) rather than to the backend; varnishlog shows the reason.',
        '500, сформированный самим Varnish (Server: Varnish), обычно говорит о проблеме внутри Varnish или его VCL (например, synth(500) в конфигурации), а не в бэкенде; причину покажет varnishlog.',
      ),
    },
  ],
  bodyHint: t(
    'Varnish’s own error page shows "Guru Meditation:" followed by "XID: <number>". That XID is the transaction id: the site owner can find the failed request with varnishlog (e.g. varnishlog -q "vxid == <number>") and see why the backend fetch failed.',
    'Собственная страница ошибки Varnish показывает «Guru Meditation:» и «XID: <число>». XID — номер транзакции: по нему владелец сайта найдёт неудачный запрос в varnishlog (например, varnishlog -q "vxid == <число>") и увидит, почему не удалось получить ответ бэкенда.',
  ),
};
