import type { ErrorPage } from './page';

/** HTTP.sys's own page: a title, a heading, a rule and one line "HTTP Error <code>. <reason>." (observed pages). */
const page = (title: string, heading: string, line: string): string =>
  `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN""http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>${title}</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=us-ascii"></HEAD>
<BODY><h2>${heading}</h2>
<hr><p>${line}</p>
</BODY></HTML>
`;

export const httpapiInvalidHostname: ErrorPage = {
  id: 'httpapi-400-hostname',
  status: 400,
  headers: { server: 'Microsoft-HTTPAPI/2.0', 'content-type': 'text/html; charset=us-ascii', connection: 'close' },
  html: page('Bad Request', 'Bad Request - Invalid Hostname', 'HTTP Error 400. The request hostname is invalid.'),
  expect: { title: 'Unknown host name', who: 'Microsoft HTTP.sys' },
};

export const httpapiServiceUnavailable: ErrorPage = {
  id: 'httpapi-503',
  status: 503,
  headers: { server: 'Microsoft-HTTPAPI/2.0', 'content-type': 'text/html; charset=us-ascii', connection: 'close' },
  html: page('Service Unavailable', 'Service Unavailable', 'HTTP Error 503. The service is unavailable.'),
  expect: { title: 'Application pool unavailable', who: 'Microsoft HTTP.sys' },
};
