import { header, onPage } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const spring: Vendor = {
  id: 'spring',
  name: 'Spring',
  role: 'origin',
  docs: { title: 'Spring Framework documentation', url: 'https://docs.spring.io/spring-framework/reference/' },
  fingerprints: [
    {
      id: 'x-application-context',
      signal: header('x-application-context'),
      weight: 'medium',
      says: t(
        'X-Application-Context is added by Spring Boot 1.x applications (name, profile and port); newer Spring versions no longer send it.',
        'X-Application-Context добавляют приложения на Spring Boot 1.x (имя, профиль и порт); новые версии Spring его уже не отправляют.',
      ),
    },
    // Spring Boot's Whitelabel Error Page (spring-boot, ErrorMvcAutoConfiguration's StaticView; WebFlux's
    // DefaultErrorWebExceptionHandler writes the same shape, its line led by a request id in brackets): a heading, one
    // paragraph, <div id='created'> with the time, then "There was an unexpected error (type=…, status=…)." The type is kept.
    {
      id: 'page-whitelabel',
      signal: onPage(
        'body > h1 + p + div#created + div',
        /^(?:\[[\w-]{1,36}\] )?There was an unexpected error \(type=([A-Za-z ]{2,40}), status=\d{3}\)\.$/,
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is Spring Boot’s Whitelabel Error Page, the fallback it shows when the application has no error page of its own: the Spring application answered by itself.',
        'Это Whitelabel Error Page — запасная страница Spring Boot, которую он показывает, когда у приложения нет своей страницы ошибки: ответило само приложение на Spring.',
      ),
    },
  ],
  codes: [
    {
      id: 'spring.420',
      code: 420,
      title: t('Method Failure (Spring)', 'Сбой метода (Spring)'),
      summary: t(
        "A deprecated status kept in Spring's HttpStatus list, taken from an early WebDAV draft: a method failed.",
        'Устаревший статус из списка HttpStatus в Spring, взятый из раннего черновика WebDAV: выполнение метода не удалось.',
      ),
      visitor: t(
        'Something failed on the site; try again later or contact the site.',
        'На сайте что-то сломалось; попробуйте позже или напишите владельцам сайта.',
      ),
      owner: t(
        'Spring never sends 420 on its own: find the controller or exception handler that returns HttpStatus.METHOD_FAILURE and replace it with a standard code (500, 409 or 422, depending on the cause).',
        'Сам Spring 420 не отправляет: найдите контроллер или обработчик исключений, который возвращает HttpStatus.METHOD_FAILURE, и замените этот статус стандартным кодом (500, 409 или 422 — по смыслу).',
      ),
      source: {
        title: 'Spring Framework source: org.springframework.http.HttpStatus (METHOD_FAILURE, deprecated)',
        url: 'https://github.com/spring-projects/spring-framework/blob/main/spring-web/src/main/java/org/springframework/http/HttpStatus.java',
      },
      reach: 'rare',
      whenSeen: t(
        "Spring only lists this number; if it arrives from a Spring app, the app's own code chose it.",
        'Spring лишь перечисляет этот номер; если он пришёл от приложения на Spring, его выбрал код самого приложения.',
      ),
      obsolete: true,
      prior: 0.3,
    },
  ],
};
