import { header, host, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const pantheon: Vendor = {
  id: 'pantheon',
  name: 'Pantheon',
  role: 'platform',
  docs: {
    title: 'Pantheon docs: Errors and Server Responses',
    url: 'https://docs.pantheon.io/errors-and-server-responses',
  },
  fingerprints: [
    {
      id: 'x-pantheon-styx-hostname',
      signal: header('x-pantheon-styx-hostname'),
      weight: 'strong',
      says: t(
        "Pantheon's edge router (Styx) names the server that handled the request: the site is hosted on Pantheon.",
        'Пограничный маршрутизатор Pantheon (Styx) указывает сервер, обработавший запрос: сайт размещён на Pantheon.',
      ),
    },
    {
      id: 'x-styx-req-id',
      signal: header('x-styx-req-id'),
      weight: 'strong',
      says: t(
        "The request id of Pantheon's Styx router: the request passed through Pantheon.",
        'Идентификатор запроса маршрутизатора Styx от Pantheon: запрос прошёл через Pantheon.',
      ),
    },
    {
      id: 'server',
      signal: server(/^Pantheon\b.*$/i),
      weight: 'medium',
      says: t('The Server header names Pantheon.', 'Заголовок Server называет Pantheon.'),
    },
    {
      id: 'host',
      signal: host(/(^|\.)pantheonsite\.io$/),
      weight: 'medium',
      says: t(
        'The address is on pantheonsite.io, the domain of Pantheon’s dev, test and live environments.',
        'Адрес находится на pantheonsite.io — домене окружений dev, test и live на Pantheon.',
      ),
    },
  ],
  codes: [
    {
      id: 'pantheon.530',
      code: 530,
      title: t('Site Frozen (Pantheon)', 'Сайт заморожен (Pantheon)'),
      summary: t(
        'Pantheon froze this site because nobody worked on it for a long time (this happens to unpaid sandbox sites).',
        'Pantheon заморозил этот сайт, потому что с ним долго никто не работал (так бывает с бесплатными сайтами-песочницами).',
      ),
      visitor: t(
        'The site is switched off for now; only its owner can bring it back.',
        'Сайт пока отключён; вернуть его может только владелец.',
      ),
      owner: t(
        'Unfreeze the site from the Pantheon dashboard (or move it to a paid plan), then check that the environments answer again.',
        'Разморозьте сайт в панели Pantheon (или переведите его на платный тариф), затем проверьте, что окружения снова отвечают.',
      ),
      source: {
        title:
          'Wikipedia: List of HTTP status codes (530), citing Pantheon "Platform Considerations"; not confirmed in Pantheon’s current error reference',
        url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
      },
      prior: 0.3,
    },
  ],
  notes: [
    {
      code: 401,
      note: t(
        'On Pantheon a 401 with a login prompt usually means the environment was locked with a username and password from the dashboard (Lock environment).',
        'На Pantheon ответ 401 с запросом имени пользователя и пароля обычно означает, что окружение закрыто паролем из панели управления (Lock environment).',
      ),
    },
    {
      code: 404,
      note: t(
        'A Pantheon "Unknown Site" 404 means the domain reaches Pantheon but is not connected to any site environment: add it under Domains / HTTPS.',
        'Ответ 404 «Unknown Site» от Pantheon означает, что домен ведёт на Pantheon, но не подключён ни к одному окружению сайта: добавьте его в разделе Domains / HTTPS.',
      ),
    },
    {
      code: 502,
      note: t(
        'A Pantheon 502 titled "Upstream Header Too Big" means the application sent response headers larger than the router accepts, often from too many or too large cookies.',
        '502 от Pantheon со страницей «Upstream Header Too Big» означает, что приложение отправило заголовки ответа больше, чем принимает маршрутизатор; чаще всего виноваты многочисленные или крупные cookie.',
      ),
    },
  ],
};
