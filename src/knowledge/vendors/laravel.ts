import { decodedValue, wholeValue } from '../rows';
import { cookie, onPage } from '../signals';
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
    // Laravel's built-in error views (laravel/framework src/Illuminate/Foundation/Exceptions/views/minimal.blade.php,
    // which 401…503.blade.php extend; 419's title is "Page Expired"): in one flex row (div.items-center), the code in a
    // first div with a right border (px-4 … border-r … tracking-wider) and beside it the message in capitals
    // (ml-4 … uppercase tracking-wider). Apps that copy this Tailwind layout keep the shape, so it is medium.
    {
      id: 'page-error-view',
      signal: onPage(
        'div.items-center > div.border-r.tracking-wider:first-child:has(+ div.uppercase.tracking-wider)',
        /^([45]\d\d)$/,
        { decodes: 'error-view' },
      ),
      weight: 'medium',
      generated: true,
      says: t(
        'The page has the layout of Laravel’s built-in error views: the code, a thin divider and the message in capitals side by side. Laravel rendered this error itself (the layout can be copied, so it is a strong hint rather than proof).',
        'У страницы раскладка встроенных страниц ошибок Laravel: код, тонкий разделитель и сообщение заглавными буквами в одну строку. Эту ошибку показал сам Laravel (раскладку можно скопировать, так что это сильный признак, но не доказательство).',
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
  decoders: [
    {
      header: 'error-view',
      onPage: true,
      generated: true,
      fallback: t(
        'Laravel showed its own built-in error page for this code.',
        'Laravel показал для этого кода свою встроенную страницу ошибки.',
      ),
      values: [
        decodedValue(
          '419',
          wholeValue('419'),
          t('Session expired, form refused (419)', 'Сессия истекла, форма отклонена (419)'),
          t(
            'Laravel refused the form because its CSRF token no longer matches the session: the page stayed open too long, or the session cookie was lost.',
            'Laravel отклонил форму: её CSRF-токен уже не совпадает с сессией — страница была открыта слишком долго или потерялась сессионная cookie.',
          ),
        ),
        decodedValue(
          '503',
          wholeValue('503'),
          t('Maintenance mode (503)', 'Режим обслуживания (503)'),
          t(
            'Laravel’s own 503 page, shown while the application is in maintenance mode (php artisan down) or when its code raises a 503.',
            'Собственная страница 503 Laravel: её показывают, пока приложение в режиме обслуживания (php artisan down), или когда его код сам вызывает ошибку 503.',
          ),
          t(
            'If the maintenance should be over, run php artisan up: a deployment that stopped halfway often leaves the application down.',
            'Если обслуживание должно было закончиться, выполните php artisan up: прерванное на полпути развёртывание часто оставляет приложение выключенным.',
          ),
          t(
            'The site is being updated; try again in a few minutes.',
            'Сайт обновляется; попробуйте через несколько минут.',
          ),
        ),
      ],
    },
  ],
};
