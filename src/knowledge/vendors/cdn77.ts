import { header, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const headersDoc: Source = {
  title: 'CDN77 knowledge base: Headers added by CDN77',
  url: 'https://client.cdn77.com/support/knowledgebase/caching-http-headers/headers-added-by-cdn77',
};

/**
 * CDN77 documents X-Edge-IP, X-Edge-Location, X-Age and X-Cache (headers page above). Its edge name in Server and the
 * x-77-* family are seen on every captured CDN77 answer but are not in that page.
 */
export const cdn77: Vendor = {
  id: 'cdn77',
  name: 'CDN77',
  role: 'cdn',
  docs: headersDoc,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^CDN77-Turbo$/i),
      weight: 'strong',
      says: t(
        'Server: CDN77-Turbo is CDN77’s edge server; it is on files CDN77 delivers from the origin too, so it shows the CDN, not who wrote this answer.',
        'Server: CDN77-Turbo — пограничный сервер CDN77; он стоит и на файлах, которые CDN77 доставляет от origin, поэтому указывает на CDN, а не на того, кто сформировал этот ответ.',
      ),
    },
    {
      id: 'x-77-nzt',
      signal: header('x-77-nzt'),
      weight: 'strong',
      says: t(
        'x-77-nzt is an internal CDN77 header: the response went through CDN77.',
        'x-77-nzt — служебный заголовок CDN77: ответ прошёл через CDN77.',
      ),
    },
    {
      id: 'x-77-pop',
      signal: header('x-77-pop', /^[a-z]+[A-Z]{2,4}$/),
      weight: 'strong',
      says: t(
        'x-77-pop names the CDN77 point of presence that handled the request, as a city and a country code (frankfurtDE).',
        'x-77-pop называет точку присутствия CDN77, обработавшую запрос, — город и код страны (frankfurtDE).',
      ),
    },
    {
      id: 'x-77-cache-hit',
      signal: header('x-77-cache', /^HIT$/i),
      weight: 'medium',
      relayed: true,
      says: t(
        'x-77-cache: HIT means CDN77 served a stored copy, so the origin wrote this answer earlier and CDN77 passed it on.',
        'x-77-cache: HIT означает, что CDN77 отдал сохранённую копию: ответ ранее сформировал origin, а CDN77 его передал.',
      ),
    },
    {
      // CDN77 knowledge base: X-Edge-Location gives the edge's city and country. KeyCDN uses the same header name with
      // four lowercase letters ("defr"), so only the city-then-country shape is taken for CDN77.
      id: 'x-edge-location',
      signal: header('x-edge-location', /^[a-z]+[A-Z]{2,4}$/),
      weight: 'weak',
      says: t(
        'x-edge-location written as a city and a country code (pragueCZ) is CDN77’s way of naming the edge that delivered the file. KeyCDN sends a header of the same name as four lowercase letters, so this shape points to CDN77; on its own it is still only a hint.',
        'x-edge-location в виде города и кода страны (pragueCZ) — так CDN77 называет пограничный узел, доставивший файл. KeyCDN присылает заголовок с тем же именем в виде четырёх строчных букв, поэтому такой вид указывает на CDN77; но сам по себе это лишь косвенный признак.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        'Behind CDN77 a 403 can be CDN77’s own refusal when the CDN resource has hotlink protection (a list of allowed or denied referring sites) or a block by IP or country; otherwise it came from the origin. The Access Protection tab of the CDN resource shows what is set.',
        'За CDN77 ответ 403 может быть собственным отказом CDN77, если для CDN-ресурса включена защита от хотлинков (список разрешённых или запрещённых рефереров) или блокировка по IP либо стране; иначе его вернул origin. Что настроено, видно на вкладке Access Protection CDN-ресурса.',
      ),
    },
  ],
};
