import type { ErrorPage } from './page';

/**
 * Apache httpd's own error page: a heading, a sentence, and with ServerSignature On a rule and the signature
 * "<address><banner> Server at <host> Port <port></address>" (httpd source, server/core.c, ap_psignature).
 */
const page = (status: string, heading: string, sentence: string, signature: string): string =>
  `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>${status}</title>
</head><body>
<h1>${heading}</h1>
<p>${sentence}</p>
<hr>
<address>${signature}</address>
</body></html>
`;

export const apacheNotFound: ErrorPage = {
  id: 'apache-404',
  status: 404,
  headers: { server: 'Apache/2.4.57 (Debian)', 'content-type': 'text/html; charset=iso-8859-1' },
  html: page(
    '404 Not Found',
    'Not Found',
    'Nothing is kept at this address on the server.',
    'Apache/2.4.57 (Debian) Server at site.example Port 443',
  ),
  expect: { title: 'Not Found', who: 'Apache HTTP Server' },
};

/** Apache as a proxy (mod_proxy) that cannot reach its backend, behind a hop that drops the Server header. */
export const apacheProxyUnavailable: ErrorPage = {
  id: 'apache-503-proxy',
  status: 503,
  headers: { 'content-type': 'text/html; charset=iso-8859-1', via: '1.1 edge.site.example' },
  html: page(
    '503 Service Unavailable',
    'Service Unavailable',
    'The backend behind this server is not answering for now.',
    'Apache/2.4.62 (Ubuntu) Server at site.example Port 80',
  ),
  expect: { title: 'Service Unavailable', who: 'Apache HTTP Server' },
};
