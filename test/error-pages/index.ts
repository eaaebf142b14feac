/** Every error page the tests and the demo read, one file a product. */
import { cloudflareFirewall, cloudflareOriginDns } from './cloudflare';
import type { ErrorPage } from './page';

export type { ErrorPage } from './page';

export const errorPages: readonly ErrorPage[] = [cloudflareOriginDns, cloudflareFirewall];

/**
 * A page of the site's own that only talks about error pages: its prose quotes Cloudflare's, Akamai's and
 * Varnish's wording, which must not make any of them its maker.
 */
export const proseAboutErrors: ErrorPage = {
  id: 'prose-about-errors',
  status: 404,
  headers: { server: 'Apache', 'content-type': 'text/html; charset=utf-8' },
  html: `<!DOCTYPE html><html lang="en"><head><title>Not here: reading error pages</title></head><body>
<h1>This article moved</h1>
<p>When a site is behind Cloudflare, its error page says Error 1016 and ends with a line such as
Cloudflare Ray ID: 8e2f4a6b1c3d5e7f, while Akamai prints Reference #18.2d351ab8.1557333295.a4e16ab.</p>
<p>Varnish answers with Guru Meditation: and an XID: 123456 line; Spring shows a Whitelabel Error Page.</p>
<div class="cf-error-code">1016</div>
</body></html>`,
  expect: { title: 'Not Found', who: 'Apache HTTP Server' },
};
