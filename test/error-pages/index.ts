/** Every error page the tests and the demo read, one file a product. */
import { akamaiAccessDenied, akamaiConnectTimeout } from './akamai';
import { apacheNotFound, apacheProxyUnavailable } from './apache';
import { cloudfrontBlocked, cloudfrontOrigin } from './aws-cloudfront';
import { azureFrontDoorUnavailable } from './azure-front-door';
import { cloudflareFirewall, cloudflareOriginDns } from './cloudflare';
import { envoyConnectFailure, envoyNoHealthyUpstream, envoyUpstreamTimeout } from './envoy';
import { fastlyFirstByteTimeout } from './fastly';
import { googleServerError } from './google';
import { haproxyNoServer, haproxyServerTimeout } from './haproxy';
import { herokuApplicationError, herokuNoSuchApp } from './heroku';
import { impervaBlocked } from './imperva';
import { laravelMaintenance, laravelPageExpired } from './laravel';
import { httpapiInvalidHostname, httpapiServiceUnavailable } from './microsoft-httpapi';
import { iisAspNetCoreStartFailure, iisConfigInvalid, iisRemoteNotFound } from './microsoft-iis';
import { nginxBadGateway, nginxBehindCdn, nginxPlainHttpToHttps } from './nginx';
import { openrestyBadGateway } from './openresty';
import type { ErrorPage } from './page';
import { springBehindNginx, springNotFound } from './spring';
import { traefikNoAvailableServer } from './traefik';
import { varnishBackendFetchFailed } from './varnish';

export type { ErrorPage } from './page';
export { shownAs } from './plain-text';

export const errorPages: readonly ErrorPage[] = [
  cloudflareOriginDns,
  cloudflareFirewall,
  akamaiAccessDenied,
  akamaiConnectTimeout,
  fastlyFirstByteTimeout,
  varnishBackendFetchFailed,
  impervaBlocked,
  cloudfrontOrigin,
  cloudfrontBlocked,
  herokuApplicationError,
  herokuNoSuchApp,
  azureFrontDoorUnavailable,
  googleServerError,
  nginxBadGateway,
  nginxBehindCdn,
  nginxPlainHttpToHttps,
  openrestyBadGateway,
  apacheNotFound,
  apacheProxyUnavailable,
  iisConfigInvalid,
  iisAspNetCoreStartFailure,
  iisRemoteNotFound,
  httpapiInvalidHostname,
  httpapiServiceUnavailable,
  springNotFound,
  springBehindNginx,
  laravelPageExpired,
  laravelMaintenance,
  haproxyNoServer,
  haproxyServerTimeout,
  envoyNoHealthyUpstream,
  envoyConnectFailure,
  envoyUpstreamTimeout,
  traefikNoAvailableServer,
];

/**
 * A page of the site's own that only talks about error pages: its prose quotes Cloudflare's, Akamai's,
 * Varnish's and Spring's wording, which must make none of them its maker. Its footer is Apache's own
 * signature, with no Server header: once the page is read, Apache is named, so the read did happen.
 */
export const proseAboutErrors: ErrorPage = {
  id: 'prose-about-errors',
  status: 404,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  html: `<!DOCTYPE html><html lang="en"><head><title>Not here: reading error pages</title></head><body>
<h1>This article moved</h1>
<p>When a site is behind Cloudflare, its error page says Error 1016 and ends with a line such as
Cloudflare Ray ID: 8e2f4a6b1c3d5e7f, while Akamai prints Reference #18.2d351ab8.1557333295.a4e16ab.</p>
<p>Reference #18.2d351ab8.1557333295.a4e16ab is what such a line looks like.</p>
<p>Varnish answers with Guru Meditation: and an XID: 123456 line; Spring shows a Whitelabel Error Page.</p>
<div class="cf-error-code">1016</div>
<hr><address>Apache/2.4.57 (Debian) Server at site.example Port 443</address>
</body></html>`,
  expect: { title: 'Not Found', who: 'Apache HTTP Server' },
};
