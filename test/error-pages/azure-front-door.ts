import type { ErrorPage } from './page';

const ref = '0oWp/agAAAACgxkv6zUgCSo5/BnzS7rDqTEFYMzExMDAwMTExMDUxAEVkZ2U=';

/** Front Door's own error page: its heading, one short line, and the request's reference string as bare text. */
export const azureFrontDoorUnavailable: ErrorPage = {
  id: 'azure-front-door-unavailable',
  status: 503,
  headers: {
    'content-type': 'text/html',
    'cache-control': 'no-store',
    'x-azure-ref': ref,
    'x-cache': 'CONFIG_NOCACHE',
  },
  html: `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Our services aren't available right now</title>
<style>body{font-family:"Segoe UI",sans-serif;margin:40px}h2{font-weight:normal}</style></head>
<body><h2>Our services aren't available right now</h2><p>We're on it; please check again in a little while.</p>${ref}</body></html>
`,
  expect: { title: 'Service Unavailable', who: 'Azure Front Door' },
};
