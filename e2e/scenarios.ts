/**
 * The scenarios the scenario server answers, as data: which host and path, what status and headers the
 * real product sends there (for a vendor, the fingerprints of src/knowledge/vendors/<family>.ts, each with
 * the public source it names), how the demo page loads it, and what the popup should then list.
 */
import { type ListedKind, kindOf } from '../src/shared/kinds.ts';
import { type ErrorPage, errorPages, proseAboutErrors } from '../test/error-pages/index.ts';
import type { BrowserName } from './browsers/types.ts';

/**
 * How the demo page requests a scenario; `page` ones are opened as a tab, not embedded; `part` ones are
 * requested only by another scenario's page (an image of a `html` page), never by the demo page.
 */
export type LoadAs = 'image' | 'script' | 'stylesheet' | 'fetch' | 'xhr' | 'iframe' | 'page' | 'part';

/** A host and path on the scenario server (the port is added when the URL is built). */
export interface Target {
  readonly host: string;
  readonly path: string;
}

export type Reply =
  /** A normal response. The body's type follows the request's Accept header unless `contentType` is set. */
  | {
      readonly kind: 'status';
      readonly status: number;
      readonly reason?: string;
      readonly headers?: Headers;
      readonly contentType?: string;
    }
  /** A redirect to another scenario URL (absolute, with the server's port). */
  | { readonly kind: 'redirect'; readonly status: number; readonly to: Target; readonly headers?: Headers }
  /** Bytes written straight to the socket: status lines and header values Node's http module refuses. */
  | {
      readonly kind: 'raw';
      readonly status: number;
      readonly reason: string;
      readonly rawHeaders: readonly (readonly [string, string])[];
    }
  /** The socket is destroyed without a byte of answer (what nginx's `return 444` does). */
  | { readonly kind: 'drop' }
  /** Nothing listens on the URL's port. */
  | { readonly kind: 'refused' }
  /** The host name does not resolve. */
  | { readonly kind: 'dns' }
  /**
   * A 200 HTML page with this body (after a doctype and a charset), for tests that move between pages.
   * `headers` replace the server's own, e.g. its `cache-control: no-store`, which keeps a page out of the
   * back/forward cache.
   */
  | { readonly kind: 'html'; readonly body: string; readonly headers?: Headers }
  /** An error document sent as it is: a product's own error page (test/error-pages/). */
  | { readonly kind: 'document'; readonly status: number; readonly headers: Headers; readonly body: string };

export type Headers = Readonly<Record<string, string | readonly string[]>>;

/** What the popup's list item for the scenario must show. */
export interface Expectation {
  /** data-code: the status, or the error name without "net::". */
  readonly code: string;
  readonly kind: ListedKind;
  /** Part of the title shown next to the code. */
  readonly title?: string;
  /**
   * The producer the list line names, exactly (its `who` part: .who-name): the product ("Fastly", "GitHub Pages") or,
   * when no product is named, the role label ("The site's own server").
   */
  readonly producer: string;
  /**
   * True when the list line must mark the producer as "a guess" (named on weak evidence, e.g. a layer that commonly
   * makes a 503 but shows no sign it made this one); false or absent when it must not.
   */
  readonly guess?: boolean;
  /** The vendor named by the item once opened (in its list line or its explanation). */
  readonly vendor?: string;
  /** Evidence the opened item names, e.g. "cf-ray header", "laravel_session cookie", "host api.twitter.com". */
  readonly evidence?: string;
  /** The chain line of a redirect chain, e.g. "301 → 302 → 200". */
  readonly chain?: string;
  /** Other text the opened item must show (decoded headers, Retry-After…). */
  readonly details?: readonly string[];
}

export interface Scenario {
  readonly id: string;
  /** The knowledge-base vendor id the scenario is for (src/knowledge/vendors/<id>.ts), or what it exercises. */
  readonly family: string;
  /** One line for the demo page. */
  readonly label: string;
  readonly target: Target;
  readonly reply: Reply;
  readonly loadAs: LoadAs;
  /** Absent for responses the popup must never list (2xx). */
  readonly expect?: Expectation;
  /** Per-browser differences (error names, cookies Chrome hides). */
  readonly expectIn?: Partial<Record<BrowserName, Partial<Expectation>>>;
}

export const DEMO_HOST = 'demo.statuscope.test';
/** Chromium maps it to ~NOTFOUND; Firefox refuses to resolve .onion names (network.dns.blockDotOnion). */
export const DNS_FAIL_HOST = 'nxdomain.statuscope.onion';

const cfRay = '8e4f1c2b9d7a3e51-AMS';
export const HOSTILE = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** The host of the pages e2e/page-lifecycle.test.ts moves between. */
export const LIFECYCLE_HOST = 'pages.lifecycle.test';

/**
 * A page at `path` that records whether it came back from the back/forward cache (`window.restored`) and
 * shows `body` after a missing image (`<path>-missing.png`, a 404): the page and its image as two scenarios.
 */
function lifecyclePage(id: string, path: string, body: string): Scenario[] {
  const script =
    "<script>window.restored = false; addEventListener('pageshow', (e) => { if (e.persisted) window.restored = true; });</script>";
  return [
    {
      id,
      family: 'page-lifecycle',
      label: `A page of the page-lifecycle tests (${path})`,
      target: { host: LIFECYCLE_HOST, path },
      reply: {
        kind: 'html',
        body: `<title>${id}</title>${script}<img src="${path}-missing.png" alt="" width="20" height="20">${body}`,
        headers: { 'cache-control': 'no-cache' },
      },
      loadAs: 'page',
    },
    {
      id: `${id}-missing`,
      family: 'page-lifecycle',
      label: `The missing image of ${path}`,
      target: { host: LIFECYCLE_HOST, path: `${path}-missing.png` },
      reply: { kind: 'status', status: 404 },
      loadAs: 'part',
    },
  ];
}

/** The host of the products' error pages (test/error-pages/), each opened as a tab at /page/<id>. */
export const ERROR_PAGE_HOST = 'errors.statuscope.test';

/** A product's error page as a scenario: opened as a tab (`page`), or embedded in the demo page (`iframe`). */
function errorPageScenario(p: ErrorPage, loadAs: 'page' | 'iframe'): Scenario {
  const kind = kindOf(p.status, undefined);
  if (kind === 'success' || kind === 'informational') throw new Error(`${p.id} is not an error page`);
  return {
    id: loadAs === 'page' ? `page-${p.id}` : `frame-${p.id}`,
    family: 'error-page',
    label: `An error page shaped like the product's own (${p.id}), read once it has loaded`,
    target: { host: ERROR_PAGE_HOST, path: `/${loadAs === 'page' ? 'page' : 'frame'}/${p.id}` },
    reply: { kind: 'document', status: p.status, headers: p.headers, body: p.html },
    loadAs,
    expect: { code: String(p.status), kind, title: p.expect.title, producer: p.expect.who },
  };
}

/** The error-page scenarios: every product's page as a tab, one in a frame of the demo page, and the prose page. */
export const errorPageScenarios: readonly Scenario[] = [
  ...errorPages.map((p) => errorPageScenario(p, 'page')),
  errorPageScenario(proseAboutErrors, 'page'),
];

