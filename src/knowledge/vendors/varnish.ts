import { header, onPage, reason, server, via } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const varnish: Vendor = {
  id: 'varnish',
  name: 'Varnish Cache',
  role: 'proxy',
  docs: { title: 'Varnish Cache documentation', url: 'https://varnish-cache.org/docs/' },
  // From the source (varnishcache/varnish-cache): a failed backend fetch becomes a 503 "Backend fetch failed" with
  // Server: Varnish (cache_fetch.c, vbf_stp_error); built-in VCL comments that only 500 and 503 arise by themselves.
  makes: [503],
  fingerprints: [
    {
      id: 'x-varnish',
      signal: header('x-varnish', /^\d+$/),
      weight: 'strong',
      says: t(
        'x-varnish carries the number Varnish gave this transaction, so a Varnish cache sits in front of the site.',
        'x-varnish содержит номер, который Varnish присвоил этой транзакции: перед сайтом стоит кэш Varnish.',
      ),
    },
    {
      // cache_req_fsm.c: a cache hit is delivered with "X-Varnish: <this id> <id of the request that filled the cache>".
      id: 'x-varnish-hit',
      signal: header('x-varnish', /^\d+\s+\d+$/),
      weight: 'strong',
      relayed: true,
      says: t(
        'x-varnish with two numbers means Varnish served this answer from its cache (the second number is the request that stored it), so the answer was made behind Varnish and passed on from the cache.',
        'x-varnish с двумя числами означает, что Varnish отдал этот ответ из кэша (второе число — запрос, который его туда положил): ответ сформирован сервером за Varnish и отдан из кэша.',
      ),
    },
    {
      // cache_req_fsm.c: Resp_Setup_Deliver adds Age and Via to everything delivered from cache or a fetch;
      // Resp_Setup_Synth (vcl_synth answers) sets only Date, Server: Varnish and X-Varnish.
      id: 'x-varnish-no-age-via',
      signal: header('x-varnish', /^\d+$/),
      absent: ['age', 'via'],
      weight: 'medium',
      generated: true,
      says: t(
        'x-varnish is here but the Age and Via headers that Varnish adds to every answer it passes on are missing, so Varnish most likely built this answer itself (unless its configuration strips both headers).',
        'x-varnish есть, а заголовков Age и Via, которые Varnish добавляет к каждому переданному ответу, нет — значит, этот ответ, скорее всего, сформировал сам Varnish (если только его настройки не удаляют оба заголовка).',
      ),
    },
    {
      id: 'via',
      signal: via(/^.*\bvarnish\b.*$/i),
      weight: 'medium',
      says: t(
        'The Via header mentions varnish, so the response passed through a Varnish cache (Fastly’s caches send a similar Via, so this alone does not rule Fastly out).',
        'В заголовке Via упомянут varnish — ответ прошёл через кэш Varnish (кэши Fastly присылают похожий Via, поэтому сам по себе он Fastly не исключает).',
      ),
    },
    {
      id: 'server',
      signal: server(/^Varnish$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: Varnish is set on error pages Varnish builds itself, so Varnish answered instead of the site’s server.',
        'Server: Varnish ставится на страницы ошибок, которые Varnish формирует сам, — значит, ответил Varnish, а не сервер сайта.',
      ),
    },
    {
      id: 'reason-backend-fetch-failed',
      signal: reason(/^Backend fetch failed$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The reason phrase "Backend fetch failed" is the one Varnish writes on its own 503 when it could not get a usable answer from the server behind it, so Varnish answered by itself.',
        'Фразу статуса «Backend fetch failed» Varnish пишет в собственном ответе 503, когда не смог получить пригодный ответ от сервера за ним, — значит, Varnish ответил сам.',
      ),
    },
    // The built-in synthetic page (builtin.vcl, vcl_synth and vcl_backend_error, varnishcache/varnish-cache): an h1
    // "Error <status> <reason>", an h3 "Guru Meditation:", a paragraph "XID: <transaction id>" and a "Varnish cache
    // server" footer. Fastly's page keeps that frame (footer included) but writes "Guru Mediation:" and "Details:", so
    // only the heading's spelling and the XID line tell the two apart; the shared footer is not used.
    {
      id: 'page-xid',
      signal: onPage('body > h3 + p', /^XID: (\d{1,20})$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Varnish’s own error page: under "Guru Meditation" it gives the XID of the failed transaction, which the site owner can look up with varnishlog.',
        'Это собственная страница ошибки Varnish: под «Guru Meditation» указан XID неудавшейся транзакции, по которому владелец сайта найдёт её в varnishlog.',
      ),
    },
    {
      id: 'page-guru-meditation',
      signal: onPage('body > h3', /^Guru Meditation:$/i),
      weight: 'medium',
      generated: true,
      says: t(
        'The page has the "Guru Meditation:" heading of Varnish’s built-in error page (Fastly’s page spells it "Mediation").',
        'На странице есть заголовок «Guru Meditation:» встроенной страницы ошибки Varnish (на странице Fastly — «Mediation»).',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 503,
      note: t(
        'When Varnish makes a 503 itself (reason "Backend fetch failed" over HTTP/1.1, Server: Varnish, Retry-After: 5), the backend behind it did not answer usefully: it refused the connection, timed out, or sent something Varnish could not read.',
        'Если 503 выдаёт сам Varnish (фраза статуса «Backend fetch failed» по HTTP/1.1, Server: Varnish, Retry-After: 5), бэкенд за ним не дал нормального ответа: отказал в соединении, не уложился в тайм-аут или прислал то, что Varnish не смог разобрать.',
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
