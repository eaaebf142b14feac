import { header, host, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const errorCodes: Source = {
  title: 'KeyCDN Support: CDN Error Codes',
  url: 'https://www.keycdn.com/support/cdn-error-codes',
};

export const keycdn: Vendor = {
  id: 'keycdn',
  name: 'KeyCDN',
  role: 'cdn',
  docs: errorCodes,
  // KeyCDN Support, "CDN Error Codes": its own pages are 403 (bad URL or Secure Token), 405 (push zones take GET and
  // HEAD only), 410 (expired Secure Token) and 500 "Origin Error" for any failed pull (a 502 or 504 in disguise).
  makes: [403, 405, 410, 500],
  fingerprints: [
    {
      id: 'server',
      signal: server(/^keycdn-engine$/i),
      weight: 'strong',
      says: t(
        'Server: keycdn-engine is KeyCDN’s edge server; it is on the files KeyCDN delivers from the origin too, so it shows the CDN, not who wrote this answer.',
        'Server: keycdn-engine — пограничный сервер KeyCDN; он стоит и на файлах, которые KeyCDN доставляет от origin, поэтому указывает на CDN, а не на того, кто сформировал этот ответ.',
      ),
    },
    {
      // KeyCDN Support, "CDN Server Locations": two letters of the country's TLD, then two for the city ("defr").
      // CDN77 sends a header of the same name in a different shape (city name then country code: "pragueCZ").
      id: 'x-edge-location',
      signal: header('x-edge-location', /^[a-z]{4}$/),
      weight: 'medium',
      says: t(
        'x-edge-location in KeyCDN’s form, four lowercase letters (country, then city, as in defr for Frankfurt), names the KeyCDN point of presence that served the request. CDN77 uses the same header name but writes a city name and a country code (pragueCZ), so this shape points to KeyCDN.',
        'x-edge-location в формате KeyCDN — четыре строчные буквы (страна, затем город, например defr для Франкфурта) — называет точку присутствия KeyCDN, обслужившую запрос. CDN77 использует то же имя заголовка, но пишет название города и код страны (pragueCZ), так что такой вид указывает на KeyCDN.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)kxcdn\.com$/),
      weight: 'medium',
      says: t(
        'The address is on kxcdn.com, the domain of KeyCDN zones.',
        'Адрес находится на kxcdn.com — домене зон KeyCDN.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        'A 403 from KeyCDN itself usually means a wrong zone URL or a missing or invalid Secure Token on a protected zone.',
        '403 от самого KeyCDN обычно означает неверный адрес зоны либо отсутствующий или недействительный Secure Token в защищённой зоне.',
      ),
    },
    {
      code: 405,
      note: t(
        'KeyCDN answers 405 for push zones when the method is anything but GET or HEAD.',
        'KeyCDN отвечает 405 в push-зонах на любой метод, кроме GET и HEAD.',
      ),
    },
    {
      code: 410,
      note: t(
        'KeyCDN answers 410 when the Secure Token in the link has expired: the page has to ask the site for a fresh link.',
        'KeyCDN отвечает 410, когда у Secure Token в ссылке истёк срок: страница должна получить у сайта новую ссылку.',
      ),
    },
    {
      code: 500,
      note: t(
        'KeyCDN reports every failed pull from the origin as 500 "Origin Error", including what elsewhere would be a 502 or 504: the origin could not be reached or its firewall refused KeyCDN. KeyCDN does not cache error pages, so the next request tries the origin again.',
        'KeyCDN сообщает о любой неудачной загрузке с origin как 500 «Origin Error», в том числе о том, что в других местах было бы 502 или 504: origin недоступен или его файрвол не пустил KeyCDN. Страницы ошибок KeyCDN не кэширует, так что следующий запрос снова обратится к origin.',
      ),
    },
  ],
  bodyHint: t(
    'KeyCDN’s own error pages show the status number in black or blue; an error page that looks different came from the origin server.',
    'На собственных страницах ошибок KeyCDN код ответа написан чёрным или синим; страница ошибки другого вида пришла с сервера origin.',
  ),
};
