import type { ErrorPage } from './page';

/** Varnish's built-in synthetic page (builtin.vcl): the status and reason, "Guru Meditation" and the XID. */
const page = (status: number, reason: string, xid: number): string => `<!DOCTYPE html>
<html>
  <head>
    <title>${status} ${reason}</title>
  </head>
  <body>
    <h1>Error ${status} ${reason}</h1>
    <p>${reason}</p>
    <h3>Guru Meditation:</h3>
    <p>XID: ${xid}</p>
    <hr>
    <p>Varnish cache server</p>
  </body>
</html>
`;

/** A failed backend fetch: the 503 Varnish builds when the server behind it gives no usable answer. */
export const varnishBackendFetchFailed: ErrorPage = {
  id: 'varnish-backend-fetch-failed',
  status: 503,
  headers: {
    server: 'Varnish',
    'content-type': 'text/html; charset=utf-8',
    'retry-after': '5',
    'x-varnish': '10389691',
    age: '0',
    via: '1.1 varnish (Varnish/7.4)',
  },
  html: page(503, 'Backend fetch failed', 10389692),
  expect: { title: 'Service Unavailable', who: 'Varnish Cache' },
};
