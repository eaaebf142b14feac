import { header, host } from '../signals';
import { t } from '../text';
import type { HeaderDecoder, Source, Text, Vendor } from '../types';

const errorCodes: Source = {
  title: 'OpenAI API documentation: Error codes',
  url: 'https://platform.openai.com/docs/guides/error-codes',
};

/**
 * The x-ratelimit-*-requests / -tokens names are OpenAI's (OpenAI API reference, "Debugging requests"; guide
 * "Rate limits"), but many OpenAI-compatible services copy them, so they are read only on OpenAI's answers,
 * and only the openai-* headers and the host count as signs of OpenAI.
 */
const remaining = (headerName: string, what: 'requests' | 'tokens', fallback: Text): HeaderDecoder => ({
  header: headerName,
  onlyWithVendor: true,
  generated: false,
  values: [
    {
      id: 'exhausted',
      match: /^0$/,
      title:
        what === 'requests'
          ? t('OpenAI request limit reached', 'Лимит запросов OpenAI исчерпан')
          : t('OpenAI token limit reached', 'Лимит токенов OpenAI исчерпан'),
      summary:
        what === 'requests'
          ? t(
              'The organisation or project has used every request its rate limit allows in the current window; OpenAI turns further calls away with 429 until x-ratelimit-reset-requests has passed.',
              'Организация или проект израсходовали все запросы, которые допускает их лимит в текущем окне; дальнейшие вызовы OpenAI отклоняет кодом 429, пока не пройдёт время из x-ratelimit-reset-requests.',
            )
          : t(
              'The organisation or project has used every token its rate limit allows in the current window; calls are refused with 429 until x-ratelimit-reset-tokens has passed.',
              'Организация или проект израсходовали все токены, которые допускает их лимит в текущем окне; вызовы отклоняются кодом 429, пока не пройдёт время из x-ratelimit-reset-tokens.',
            ),
      owner: t(
        'Wait for the reset time the matching x-ratelimit-reset-* header gives (a duration such as "6m0s"), retry with exponential backoff, and lower max_tokens or concurrency; a higher usage tier raises the limits.',
        'Дождитесь времени сброса из соответствующего заголовка x-ratelimit-reset-* (это длительность вроде «6m0s»), повторяйте запросы с экспоненциальной задержкой и уменьшите max_tokens или число параллельных запросов; на более высоком уровне использования (usage tier) лимиты выше.',
      ),
    },
  ],
  fallback,
});

export const openai: Vendor = {
  id: 'openai',
  name: 'OpenAI API',
  role: 'origin',
  docs: errorCodes,
  fingerprints: [
    {
      id: 'host',
      signal: host(/^api\.openai\.com$/),
      weight: 'strong',
      decisive: true,
      says: t('The request went to api.openai.com, the OpenAI API.', 'Запрос ушёл на api.openai.com — в API OpenAI.'),
    },
    {
      id: 'openai-organization',
      signal: header('openai-organization'),
      weight: 'strong',
      says: t(
        'openai-organization names the OpenAI organisation the request was billed to: OpenAI’s API handled it.',
        'openai-organization называет организацию OpenAI, на счёт которой записан запрос: его обработал API OpenAI.',
      ),
    },
    {
      id: 'openai-processing-ms',
      signal: header('openai-processing-ms', /^\d+$/),
      weight: 'strong',
      says: t(
        'openai-processing-ms is how many milliseconds OpenAI’s API spent on the request: OpenAI’s servers worked on it.',
        'openai-processing-ms — сколько миллисекунд API OpenAI потратил на запрос: его обрабатывали серверы OpenAI.',
      ),
    },
    {
      id: 'openai-version',
      signal: header('openai-version', /^\d{4}-\d{2}-\d{2}$/),
      weight: 'medium',
      says: t(
        'openai-version is the dated version of OpenAI’s REST API that served the request.',
        'openai-version — датированная версия REST API OpenAI, обработавшая запрос.',
      ),
    },
  ],
  codes: [],
  decoders: [
    remaining(
      'x-ratelimit-remaining-requests',
      'requests',
      t(
        'OpenAI still had requests left in this window, so a 429 here comes from the token limit or from the account’s quota, not from the request count.',
        'По данным OpenAI, запросы в этом окне ещё оставались, поэтому 429 здесь вызван лимитом токенов или квотой аккаунта, а не числом запросов.',
      ),
    ),
    remaining(
      'x-ratelimit-remaining-tokens',
      'tokens',
      t(
        'OpenAI still had tokens left in this window, so a 429 here comes from the request count or from the account’s quota, not from the token limit.',
        'По данным OpenAI, токены в этом окне ещё оставались, поэтому 429 здесь вызван лимитом числа запросов или квотой аккаунта, а не лимитом токенов.',
      ),
    ),
  ],
  notes: [
    {
      code: 401,
      note: t(
        'From OpenAI’s API a 401 means the API key is wrong or missing, or the account it belongs to is not a member of an organisation.',
        'От API OpenAI код 401 означает, что ключ API неверный или не передан либо его владелец не состоит ни в одной организации.',
      ),
    },
    {
      code: 403,
      note: t(
        'From OpenAI’s API a 403 usually means the request came from a country, region or territory the API does not serve.',
        'От API OpenAI код 403 обычно означает, что запрос пришёл из страны, региона или территории, где API не работает.',
      ),
    },
    {
      code: 429,
      note: t(
        'OpenAI sends 429 for two different things. "Rate limit reached" means too many requests or tokens per minute: wait and retry with backoff. "You exceeded your current quota" (insufficient_quota) means the account is out of credit or hit its monthly budget: retrying will not help until billing is fixed. The body’s error code says which; the x-ratelimit-remaining-* headers at 0 point to the first.',
        'OpenAI отвечает 429 в двух разных случаях. «Rate limit reached» — слишком много запросов или токенов в минуту: подождите и повторите запрос с нарастающей задержкой. «You exceeded your current quota» (insufficient_quota) — на счёте кончились средства или достигнут месячный бюджет: повторы не помогут, пока не решён вопрос с оплатой. Какой случай, видно по коду ошибки в теле; заголовки x-ratelimit-remaining-* со значением 0 указывают на первый.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 from OpenAI’s API is a failure on OpenAI’s side while processing the request: retry after a short wait and check OpenAI’s status page if it persists.',
        '500 от API OpenAI — сбой на стороне OpenAI при обработке запроса: повторите после небольшой паузы, а если ошибка не уходит, загляните на страницу статуса OpenAI.',
      ),
    },
    {
      code: 503,
      note: t(
        'A 503 from OpenAI’s API means its servers are overloaded with traffic; retry after a short wait, with backoff.',
        '503 от API OpenAI означает, что его серверы перегружены трафиком; повторите после небольшой паузы, увеличивая интервалы.',
      ),
    },
  ],
  bodyHint: t(
    'OpenAI’s errors are JSON with an "error" object whose "type", "code" and "message" name the exact cause (rate_limit_exceeded or insufficient_quota for a 429, say); send the x-request-id header to OpenAI support.',
    'Ошибки OpenAI — JSON с объектом «error», в котором поля «type», «code» и «message» называют точную причину (например, rate_limit_exceeded или insufficient_quota для 429); в поддержку OpenAI передайте заголовок x-request-id.',
  ),
};
