import type { ErrorPage } from './page';

/*
 * Envoy's local replies are one line of text/plain (envoy source: the router filter, Http::Utility::resetReasonToString).
 * `html` is the body as sent; a browser shows it inside <body><pre> (see shownAs in ./plain-text).
 */

export const envoyNoHealthyUpstream: ErrorPage = {
  id: 'envoy-503-no-healthy-upstream',
  status: 503,
  headers: { server: 'envoy', 'content-type': 'text/plain', 'content-length': '19' },
  html: 'no healthy upstream',
  expect: { title: 'No healthy upstream', who: 'Envoy / Istio' },
};

export const envoyConnectFailure: ErrorPage = {
  id: 'envoy-503-connect-failure',
  status: 503,
  headers: {
    server: 'istio-envoy',
    'content-type': 'text/plain',
    'x-envoy-decorator-operation': 'reviews.default.svc.cluster.local:9080/*',
  },
  html: 'upstream connect error or disconnect/reset before headers. retried and the latest reset reason: remote connection failure, transport failure reason: delayed connect error: 111',
  expect: { title: 'Could not connect to the service', who: 'Envoy / Istio' },
};

/** An Envoy that passes the Server header through (server_header_transformation), with none to pass: only the page names it. */
export const envoyUpstreamTimeout: ErrorPage = {
  id: 'envoy-504-upstream-timeout',
  status: 504,
  headers: { 'content-type': 'text/plain', 'content-length': '24' },
  html: 'upstream request timeout',
  expect: { title: 'Upstream request timeout', who: 'Envoy / Istio' },
};
