import { host } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const apiDocs: Source = {
  title: 'SSL Labs API v3 documentation: Error Response Status Codes',
  url: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md',
};

export const qualys: Vendor = {
  id: 'qualys',
  name: 'Qualys SSL Labs API',
  role: 'origin',
  docs: apiDocs,
  fingerprints: [
    {
      id: 'host',
      signal: host(/^api(\.dev)?\.ssllabs\.com$/),
      weight: 'medium',
      // The API lives only at api.ssllabs.com (api.dev.ssllabs.com for the development copy), so its 529 comes from there.
      decisive: true,
      says: t('The request went to the Qualys SSL Labs assessment API.', 'Запрос ушёл в API проверок Qualys SSL Labs.'),
    },
  ],
  codes: [
    {
      id: 'qualys.529',
      code: 529,
      title: t('Site is overloaded (SSL Labs)', 'Сервис перегружен (SSL Labs)'),
      summary: t(
        'The SSL Labs assessment service is at capacity and is not taking this request; the client did nothing wrong.',
        'Сервис проверок SSL Labs работает на пределе и не принимает этот запрос; клиент ни в чём не виноват.',
      ),
      visitor: t(
        'Come back in half an hour or so and try again.',
        'Вернитесь примерно через полчаса и попробуйте снова.',
      ),
      owner: t(
        'Make the client wait several minutes (SSL Labs suggests around 30) with a random spread before retrying, instead of retrying at once.',
        'Пусть клиент ждёт несколько минут (SSL Labs советует около 30) со случайным разбросом, а не повторяет запрос сразу.',
      ),
      source: apiDocs,
      prior: 0.6,
    },
  ],
  notes: [
    {
      code: 429,
      note: t(
        'From SSL Labs, 429 means the client started new assessments too fast or ran too many at once; the X-Max-Assessments and X-Current-Assessments headers on earlier answers show the allowance.',
        'От SSL Labs код 429 означает, что клиент запускает новые проверки слишком часто или держит слишком много одновременно; допустимое число видно в заголовках X-Max-Assessments и X-Current-Assessments предыдущих ответов.',
      ),
    },
    {
      code: 503,
      note: t(
        'From SSL Labs, 503 means the service is down, for example for maintenance; wait a quarter of an hour or so before retrying.',
        'От SSL Labs код 503 означает, что сервис недоступен, например на время обслуживания; подождите минут пятнадцать, прежде чем повторять.',
      ),
    },
  ],
};
