import type { ErrorPage } from './page';

/** Fastly's synthetic error page: the status and obj.response, "Guru Mediation" and the cache node that answered. */
const page = (status: number, response: string, details: string): string => `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
  <head>
    <title>${status} ${response}</title>
  </head>
  <body>
    <h1>Error ${status} ${response}</h1>
    <p>${response}</p>
    <h3>Guru Mediation:</h3>
    <p>Details: ${details}</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
`;

/** The origin did not start answering within the first byte timeout (the page an HTTP/2 visitor sees). */
export const fastlyFirstByteTimeout: ErrorPage = {
  id: 'fastly-first-byte-timeout',
  status: 503,
  headers: {
    'content-type': 'text/html; charset=utf-8',
    via: '1.1 varnish',
    'x-served-by': 'cache-fra-eddf8230051-FRA',
    'x-cache': 'MISS',
    'x-cache-hits': '0',
    'x-timer': 'S1731924900.512345,VS0,VE15003',
  },
  html: page(503, 'first byte timeout', 'cache-fra-eddf8230051-FRA 1731924915 2876337484'),
  expect: { title: 'Origin too slow to answer (first byte timeout)', who: 'Fastly' },
};
