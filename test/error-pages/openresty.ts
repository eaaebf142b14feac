import type { ErrorPage } from './page';

/** nginx's built-in page as OpenResty ships it (nginx source, ngx_http_special_response.c): signed "openresty". */
const page = (status: string, signature: string): string => `<html>
<head><title>${status}</title></head>
<body>
<center><h1>${status}</h1></center>
<hr><center>${signature}</center>
</body>
</html>
`;

export const openrestyBadGateway: ErrorPage = {
  id: 'openresty-502',
  status: 502,
  headers: { server: 'openresty/1.25.3.1', 'content-type': 'text/html', connection: 'keep-alive' },
  html: page('502 Bad Gateway', 'openresty/1.25.3.1'),
  expect: { title: 'Bad Gateway', who: 'OpenResty' },
};
