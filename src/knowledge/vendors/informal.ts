import { t } from '../text';
import type { Source, Vendor } from '../types';

const wiki: Source = {
  title: 'Wikipedia: List of HTTP status codes (unofficial codes; no standard or vendor source)',
  url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
};

export const informal: Vendor = {
  id: 'informal',
  name: t('Informal convention', 'Неофициальное соглашение'),
  role: 'proxy',
  // Not a product but a habit of some proxies: the only numbers it stands for are its own 598 and 599,
  // not the 403 and 5xx a real proxy is assumed to make.
  makes: [598, 599],
  docs: wiki,
  fingerprints: [],
  codes: [
    {
      id: 'informal.598',
      code: 598,
      title: t('Network Read Timeout', 'Тайм-аут чтения из сети'),
      summary: t(
        'A proxy between you and the site connected to the server behind it, but the answer did not arrive in time.',
        'Прокси между вами и сайтом подключился к серверу, который стоит за ним, но ответ не пришёл вовремя.',
      ),
      visitor: t(
        'Try again in a moment; if it repeats, the site or its backend is slow.',
        'Попробуйте ещё раз чуть позже; если ошибка повторяется, значит, медленно работает сайт или его бэкенд.',
      ),
      owner: t(
        'Find which proxy sent it (its response headers, its logs) and look at the backend’s response time and the proxy’s read time-out.',
        'Выясните, какой прокси отправил этот ответ (по заголовкам ответа и журналам прокси), и проверьте время ответа бэкенда и тайм-аут чтения в прокси.',
      ),
      source: wiki,
      prior: 0.6,
    },
    {
      id: 'informal.599',
      code: 599,
      title: t('Network Connect Timeout', 'Тайм-аут подключения к сети'),
      summary: t(
        'A proxy between you and the site could not even open a connection to the server behind it in time.',
        'Прокси между вами и сайтом не смог вовремя даже установить соединение с сервером, который стоит за ним.',
      ),
      visitor: t(
        'Try again later; the site’s server may be down or unreachable.',
        'Попробуйте позже: сервер сайта, возможно, выключен или недоступен.',
      ),
      owner: t(
        'Check that the backend is up and reachable from the proxy (address, port, firewall), and the proxy’s connect time-out.',
        'Проверьте, что бэкенд запущен и доступен с прокси (адрес, порт, файрвол), а также тайм-аут подключения в прокси.',
      ),
      source: wiki,
      prior: 0.6,
    },
    {
      id: 'informal.103-checkpoint',
      code: 103,
      title: t('Checkpoint (abandoned draft)', 'Checkpoint (заброшенный черновик)'),
      summary: t(
        'A draft proposal for resuming interrupted PUT and POST uploads planned to use 103; it never became a standard, and 103 is now Early Hints.',
        'В черновике о возобновлении прерванных загрузок через PUT и POST для этого предлагался код 103; стандартом черновик так и не стал, а 103 теперь означает Early Hints.',
      ),
      visitor: t('Nothing to do; this is not an error.', 'Ничего делать не нужно: это не ошибка.'),
      owner: t(
        'If your server sends 103 meaning a checkpoint, change it: browsers read 103 as Early Hints.',
        'Если ваш сервер отправляет 103 в смысле «контрольная точка», измените это: браузеры понимают 103 как Early Hints.',
      ),
      source: wiki,
      reach: 'never',
      whenSeen: t(
        'Browsers handle 1xx answers themselves and read 103 as Early Hints; the checkpoint meaning only matters to old experimental upload clients.',
        'Ответы 1xx браузер обрабатывает сам и читает 103 как Early Hints; значение «контрольная точка» важно лишь старым экспериментальным клиентам загрузки.',
      ),
      obsolete: true,
      prior: 0.05,
    },
  ],
};
