/** The honest answer for a number nobody has defined, by the number's class. */
import { t } from './text';
import type { StatusClass, Words } from './types';

/** What is said about a number nobody defines, by its class. */
export const classWords: Readonly<Record<StatusClass, Words>> = {
  informational: {
    title: t('Unregistered informational code', 'Незарегистрированный информационный код'),
    summary: t(
      'An interim 1xx answer that no registry or known product defines; the final answer follows it.',
      'Промежуточный ответ 1xx, которого нет ни в реестре, ни у известных продуктов; за ним следует окончательный ответ.',
    ),
    visitor: t(
      'Nothing to do: interim answers do not break a page by themselves.',
      'Ничего делать не нужно: промежуточные ответы сами по себе страницу не ломают.',
    ),
    owner: t(
      'Check which component sends this 1xx code; clients may not understand it.',
      'Выясните, какой компонент отправляет этот код 1xx: клиенты могут его не понять.',
    ),
  },
  success: {
    title: t('Unregistered success code', 'Незарегистрированный успешный код'),
    summary: t(
      'A 2xx answer that no registry or known product defines; browsers treat it as success.',
      'Ответ 2xx, которого нет ни в реестре, ни у известных продуктов; браузер считает его успешным.',
    ),
    visitor: t(
      'Nothing to do unless the content looks wrong.',
      'Ничего делать не нужно, если содержимое выглядит правильно.',
    ),
    owner: t(
      'Prefer a registered 2xx code so every client reads it the same way.',
      'Используйте зарегистрированный код 2xx, чтобы все клиенты понимали его одинаково.',
    ),
  },
  redirect: {
    title: t('Unregistered redirect code', 'Незарегистрированный код перенаправления'),
    summary: t(
      'A 3xx answer that no registry or known product defines; browsers follow it only if it carries a Location header.',
      'Ответ 3xx, которого нет ни в реестре, ни у известных продуктов; браузер перейдёт по нему, только если есть заголовок Location.',
    ),
    visitor: t(
      'If the page did not load, try the link again or open the site from its home page.',
      'Если страница не открылась, попробуйте ссылку ещё раз или зайдите с главной страницы сайта.',
    ),
    owner: t(
      'Use 301, 302, 303, 307 or 308 so browsers know how to follow the redirect.',
      'Используйте 301, 302, 303, 307 или 308, чтобы браузеры знали, как выполнить перенаправление.',
    ),
  },
  'client-error': {
    title: t('Unregistered client error code', 'Незарегистрированный код ошибки клиента'),
    summary: t(
      'A 4xx answer that no registry or known product defines: the server refused the request, and only its own documentation says why.',
      'Ответ 4xx, которого нет ни в реестре, ни у известных продуктов: сервер отклонил запрос, а объяснить причину может только его собственная документация.',
    ),
    visitor: t(
      'Check the address, sign in again if the site needs it, and retry later.',
      'Проверьте адрес, при необходимости войдите заново и повторите попытку позже.',
    ),
    owner: t(
      'Find which component sends this number (application, proxy, gateway) and consider a registered 4xx code.',
      'Найдите компонент, который отправляет этот код (приложение, прокси, шлюз), и подумайте о переходе на зарегистрированный код 4xx.',
    ),
  },
  'server-error': {
    title: t('Unregistered server error code', 'Незарегистрированный код ошибки сервера'),
    summary: t(
      'A 5xx answer that no registry or known product defines: something on the server side failed.',
      'Ответ 5xx, которого нет ни в реестре, ни у известных продуктов: что-то сломалось на стороне сервера.',
    ),
    visitor: t(
      'Wait a little and reload; the problem is not on your side.',
      'Подождите немного и обновите страницу: проблема не на вашей стороне.',
    ),
    owner: t(
      'Find which component sends this number (application, proxy, load balancer) and check its logs at this time.',
      'Найдите компонент, который отправляет этот код (приложение, прокси, балансировщик), и проверьте его журналы за это время.',
    ),
  },
  'network-failure': {
    title: t('Network failure', 'Сетевой сбой'),
    summary: t('The request failed before any answer arrived.', 'Запрос не удался ещё до того, как пришёл ответ.'),
    visitor: t(
      'Reload; if it keeps failing, try another network.',
      'Обновите страницу; если не помогает, попробуйте другую сеть.',
    ),
    owner: t(
      'Check that the server is reachable and its certificate is valid.',
      'Проверьте, что сервер доступен и его сертификат действителен.',
    ),
  },
  unknown: {
    title: t('Status outside the HTTP range', 'Код вне диапазона HTTP'),
    summary: t(
      'HTTP status codes run from 100 to 599; this number is outside that range, so its meaning is known only to whoever sent it.',
      'Коды состояния HTTP лежат в диапазоне от 100 до 599; это число за его пределами, так что его смысл знает только тот, кто его отправил.',
    ),
    visitor: t(
      'Reload the page; if it keeps happening, tell the site owner the number you saw.',
      'Обновите страницу; если ошибка повторяется, сообщите владельцу сайта, какое число вы увидели.',
    ),
    owner: t(
      'A status outside 100–599 breaks many clients; find the component that sends it and make it use a registered code.',
      'Код вне диапазона 100–599 ломает многие клиенты; найдите компонент, который его отправляет, и научите его отправлять зарегистрированный код.',
    ),
  },
};
