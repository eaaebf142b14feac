import type { ErrorPage } from './page';

/** The Heroku router's wrapper page: a title and one full-size iframe loading the page from www.herokucdn.com. */
const page = (title: string, name: string): string => `<!DOCTYPE html>
<html>
  <head>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta charset="utf-8">
    <title>${title}</title>
    <style media="screen">
      html,body,iframe { margin: 0; padding: 0; }
      html,body { height: 100%; overflow: hidden; }
      iframe { width: 100%; height: 100%; border: 0; }
    </style>
  </head>
  <body>
    <iframe src="//www.herokucdn.com/error-pages/${name}.html"></iframe>
  </body>
</html>
`;

const headers: Record<string, string> = {
  server: 'Cowboy',
  connection: 'keep-alive',
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache, no-store',
  via: '1.1 vegur',
};

/** The app crashed or timed out: the router's 503 "Application Error" page. */
export const herokuApplicationError: ErrorPage = {
  id: 'heroku-application-error',
  status: 503,
  headers,
  html: page('Application Error', 'application-error'),
  expect: { title: 'Application error: the app did not answer', who: 'Heroku' },
};

/** No app answers to this host name: the router's 404 page. */
export const herokuNoSuchApp: ErrorPage = {
  id: 'heroku-no-such-app',
  status: 404,
  headers,
  html: page('No such app', 'no-such-app'),
  expect: { title: 'No Heroku app at this address', who: 'Heroku' },
};
