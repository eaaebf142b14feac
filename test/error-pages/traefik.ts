import type { ErrorPage } from './page';

/**
 * Traefik's 503 when the service behind a router has no healthy server: Go's http.Error with "no available server"
 * (traefik/traefik pkg/server/service/loadbalancer/wrr), plain text, no Server header. `html` is the body as sent;
 * a browser shows it inside <body><pre> (see shownAs in ./plain-text).
 */
export const traefikNoAvailableServer: ErrorPage = {
  id: 'traefik-503',
  status: 503,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  html: 'no available server\n',
  expect: { title: 'Service Unavailable', who: 'Traefik Proxy' },
};
