import { describe, expect, it } from 'vitest';
import {
  itDecodes,
  itFindsOnPages,
  itNamesTheMakerFromItsPage,
  matchHeader,
  matchOne,
  pageFindsIn,
  pageMarkIds,
  readPage,
  itWritesEveryTextInBothLanguages,
} from '../test-helpers';
import { decide } from '../decide';
import { explain } from '../explain';
import { observe } from '../observation';
import { rules } from '../rules-data';
import { nginx } from './nginx';
import { nginxBadGateway, nginxBehindCdn, nginxPlainHttpToHttps } from '../../../test/error-pages/nginx';
import { openrestyBadGateway } from '../../../test/error-pages/openresty';

describe('nginx fingerprint', () => {
  it.each(['nginx', 'nginx/1.25.3', 'nginx/1.18.0 (Ubuntu)', 'NGINX'])('matches Server: %s', (value) => {
    const m = matchHeader(nginx, 'server', value);
    expect(m?.hits[0]?.name).toBe('server');
  });

  it.each(['openresty', 'nginx-proxy-manager', 'tengine', 'xnginx'])(
    'does not match the near miss Server: %s',
    (value) => {
      expect(matchHeader(nginx, 'server', value)).toBeUndefined();
    },
  );

  it('does not match a header that merely mentions nginx elsewhere', () => {
    expect(matchHeader(nginx, 'x-powered-by', 'nginx')).toBeUndefined();
  });
});

describe('nginx Server header and the layer that answered', () => {
  it('nginx’s own 502 page and a relayed one carry the same Server value, so it is not marked as made by the server itself', () => {
    const m = matchOne(nginx, observe({ statusCode: 502, headers: { server: 'nginx/1.25.3' } }));
    expect(m?.hits[0]?.fingerprint.id).toBe('server');
    expect(m?.generated).toBe(false);
    expect(m?.relayed).toBe(false);
  });
});

// nginx source (ngx_http_request.h) and the seed lists: 495 and 496 are searched for as "SSL Certificate Error" and
// "SSL Certificate Required".
describe('nginx 495 and 496 titles', () => {
  it.each([
    [495, /^SSL Certificate Error \(nginx\)$/, /SSL-сертификат/],
    [496, /^SSL Certificate Required \(nginx\)$/, /SSL-сертификат/],
  ])('titles %i with the name people search for', (code, en, ru) => {
    const m = nginx.codes.find((c) => c.code === code);
    expect(m?.title.en).toMatch(en);
    expect(m?.title.ru).toMatch(ru);
  });
});

// nginx logs 499 when the client closed the connection and sends nothing: a browser that received a 499 got it from
// something else, so nginx's Server header must not make nginx's 499 a confident reading or nginx its maker.
describe('a 499 that reached the browser with Server: nginx', () => {
  const obs = observe({ statusCode: 499, headers: { server: 'nginx/1.25.3' } });

  it('is offered as nginx’s 499 without confidence, with the other reading beside it and the reason said', () => {
    const ex = explain(obs);
    expect(ex.meaningId).toBe('nginx.499');
    expect(ex.confidence).not.toBe('high');
    expect(ex.ambiguous).toBe(true);
    expect(ex.candidates.map((c) => c.meaningId)).toContain('esri.499');
    expect(ex.notes[0]?.text).toMatch(/browser never sees that 499/);
    expect(ex.notes[0]?.text).toMatch(/Esri ArcGIS/);
    expect(explain(obs, 'ru').notes[0]?.text).toMatch(/браузер этот 499 не видит/);
  });

  it('does not call the 499 nginx’s own code: the response is put on nginx as the server it passed, not as its maker', () => {
    const v = decide(obs, 499, rules);
    expect(v.producer.reason.kind).not.toBe('own-code');
    expect(v.producer.confidence).not.toBe('high');
    expect(explain(obs).producer.why).not.toMatch(/nginx's own/);
  });

  it('gives an ArcGIS REST path behind nginx to Esri’s 499 (token required)', () => {
    const ex = explain(
      observe({
        statusCode: 499,
        url: 'https://gis.example.test/arcgis/rest/services/Roads/MapServer',
        headers: { server: 'nginx' },
      }),
    );
    expect(ex.meaningId).toBe('esri.499');
    expect(ex.producer.vendor?.id).toBe('esri');
  });
});

// nginx's built-in error pages (nginx source, src/http/ngx_http_special_response.c), shaped in test/error-pages/nginx.ts.
describe('nginx error page', () => {
  itFindsOnPages('finds the signature under the rule, with the version, and the line that names a 400', [
    [nginxBadGateway, [{ id: 'nginx.page-tail', value: 'nginx/1.25.3' }]],
    [nginxBehindCdn, [{ id: 'nginx.page-tail', value: 'nginx' }]],
    [
      nginxPlainHttpToHttps,
      [
        { id: 'nginx.page-tail', value: 'nginx/1.24.0 (Ubuntu)' },
        { id: 'nginx.page-400-detail', value: 'The plain HTTP request was sent to HTTPS port' },
      ],
    ],
  ]);

  itNamesTheMakerFromItsPage([nginxBadGateway, nginxBehindCdn, nginxPlainHttpToHttps], { confidence: 'high' });

  it('behind a CDN that writes its own Server header, only the page names nginx', () => {
    const bare = readPage(nginxBehindCdn, '<html><body>Gateway Timeout</body></html>');
    expect(bare.producer.vendor?.name).not.toBe('nginx');
    expect(readPage(nginxBehindCdn).producer.vendor?.name).toBe('nginx');
  });

  it('names the case of a 400 that nginx logs as 497 and keeps the general 400 meaning', () => {
    const ex = readPage(nginxPlainHttpToHttps);
    expect(ex.meaningId).toBe('std.400');
    expect(ex.decoded[0]).toMatchObject({
      header: 'page-400',
      onPage: true,
      value: 'The plain HTTP request was sent to HTTPS port',
    });
  });

  // Each row is titled by the code nginx logs for it.
  itDecodes(
    nginx,
    'page-400',
    [
      ['Request Header Or Cookie Too Large', '494'],
      ['The SSL certificate error', '495'],
      ['No required SSL certificate was sent', '496'],
      ['The plain HTTP request was sent to HTTPS port', '497'],
    ],
    (row, _value, id) => expect(row.title.en).toMatch(new RegExp(`\\(${id}\\)$`)),
  );

  it('does not take prose, a blog post or another product’s page of the same shape for nginx’s', () => {
    const prose = `<html><body><h1>Fixing 502 Bad Gateway</h1>
      <p>The page said 502 Bad Gateway, and under a line it read nginx/1.25.3.</p>
      <p>400 Bad Request The plain HTTP request was sent to HTTPS port nginx</p></body></html>`;
    expect(pageFindsIn(prose)).toEqual([]);
    const cloudflareStyle = nginxBadGateway.html.replace('nginx/1.25.3', 'cloudflare');
    expect(pageFindsIn(cloudflareStyle)).toEqual([]);
    const tengine = nginxBadGateway.html.replace('nginx/1.25.3', 'Tengine/2.3.3');
    expect(pageFindsIn(tengine)).toEqual([]);
    expect(pageMarkIds(openrestyBadGateway.html)).toEqual(['openresty.page-tail']);
    const openrestyBadRequest = nginxPlainHttpToHttps.html.replace('nginx/1.24.0 (Ubuntu)', 'openresty');
    expect(pageMarkIds(openrestyBadRequest)).toEqual(['openresty.page-tail']);
  });

  itWritesEveryTextInBothLanguages(nginx);
});
