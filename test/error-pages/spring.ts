import type { ErrorPage } from './page';

/**
 * Spring Boot's Whitelabel Error Page (spring-boot, ErrorMvcAutoConfiguration's StaticView): a heading, one
 * paragraph, the time in <div id='created'>, then "There was an unexpected error (type=…, status=…)." on one line.
 */
const page = (type: string, status: number, message: string): string =>
  `<html><body><h1>Whitelabel Error Page</h1><p>No error view is set up here, so this fallback is shown.</p><div id='created'>Tue Mar 04 10:15:42 UTC 2025</div><div>There was an unexpected error (type=${type}, status=${status}).</div><div>${message}</div></body></html>`;

export const springNotFound: ErrorPage = {
  id: 'spring-404',
  status: 404,
  headers: { 'content-type': 'text/html;charset=UTF-8', 'content-language': 'en' },
  html: page('Not Found', 404, ''),
  expect: { title: 'Not Found', who: 'Spring' },
};

/** A Spring Boot app behind nginx: the Server header names nginx, the page names Spring. */
export const springBehindNginx: ErrorPage = {
  id: 'spring-500-behind-nginx',
  status: 500,
  headers: { server: 'nginx/1.24.0', 'content-type': 'text/html;charset=UTF-8' },
  html: page('Internal Server Error', 500, ''),
  expect: { title: 'Internal Server Error', who: 'Spring' },
};
