import type { ErrorPage } from './page';

/**
 * Akamai's edge error pages: upper-case markup, the text written with numeric character references, and the
 * reference in a paragraph of its own at the end (newer pages repeat it as an errors.edgesuite.net address).
 */
const entities = (text: string): string => text.replace(/[^A-Za-z0-9]/g, (c) => `&#${c.charCodeAt(0)};`);

const headers: Record<string, string> = {
  server: 'AkamaiGHost',
  'mime-version': '1.0',
  'content-type': 'text/html',
  'cache-control': 'max-age=0, no-cache, no-store',
  pragma: 'no-cache',
  expires: 'Mon, 18 Nov 2024 10:15:00 GMT',
  date: 'Mon, 18 Nov 2024 10:15:00 GMT',
  connection: 'close',
};

/** A denial by an edge rule (WAF, Bot Manager): "Access Denied" with a reference of class 18. */
export const akamaiAccessDenied: ErrorPage = {
  id: 'akamai-reference',
  status: 403,
  headers,
  html: `<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
 
You don't have permission to access "${entities('http://www.site.example/account/')}" on this server.<P>
Reference${entities(' #18.2d351ab8.1557333295.a4e16ab')}
<P>${entities('https://errors.edgesuite.net/18.2d351ab8.1557333295.a4e16ab')}</P>
</BODY>
</HTML>
`,
  expect: { title: 'Access denied by Akamai (Reference #18)', who: 'Akamai' },
};

/** The short "Error" page, no heading, with a reference of class 97 (the origin did not accept the connection in time). */
export const akamaiConnectTimeout: ErrorPage = {
  id: 'akamai-connect-timeout',
  status: 503,
  headers,
  html: `<HTML><HEAD><TITLE>Error</TITLE></HEAD><BODY>
An error occurred while processing your request.<p>
Reference${entities(' #97.44367c68.1731924900.ec59760')}
</BODY></HTML>
`,
  expect: { title: 'Origin connect time-out (Reference #97)', who: 'Akamai' },
};
