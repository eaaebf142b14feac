import type { ErrorPage } from './page';

/**
 * nginx's built-in error page (nginx source, src/http/ngx_http_special_response.c): the status as a centred heading,
 * for its own 400s a centred line naming the case, then a rule and the signature ("nginx" with server_tokens off).
 */
const page = (title: string, heading: string, signature: string, detail?: string): string => `<html>
<head><title>${title}</title></head>
<body>
<center><h1>${heading}</h1></center>
${detail ? `<center>${detail}</center>\n` : ''}<hr><center>${signature}</center>
</body>
</html>
`;

export const nginxBadGateway: ErrorPage = {
  id: 'nginx-502',
  status: 502,
  headers: { server: 'nginx/1.25.3', 'content-type': 'text/html', connection: 'keep-alive' },
  html: page('502 Bad Gateway', '502 Bad Gateway', 'nginx/1.25.3'),
  expect: { title: 'Bad Gateway', who: 'nginx' },
};

/** nginx with server_tokens off behind a CDN that writes its own Server header: only the page names nginx. */
export const nginxBehindCdn: ErrorPage = {
  id: 'nginx-504-behind-cdn',
  status: 504,
  headers: {
    server: 'cloudflare',
    'cf-ray': '8e2f4a6b1c3d5e81-LHR',
    'cf-cache-status': 'DYNAMIC',
    'content-type': 'text/html',
  },
  html: page('504 Gateway Time-out', '504 Gateway Time-out', 'nginx'),
  expect: { title: 'Gateway Timeout', who: 'nginx' },
};

/** The 400 nginx sends for plain HTTP on its TLS port, logged as 497: the page names the case. */
export const nginxPlainHttpToHttps: ErrorPage = {
  id: 'nginx-400-497',
  status: 400,
  headers: { server: 'nginx/1.24.0 (Ubuntu)', 'content-type': 'text/html', connection: 'close' },
  html: page(
    '400 The plain HTTP request was sent to HTTPS port',
    '400 Bad Request',
    'nginx/1.24.0 (Ubuntu)',
    'The plain HTTP request was sent to HTTPS port',
  ),
  expect: { title: 'Plain HTTP sent to the HTTPS port (497)', who: 'nginx' },
};
