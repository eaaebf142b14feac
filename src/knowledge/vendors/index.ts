/** Every vendor file, in alphabetical order of file name. A data test checks none is missing. */
import type { Vendor } from '../types';
import { akamai } from './akamai';
import { apache } from './apache';
import { awsApiGateway } from './aws-api-gateway';
import { awsCloudfront } from './aws-cloudfront';
import { awsElb } from './aws-elb';
import { awsS3 } from './aws-s3';
import { azureAppService } from './azure-app-service';
import { azureFrontDoor } from './azure-front-door';
import { browserInternal } from './browser-internal';
import { caddy } from './caddy';
import { cloudflare } from './cloudflare';
import { cpanel } from './cpanel';
import { ddosGuard } from './ddos-guard';
import { envoy } from './envoy';
import { esri } from './esri';
import { fastly } from './fastly';
import { fly } from './fly';
import { githubPages } from './github-pages';
import { google } from './google';
import { heroku } from './heroku';
import { imperva } from './imperva';
import { informal } from './informal';
import { kong } from './kong';
import { laravel } from './laravel';
import { linkedin } from './linkedin';
import { litespeed } from './litespeed';
import { microsoftExchange } from './microsoft-exchange';
import { microsoftIis } from './microsoft-iis';
import { microsoftParentalControls } from './microsoft-parental-controls';
import { netlify } from './netlify';
import { nginx } from './nginx';
import { openresty } from './openresty';
import { pantheon } from './pantheon';
import { qualys } from './qualys';
import { shopify } from './shopify';
import { spring } from './spring';
import { squid } from './squid';
import { sucuri } from './sucuri';
import { twitter } from './twitter';
import { varnish } from './varnish';
import { vercel } from './vercel';
import { zscaler } from './zscaler';

export const vendors: readonly Vendor[] = [
  akamai,
  apache,
  awsApiGateway,
  awsCloudfront,
  awsElb,
  awsS3,
  azureAppService,
  azureFrontDoor,
  browserInternal,
  caddy,
  cloudflare,
  cpanel,
  ddosGuard,
  envoy,
  esri,
  fastly,
  fly,
  githubPages,
  google,
  heroku,
  imperva,
  informal,
  kong,
  laravel,
  linkedin,
  litespeed,
  microsoftExchange,
  microsoftIis,
  microsoftParentalControls,
  netlify,
  nginx,
  openresty,
  pantheon,
  qualys,
  shopify,
  spring,
  squid,
  sucuri,
  twitter,
  varnish,
  vercel,
  zscaler,
];