export const scenarios: readonly Scenario[] = [
  ...errorPageScenarios,
  // A frame that shows a product's error page, read in that frame: in the demo page, and in a page of its own.
  ...errorPages.slice(0, 1).flatMap((p): Scenario[] => [
    errorPageScenario(p, 'iframe'),
    {
      id: 'frame-host',
      family: 'error-page',
      label: 'A page whose frame shows a product’s error page',
      target: { host: ERROR_PAGE_HOST, path: '/frame-host' },
      reply: { kind: 'html', body: `<title>A frame</title><iframe src="/frame/${p.id}" title="${p.id}"></iframe>` },
      loadAs: 'part',
    },
  ]),
  // ── Load balancers, WAF modules and API services (issue 18) ───────────────────────────────────
  {
    // F5 job aid "Securing BIG-IP Generated HTTP Server Header Information": answers the BIG-IP writes itself (an
    // iRule's HTTP::respond, here a maintenance 503) carry Server: BigIP, the HTTP profile's default Server Agent Name.
    id: 'f5-bigip-503-irule',
    family: 'f5-bigip',
    label: 'F5 BIG-IP 503 written by an iRule (Server: BigIP)',
    target: { host: 'www.f5-site.test', path: '/maintenance' },
    reply: { kind: 'status', status: 503, headers: { server: 'BigIP', 'cache-control': 'no-cache' } },
    loadAs: 'iframe',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'F5 BIG-IP',
      title: 'Service Unavailable',
      vendor: 'F5 BIG-IP',
      evidence: 'server header',
    },
  },
  {
    // haproxy/haproxy src/http.c (http_err_msgs): HAProxy's own 504 is "HTTP/1.1 504 Gateway Time-out" with no Server
    // header; nginx shares the wording but names itself, so without Server HAProxy is named, as a guess.
    id: 'haproxy-504',
    family: 'haproxy',
    label: 'HAProxy 504 Gateway Time-out (its own page: no Server header, hyphenated reason phrase)',
    target: { host: 'app.haproxy-site.test', path: '/report' },
    reply: {
      kind: 'status',
      status: 504,
      reason: 'Gateway Time-out',
      headers: { 'cache-control': 'no-cache', connection: 'close' },
      contentType: 'text/html',
    },
    loadAs: 'fetch',
    expect: {
      code: '504',
      kind: 'server',
      producer: 'HAProxy',
      guess: true,
      title: 'Gateway Timeout',
      vendor: 'HAProxy',
      evidence: 'reason phrase “Gateway Time-out”',
    },
  },
  {
    // Traefik FAQ ("Why is Traefik Answering XXX HTTP Response Status Code?") and pkg/proxy/httputil/proxy.go: its 502
    // is the plain text "Bad Gateway" with no header of its own, so nothing a browser sees can name Traefik.
    id: 'traefik-502',
    family: 'traefik',
    label: 'Traefik 502 "Bad Gateway" in plain text: no header names Traefik',
    target: { host: 'api.traefik-site.test', path: '/orders' },
    reply: { kind: 'status', status: 502, contentType: 'text/plain; charset=utf-8' },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      producer: "The site's own server",
      title: 'Bad Gateway',
      details: ['No header names a product'],
    },
  },
  {
    // ModSecurity Reference Manual (v2.x), SecServerSignature; "Mod_Security" as a Server value is what wafw00f's
    // plugins/modsecurity.py recognises. The block itself is the web server's own 403.
    id: 'modsecurity-403',
    family: 'modsecurity',
    label: 'ModSecurity rule block: 403 from a server signed Mod_Security',
    target: { host: 'www.modsec-site.test', path: '/search' },
    reply: { kind: 'status', status: 403, headers: { server: 'Mod_Security 2.9.7' } },
    loadAs: 'iframe',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'ModSecurity',
      title: 'Forbidden',
      vendor: 'ModSecurity',
      evidence: 'server header',
      details: ['Access denied with code 403'],
    },
  },
  {
    // Wordfence plugin source (wp-plugins/wordfence): wfLog::do503 sends a 503 with Retry-After when it blocks or
    // throttles; the wfvt_<crc32> cookie comes from its Live Traffic (wordfenceClass::setCookie).
    id: 'wordfence-503',
    family: 'wordfence',
    label: 'Wordfence 503: a blocked visitor on a WordPress site (Retry-After, wfvt_ cookie)',
    target: { host: 'blog.wordfence-site.test', path: '/wp-login.php' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'Service Temporarily Unavailable',
      headers: { 'retry-after': '600', 'set-cookie': 'wfvt_2173332352=5f3e1d2c0a9b8; Max-Age=1800; path=/; HttpOnly' },
    },
    loadAs: 'iframe',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Wordfence',
      title: 'Service Unavailable',
      vendor: 'Wordfence',
      evidence: 'wfvt_2173332352 cookie',
    },
    // Chrome withholds Set-Cookie without 'extraHeaders', and Wordfence leaves no header of its own: nothing names it.
    expectIn: {
      chrome: {
        producer: "The site's own server",
        vendor: undefined,
        evidence: undefined,
        details: ['No header names a product'],
      },
    },
  },
  {
    // GitHub Docs, "Rate limits for the REST API": over the primary limit GitHub answers 403 or 429 with
    // x-ratelimit-remaining 0; "Media types": X-GitHub-Media-Type is on every API response, so a GitHub Enterprise
    // Server API (under /api/v3 on its own host) is recognised by it, not by host.
    id: 'github-api-403-rate-limit',
    family: 'github-api',
    label: 'GitHub REST API 403: primary rate limit used up (x-ratelimit-remaining: 0), on a GitHub Enterprise host',
    target: { host: 'github.corp-site.test', path: '/api/v3/repos/octocat/hello-world' },
    reply: {
      kind: 'status',
      status: 403,
      contentType: 'application/json; charset=utf-8',
      headers: {
        server: 'GitHub.com',
        'x-github-request-id': 'B646:3E30C6:703151:87B13E:69A9546A',
        'x-github-media-type': 'github.v3; format=json',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': '1745924000',
        'x-ratelimit-resource': 'core',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'GitHub REST API',
      title: 'Forbidden',
      vendor: 'GitHub REST API',
      evidence: 'x-github-media-type header',
      details: ['GitHub API rate limit used up'],
    },
  },
  {
    // OpenAI API reference, "Debugging requests": openai-organization, openai-processing-ms, openai-version and the
    // x-ratelimit-* headers; Error codes guide: 429 "Rate limit reached". Here the site's backend relays OpenAI's answer.
    id: 'openai-429-relayed',
    family: 'openai',
    label: "OpenAI API 429 rate limit, relayed as-is by a site's chat backend (openai-* headers)",
    target: { host: 'app.chatbot-site.test', path: '/api/chat' },
    reply: {
      kind: 'status',
      status: 429,
      contentType: 'application/json',
      headers: {
        'x-request-id': 'req_7d3f1c2b9e8a4d5f6a7b8c9d0e1f2a3b',
        'openai-organization': 'org-statuscope-demo',
        'openai-processing-ms': '9',
        'openai-version': '2020-10-01',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-remaining-tokens': '149000',
        'x-ratelimit-reset-requests': '6m0s',
      },
    },
    loadAs: 'xhr',
    expect: {
      code: '429',
      kind: 'client',
      producer: 'OpenAI API',
      title: 'Too Many Requests',
      vendor: 'OpenAI API',
      evidence: 'openai-organization header',
      details: ['OpenAI request limit reached'],
    },
  },
  {
    // Claude API documentation (Anthropic), "Rate limits": anthropic-ratelimit-* response headers and retry-after on
    // a 429 rate_limit_error. The site's backend passes Anthropic's answer on.
    id: 'anthropic-429-relayed',
    family: 'anthropic',
    label: "Anthropic API 429 rate_limit_error, passed on by a site's backend (anthropic-ratelimit-* headers)",
    target: { host: 'app.claude-site.test', path: '/api/messages' },
    reply: {
      kind: 'status',
      status: 429,
      contentType: 'application/json',
      headers: {
        'request-id': 'req_018EeWyXxfu5pfWkrYcMdjWG',
        'retry-after': '20',
        'anthropic-ratelimit-requests-limit': '50',
        'anthropic-ratelimit-requests-remaining': '0',
        'anthropic-ratelimit-requests-reset': '2026-01-01T00:00:20Z',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '429',
      kind: 'client',
      producer: 'Anthropic API',
      title: 'Too Many Requests',
      vendor: 'Anthropic API',
      evidence: 'anthropic-ratelimit-requests-limit header',
      details: ['Anthropic request limit reached'],
    },
  },
  // ── CDNs and security services ────────────────────────────────────────────────────────────────
  {
    id: 'cloudflare-522',
    family: 'cloudflare',
    label: 'Cloudflare 522: the edge could not open a TCP connection to the origin',
    target: { host: 'shop.cf-site.test', path: '/api/cart' },
    reply: {
      kind: 'status',
      status: 522,
      headers: { server: 'cloudflare', 'cf-ray': cfRay, 'cf-cache-status': 'DYNAMIC' },
    },
    loadAs: 'xhr',
    expect: {
      code: '522',
      kind: 'server',
      producer: 'Cloudflare',
      title: 'Connection Timed Out',
      vendor: 'Cloudflare',
      evidence: 'cf-ray header',
    },
  },
  {
    id: 'cloudflare-404-origin',
    family: 'cloudflare',
    label: "Cloudflare passing the origin's own 404 through (no Cloudflare error headers)",
    target: { host: 'static.cf-site.test', path: '/img/missing.png' },
    reply: {
      kind: 'status',
      status: 404,
      headers: { server: 'cloudflare', 'cf-ray': cfRay, 'cf-cache-status': 'MISS' },
    },
    loadAs: 'image',
    expect: {
      code: '404',
      kind: 'client',
      producer: "The site's own server",
      title: 'Not Found',
      vendor: 'Cloudflare',
      details: ['Cloudflare marks this answer as passed along', 'Cloudflare passed it on'],
      evidence: 'cf-ray header',
    },
  },
  {
    id: 'aws-elb-502',
    family: 'aws-elb',
    label: 'AWS ALB 502: the target reset the connection or sent a malformed response',
    target: { host: 'app.alb-site.test', path: '/checkout' },
    reply: { kind: 'status', status: 502, reason: 'Bad Gateway', headers: { server: 'awselb/2.0' } },
    loadAs: 'iframe',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'AWS Elastic Load Balancing',
      title: 'Bad Gateway',
      vendor: 'AWS Elastic Load Balancing',
      evidence: 'server header',
    },
  },
  {
    id: 's3-403-cloudfront',
    family: 'aws-s3',
    label: 'S3 AccessDenied behind CloudFront',
    target: { host: 'assets.s3-site.test', path: '/private/report.css' },
    reply: {
      kind: 'status',
      status: 403,
      headers: {
        server: 'AmazonS3',
        'x-amz-error-code': 'AccessDenied',
        'x-amz-error-message': 'Access Denied',
        'x-amz-request-id': 'K2H6N7ZGQT6WHCEG',
        'x-amz-id-2': 'a21yZ2lkZW50aWZpZXIxMjM0NTY3ODkw',
        'x-cache': 'Error from cloudfront',
        via: '1.1 7e1a5b2f0c3d4e5f6a7b8c9d0e1f2a3b.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'FRA56-P5',
        'x-amz-cf-id': 'Qx9eYbQ3q0m2R1n8vYl4b6ZpXhM3dW5s8tU7wA2cE1fG0hJ9kL==',
      },
    },
    loadAs: 'stylesheet',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Amazon S3',
      title: 'Forbidden',
      vendor: 'Amazon S3',
      evidence: 'x-amz-error-code header',
      details: ['Amazon CloudFront', 'x-amz-error-code: AccessDenied'],
    },
  },
  {
    id: 's3-404-cloudfront',
    family: 'aws-s3',
    label: 'S3 NoSuchKey behind CloudFront',
    target: { host: 'assets.s3-site.test', path: '/js/app.4f2a.js' },
    reply: {
      kind: 'status',
      status: 404,
      headers: {
        server: 'AmazonS3',
        'x-amz-error-code': 'NoSuchKey',
        'x-amz-error-message': 'The specified key does not exist.',
        'x-amz-request-id': 'M4J8P2XTRA9YB3DF',
        'x-cache': 'Error from cloudfront',
        via: '1.1 0c3d4e5f6a7b8c9d7e1a5b2f0e1f2a3b.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'FRA56-P5',
        'x-amz-cf-id': 'Ab3dEf6hIj9lMn2pQr5tUv8xYz1bCd4fGh7jKl0nOp3rSt6vWx==',
      },
    },
    loadAs: 'script',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Amazon S3',
      title: 'Not Found',
      vendor: 'Amazon S3',
      evidence: 'x-amz-error-code header',
      details: ['Amazon CloudFront', 'x-amz-error-code: NoSuchKey'],
    },
  },
  {
    id: 'cloudfront-403',
    family: 'aws-cloudfront',
    label: 'CloudFront refusing the request itself (geo restriction, WAF or signed URL)',
    target: { host: 'video.cloudfront-site.test', path: '/stream/master.m3u8' },
    reply: {
      kind: 'status',
      status: 403,
      headers: {
        server: 'CloudFront',
        'x-cache': 'Error from cloudfront',
        via: '1.1 5f6a7b8c9d0e1f2a3b7e1a5b2f0c3d4e.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'AMS58-P3',
        'x-amz-cf-id': 'Zz9yXx8wVv7uTt6sSr5qQp4oOn3mMl2kKj1iIh0gGf9eEd8cC==',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Amazon CloudFront',
      title: 'Forbidden',
      vendor: 'Amazon CloudFront',
      evidence: 'x-amz-cf-id header',
    },
  },
  {
    // "HTTP 502 status code (Bad Gateway)": when CloudFront cannot connect to the origin (TLS handshake failure, say) it
    // answers 502 itself with X-Cache: Error from cloudfront
    // (docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html); its own error page
    // carries Server: CloudFront.
    id: 'cloudfront-502',
    family: 'aws-cloudfront',
    label: 'CloudFront 502: CloudFront could not connect to the origin (its own error page, Server: CloudFront)',
    target: { host: 'video.cloudfront-site.test', path: '/stream/segment-1.ts' },
    reply: {
      kind: 'status',
      status: 502,
      reason: 'Bad Gateway',
      headers: {
        server: 'CloudFront',
        'x-cache': 'Error from cloudfront',
        via: '1.1 3b7e1a5b2f0c3d4e5f6a7b8c9d0e1f2a.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'AMS58-P3',
        'x-amz-cf-id': 'Yy8xXw7vVu6tTs5rRq4pPo3nNm2lLk1jJi0hHg9fFe8dD7cC==',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      title: 'Bad Gateway',
      producer: 'Amazon CloudFront',
      vendor: 'Amazon CloudFront',
      evidence: 'x-amz-cf-id header',
    },
  },
  {
    // X-Cache "Error from cloudfront" is set on any error answer, the origin's too (CloudFront standard logging
    // reference, x-edge-result-type), so with the origin's own Server header the 502 is the origin's.
    id: 'cloudfront-502-origin',
    family: 'aws-cloudfront',
    label: "The origin's own nginx 502 passed through CloudFront (Server: nginx, X-Cache: Error from cloudfront)",
    target: { host: 'www.cloudfront-site.test', path: '/app/upstream' },
    reply: {
      kind: 'status',
      status: 502,
      reason: 'Bad Gateway',
      headers: {
        server: 'nginx/1.26.2',
        'x-cache': 'Error from cloudfront',
        via: '1.1 9d0e1f2a3b7e1a5b2f0c3d4e5f6a7b8c.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'FRA56-P5',
        'x-amz-cf-id': 'Ww7vUu6tSs5rQq4pOo3nMm2lKk1jIi0hGg9fEe8dCc7bA6zZ==',
      },
    },
    loadAs: 'stylesheet',
    expect: {
      code: '502',
      kind: 'server',
      title: 'Bad Gateway',
      producer: 'nginx',
      vendor: 'nginx',
      evidence: 'server header',
      details: ['Amazon CloudFront'],
    },
  },
  {
    id: 'api-gateway-403',
    family: 'aws-api-gateway',
    label: 'API Gateway 403 MissingAuthenticationTokenException (no such route)',
    target: { host: 'api.apigw-site.test', path: '/prod/orders' },
    reply: {
      kind: 'status',
      status: 403,
      headers: {
        'x-amzn-errortype': 'MissingAuthenticationTokenException',
        'x-amzn-requestid': '7d3c9f4e-2b1a-4c8d-9e0f-1a2b3c4d5e6f',
        'x-amz-apigw-id': 'Kp2LxHc2DoEFwXg=',
        'content-type': 'application/json',
      },
      contentType: 'application/json',
    },
    loadAs: 'xhr',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Amazon API Gateway',
      title: 'Forbidden',
      vendor: 'Amazon API Gateway',
      evidence: 'x-amzn-errortype header',
      details: ['x-amzn-errortype: MissingAuthenticationTokenException'],
    },
  },
  {
    id: 'akamai-403',
    family: 'akamai',
    label: 'Akamai edge denying access (WAF / Bot Manager, "Reference #18…")',
    target: { host: 'www.akamai-site.test', path: '/products' },
    reply: {
      kind: 'status',
      status: 403,
      reason: 'Forbidden',
      headers: { server: 'AkamaiGHost', 'mime-version': '1.0', expires: 'Sat, 23 Nov 2026 02:00:00 GMT' },
    },
    loadAs: 'iframe',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Akamai',
      title: 'Forbidden',
      vendor: 'Akamai',
      evidence: 'server header',
    },
  },
  {
    id: 'fastly-503',
    family: 'fastly',
    label: 'Fastly 503 first byte timeout',
    target: { host: 'www.fastly-site.test', path: '/feed.json' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'first byte timeout',
      headers: {
        'x-served-by': 'cache-ams21080-AMS',
        'x-cache': 'MISS',
        'x-cache-hits': '0',
        'x-timer': 'S1732327200.123456,VS0,VE15001',
        via: '1.1 varnish',
        'x-fastly-request-id': '3f9a0c2b7d1e4f5a8b6c9d0e1f2a3b4c5d6e7f80',
        'retry-after': '0',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Fastly',
      title: 'Service Unavailable',
      vendor: 'Fastly',
      evidence: 'x-served-by header',
    },
  },
  {
    id: 'fastly-503-backend-read-error',
    family: 'fastly',
    label:
      'Fastly 503 backend read error: its own reason phrase proves Fastly made it (fastly.com/documentation/guides/vcl/errors)',
    target: { host: 'www.fastly-site.test', path: '/api/items' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'backend read error',
      headers: { 'x-served-by': 'cache-fra-eddf8230051-FRA' },
    },
    loadAs: 'xhr',
    expect: {
      code: '503',
      kind: 'server',
      title: 'Service Unavailable',
      producer: 'Fastly',
      vendor: 'Fastly',
      evidence: 'x-served-by header',
      details: ['backend read error'],
    },
  },
  {
    // Fastly passes the origin's own 503 on with its x-served-by, so without one of its reason phrases the 503 may be
    // the origin's (fastly.com/documentation/guides/vcl/errors lists what Fastly itself sends).
    id: 'fastly-503-plain',
    family: 'fastly',
    label: 'A 503 through Fastly with the plain reason phrase: Fastly or the origin (a guess)',
    target: { host: 'www.fastly-site.test', path: '/api/status' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'Service Unavailable',
      headers: { 'x-served-by': 'cache-ams21080-AMS', 'x-cache': 'MISS', 'x-cache-hits': '0' },
    },
    loadAs: 'fetch',
    expect: {
      code: '503',
      kind: 'server',
      title: 'Service Unavailable',
      producer: 'Fastly',
      guess: true,
      vendor: 'Fastly',
      evidence: 'x-served-by header',
    },
  },
  {
    id: 'varnish-503',
    family: 'varnish',
    label: 'Varnish 503 Backend fetch failed (Guru Meditation)',
    target: { host: 'news.varnish-site.test', path: '/live.js' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'Backend fetch failed',
      headers: { server: 'Varnish', 'x-varnish': '32770', 'retry-after': '5', via: '1.1 news (Varnish/7.4)', age: '0' },
    },
    loadAs: 'script',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Varnish Cache',
      title: 'Service Unavailable',
      vendor: 'Varnish Cache',
      evidence: 'x-varnish header',
    },
  },
  {
    id: 'sucuri-403',
    family: 'sucuri',
    label: 'Sucuri WAF block',
    target: { host: 'blog.sucuri-site.test', path: '/wp-login.php' },
    reply: {
      kind: 'status',
      status: 403,
      headers: { server: 'Sucuri/Cloudproxy', 'x-sucuri-id': '18015', 'x-sucuri-block': 'BL001' },
    },
    loadAs: 'iframe',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Sucuri Website Firewall',
      title: 'Forbidden',
      vendor: 'Sucuri Website Firewall',
      evidence: 'x-sucuri-block header',
    },
  },
  {
    id: 'imperva-403',
    family: 'imperva',
    label: 'Imperva / Incapsula block',
    target: { host: 'www.imperva-site.test', path: '/account' },
    reply: {
      kind: 'status',
      status: 403,
      headers: { 'x-iinfo': '12-34567890-0 0NNN RT(1732327200000 0) q(0 -1 -1 -1) r(0 -1)', 'x-cdn': 'Imperva' },
    },
    loadAs: 'fetch',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Imperva (Incapsula)',
      guess: true,
      title: 'Forbidden',
      vendor: 'Imperva',
      evidence: 'x-iinfo header',
    },
  },
  {
    id: 'ddos-guard-403',
    family: 'ddos-guard',
    label: 'DDoS-Guard challenge / block',
    target: { host: 'forum.ddg-site.test', path: '/thread/42' },
    reply: { kind: 'status', status: 403, headers: { server: 'ddos-guard' } },
    loadAs: 'image',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'DDoS-Guard',
      guess: true,
      title: 'Forbidden',
      vendor: 'DDoS-Guard',
      evidence: 'server header',
    },
  },
  {
    id: 'google-502',
    family: 'google',
    label: 'Google front end 502 ("That\'s an error.")',
    target: { host: 'app.gfe-site.test', path: '/api/v1/items' },
    reply: {
      kind: 'status',
      status: 502,
      headers: { server: 'Google Frontend', 'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000/1;o=1' },
    },
    loadAs: 'xhr',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'Google front end / Google Cloud',
      guess: true,
      title: 'Bad Gateway',
      vendor: 'Google front end',
      evidence: 'server header',
    },
  },
  {
    id: 'azure-front-door-503',
    family: 'azure-front-door',
    label: 'Azure Front Door 503 (origin timeout / invalid response)',
    target: { host: 'www.afd-site.test', path: '/dashboard' },
    reply: {
      kind: 'status',
      status: 503,
      headers: {
        'x-azure-ref': '20261123T020000Z-17b6c8d9f4-abcd1xyz2efgh3ij0000000kx0000000000a1b2',
        'x-cache': 'CONFIG_NOCACHE',
      },
    },
    loadAs: 'iframe',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Azure Front Door',
      guess: true,
      title: 'Service Unavailable',
      vendor: 'Azure Front Door',
      evidence: 'x-azure-ref header',
    },
  },

  // Issue 18: CDNs, gateways and platforms added with their vendor files (each header from the source the file names).
  {
    id: 'azure-application-gateway-502',
    family: 'azure-application-gateway',
    label: 'Azure Application Gateway 502 (backend pool unhealthy)',
    target: { host: 'shop.appgw-site.test', path: '/checkout' },
    reply: { kind: 'status', status: 502, headers: { server: 'Microsoft-Azure-Application-Gateway/v2' } },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'Azure Application Gateway',
      title: 'Bad Gateway',
      vendor: 'Azure Application Gateway',
      evidence: 'server header',
    },
  },
  {
    id: 'bunny-cdn-504',
    family: 'bunny-cdn',
    label: 'Bunny CDN 504 (origin slower than the 60-second pull timeout)',
    target: { host: 'media.bunny-site.test', path: '/img/hero.jpg' },
    reply: {
      kind: 'status',
      status: 504,
      headers: {
        server: 'BunnyCDN-DE1-1047',
        'cdn-pullzone': '93447',
        'cdn-requestid': 'a83ed6be3dc65fe78b8ece425fe518f8',
        'cdn-cache': 'MISS',
      },
    },
    loadAs: 'image',
    expect: {
      code: '504',
      kind: 'server',
      producer: 'Bunny CDN',
      guess: true,
      title: 'Gateway Timeout',
      vendor: 'Bunny CDN',
      evidence: 'server header',
    },
  },
  {
    id: 'keycdn-500',
    family: 'keycdn',
    label: 'KeyCDN 500 "Origin Error" (pull from the origin failed)',
    target: { host: 'assets.keycdn-site.test', path: '/css/site.css' },
    reply: { kind: 'status', status: 500, headers: { server: 'keycdn-engine', 'x-edge-location': 'defr' } },
    loadAs: 'stylesheet',
    expect: {
      code: '500',
      kind: 'server',
      producer: 'KeyCDN',
      guess: true,
      title: 'Internal Server Error',
      vendor: 'KeyCDN',
      evidence: 'x-edge-location header',
    },
  },
  {
    id: 'cdn77-502',
    family: 'cdn77',
    label: 'CDN77 502 (nothing usable from the origin)',
    target: { host: 'static.cdn77-site.test', path: '/js/app.js' },
    reply: {
      kind: 'status',
      status: 502,
      headers: { server: 'CDN77-Turbo', 'x-77-nzt': 'Abk73AHkeGz/rlm7AA==', 'x-77-pop': 'frankfurtDE' },
    },
    loadAs: 'script',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'CDN77',
      guess: true,
      title: 'Bad Gateway',
      vendor: 'CDN77',
      evidence: 'x-77-pop header',
    },
  },
  {
    id: 'edgio-536',
    family: 'edgio',
    label: 'Edgio 536 (no HTTP response from the origin; Edgio shut down in January 2025)',
    target: { host: 'www.edgio-site.test', path: '/products' },
    reply: {
      kind: 'status',
      status: 536,
      headers: { server: 'ECAcc (lac/55D2)', 'x-edg-request-id': '4b8f1d3e-0c2a-4e55-9c1f-7b0e2d9a6c31' },
    },
    loadAs: 'iframe',
    expect: {
      code: '536',
      kind: 'server',
      producer: 'Edgio (Edgecast)',
      title: 'No response from the origin',
      vendor: 'Edgio (Edgecast)',
      evidence: 'x-edg-request-id header',
    },
  },
  {
    id: 'qrator-429',
    family: 'qrator',
    label: 'Qrator 429 (too many requests, captcha)',
    target: { host: 'shop.qrator-site.test', path: '/catalog' },
    reply: { kind: 'status', status: 429, headers: { server: 'QRATOR' } },
    loadAs: 'xhr',
    expect: {
      code: '429',
      kind: 'client',
      producer: 'Qrator',
      guess: true,
      title: 'Too Many Requests',
      vendor: 'Qrator',
      evidence: 'server header',
    },
  },
  {
    id: 'render-404-no-server',
    family: 'render',
    label: 'Render 404 with x-render-routing: no-server (no running service at the address)',
    target: { host: 'api.render-site.test', path: '/health' },
    reply: {
      kind: 'status',
      status: 404,
      headers: { 'rndr-id': '9f3c1a2b-4d5e-4f60', 'x-render-routing': 'no-server' },
    },
    loadAs: 'xhr',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Render',
      title: 'Not Found',
      vendor: 'Render',
      evidence: 'x-render-routing header',
      details: ['x-render-routing: no-server'],
    },
  },
  {
    id: 'railway-502',
    family: 'railway',
    label: 'Railway 502 "Application failed to respond" (x-railway-fallback)',
    target: { host: 'app.railway-site.test', path: '/api/orders' },
    reply: {
      kind: 'status',
      status: 502,
      headers: {
        server: 'railway-edge',
        'x-railway-edge': 'railway/europe-west4-drams3a',
        'x-railway-request-id': 'ucE8S2t-Qn6AKhHY0_TJvA',
        'x-railway-fallback': 'true',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'Railway',
      title: 'Bad Gateway',
      vendor: 'Railway',
      evidence: 'x-railway-fallback header',
    },
  },
  {
    id: 'firebase-hosting-404',
    family: 'firebase-hosting',
    label: 'Firebase Hosting 404 (no such file; Fastly cache headers alongside)',
    target: { host: 'my-app.firebase-site.test', path: '/missing-page' },
    reply: {
      kind: 'status',
      status: 404,
      headers: {
        vary: 'x-fh-requested-host, accept-encoding',
        'x-served-by': 'cache-mad22063-MAD',
        'x-cache': 'MISS',
        'x-timer': 'S1610995021.741490,VS0,VE748',
      },
    },
    loadAs: 'iframe',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Firebase Hosting',
      title: 'Not Found',
      vendor: 'Firebase Hosting',
      evidence: 'vary header',
    },
  },
  {
    id: 'deno-deploy-404-cached',
    family: 'deno-deploy',
    label: "Deno Deploy passing the app's own cached 404 (Cache-Status: deno; hit)",
    target: { host: 'app.deno-site.test', path: '/docs/old' },
    reply: { kind: 'status', status: 404, headers: { 'cache-status': 'deno; hit' } },
    loadAs: 'fetch',
    expect: {
      code: '404',
      kind: 'client',
      producer: "The site's own server",
      title: 'Not Found',
      vendor: 'Deno Deploy',
      evidence: 'cache-status header',
    },
  },

  // ── Hosting platforms ─────────────────────────────────────────────────────────────────────────
  {
    id: 'vercel-404',
    family: 'vercel',
    label: 'Vercel 404 with x-vercel-error: NOT_FOUND',
    target: { host: 'my-app.vercel-site.test', path: '/docs/intro' },
    reply: {
      kind: 'status',
      status: 404,
      headers: {
        server: 'Vercel',
        'x-vercel-id': 'fra1::abcde-1732327200000-0123456789ab',
        'x-vercel-error': 'NOT_FOUND',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Vercel',
      title: 'Not Found',
      vendor: 'Vercel',
      evidence: 'x-vercel-error header',
      details: ['x-vercel-error: NOT_FOUND'],
    },
  },
  {
    id: 'netlify-404',
    family: 'netlify',
    label: 'Netlify 404 (no such file in the deploy)',
    target: { host: 'docs.netlify-site.test', path: '/old-page' },
    reply: {
      kind: 'status',
      status: 404,
      headers: { server: 'Netlify', 'x-nf-request-id': '01JD7Q8K2M3N4P5Q6R7S8T9V0W' },
    },
    loadAs: 'iframe',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Netlify',
      title: 'Not Found',
      vendor: 'Netlify',
      evidence: 'x-nf-request-id header',
    },
  },
  {
    id: 'heroku-503',
    family: 'heroku',
    label: 'Heroku router 503 Application error (H10/H12/H14 in the router log)',
    target: { host: 'my-app.heroku-site.test', path: '/api/status' },
    reply: {
      kind: 'status',
      status: 503,
      reason: 'Service Unavailable',
      headers: { server: 'Cowboy', via: '1.1 vegur', connection: 'keep-alive' },
    },
    loadAs: 'xhr',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Heroku',
      guess: true,
      title: 'Service Unavailable',
      vendor: 'Heroku',
      evidence: 'via header',
    },
  },
  {
    id: 'fly-502',
    family: 'fly',
    label: 'Fly.io proxy 502 (the app machine did not answer)',
    target: { host: 'my-app.fly-site.test', path: '/health' },
    reply: {
      kind: 'status',
      status: 502,
      headers: {
        server: 'Fly/51ee4ef9 (2026-11-20)',
        via: '1.1 fly.io',
        'fly-request-id': '01JD7QA0B1C2D3E4F5G6H7J8K9-fra',
      },
    },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'Fly.io',
      guess: true,
      title: 'Bad Gateway',
      vendor: 'Fly.io',
      evidence: 'fly-request-id header',
    },
  },
  {
    id: 'github-pages-404',
    family: 'github-pages',
    label: 'GitHub Pages 404',
    target: { host: 'octo.ghpages-site.test', path: '/project/page' },
    reply: {
      kind: 'status',
      status: 404,
      headers: {
        server: 'GitHub.com',
        'x-github-request-id': 'A1B2:3C4D:5E6F7:8A9B0:67412345',
        via: '1.1 varnish',
        'x-served-by': 'cache-fra-etou8220021-FRA',
      },
    },
    loadAs: 'image',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'GitHub Pages',
      title: 'Not Found',
      vendor: 'GitHub Pages',
      evidence: 'x-github-request-id header',
    },
  },
  {
    id: 'azure-app-service-503',
    family: 'azure-app-service',
    label: 'Azure App Service 503 (app stopped or restarting)',
    target: { host: 'my-app.appsvc-site.test', path: '/api/values' },
    reply: {
      kind: 'status',
      status: 503,
      headers: {
        'x-ms-request-id': '9d4f1a2b-3c4d-5e6f-7a8b-9c0d1e2f3a4b',
        'set-cookie': [
          'ARRAffinity=3f2a9c1b0d8e7f6a5b4c3d2e1f0a9b8c; Path=/; HttpOnly',
          'ARRAffinitySameSite=3f2a9c1b0d8e7f6a5b4c3d2e1f0a9b8c; Path=/; SameSite=None',
        ],
      },
    },
    loadAs: 'xhr',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Azure App Service',
      guess: true,
      title: 'Service Unavailable',
      vendor: 'Azure App Service',
      evidence: 'ARRAffinity cookie',
    },
    // Chrome withholds Set-Cookie without 'extraHeaders', so only the weak x-ms-request-id header is left
    // (https://developer.chrome.com/docs/extensions/reference/api/webRequest).
    expectIn: { chrome: { evidence: 'x-ms-request-id header' } },
  },
  {
    id: 'pantheon-530',
    family: 'pantheon',
    label: 'Pantheon 530: the sandbox site is frozen',
    target: { host: 'dev-mysite.pantheon-site.test', path: '/' },
    reply: {
      kind: 'status',
      status: 530,
      headers: {
        'x-pantheon-styx-hostname': 'styx-fe1-b-7c9f8d6b5-xk2lm',
        'x-styx-req-id': 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff',
        via: '1.1 varnish',
        'x-served-by': 'cache-chi-kigq8000107-CHI',
      },
    },
    loadAs: 'iframe',
    expect: {
      code: '530',
      kind: 'server',
      producer: 'Pantheon',
      title: 'Site Frozen',
      vendor: 'Pantheon',
      evidence: 'x-pantheon-styx-hostname header',
    },
  },
  {
    id: 'shopify-430',
    family: 'shopify',
    label: 'Shopify 430 Security Rejection',
    target: { host: 'store.shopify-site.test', path: '/api/2024-10/graphql.json' },
    reply: {
      kind: 'status',
      status: 430,
      headers: { 'x-shopid': '55555555', 'x-shopify-stage': 'production', 'powered-by': 'Shopify' },
    },
    loadAs: 'fetch',
    expect: {
      code: '430',
      kind: 'client',
      producer: 'Shopify',
      title: 'Shopify Security Rejection',
      vendor: 'Shopify',
      evidence: 'x-shopid header',
    },
  },

  // ── Servers, proxies and gateways ─────────────────────────────────────────────────────────────
  {
    id: 'nginx-400',
    family: 'nginx',
    label: 'nginx 400 (what 494 "Request Header Too Large" looks like on the wire)',
    target: { host: 'www.nginx-site.test', path: '/search' },
    reply: { kind: 'status', status: 400, reason: 'Bad Request', headers: { server: 'nginx/1.26.2' } },
    loadAs: 'xhr',
    expect: {
      code: '400',
      kind: 'client',
      producer: 'nginx',
      title: 'Bad Request',
      vendor: 'nginx',
      evidence: 'server header',
    },
  },
  {
    id: 'nginx-502',
    family: 'nginx',
    label: 'nginx 502: the upstream application is down',
    target: { host: 'www.nginx-site.test', path: '/app.css' },
    reply: { kind: 'status', status: 502, reason: 'Bad Gateway', headers: { server: 'nginx/1.26.2' } },
    loadAs: 'stylesheet',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'nginx',
      title: 'Bad Gateway',
      vendor: 'nginx',
      evidence: 'server header',
    },
  },
  {
    id: 'exchange-440',
    family: 'microsoft-exchange',
    label: 'Outlook Web App 440 Login Time-out on /owa/',
    target: { host: 'mail.exchange-site.test', path: '/owa/' },
    reply: {
      kind: 'status',
      status: 440,
      reason: 'Login Timeout',
      headers: {
        server: 'Microsoft-IIS/10.0',
        'x-owa-version': '15.2.1544.4',
        'x-feserver': 'EXCH01',
        'x-powered-by': 'ASP.NET',
        'request-id': '6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      },
    },
    loadAs: 'iframe',
    expect: {
      code: '440',
      kind: 'client',
      producer: 'Microsoft Exchange (Outlook on the web)',
      title: 'Login Time-out',
      vendor: 'Microsoft Exchange',
      evidence: 'x-owa-version header',
    },
  },
  {
    id: 'laravel-419',
    family: 'laravel',
    label: 'Laravel 419 Page Expired (CSRF token expired)',
    target: { host: 'app.laravel-site.test', path: '/profile' },
    reply: {
      kind: 'status',
      status: 419,
      reason: 'unknown status',
      headers: {
        'set-cookie': [
          'XSRF-TOKEN=eyJpdiI6IjEyMyJ9; expires=Sat, 23 Nov 2026 04:00:00 GMT; Max-Age=7200; path=/; samesite=lax',
          'laravel_session=eyJpdiI6IjQ1NiJ9; expires=Sat, 23 Nov 2026 04:00:00 GMT; Max-Age=7200; path=/; httponly; samesite=lax',
        ],
        'cache-control': 'no-cache, private',
      },
    },
    loadAs: 'xhr',
    expect: {
      code: '419',
      kind: 'client',
      producer: 'Laravel',
      title: 'Page Expired',
      vendor: 'Laravel',
      evidence: 'laravel_session cookie',
    },
    // Chrome withholds Set-Cookie without 'extraHeaders', so the cookie evidence is Firefox-only.
    // Without the cookie only the number points at Laravel, so Chrome names it as a guess.
    expectIn: { chrome: { evidence: undefined, details: ['no header confirms Laravel'], guess: true } },
  },
  {
    id: 'esri-498',
    family: 'esri',
    label: 'ArcGIS REST 498 Invalid Token',
    target: { host: 'gis.esri-site.test', path: '/arcgis/rest/services/Parcels/MapServer/0/query' },
    reply: { kind: 'status', status: 498, headers: { server: 'Microsoft-IIS/10.0' }, contentType: 'application/json' },
    loadAs: 'xhr',
    expect: {
      code: '498',
      kind: 'client',
      producer: 'Esri ArcGIS',
      title: 'Invalid Token',
      vendor: 'Esri ArcGIS',
      evidence: 'path /arcgis/rest/services/Parcels/MapServer/0/query',
    },
  },
  {
    id: 'esri-499',
    family: 'esri',
    label: 'ArcGIS REST 499 Token Required',
    target: { host: 'gis.esri-site.test', path: '/arcgis/rest/services/Roads/FeatureServer/0' },
    reply: { kind: 'status', status: 499, headers: { server: 'Microsoft-IIS/10.0' }, contentType: 'application/json' },
    loadAs: 'fetch',
    expect: {
      code: '499',
      kind: 'client',
      producer: 'Esri ArcGIS',
      title: 'Token Required',
      vendor: 'Esri ArcGIS',
      evidence: 'path /arcgis/rest/services/Roads/FeatureServer/0',
    },
  },
  {
    id: 'kong-404',
    family: 'kong',
    label: 'Kong 404 "no Route matched with those values"',
    target: { host: 'api.kong-site.test', path: '/v2/payments' },
    reply: {
      kind: 'status',
      status: 404,
      headers: {
        server: 'kong/3.8.0',
        'x-kong-response-latency': '0',
        'x-kong-request-id': '5b1c9a7e3d2f4e6a8b0c1d2e3f4a5b6c',
      },
      contentType: 'application/json',
    },
    loadAs: 'xhr',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Kong Gateway',
      title: 'Not Found',
      vendor: 'Kong Gateway',
      evidence: 'x-kong-response-latency header',
    },
  },
  {
    id: 'envoy-503',
    family: 'envoy',
    label: 'Envoy 503 "upstream connect error or disconnect/reset before headers"',
    target: { host: 'svc.envoy-site.test', path: '/graphql' },
    reply: { kind: 'status', status: 503, headers: { server: 'envoy' }, contentType: 'text/plain' },
    loadAs: 'fetch',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Envoy / Istio',
      title: 'Service Unavailable',
      vendor: 'Envoy',
      evidence: 'server header',
    },
  },
  {
    // Envoy adds x-envoy-upstream-service-time only to answers it got from an upstream, so the 503 is the service's
    // own, relayed (envoyproxy.io/docs/envoy/latest/configuration/http/http_filters/router_filter,
    // "x-envoy-upstream-service-time").
    id: 'envoy-503-relayed',
    family: 'envoy',
    label: "A service's own 503 relayed by Envoy (x-envoy-upstream-service-time: 41)",
    target: { host: 'svc.envoy-site.test', path: '/api/orders' },
    reply: {
      kind: 'status',
      status: 503,
      headers: { server: 'envoy', 'x-envoy-upstream-service-time': '41' },
      contentType: 'application/json',
    },
    loadAs: 'xhr',
    expect: {
      code: '503',
      kind: 'server',
      title: 'Service Unavailable',
      producer: "The site's own server",
      vendor: 'Envoy',
      evidence: 'x-envoy-upstream-service-time header',
    },
  },
  {
    id: 'squid-403',
    family: 'squid',
    label: 'Squid proxy 403 ERR_ACCESS_DENIED',
    target: { host: 'intranet.squid-site.test', path: '/reports' },
    reply: {
      kind: 'status',
      status: 403,
      reason: 'Forbidden',
      headers: {
        server: 'squid/6.6',
        'x-squid-error': 'ERR_ACCESS_DENIED 0',
        'x-cache': 'MISS from proxy.corp',
        'x-cache-lookup': 'NONE from proxy.corp:3128',
        via: '1.1 proxy.corp (squid/6.6)',
      },
    },
    loadAs: 'iframe',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Squid',
      title: 'Forbidden',
      vendor: 'Squid',
      evidence: 'x-squid-error header',
      details: ['ERR_ACCESS_DENIED'],
    },
  },
  {
    id: 'spring-420',
    family: 'spring',
    label: 'Spring 420 Method Failure (deprecated WebDAV code)',
    target: { host: 'legacy.spring-site.test', path: '/dav/file' },
    reply: { kind: 'status', status: 420, headers: { 'x-application-context': 'application:production:8080' } },
    loadAs: 'fetch',
    expect: {
      code: '420',
      kind: 'client',
      producer: 'Spring',
      title: 'Method Failure',
      vendor: 'Spring',
      evidence: 'x-application-context header',
    },
  },
  {
    id: 'twitter-420',
    family: 'twitter',
    label: 'Twitter API v1 420 Enhance Your Calm (on api.twitter.com)',
    target: { host: 'api.twitter.com', path: '/1/search.json' },
    reply: { kind: 'status', status: 420, contentType: 'application/json' },
    loadAs: 'fetch',
    expect: {
      code: '420',
      kind: 'client',
      producer: 'Twitter / X API',
      title: 'Enhance Your Calm',
      vendor: 'Twitter / X API',
      evidence: 'host api.twitter.com',
    },
  },
  {
    id: 'linkedin-999',
    family: 'linkedin',
    label: 'LinkedIn 999 Request denied (bot wall, on www.linkedin.com)',
    target: { host: 'www.linkedin.com', path: '/in/someone' },
    reply: { kind: 'status', status: 999, reason: 'Request denied' },
    loadAs: 'iframe',
    expect: {
      code: '999',
      kind: 'odd',
      producer: 'LinkedIn',
      title: 'Request Denied',
      vendor: 'LinkedIn',
      evidence: 'host www.linkedin.com',
    },
  },
  {
    id: 'qualys-529',
    family: 'qualys',
    label: 'SSL Labs API 529 overloaded (on api.ssllabs.com)',
    target: { host: 'api.ssllabs.com', path: '/api/v3/analyze' },
    reply: { kind: 'status', status: 529, contentType: 'application/json' },
    loadAs: 'xhr',
    expect: {
      code: '529',
      kind: 'server',
      producer: 'Qualys SSL Labs API',
      title: 'Site is overloaded',
      vendor: 'Qualys SSL Labs API',
      evidence: 'host api.ssllabs.com',
    },
  },
  {
    id: 'informal-598',
    family: 'informal',
    label: '598 Network read timeout behind a proxy (informal)',
    target: { host: 'www.proxy-site.test', path: '/slow' },
    reply: { kind: 'status', status: 598 },
    loadAs: 'fetch',
    expect: {
      code: '598',
      kind: 'server',
      producer: 'Informal convention',
      guess: true,
      title: 'Network Read Timeout',
      vendor: 'Informal convention',
    },
  },

  {
    id: 'apache-509',
    family: 'apache',
    label: 'Apache 509 Bandwidth Limit Exceeded (shared hosting)',
    target: { host: 'www.apache-site.test', path: '/gallery/photo.jpg' },
    reply: { kind: 'status', status: 509, headers: { server: 'Apache/2.4.62 (Unix) OpenSSL/3.0.15' } },
    loadAs: 'image',
    expect: {
      code: '509',
      kind: 'server',
      producer: 'Apache HTTP Server',
      title: 'Bandwidth Limit Exceeded',
      vendor: 'Apache HTTP Server',
      evidence: 'server header',
    },
  },
  {
    id: 'cpanel-508',
    family: 'cpanel',
    label: 'cPanel / CloudLinux 508 Resource Limit Is Reached',
    target: { host: 'cpanel.shared-host.test', path: '/cgi-sys/defaultwebpage.cgi' },
    reply: { kind: 'status', status: 508, headers: { server: 'cpsrvd/11.118.0.15' } },
    loadAs: 'iframe',
    expect: {
      code: '508',
      kind: 'server',
      producer: 'cPanel / CloudLinux shared hosting',
      title: 'Resource Limit Is Reached',
      vendor: 'cPanel',
      evidence: 'server header',
    },
  },
  {
    id: 'caddy-502',
    family: 'caddy',
    label: 'Caddy 502: reverse_proxy could not reach the upstream',
    target: { host: 'www.caddy-site.test', path: '/api/me' },
    reply: { kind: 'status', status: 502, headers: { server: 'Caddy' } },
    loadAs: 'fetch',
    expect: {
      code: '502',
      kind: 'server',
      producer: 'Caddy',
      title: 'Bad Gateway',
      vendor: 'Caddy',
      evidence: 'server header',
    },
  },
  {
    id: 'microsoft-httpapi-503',
    family: 'microsoft-httpapi',
    label: 'HTTP.sys 503: the application pool is stopped',
    target: { host: 'www.httpapi-site.test', path: '/app/home' },
    reply: { kind: 'status', status: 503, headers: { server: 'Microsoft-HTTPAPI/2.0' } },
    loadAs: 'iframe',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Microsoft HTTP.sys',
      title: 'Service Unavailable',
      vendor: 'Microsoft HTTP.sys',
      evidence: 'server header',
    },
  },
  // Products named by a header with nothing more to say (vendors/products.ts): a few, one per kind of layer.
  {
    id: 'gunicorn-500',
    family: 'gunicorn',
    label: 'gunicorn 500: the Python application failed',
    target: { host: 'www.gunicorn-site.test', path: '/api/orders' },
    reply: { kind: 'status', status: 500, headers: { server: 'gunicorn' } },
    loadAs: 'fetch',
    expect: {
      code: '500',
      kind: 'server',
      producer: 'gunicorn',
      title: 'Internal Server Error',
      vendor: 'gunicorn',
      evidence: 'server header',
    },
  },
  {
    id: 'tomcat-404',
    family: 'tomcat',
    label: 'Tomcat 404 (Server: Apache-Coyote/1.1)',
    target: { host: 'www.tomcat-site.test', path: '/app/missing.png' },
    reply: { kind: 'status', status: 404, headers: { server: 'Apache-Coyote/1.1' } },
    loadAs: 'image',
    expect: {
      code: '404',
      kind: 'client',
      producer: 'Apache Tomcat',
      title: 'Not Found',
      vendor: 'Apache Tomcat',
      evidence: 'server header',
    },
  },
  {
    id: 'kinsta-503',
    family: 'kinsta',
    label: 'A 503 from a site hosted on Kinsta',
    target: { host: 'www.kinsta-site.test', path: '/shop' },
    reply: { kind: 'status', status: 503, headers: { 'x-kinsta-cache': 'BYPASS' } },
    loadAs: 'iframe',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'Kinsta',
      guess: true,
      title: 'Service Unavailable',
      vendor: 'Kinsta',
      evidence: 'x-kinsta-cache header',
    },
  },
  {
    id: 'openresty-500',
    family: 'openresty',
    label: 'OpenResty 500 (a Lua handler failed)',
    target: { host: 'www.openresty-site.test', path: '/lua/handler' },
    reply: { kind: 'status', status: 500, headers: { server: 'openresty/1.25.3.2' } },
    loadAs: 'xhr',
    expect: {
      code: '500',
      kind: 'server',
      producer: 'OpenResty',
      title: 'Internal Server Error',
      vendor: 'OpenResty',
      evidence: 'server header',
    },
  },
  {
    id: 'litespeed-503',
    family: 'litespeed',
    label: 'LiteSpeed 503 (PHP workers exhausted)',
    target: { host: 'www.litespeed-site.test', path: '/wp-admin/admin-ajax.php' },
    reply: { kind: 'status', status: 503, headers: { server: 'LiteSpeed', 'x-litespeed-cache-control': 'no-cache' } },
    loadAs: 'fetch',
    expect: {
      code: '503',
      kind: 'server',
      producer: 'LiteSpeed Web Server',
      title: 'Service Unavailable',
      vendor: 'LiteSpeed',
      evidence: 'server header',
    },
  },
  {
    id: 'iis-500',
    family: 'microsoft-iis',
    label: 'IIS / ASP.NET 500 (an unhandled exception in the application)',
    target: { host: 'www.iis-site.test', path: '/Default.aspx' },
    reply: {
      kind: 'status',
      status: 500,
      reason: 'Internal Server Error',
      headers: { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET', 'x-aspnet-version': '4.0.30319' },
    },
    loadAs: 'iframe',
    expect: {
      code: '500',
      kind: 'server',
      producer: 'Microsoft IIS / ASP.NET',
      title: 'Internal Server Error',
      vendor: 'Microsoft IIS',
      evidence: 'x-powered-by header',
    },
  },
  {
    id: 'zscaler-403',
    family: 'zscaler',
    label: 'Zscaler 403: the corporate proxy blocked the site',
    target: { host: 'www.blocked-by-proxy.test', path: '/' },
    reply: { kind: 'status', status: 403, headers: { server: 'Zscaler/6.2' } },
    loadAs: 'iframe',
    expect: {
      code: '403',
      kind: 'client',
      producer: 'Zscaler Internet Access',
      title: 'Forbidden',
      vendor: 'Zscaler',
      evidence: 'server header',
    },
  },
  {
    id: 'parental-controls-450',
    family: 'microsoft-parental-controls',
    label: '450 Blocked by Windows Parental Controls (no header to go by)',
    target: { host: 'games.parental-site.test', path: '/play' },
    reply: { kind: 'status', status: 450 },
    loadAs: 'fetch',
    expect: {
      code: '450',
      kind: 'client',
      producer: 'Windows Parental Controls',
      guess: true,
      title: 'Blocked by Windows Parental Controls',
      vendor: 'Windows Parental Controls',
    },
  },
  {
    id: 'browser-internal-307',
    family: 'browser-internal',
    label: "307 with Non-Authoritative-Reason: HSTS (the server imitates the browser's own HSTS upgrade redirect)",
    target: { host: 'www.hsts-site.test', path: '/login' },
    reply: {
      kind: 'redirect',
      status: 307,
      to: { host: 'www.hsts-site.test', path: '/login/secure' },
      headers: { 'non-authoritative-reason': 'HSTS' },
    },
    loadAs: 'fetch',
    expect: {
      code: '307',
      kind: 'redirect',
      producer: 'The browser itself',
      title: 'Temporary Redirect',
      vendor: 'The browser itself',
      evidence: 'non-authoritative-reason header',
      chain: '307 → 200',
      details: ['Upgraded to HTTPS by the browser'],
    },
  },
  {
    id: 'browser-internal-307-end',
    family: 'browser-internal',
    label: 'Where the imitated HSTS redirect leads',
    target: { host: 'www.hsts-site.test', path: '/login/secure' },
    reply: { kind: 'status', status: 200 },
    loadAs: 'page',
  },

  // ── Standard codes with something to say ──────────────────────────────────────────────────────
  {
    id: 'rate-limit-429',
    family: 'standard',
    label: '429 Too Many Requests with Retry-After: 120',
    target: { host: 'api.ratelimit-site.test', path: '/v1/search' },
    reply: {
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '120', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' },
      contentType: 'application/json',
    },
    loadAs: 'xhr',
    expect: {
      code: '429',
      kind: 'client',
      producer: "The site's own server",
      title: 'Too Many Requests',
      details: ['Retry-After: 120'],
    },
  },
  {
    id: 'warning-504',
    family: 'standard',
    label: '504 from a cache that could not revalidate (Warning: 111)',
    target: { host: 'www.stale-site.test', path: '/prices.css' },
    reply: {
      kind: 'status',
      status: 504,
      headers: { warning: '111 cache.stale-site.test "Revalidation Failed"', age: '3600' },
    },
    loadAs: 'stylesheet',
    expect: {
      code: '504',
      kind: 'server',
      producer: "The site's own server",
      title: 'Gateway Timeout',
      details: ['Warning header', '111 Revalidation Failed'],
    },
  },
  {
    id: 'odd-437',
    family: 'odd',
    label: 'An unregistered 4xx: 437',
    target: { host: 'www.odd-site.test', path: '/odd-437' },
    reply: { kind: 'status', status: 437 },
    loadAs: 'fetch',
    expect: { code: '437', kind: 'client', producer: "The site's own server", title: 'Unregistered client error code' },
  },
  {
    id: 'odd-999',
    family: 'odd',
    label: '999 with no evidence (not LinkedIn)',
    target: { host: 'www.odd-site.test', path: '/odd-999' },
    reply: { kind: 'status', status: 999 },
    loadAs: 'image',
    expect: {
      code: '999',
      kind: 'odd',
      title: 'Status outside the HTTP range',
      producer: "The site's own server",
      details: ['No header names a product', 'Unlikely here: every LinkedIn response shows host'],
    },
  },
  {
    // 420 Enhance Your Calm is the Twitter API v1's own rate-limit answer (Twitter's 2014 "Error Codes & Responses" page,
    // as cited by en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes): it comes only from Twitter's
    // hosts, so a bare 420 elsewhere is not Twitter's. The engine falls back to Spring's deprecated 420, as a guess.
    id: 'odd-420',
    family: 'odd',
    label: '420 with no evidence on an unrelated host (not Twitter)',
    target: { host: 'api.calm-site.test', path: '/v2/posts' },
    reply: { kind: 'status', status: 420, contentType: 'application/json' },
    loadAs: 'fetch',
    expect: {
      code: '420',
      kind: 'client',
      title: 'Unregistered client error code',
      producer: "The site's own server",
      details: ['Unlikely here: every Twitter / X API response shows host'],
    },
  },
  {
    // 529 "Site is overloaded" is the SSL Labs API's (github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md):
    // only api.ssllabs.com sends it with that meaning.
    id: 'odd-529',
    family: 'odd',
    label: '529 from an unrelated API host (not SSL Labs)',
    target: { host: 'api.busy-site.test', path: '/v1/messages' },
    reply: { kind: 'status', status: 529, contentType: 'application/json' },
    loadAs: 'xhr',
    expect: {
      code: '529',
      kind: 'server',
      title: 'Unregistered server error code',
      producer: "The site's own server",
      details: ['Unlikely here: every Qualys SSL Labs API response shows host'],
    },
  },
  {
    id: 'odd-299',
    family: 'odd',
    label: '299: a 2xx nobody registered (never listed)',
    target: { host: 'www.odd-site.test', path: '/odd-299' },
    reply: { kind: 'status', status: 299 },
    loadAs: 'xhr',
  },
  {
    id: 'ok-200',
    family: 'success',
    label: 'A plain 200 (never listed)',
    target: { host: 'www.ok-site.test', path: '/logo.svg' },
    reply: { kind: 'status', status: 200 },
    loadAs: 'image',
  },

  // ── Redirects ─────────────────────────────────────────────────────────────────────────────────
  {
    id: 'redirect-chain',
    family: 'redirect',
    label: 'A redirect chain across two hosts: 301 → 302 → 200',
    target: { host: 'old.moved-site.test', path: '/promo' },
    reply: { kind: 'redirect', status: 301, to: { host: 'www.new-site.test', path: '/promo' } },
    loadAs: 'image',
    expect: {
      code: '301',
      kind: 'redirect',
      producer: "The site's own server",
      title: 'Moved Permanently',
      chain: '301 → 302 → 200',
    },
  },
  {
    id: 'redirect-chain-hop',
    family: 'redirect',
    label: 'Second hop of the chain',
    target: { host: 'www.new-site.test', path: '/promo' },
    reply: { kind: 'redirect', status: 302, to: { host: 'www.new-site.test', path: '/promo/2026' } },
    loadAs: 'page',
  },
  {
    id: 'redirect-chain-end',
    family: 'redirect',
    label: 'End of the chain',
    target: { host: 'www.new-site.test', path: '/promo/2026' },
    reply: { kind: 'status', status: 200 },
    loadAs: 'page',
  },
  {
    id: 'redirect-loop',
    family: 'redirect',
    label: 'A redirect loop: /a → /b → /a …',
    target: { host: 'loop.redirect-site.test', path: '/a' },
    reply: { kind: 'redirect', status: 302, to: { host: 'loop.redirect-site.test', path: '/b' } },
    loadAs: 'fetch',
    expect: { code: '302', kind: 'network', producer: "The site's own server", chain: 'ERR_TOO_MANY_REDIRECTS loop' },
    expectIn: { firefox: { chain: 'NS_ERROR_REDIRECT_LOOP loop' } },
  },
  {
    id: 'redirect-loop-back',
    family: 'redirect',
    label: 'The other half of the loop',
    target: { host: 'loop.redirect-site.test', path: '/b' },
    reply: { kind: 'redirect', status: 302, to: { host: 'loop.redirect-site.test', path: '/a' } },
    loadAs: 'page',
  },

  // ── Network failures ──────────────────────────────────────────────────────────────────────────
  {
    id: 'dns-failure',
    family: 'network',
    label: 'DNS: the host name does not resolve',
    target: { host: DNS_FAIL_HOST, path: '/widget.js' },
    reply: { kind: 'dns' },
    loadAs: 'script',
    expect: { code: 'ERR_NAME_NOT_RESOLVED', kind: 'network', producer: 'Network', title: 'Site name not found' },
    expectIn: { firefox: { code: 'NS_ERROR_UNKNOWN_HOST' } },
  },
  {
    id: 'connection-refused',
    family: 'network',
    label: 'Connection refused: nothing listens on the port',
    target: { host: 'down.refused-site.test', path: '/api/ping' },
    reply: { kind: 'refused' },
    loadAs: 'fetch',
    expect: {
      code: 'ERR_CONNECTION_REFUSED',
      kind: 'network',
      producer: "The site's own server",
      title: 'Connection refused',
    },
    expectIn: { firefox: { code: 'NS_ERROR_CONNECTION_REFUSED' } },
  },
  {
    id: 'empty-response',
    family: 'network',
    label: 'Empty response: the server hangs up without a byte (nginx return 444)',
    target: { host: 'www.drop-site.test', path: '/banner.svg' },
    reply: { kind: 'drop' },
    loadAs: 'image',
    expect: { code: 'ERR_EMPTY_RESPONSE', kind: 'network', producer: "The site's own server", title: 'Empty response' },
    expectIn: { firefox: { code: 'NS_ERROR_NET_RESET', title: 'Connection reset' } },
  },

  // ── Hostile input ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'hostile',
    family: 'hostile',
    label: 'Markup, control characters and a 10 KB query string in the URL, status line and headers',
    target: { host: 'evil.hostile-site.test', path: `/h/${HOSTILE}/${SCRIPT}` },
    reply: {
      kind: 'raw',
      status: 502,
      reason: `${SCRIPT} Bad\u0001Gateway`,
      rawHeaders: [
        ['server', `nginx ${HOSTILE}`],
        ['x-vercel-error', `${HOSTILE}${SCRIPT}\u0001\u001b[31m\u007f`],
        ['warning', `199 - "${HOSTILE}"`],
        ['x-ctl', 'bell\u0007 esc\u001b[2J del\u007f nul-free'],
        ['retry-after', HOSTILE],
      ],
    },
    loadAs: 'page',
    expect: { code: '502', kind: 'server', producer: 'Vercel', vendor: 'Vercel' },
  },
  // ── The page a tab shows (e2e/page-lifecycle.test.ts) ─────────────────────────────────────────────
  // Pages the back/forward cache may keep (no `no-store`), each with a missing image; and a page that
  // prerenders the next one (Chrome's speculation rules), whose image is missing too.
  ...lifecyclePage('bfcache-a', '/bfcache/a', '<a id="next" href="/bfcache/b">B</a>'),
  ...lifecyclePage('bfcache-b', '/bfcache/b', '<a id="back" href="/bfcache/a">A</a>'),
  ...lifecyclePage(
    'prerender-start',
    '/prerender/start',
    '<script type="speculationrules">{"prerender":[{"source":"list","urls":["/prerender/next"]}]}</script><a id="next" href="/prerender/next">next</a>',
  ),
  ...lifecyclePage('prerender-next', '/prerender/next', ''),
  ...lifecyclePage(
    'download-start',
    '/download/start',
    '<a id="file" href="/download/file.csv">file</a> <a id="moved" href="/download/moved">moved</a>',
  ),
  {
    id: 'download-file',
    family: 'page-lifecycle',
    label: 'A file the browser downloads: the tab stays on its page',
    target: { host: LIFECYCLE_HOST, path: '/download/file.csv' },
    reply: {
      kind: 'status',
      status: 200,
      contentType: 'text/csv',
      headers: { 'content-disposition': 'attachment; filename="file.csv"' },
    },
    loadAs: 'part',
  },
  {
    id: 'download-moved',
    family: 'page-lifecycle',
    label: 'A link that redirects to a download',
    target: { host: LIFECYCLE_HOST, path: '/download/moved' },
    reply: { kind: 'redirect', status: 302, to: { host: LIFECYCLE_HOST, path: '/download/file.csv' } },
    loadAs: 'part',
  },
  {
    id: 'prerender-start-later-missing',
    family: 'page-lifecycle',
    label: 'What the prerendering page itself fails to fetch later',
    target: { host: LIFECYCLE_HOST, path: '/prerender/start-later.png' },
    reply: { kind: 'status', status: 404 },
    loadAs: 'part',
  },
];

/** Only the scenarios the popup must list, per browser, with the per-browser differences applied. */
export function expectationFor(s: Scenario, browser: BrowserName): Expectation | undefined {
  if (!s.expect) return undefined;
  return { ...s.expect, ...s.expectIn?.[browser] };
}

export const scenarioById = (id: string): Scenario => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
};

/** The long query string the hostile scenario's URL carries (about 10 KB, with markup and controls). */
export const hostileQuery = (): string => {
  const chunk = encodeURIComponent(`${HOSTILE}${SCRIPT}"'\u0001\u001b`);
  return `q=${chunk.repeat(Math.ceil(10_240 / chunk.length)).slice(0, 10_240)}`;
};
