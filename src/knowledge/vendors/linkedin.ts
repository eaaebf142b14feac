import { host } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const linkedin: Vendor = {
  id: 'linkedin',
  name: 'LinkedIn',
  role: 'origin',
  docs: { title: 'LinkedIn Help', url: 'https://www.linkedin.com/help/linkedin' },
  fingerprints: [
    {
      id: 'host',
      signal: host(/(^|\.)linkedin\.com$/),
      weight: 'medium',
      // LinkedIn's 999 comes from its own servers, so it is only ever seen on linkedin.com addresses.
      decisive: true,
      says: t(
        'The address is on linkedin.com, LinkedIn’s own site.',
        'Адрес находится на linkedin.com — собственном сайте LinkedIn.',
      ),
    },
  ],
  codes: [
    {
      id: 'linkedin.999',
      code: 999,
      title: t('Request Denied (LinkedIn)', 'Запрос отклонён (LinkedIn)'),
      summary: t(
        'LinkedIn turned the request away because it looked automated (scraping, a bot, a link checker); this is widely reported, though LinkedIn does not document it.',
        'LinkedIn отклонил запрос, приняв его за автоматический (парсинг, бот, проверка ссылок); об этом часто сообщают, хотя в документации LinkedIn такого кода нет.',
      ),
      visitor: t(
        'Open LinkedIn in a normal browser window while signed in; VPNs, shared networks and automation tools make this more likely.',
        'Откройте LinkedIn в обычном окне браузера, войдя в аккаунт; VPN, общие сети и средства автоматизации повышают вероятность такого ответа.',
      ),
      owner: t(
        'If your tool or link checker got this, LinkedIn blocks unauthenticated automated access; use LinkedIn’s official APIs, or treat 999 from linkedin.com as "unknown" rather than a broken link.',
        'Если такой ответ получил ваш инструмент или проверка ссылок — LinkedIn блокирует автоматический доступ без авторизации; пользуйтесь официальными API LinkedIn или считайте 999 от linkedin.com «неизвестным результатом», а не битой ссылкой.',
      ),
      source: {
        title: 'Wikipedia: List of HTTP status codes (999); not documented by LinkedIn',
        url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
      },
      prior: 0.7,
    },
  ],
};
