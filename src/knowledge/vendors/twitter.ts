import { host } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const twitter: Vendor = {
  id: 'twitter',
  name: 'Twitter / X API',
  role: 'origin',
  docs: { title: 'X developer platform documentation', url: 'https://docs.x.com/' },
  fingerprints: [
    {
      id: 'host',
      // twitter.com and x.com belong to X Corp whole: api., upload., stream. and the legacy search. API hosts,
      // and the web app's own calls to twitter.com/i/api and x.com/i/api.
      signal: host(/(^|\.)(twitter|x)\.com$/),
      weight: 'medium',
      decisive: true,
      says: t(
        'The request went to twitter.com or x.com, where the Twitter / X API and site are served.',
        'Запрос ушёл на twitter.com или x.com, где работают API и сайт Twitter / X.',
      ),
    },
  ],
  codes: [
    {
      id: 'twitter.420',
      code: 420,
      title: t('Enhance Your Calm (Twitter)', 'Enhance Your Calm — «Остыньте» (Twitter)'),
      summary: t(
        'The legacy Twitter API v1 (Search, Trends, streaming) used 420 to tell a client it was sending requests too fast.',
        'Старый Twitter API v1 (Search, Trends, потоковый API) отвечал 420, когда клиент слал запросы слишком часто.',
      ),
      visitor: t(
        'Wait a while before trying again; the service is limiting how often it can be called.',
        'Подождите, прежде чем пробовать снова: сервис ограничивает частоту обращений.',
      ),
      owner: t(
        'Slow the client down and back off exponentially; current API versions report the same thing as 429 with x-rate-limit-* headers, so move off the v1 endpoints.',
        'Снизьте частоту запросов и увеличивайте паузы экспоненциально; актуальные версии API сообщают о том же кодом 429 с заголовками x-rate-limit-*, так что уходите с эндпоинтов v1.',
      ),
      source: {
        title: 'Wikipedia: List of HTTP status codes (420), citing Twitter’s 2014 "Error Codes & Responses" page',
        url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
      },
      reach: 'rare',
      whenSeen: t(
        'Twitter API v1 is retired and later versions send 429 instead, so a 420 today most likely comes from an old client library, a mock, or another service reusing the number.',
        'Twitter API v1 закрыт, а новые версии отправляют 429, поэтому 420 сегодня, скорее всего, выдаёт старая клиентская библиотека, заглушка или другой сервис с тем же номером.',
      ),
      obsolete: true,
      prior: 0.5,
    },
  ],
  notes: [
    {
      code: 429,
      note: t(
        'From the X API, 429 means a rate limit window is used up; x-rate-limit-reset gives the moment (Unix time, seconds) when it refills and x-rate-limit-remaining how many calls are left.',
        'От X API код 429 означает, что лимит запросов на текущее окно исчерпан; x-rate-limit-reset показывает момент обновления (Unix-время в секундах), а x-rate-limit-remaining — сколько вызовов осталось.',
      ),
    },
  ],
};
