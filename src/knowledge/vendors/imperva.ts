import { cookie, header } from '../signals';
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
