import { host, path } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const tokens: Source = {
  title: 'ArcGIS Server SOAP SDK: Using token-based authentication',
  url: 'https://resources.arcgis.com/en/help/soap/10.1/01vp/01vp00000097000000.htm',
};

const inBody = t(
  'ArcGIS usually answers HTTP 200 and puts this code inside the JSON body ({"error":{"code":…}}), so a real status line with this number is uncommon: some server version, format or proxy put it there.',
  'ArcGIS обычно отвечает HTTP 200, а этот код кладёт внутрь JSON ({"error":{"code":…}}), поэтому настоящий статус с таким номером встречается нечасто: его выставила какая-то версия сервера, формат ответа или прокси.',
);

export const esri: Vendor = {
  id: 'esri',
  name: 'Esri ArcGIS',
  role: 'origin',
  docs: { title: 'ArcGIS REST APIs documentation', url: 'https://developers.arcgis.com/rest/' },
  fingerprints: [
    {
      id: 'path-arcgis-rest',
      signal: path(/^\/arcgis\/rest(\/.*)?$/i),
      weight: 'medium',
      says: t(
        'The path /arcgis/rest/ is the REST endpoint of an ArcGIS Server.',
        'Путь /arcgis/rest/ — REST-интерфейс сервера ArcGIS.',
      ),
    },
    {
      id: 'path-arcgis-tokens',
      signal: path(/^\/arcgis\/tokens(\/.*)?$/i),
      weight: 'medium',
      says: t(
        'The path /arcgis/tokens is the token service of an ArcGIS Server.',
        'Путь /arcgis/tokens — служба выдачи токенов сервера ArcGIS.',
      ),
    },
    {
      id: 'path-sharing-rest',
      signal: path(/^(\/[^/]+)?\/sharing\/rest(\/.*)?$/i),
      weight: 'medium',
      says: t(
        'The path /sharing/rest/ is the REST API of an ArcGIS portal or ArcGIS Online.',
        'Путь /sharing/rest/ — REST API портала ArcGIS или ArcGIS Online.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)arcgis\.com$/),
      weight: 'medium',
      says: t(
        'The address is on arcgis.com, Esri’s ArcGIS Online.',
        'Адрес находится на arcgis.com — в ArcGIS Online от Esri.',
      ),
    },
  ],
  codes: [
    {
      id: 'esri.498',
      code: 498,
      title: t('Invalid Token (Esri ArcGIS)', 'Недействительный токен (Esri ArcGIS)'),
      summary: t(
        'The ArcGIS token sent with the request has expired or is not valid for this server.',
        'Токен ArcGIS, переданный в запросе, истёк или не подходит для этого сервера.',
      ),
      visitor: t(
        'Sign in again to the map or application, then reload.',
        'Снова войдите в систему на карте или в приложении, затем обновите страницу.',
      ),
      owner: t(
        'Refresh tokens before they expire, and check that the token was issued for this server and its referer or IP restriction matches where the request comes from.',
        'Обновляйте токены до истечения срока и проверьте, что токен выдан именно для этого сервера, а его привязка к referer или IP совпадает с источником запроса.',
      ),
      source: tokens,
      reach: 'rare',
      whenSeen: inBody,
      prior: 0.8,
    },
    {
      id: 'esri.499',
      code: 499,
      title: t('Token Required (Esri ArcGIS)', 'Нужен токен (Esri ArcGIS)'),
      summary: t(
        'The ArcGIS service is secured and the request came without a token.',
        'Служба ArcGIS защищена, а запрос пришёл без токена.',
      ),
      visitor: t(
        'Sign in to the map or application; the layer is not public.',
        'Войдите в систему на карте или в приложении: этот слой не общедоступен.',
      ),
      owner: t(
        'Send a token with the request (or sign the user in), or share the service publicly if it is meant to be open.',
        'Передавайте токен в запросе (или авторизуйте пользователя) либо откройте общий доступ к службе, если она должна быть публичной.',
      ),
      source: tokens,
      reach: 'rare',
      whenSeen: inBody,
      prior: 0.4,
    },
  ],
  notes: [
    {
      code: 200,
      note: t(
        'ArcGIS REST services report most failures as HTTP 200 with an "error" object in the JSON body, so a 200 here can still hide an error (498, 499, 400…).',
        'REST-службы ArcGIS сообщают о большинстве ошибок ответом HTTP 200 с объектом "error" в теле JSON, так что и 200 здесь может скрывать ошибку (498, 499, 400…).',
      ),
    },
  ],
};
