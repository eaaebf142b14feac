import { cookie } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const laravel: Vendor = {
  id: 'laravel',
  name: 'Laravel',
  role: 'origin',
  docs: { title: 'Laravel documentation: CSRF protection', url: 'https://laravel.com/docs/csrf' },
  fingerprints: [
    {
      id: 'cookie-laravel-session',
      signal: cookie(/^laravel_session$/),
      weight: 'strong',
      says: t(
        'The laravel_session cookie is the default session cookie of a Laravel application (apps can rename it, so its absence proves nothing).',
        'Cookie laravel_session — стандартная сессионная cookie приложения на Laravel (её можно переименовать, так что отсутствие ничего не доказывает).',
      ),
    },
    {
      id: 'cookie-xsrf-token',
      signal: cookie(/^XSRF-TOKEN$/),
      weight: 'weak',
      says: t(
        'Laravel sets an XSRF-TOKEN cookie, but so do Angular apps and others, so on its own it is only a hint.',
        'Laravel ставит cookie XSRF-TOKEN, но то же делают Angular-приложения и другие, поэтому сама по себе она — лишь косвенный признак.',
      ),
    },
  ],
  codes: [
    {
      id: 'laravel.419',
      code: 419,
      title: t('Page Expired (Laravel)', 'Страница устарела (Laravel)'),
      summary: t(
        'The form or request carried no valid CSRF token for the current session, so Laravel refused it; usually the page sat open too long or the session cookie was lost.',
        'Форма или запрос пришли без действительного CSRF-токена текущей сессии, и Laravel их отклонил; обычно страница слишком долго была открыта или потерялась сессионная cookie.',
      ),
      visitor: t(
        'Go back, reload the page with the form so it gets a fresh token, and submit again. Make sure cookies are allowed for this site.',
        'Вернитесь назад, обновите страницу с формой, чтобы получить новый токен, и отправьте её снова. Проверьте, что cookie для этого сайта разрешены.',
      ),
      owner: t(
        'Check that forms include @csrf and AJAX calls send X-CSRF-TOKEN or X-XSRF-TOKEN; compare SESSION_LIFETIME with how long users keep pages open; check SESSION_DOMAIN, SESSION_SECURE_COOKIE and the session driver, since a session that is not stored or not sent back looks the same.',
        'Убедитесь, что в формах есть @csrf, а AJAX-запросы отправляют X-CSRF-TOKEN или X-XSRF-TOKEN; сравните SESSION_LIFETIME с тем, сколько пользователи держат страницы открытыми; проверьте SESSION_DOMAIN, SESSION_SECURE_COOKIE и драйвер сессий: несохранённая или не возвращённая браузером сессия выглядит точно так же.',
      ),
      source: {
        title: 'Laravel source: Illuminate/Foundation/Exceptions/Handler.php (TokenMismatchException → 419)',
        url: 'https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php',
      },
      prior: 0.8,
    },
  ],
};
