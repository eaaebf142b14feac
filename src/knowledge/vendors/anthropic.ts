import { header, host } from '../signals';
import { t } from '../text';
import type { HeaderDecoder, Source, Vendor } from '../types';

const errors: Source = {
  title: 'Claude API documentation (Anthropic): Errors',
  url: 'https://docs.claude.com/en/api/errors',
};

/**
 * anthropic-ratelimit-<what>-remaining at 0: that allowance is used up until anthropic-ratelimit-<what>-reset
 * (Claude API documentation, "Rate limits", response headers: https://docs.claude.com/en/api/rate-limits).
 */
const remaining = (what: 'requests' | 'tokens'): HeaderDecoder => ({
  header: `anthropic-ratelimit-${what}-remaining`,
  generated: false,
  values: [
    {
      id: 'exhausted',
      match: /^0$/,
      title:
        what === 'requests'
          ? t('Anthropic request limit reached', 'Лимит запросов Anthropic исчерпан')
          : t('Anthropic token limit reached', 'Лимит токенов Anthropic исчерпан'),
      summary:
        what === 'requests'
          ? t(
              'The organisation has no requests left in its current rate-limit window; the API answers 429 rate_limit_error until the time in anthropic-ratelimit-requests-reset.',
              'У организации не осталось запросов в текущем окне лимита; API отвечает 429 rate_limit_error до момента, указанного в anthropic-ratelimit-requests-reset.',
            )
          : t(
              'The organisation has no tokens left in its current rate-limit window; the API answers 429 rate_limit_error until the time in anthropic-ratelimit-tokens-reset.',
              'У организации не осталось токенов в текущем окне лимита; API отвечает 429 rate_limit_error до момента, указанного в anthropic-ratelimit-tokens-reset.',
            ),
      owner: t(
        'Wait as long as retry-after says (or until the matching anthropic-ratelimit-*-reset time, an RFC 3339 timestamp) before retrying; ramp traffic up gradually, or ask for higher limits.',
        'Прежде чем повторять запрос, подождите столько, сколько указано в retry-after (или до момента из соответствующего anthropic-ratelimit-*-reset — это метка времени в формате RFC 3339); наращивайте трафик постепенно или запросите повышение лимитов.',
      ),
    },
  ],
  fallback:
    what === 'requests'
      ? t(
          'Anthropic still had requests left in this window, so a 429 here is more likely the token limit or a sudden jump in usage (an acceleration limit).',
          'По данным Anthropic, запросы в этом окне ещё оставались, поэтому 429 здесь скорее вызван лимитом токенов или резким ростом нагрузки (так называемым acceleration limit).',
        )
      : t(
          'Anthropic still had tokens left in this window, so a 429 here is more likely the request limit or a sudden jump in usage (an acceleration limit).',
          'По данным Anthropic, токены в этом окне ещё оставались, поэтому 429 здесь скорее вызван лимитом запросов или резким ростом нагрузки (так называемым acceleration limit).',
        ),
});

export const anthropic: Vendor = {
  id: 'anthropic',
  name: 'Anthropic API',
  role: 'origin',
  docs: errors,
  fingerprints: [
    {
      id: 'host',
      signal: host(/^api\.anthropic\.com$/),
      weight: 'strong',
      // Anthropic's 529 is its own answer, so it comes only from its API host; elsewhere a 529 is someone else's.
      decisive: true,
      says: t(
        'The request went to api.anthropic.com, Anthropic’s API for the Claude models.',
        'Запрос ушёл на api.anthropic.com — в API Anthropic для моделей Claude.',
      ),
    },
    {
      id: 'anthropic-ratelimit-requests-limit',
      signal: header('anthropic-ratelimit-requests-limit', /^\d+$/),
      weight: 'medium',
      says: t(
        'anthropic-ratelimit-requests-limit is the organisation’s request allowance that Anthropic’s API reports on its answers.',
        'anthropic-ratelimit-requests-limit — лимит запросов организации, который API Anthropic сообщает в своих ответах.',
      ),
    },
    {
      id: 'anthropic-ratelimit-tokens-limit',
      signal: header('anthropic-ratelimit-tokens-limit', /^\d+$/),
      weight: 'medium',
      says: t(
        'anthropic-ratelimit-tokens-limit is the organisation’s token allowance that Anthropic’s API reports on its answers.',
        'anthropic-ratelimit-tokens-limit — лимит токенов организации, который API Anthropic сообщает в своих ответах.',
      ),
    },
  ],
  codes: [
    {
      id: 'anthropic.529',
      code: 529,
      title: t('Overloaded (Anthropic API)', 'Перегрузка (API Anthropic)'),
      summary: t(
        'Anthropic’s API is briefly overloaded by traffic from all its users and turned the request away (overloaded_error); the request itself is fine and the account’s limits are not the cause.',
        'API Anthropic ненадолго перегружен трафиком всех пользователей и отклонил запрос (overloaded_error); с самим запросом всё в порядке, и лимиты аккаунта тут ни при чём.',
      ),
      visitor: t(
        'Try again in a few moments; the overload usually passes quickly.',
        'Попробуйте ещё раз чуть позже: перегрузка обычно быстро проходит.',
      ),
      owner: t(
        'Retry with exponential backoff and random jitter, a few times at most (the official SDKs already retry on their own), honour retry-after if it is sent, and check Anthropic’s status page if it lasts. Treat it apart from 429, which is your own rate limit.',
        'Повторяйте запрос с экспоненциальной задержкой и случайным джиттером, но не больше нескольких раз (официальные SDK и так повторяют запросы сами), соблюдайте retry-after, если он пришёл, а если проблема затянулась, смотрите страницу статуса Anthropic. Не путайте с 429 — это уже ваш собственный лимит.',
      ),
      source: errors,
      prior: 0.6,
    },
  ],
  decoders: [remaining('requests'), remaining('tokens')],
  notes: [
    {
      code: 429,
      note: t(
        'From Anthropic’s API a 429 is rate_limit_error: the organisation went over its requests or input or output tokens per minute, or its usage rose too sharply; the retry-after header says how many seconds to wait.',
        'От API Anthropic код 429 — это rate_limit_error: организация превысила лимит запросов или входных либо выходных токенов в минуту или слишком резко нарастила нагрузку; заголовок retry-after говорит, сколько секунд ждать.',
      ),
    },
    {
      code: 413,
      note: t(
        'A 413 from Anthropic’s API (request_too_large) means the request body is over the size limit (32 MB for the Messages API); it is turned away by Cloudflare before reaching Anthropic’s servers.',
        '413 от API Anthropic (request_too_large) означает, что тело запроса больше допустимого (32 МБ для Messages API); такой запрос отсекает Cloudflare ещё до серверов Anthropic.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 from Anthropic’s API (api_error) is an unexpected failure inside Anthropic’s systems; retry after a short wait.',
        '500 от API Anthropic (api_error) — непредвиденный сбой внутри систем Anthropic; повторите после небольшой паузы.',
      ),
    },
  ],
  bodyHint: t(
    'Anthropic’s errors are JSON: an "error" object with a "type" (rate_limit_error, overloaded_error, …) and a "message", plus a request_id; the same id is in the request-id header (req_…), which Anthropic support asks for.',
    'Ошибки Anthropic приходят в JSON: объект «error» с полями «type» (rate_limit_error, overloaded_error и т. п.) и «message», а также поле request_id; тот же идентификатор есть в заголовке request-id (req_…), и именно его просит поддержка Anthropic.',
  ),
};
