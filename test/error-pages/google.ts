import type { ErrorPage } from './page';

/** The error page of Google's front ends: no head or body tags, the "!!1" title, the robot and two short lines. */
const page = (status: number, name: string, line: string): string => `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error ${status} (${name})!!1</title>
  <style>
    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}ins{color:#777;text-decoration:none}
  </style>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>${status}.</b> <ins>That’s an error.</ins>
  <p>${line}  <ins>That’s all we know.</ins>
`;

/** The front end got no usable answer from the service behind it. */
export const googleServerError: ErrorPage = {
  id: 'google-502',
  status: 502,
  headers: {
    server: 'Google Frontend',
    'content-type': 'text/html; charset=UTF-8',
    'referrer-policy': 'no-referrer',
    'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1',
  },
  html: page(
    502,
    'Server Error',
    'The server hit a temporary problem and could not finish your request. Try again shortly.',
  ),
  expect: { title: 'Bad Gateway', who: 'Google front end / Google Cloud' },
};
