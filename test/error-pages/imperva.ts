import type { ErrorPage } from './page';

/** Imperva's block page: one full-size iframe from /_Incapsula_Resource, its fallback text naming the incident. */
const page = (incident: string, xinfo: string): string =>
  `<html style="height:100%"><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW">` +
  `<meta name="format-detection" content="telephone=no"><meta name="viewport" content="initial-scale=1.0">` +
  `<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"></head><body style="margin:0px;height:100%">` +
  `<iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=9&xinfo=${encodeURIComponent(xinfo)}` +
  `&incident_id=${incident}&edet=12&cinfo=04000000&rpinfo=0&mth=GET" frameborder=0 width="100%" height="100%" ` +
  `marginheight="0px" marginwidth="0px">Request unsuccessful. Incapsula incident ID: ${incident}</iframe></body></html>`;

const xinfo = '11-48502131-0 0NNN RT(1731924900123 35) q(0 -1 -1 -1) r(0 -1) B12(4,315,0) U18';

/** A request stopped by a security rule of the site's Imperva account. */
export const impervaBlocked: ErrorPage = {
  id: 'imperva-incident',
  status: 403,
  headers: {
    'content-type': 'text/html',
    'cache-control': 'no-cache, no-store',
    connection: 'close',
    'x-cdn': 'Imperva',
    'x-iinfo': xinfo,
  },
  html: page('123000010123456789-123456789012345678', xinfo),
  expect: { title: 'Forbidden', who: 'Imperva (Incapsula)' },
};
