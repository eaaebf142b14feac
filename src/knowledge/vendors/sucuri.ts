import { header, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const sucuri: Vendor = {
  id: 'sucuri',
  name: 'Sucuri Website Firewall',
  role: 'cdn',
  docs: { title: 'Sucuri Website Firewall documentation', url: 'https://docs.sucuri.net/website-firewall/' },
  fingerprints: [
    {
      id: 'x-sucuri-id',
      signal: header('x-sucuri-id'),
      weight: 'strong',
      says: t(
        "X-Sucuri-ID identifies the Sucuri firewall node that handled the request: the site sits behind Sucuri's firewall and CDN.",
        'X-Sucuri-ID указывает узел файрвола Sucuri, который обработал запрос: сайт стоит за файрволом и CDN Sucuri.',
      ),
    },
    {
      id: 'x-sucuri-cache',
      signal: header('x-sucuri-cache'),
      weight: 'strong',
      says: t(
        "X-Sucuri-Cache reports Sucuri's cache result for this response.",
        'X-Sucuri-Cache сообщает результат кэша Sucuri для этого ответа.',
      ),
    },
    {
      id: 'server',
      signal: server(/^Sucuri([/-]Cloudproxy)?$/i),
      weight: 'strong',
      says: t(
        'The Server header names Sucuri CloudProxy, the firewall in front of the site.',
        'Заголовок Server называет Sucuri CloudProxy — файрвол перед сайтом.',
      ),
    },
    {
      id: 'x-sucuri-block',
      signal: header('x-sucuri-block'),
      weight: 'strong',
      generated: true,
      says: t(
        "X-Sucuri-Block is set when Sucuri's firewall blocked the request itself; the site never saw it.",
        'X-Sucuri-Block ставится, когда запрос заблокировал сам файрвол Sucuri; сайт его не видел.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-sucuri-block',
      generated: true,
      fallback: t(
        "Sucuri's firewall blocked this request before it reached the site; its block page usually explains why.",
        'Файрвол Sucuri заблокировал запрос до того, как тот дошёл до сайта; причина обычно объяснена на странице блокировки.',
      ),
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'With X-Sucuri-Block, the firewall refused the request (a security rule, a blocked country or IP, or a bot check), not the site. The owner can find the request in the firewall logs of the Sucuri dashboard and allow-list it if it was wrongly blocked.',
        'Если есть X-Sucuri-Block, запрос отклонил файрвол (правило безопасности, блокировка страны или IP, проверка на бота), а не сайт. Владелец найдёт запрос в журналах файрвола в панели Sucuri и сможет добавить его в исключения, если блокировка ошибочна.',
      ),
    },
  ],
};
