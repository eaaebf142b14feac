import { t } from '../text';
import type { Source, Vendor } from '../types';

const wikipedia: Source = {
  title: 'Wikipedia: List of HTTP status codes, 450 (unofficial; no Microsoft documentation found)',
  url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes',
};

/**
 * The block happens on the visitor's own Windows computer, not at the site or in the network,
 * so the role is "browser" (the engine words it as "your browser or computer").
 */
export const microsoftParentalControls: Vendor = {
  id: 'microsoft-parental-controls',
  name: 'Windows Parental Controls',
  role: 'browser',
  // The block is made on the visitor's computer; 450 is the only number it is reported to use.
  makes: [450],
  docs: wikipedia,
  // No header, cookie or address marks this block; the number is the only sign.
  fingerprints: [],
  codes: [
    {
      id: 'microsoft-parental-controls.450',
      code: 450,
      title: t('Blocked by Windows Parental Controls', 'Заблокировано родительским контролем Windows'),
      summary: t(
        'Parental controls on this Windows computer are reported to answer 450 when they block a web page.',
        'Сообщается, что родительский контроль Windows на этом компьютере отвечает кодом 450, когда блокирует страницу.',
      ),
      visitor: t(
        'The page was blocked on your own computer, not by the site. If you think it should be allowed, ask the adult who manages the family settings of this Windows account.',
        'Страницу заблокировал ваш собственный компьютер, а не сайт. Если считаете, что она должна открываться, обратитесь к взрослому, который управляет семейными настройками этой учётной записи Windows.',
      ),
      owner: t(
        'Nothing to fix on the site: the block is local to the visitor. Only the account manager can allow the site in the Windows family safety settings.',
        'На стороне сайта исправлять нечего: блокировка действует только у посетителя. Разрешить сайт может лишь тот, кто управляет семейной безопасностью Windows для этой учётной записи.',
      ),
      source: wikipedia,
      reach: 'rare',
      whenSeen: t(
        'This meaning rests on Wikipedia alone; no Microsoft document describing it was found. A 450 that clearly came from a web server more likely means something else that reused the number.',
        'Это значение известно только из Википедии; документа Microsoft с его описанием найти не удалось. Если 450 явно прислал веб-сервер, скорее всего, число означает что-то другое.',
      ),
      prior: 0.8,
    },
  ],
};
