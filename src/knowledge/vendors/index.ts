/** Every vendor file, in alphabetical order of file name. A data test checks none is missing. */
import type { Vendor } from '../types';
import { akamai } from './akamai';
import { anthropic } from './anthropic';
import { apache } from './apache';
import { awsApiGateway } from './aws-api-gateway';
import { awsCloudfront } from './aws-cloudfront';
import { awsElb } from './aws-elb';
import { awsS3 } from './aws-s3';
import { azureAppService } from './azure-app-service';
import { azureApplicationGateway } from './azure-application-gateway';
import { azureFrontDoor } from './azure-front-door';
import { browserInternal } from './browser-internal';
import { bunnyCdn } from './bunny-cdn';
import { caddy } from './caddy';
import { cdn77 } from './cdn77';
import { cloudflare } from './cloudflare';
import { cpanel } from './cpanel';
import { ddosGuard } from './ddos-guard';
import { denoDeploy } from './deno-deploy';
import { edgio } from './edgio';
import { envoy } from './envoy';
import { esri } from './esri';
import { f5Bigip } from './f5-bigip';
import { fastly } from './fastly';
import { firebaseHosting } from './firebase-hosting';
import { fly } from './fly';
import { githubApi } from './github-api';
import { githubPages } from './github-pages';
import { google } from './google';
import { haproxy } from './haproxy';
import { heroku } from './heroku';
import { imperva } from './imperva';
import { informal } from './informal';
import { keycdn } from './keycdn';
import { kong } from './kong';
import { laravel } from './laravel';
import { linkedin } from './linkedin';
import { litespeed } from './litespeed';
import { microsoftExchange } from './microsoft-exchange';
import { microsoftHttpapi } from './microsoft-httpapi';
import { microsoftIis } from './microsoft-iis';
import { microsoftParentalControls } from './microsoft-parental-controls';
import { modsecurity } from './modsecurity';
import { netlify } from './netlify';
import { nginx } from './nginx';
import { openai } from './openai';
import { openresty } from './openresty';
import { pantheon } from './pantheon';
import { productVendors } from './products';
import { qrator } from './qrator';
import { qualys } from './qualys';
import { railway } from './railway';
import { render } from './render';
import { shopify } from './shopify';
import { spring } from './spring';
import { squid } from './squid';
import { sucuri } from './sucuri';
import { traefik } from './traefik';
import { twitter } from './twitter';
import { varnish } from './varnish';
import { vercel } from './vercel';
import { wordfence } from './wordfence';
import { zscaler } from './zscaler';

export const vendors: readonly Vendor[] = [
  akamai,
  anthropic,
  apache,
  awsApiGateway,
  awsCloudfront,
  awsElb,
  awsS3,
  azureAppService,
  azureApplicationGateway,
  azureFrontDoor,
  browserInternal,
  bunnyCdn,
  caddy,
  cdn77,
  cloudflare,
  cpanel,
  ddosGuard,
  denoDeploy,
  edgio,
  envoy,
  esri,
  f5Bigip,
  fastly,
  firebaseHosting,
  fly,
  githubApi,
  githubPages,
  google,
  haproxy,
  heroku,
  imperva,
  informal,
  keycdn,
  kong,
  laravel,
  linkedin,
  litespeed,
  microsoftExchange,
  microsoftHttpapi,
  microsoftIis,
  microsoftParentalControls,
  modsecurity,
  netlify,
  nginx,
  openai,
  openresty,
  pantheon,
  qrator,
  qualys,
  railway,
  render,
  shopify,
  spring,
  squid,
  sucuri,
  traefik,
  twitter,
  varnish,
  vercel,
  wordfence,
  zscaler,
  // The products known only by a header that names them: one row each in products.ts.
  ...productVendors,
];
