import type { ErrorPage } from './page';

/** HAProxy's built-in error body (haproxy src/http.c, http_err_msgs): a heading and one fixed sentence, nothing else. */
const page = (heading: string, sentence: string): string =>
  `<html><body><h1>${heading}</h1>\n${sentence}\n</body></html>\n`;

/** HAProxy's own pages carry no Server header at all: the page is what names it. */
const headers = { 'cache-control': 'no-cache', 'content-type': 'text/html' };

export const haproxyNoServer: ErrorPage = {
  id: 'haproxy-503',
  status: 503,
  headers,
  html: page('503 Service Unavailable', 'No server is available to handle this request.'),
  expect: { title: 'No server available', who: 'HAProxy' },
};

export const haproxyServerTimeout: ErrorPage = {
  id: 'haproxy-504',
  status: 504,
  headers,
  html: page('504 Gateway Time-out', "The server didn't respond in time."),
  expect: { title: 'Backend did not answer in time', who: 'HAProxy' },
};
