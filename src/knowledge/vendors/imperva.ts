import { cookie, header, onPage } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const imperva: Vendor = {
  id: 'imperva',
  name: 'Imperva (Incapsula)',
  role: 'cdn',
  docs: { title: 'Imperva Cloud Application Security documentation', url: 'https://docs.imperva.com/' },
  fingerprints: [
    {
      id: 'x-iinfo',
      signal: header('x-iinfo'),
      weight: 'strong',
      says: t(
        'X-Iinfo is request information added by Imperva (formerly Incapsula): the site sits behind its firewall and CDN.',
        'X-Iinfo — сведения о запросе, которые добавляет Imperva (бывшая Incapsula): сайт стоит за её файрволом и CDN.',
      ),
    },
    {
      id: 'x-cdn',
      signal: header('x-cdn', /^(Incapsula|Imperva)$/i),
      weight: 'strong',
      says: t(
        'X-CDN names Imperva (Incapsula) as the CDN in front of the site.',
        'X-CDN указывает, что перед сайтом стоит CDN Imperva (Incapsula).',
      ),
    },
    {
      id: 'cookie-incap-ses',
      signal: cookie(/^incap_ses_\d+_\d+$/),
      weight: 'medium',
      says: t(
        "The incap_ses_* cookie is the session cookie of Imperva's firewall.",
        'Cookie incap_ses_* — сессионная cookie файрвола Imperva.',
      ),
    },
    {
      id: 'cookie-visid-incap',
      signal: cookie(/^visid_incap_\d+$/),
      weight: 'medium',
      says: t(
        'The visid_incap_* cookie is how Imperva recognises returning visitors.',
        'Cookie visid_incap_* — по нему Imperva узнаёт вернувшихся посетителей.',
      ),
    },
    // Imperva's block page (observed pages; wafw00f's incapsula plugin looks for the same strings): the whole document is
    // an iframe (#main-iframe on current pages) loading /_Incapsula_Resource, and the iframe's fallback text is
    // "Request unsuccessful. Incapsula incident ID: <id>".
    {
      id: 'page-incident',
      signal: onPage('body > iframe', /^Request unsuccessful\. Incapsula incident ID: (\d{1,24}(?:-\d{1,24})?)$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Imperva’s own block page: it gives the Incapsula incident ID of this request, which points the site owner to the rule that fired.',
        'Это собственная страница блокировки Imperva: на ней указан Incapsula incident ID этого запроса, по которому владелец сайта найдёт сработавшее правило.',
      ),
    },
    {
      id: 'page-frame',
      signal: onPage('body > iframe', /^\/_Incapsula_Resource\?/, { attr: 'src' }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is a frame loaded from /_Incapsula_Resource, the address Imperva serves its own block and challenge pages from.',
        'Страница — это фрейм, загруженный с /_Incapsula_Resource: с этого адреса Imperva отдаёт свои страницы блокировки и проверки.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        "A 403 through Imperva is often the firewall's own block (a security rule, bot protection, a blocked country or IP) rather than the site's; the block page then shows an incident ID.",
        '403 через Imperva часто означает, что запрос заблокировал сам файрвол (правило безопасности, защита от ботов, блокировка страны или IP), а не сайт; тогда на странице блокировки указан incident ID.',
      ),
    },
  ],
  bodyHint: t(
    'Imperva\'s block and error pages show an "Incapsula incident ID" (two long numbers joined by a dash). Send it to the site owner: in the Imperva console it leads to the exact rule that fired.',
    'На страницах блокировки и ошибок Imperva есть «Incapsula incident ID» (два длинных числа через дефис). Передайте его владельцу сайта: в консоли Imperva по нему находится сработавшее правило.',
  ),
};
