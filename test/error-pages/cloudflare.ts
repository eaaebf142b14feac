import type { ErrorPage } from './page';

/** The top and foot of a Cloudflare error page, around its number, its name and its Ray ID. */
const page = (code: string, name: string, ray: string): string => `<!DOCTYPE html>
<html lang="en-US"><head><title>${name} | site.example | Cloudflare</title>
<meta charset="UTF-8"></head>
<body><div id="cf-wrapper"><div id="cf-error-details" class="p-0">
<header class="mx-auto pt-10 lg:pt-6 lg:px-8 w-240 lg:w-full mb-15 antialiased">
  <h1 class="inline-block md:block mr-2 md:mb-2 font-light text-60 md:text-3xl text-black-dark leading-tight">
    <span data-translate="error">Error</span>
    <span class="cf-error-code">${code}</span>
  </h1>
  <span class="inline-block md:block heading-ray-id font-mono text-15 lg:text-sm lg:leading-relaxed">Ray ID: ${ray} &bull;</span>
  <h2 class="text-gray-600 leading-1.3 text-3xl lg:text-2xl font-light">${name}</h2>
</header>
<section class="w-240 lg:w-full mx-auto mb-8 lg:px-8"><div class="w-1/2 md:w-full">
  <h2 class="text-3xl leading-tight font-normal mb-4 text-black-dark antialiased">What happened?</h2>
  <p>You've requested a page on a website that is on the Cloudflare network.</p>
</div></section>
<div class="cf-error-footer cf-wrapper w-240 lg:w-full py-10 sm:py-4 sm:px-8 mx-auto text-center sm:text-left border-solid border-0 border-t border-gray-300">
  <p class="text-13">
    <span class="cf-footer-item sm:block sm:mb-1">Cloudflare Ray ID: <strong class="font-semibold">${ray}</strong></span>
    <span class="cf-footer-separator sm:hidden">&bull;</span>
    <span class="cf-footer-item sm:block sm:mb-1">Performance &amp; security by Cloudflare</span>
  </p>
</div></div></div></body></html>`;

export const cloudflareOriginDns: ErrorPage = {
  id: 'cloudflare-1016',
  status: 530,
  headers: { server: 'cloudflare', 'cf-ray': '8e2f4a6b1c3d5e7f-AMS', 'content-type': 'text/html; charset=UTF-8' },
  html: page('1016', 'Origin DNS error', '8e2f4a6b1c3d5e7f'),
  expect: { title: 'Origin DNS error (1016)', who: 'Cloudflare' },
};

/** A Cloudflare 403 block page: the same page with 1020, under a status that alone would be ambiguous. */
export const cloudflareFirewall: ErrorPage = {
  id: 'cloudflare-1020',
  status: 403,
  headers: { server: 'cloudflare', 'cf-ray': '8e2f4a6b1c3d5e80-FRA', 'content-type': 'text/html; charset=UTF-8' },
  html: page('1020', 'Access denied', '8e2f4a6b1c3d5e80'),
  expect: { title: 'Access denied by a firewall rule (1020)', who: 'Cloudflare' },
};
