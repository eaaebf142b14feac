import { header, host } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const rateLimits: Source = {
  title: 'GitHub Docs: Rate limits for the REST API',
  url: 'https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api',
};

/**
 * GitHub's REST API. Its answers also carry Server: github.com and X-GitHub-Request-Id, which GitHub Pages
 * shares (github-pages.ts), so those are not signs of the API here; the API's own are its host and the
 * X-GitHub-Media-Type header every API response carries (GitHub Docs: Media types), which shows the site's
 * side answered and so keeps GitHub Pages from being named as the server of an API answer.
 */
export const githubApi: Vendor = {
  id: 'github-api',
  name: 'GitHub REST API',
  role: 'origin',
  docs: rateLimits,
  fingerprints: [
    {
      id: 'host',
      signal: host(/^api\.github\.com$/),
      weight: 'strong',
      decisive: true,
      says: t(
        'The request went to api.github.com, GitHub’s REST API: GitHub’s own servers answered it.',
        'Запрос ушёл на api.github.com — в REST API GitHub: ответили собственные серверы GitHub.',
      ),
    },
    {
      id: 'x-github-media-type',
      signal: header('x-github-media-type', /^github\.v\d+(?:;.*)?$/i),
      weight: 'strong',
      says: t(
        'X-GitHub-Media-Type names the version and format of GitHub’s REST API that answered; every API response has it, the GitHub Pages sites do not.',
        'X-GitHub-Media-Type называет версию и формат ответившего REST API GitHub; он есть в каждом ответе API, а у сайтов на GitHub Pages его нет.',
      ),
    },
    {
      // Observed on api.github.com answers alongside the X-GitHub-Api-Version request header (REST API versions).
      id: 'x-github-api-version-selected',
      signal: header('x-github-api-version-selected', /^\d{4}-\d{2}-\d{2}$/),
      weight: 'medium',
      says: t(
        'X-GitHub-Api-Version-Selected is the dated version of GitHub’s REST API that handled the request.',
        'X-GitHub-Api-Version-Selected — датированная версия REST API GitHub, которая обработала запрос.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-ratelimit-remaining',
      // Many APIs send an X-RateLimit-Remaining header: read it as GitHub's only on GitHub's answers.
      onlyWithVendor: true,
      generated: false,
      values: [
        {
          id: 'exhausted',
          match: /^0$/,
          title: t('GitHub API rate limit used up', 'Лимит запросов к API GitHub исчерпан'),
          summary: t(
            'No requests are left in GitHub’s hourly allowance (the primary rate limit) for this token, app or, without a token, this IP address; GitHub refuses further calls with 403 or 429 until the moment given in X-RateLimit-Reset.',
            'В часовом лимите GitHub (основном ограничении частоты) для этого токена, приложения или — без токена — этого IP-адреса запросов не осталось; дальнейшие вызовы GitHub отклоняет кодом 403 или 429 до момента, указанного в X-RateLimit-Reset.',
          ),
          visitor: t(
            'Wait until the limit resets, usually within the hour, then try again.',
            'Подождите сброса лимита — обычно в пределах часа — и попробуйте снова.',
          ),
          owner: t(
            'Do not call again before X-RateLimit-Reset (Unix time, seconds). Authenticate the calls (5,000 requests an hour instead of 60), cache answers and use conditional requests; X-RateLimit-Resource names which limit ran out.',
            'Не отправляйте запросы раньше X-RateLimit-Reset (Unix-время в секундах). Отправляйте запросы с аутентификацией (5000 в час вместо 60), кэшируйте ответы и используйте условные запросы; какой именно лимит исчерпан, показывает X-RateLimit-Resource.',
          ),
        },
      ],
      fallback: t(
        'GitHub’s hourly request allowance is not used up yet, so an error here is not the primary rate limit: if it is a 403 or 429, a secondary rate limit (too many requests at once or in a burst) or missing permissions are the likelier causes.',
        'Часовой лимит запросов GitHub ещё не исчерпан, значит, эта ошибка — не основное ограничение частоты: если это 403 или 429, вероятнее вторичное ограничение (слишком много запросов одновременно или всплеском) или нехватка прав.',
      ),
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'From GitHub’s API a 403 has two common readings. With X-RateLimit-Remaining: 0 the hourly rate limit is used up; wait for X-RateLimit-Reset. With requests left and a message about a secondary rate limit, too many requests came at once: honour Retry-After if present, otherwise wait at least a minute and back off further on repeats. Otherwise the token lacks the needed permission or scope.',
        'От API GitHub код 403 обычно значит одно из двух. Если X-RateLimit-Remaining: 0, исчерпан часовой лимит — ждите X-RateLimit-Reset. Если запросы ещё остались, а в сообщении говорится о вторичном ограничении, запросов пришло слишком много сразу: соблюдайте Retry-After, если он есть, а иначе подождите хотя бы минуту и при повторах увеличивайте паузу. В остальных случаях у токена нет нужных прав или областей доступа.',
      ),
    },
    {
      code: 429,
      note: t(
        'GitHub’s API uses 429 as well as 403 for both its primary and its secondary rate limits: X-RateLimit-Remaining: 0 means the hourly allowance, a Retry-After header the number of seconds to wait. Continuing to send requests while limited can get an integration banned.',
        'API GitHub использует 429 наравне с 403 и для основного, и для вторичного ограничения частоты: X-RateLimit-Remaining: 0 означает исчерпанный часовой лимит, а заголовок Retry-After — сколько секунд ждать. Если продолжать слать запросы под ограничением, интеграцию могут заблокировать.',
      ),
    },
    {
      code: 404,
      note: t(
        'GitHub’s API answers 404, not 403, for a private resource the caller may not see, so as not to reveal that it exists: check the token and its access before assuming the path is wrong.',
        'API GitHub отвечает 404, а не 403, на закрытый ресурс, который вызывающему не положено видеть, чтобы не выдавать сам факт его существования: прежде чем искать ошибку в пути, проверьте токен и его доступ.',
      ),
    },
  ],
  bodyHint: t(
    'GitHub’s API errors are JSON with a "message" (for example "API rate limit exceeded for …" or a note about a secondary rate limit) and a "documentation_url"; quote the X-GitHub-Request-Id header when asking GitHub Support.',
    'Ошибки API GitHub — JSON с полем «message» (например, «API rate limit exceeded for …» или упоминание вторичного ограничения) и ссылкой «documentation_url»; обращаясь в поддержку GitHub, укажите заголовок X-GitHub-Request-Id.',
  ),
};
