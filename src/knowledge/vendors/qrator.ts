import { cookie, path, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

/**
 * Qrator Labs publishes no reference for the headers and statuses its filtering network sends to visitors. What
 * follows comes from several independent captures of Qrator-protected Russian sites (login.mts.ru, rbc.ru,
 * dns-shop.ru, ruwiki.ru and others): Server: QRATOR on ordinary answers and on its checks alike, a JavaScript check
 * answered with 401 that loads a script from /__qrator/ and sets qrator_jsr, qrator_jsid / qrator_jsid2 cookies once
 * it is passed, 403 blocks and captchas, and 429 with a captcha when a client sends too much.
 */
export const qrator: Vendor = {
  id: 'qrator',
  name: 'Qrator',
  role: 'cdn',
  docs: { title: 'Qrator Labs', url: 'https://qrator.net/' },
  // 401, 403 and 429 as seen in the captures above; the gateway errors as for any CDN in front of a site.
  makes: [401, 403, 429, 502, 503, 504],
  fingerprints: [
    {
      id: 'server',
      signal: server(/^QRATOR$/i),
      weight: 'strong',
      says: t(
        'Server: QRATOR names Qrator, the attack-filtering network (common on Russian sites) in front of the site. It is on ordinary answers as well as on its own checks, so it shows the filter, not who wrote this answer.',
        'Server: QRATOR называет Qrator — сеть фильтрации атак перед сайтом (часто встречается на российских сайтах). Он стоит и на обычных ответах, и на собственных проверках, поэтому указывает на фильтр, а не на того, кто сформировал этот ответ.',
      ),
    },
    {
      id: 'cookie-qrator',
      signal: cookie(/^qrator_(jsr|jsid2?|ssid)$/),
      weight: 'medium',
      says: t(
        'Cookies named qrator_jsr, qrator_jsid or qrator_ssid are set by Qrator’s visitor check: qrator_jsr while the check runs, qrator_jsid once the browser has passed it.',
        'Cookie qrator_jsr, qrator_jsid или qrator_ssid ставит проверка посетителей Qrator: qrator_jsr — пока проверка идёт, qrator_jsid — когда браузер её прошёл.',
      ),
    },
    {
      id: 'path-qrator',
      signal: path(/^\/__qrator\//),
      weight: 'strong',
      generated: true,
      says: t(
        'Addresses under /__qrator/ (the check script qauth.js, the validate endpoint) belong to Qrator itself, so Qrator answered this request, not the site.',
        'Адреса в /__qrator/ (скрипт проверки qauth.js, эндпоинт validate) принадлежат самому Qrator: на этот запрос ответил Qrator, а не сайт.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 401,
      note: t(
        'Behind Qrator a 401 is usually not a login prompt but its JavaScript check: the page loads a script from /__qrator/, and a normal browser passes it by itself and reloads. Scripts, bots and browsers with JavaScript or cookies switched off keep getting 401.',
        'За Qrator ответ 401 — обычно не запрос входа, а JavaScript-проверка Qrator: страница загружает скрипт из /__qrator/, и обычный браузер проходит её сам и перезагружает страницу. Скрипты, боты и браузеры с выключенными JavaScript или cookie так и будут получать 401.',
      ),
    },
    {
      code: 403,
      note: t(
        'A 403 with Server: QRATOR may be Qrator’s block or a captcha it shows after its check, rather than the site refusing you. Switching off a VPN or proxy and sending fewer requests often helps; only the site’s owner, through Qrator, can lift a block.',
        '403 с Server: QRATOR может быть блокировкой Qrator или капчей, которую он показывает после проверки, а не отказом самого сайта. Часто помогает отключить VPN или прокси и реже отправлять запросы; снять блокировку может только владелец сайта через Qrator.',
      ),
    },
    {
      code: 429,
      note: t(
        'A 429 with Server: QRATOR means Qrator thinks this client sends too many requests and asks for a captcha; slow down and try again later.',
        '429 с Server: QRATOR означает, что Qrator решил, будто этот клиент отправляет слишком много запросов, и просит пройти капчу; сбавьте темп и попробуйте позже.',
      ),
    },
  ],
  bodyHint: t(
    'Qrator’s check page is nearly empty and loads a script from /__qrator/; its block pages say the site is temporarily unavailable to you and suggest coming back later. Neither shows the site’s own design.',
    'Страница проверки Qrator почти пустая и загружает скрипт из /__qrator/; его страницы блокировки сообщают, что сайт временно для вас недоступен, и предлагают зайти позже. Ни та ни другая не оформлены как сам сайт.',
  ),
};
