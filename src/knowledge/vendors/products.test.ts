import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { matchVendors } from '../match';
import { observe } from '../observation';
import { expectBilingual, matchHeader } from '../test-helpers';
import { vendors } from './index';
import { type ProductRow, patternOf, productSays, products, productVendor, productVendors } from './products';

/** A value each product really sends in its header (from the row's source); presence rows get a typical one. */
const samples: Readonly<Record<string, string>> = {
  gunicorn: 'gunicorn/21.2.0',
  uvicorn: 'uvicorn',
  hypercorn: 'hypercorn-h11',
  daphne: 'Daphne',
  werkzeug: 'Werkzeug/3.0.1 Python/3.12.1',
  tornado: 'TornadoServer/6.4',
  cherrypy: 'CherryPy/18.9.0',
  'twisted-web': 'TwistedWeb/23.10.0',
  waitress: 'waitress',
  'python-http-server': 'SimpleHTTP/0.6 Python/3.12.1',
  zope: 'Zope/(2.13.29, python 2.7.18, linux2) ZServer/1.1',
  tomcat: 'Apache-Coyote/1.1',
  jetty: 'Jetty(9.4.53.v20231009)',
  glassfish: 'GlassFish Server Open Source Edition  4.1.2',
  weblogic: 'WebLogic Server 12.2.1.4.0',
  websphere: 'WebSphere Application Server/8.5',
  resin: 'Resin/4.0.66',
  'akka-http': 'akka-http/10.2.10',
  'ibm-http-server': 'IBM_HTTP_Server/9.0.5.18',
  'oracle-http-server': 'Oracle-HTTP-Server',
  'oracle-iplanet': 'Oracle-iPlanet-Web-Server/7.0',
  domino: 'Lotus-Domino',
  express: 'Express',
  nextjs: 'Next.js',
  sails: 'Sails <sailsjs.com>',
  hono: 'Hono',
  passenger: 'Phusion Passenger(R) 6.0.19',
  webrick: 'WEBrick/1.8.1 (Ruby/3.2.2/2023-03-30)',
  mongrel: 'Mongrel 1.1.5',
  roadrunner: 'RoadRunner',
  openswoole: 'OpenSwoole 22.1.2',
  hhvm: 'HHVM/4.172.1',
  mojolicious: 'Mojolicious (Perl)',
  dancer: 'Perl Dancer 1.3514',
  starlet: 'Plack::Handler::Starlet',
  snap: 'Snap/1.1.3.3',
  warp: 'Warp/3.3.31',
  yaws: 'Yaws 2.1.1',
  mochiweb: 'MochiWeb/1.0 (Any of you quaids got a smint?)',
  oatpp: 'oatpp/1.3.0',
  indy: 'Indy/9.0.11',
  couchdb: 'CouchDB/3.3.3 (Erlang OTP/24)',
  minio: 'MinIO',
  'azure-blob-storage': 'Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
  'alibaba-oss': '65F0A8B2C1D3E4F5A6B7C8D9',
  directadmin: 'DirectAdmin Daemon v1.65.0',
  webmin: 'MiniServ/2.105',
  'nginx-unit': 'Unit/1.32.1',
  tengine: 'Tengine/2.3.3',
  angie: 'Angie/1.5.0',
  lighttpd: 'lighttpd/1.4.73',
  cherokee: 'Cherokee/1.2.104 (Ubuntu)',
  h2o: 'h2o/2.2.6',
  hiawatha: 'Hiawatha v11.5',
  monkey: 'Monkey/1.6.9',
  thttpd: 'thttpd/2.29 23May2018',
  'mini-httpd': 'mini_httpd/1.30 26Oct2018',
  goahead: 'GoAhead-Webs/2.5.0',
  'openbsd-httpd': 'OpenBSD httpd',
  xitami: 'Xitami/5.0a0',
  aolserver: 'AOLserver/4.5.1',
  kangle: 'kangle/3.5.21.16',
  'apache-traffic-server': 'ATS/9.2.3',
  nghttpx: 'nghttpx nghttp2/1.41.0',
  ezproxy: 'EZproxy',
  watchguard: 'WatchGuard',
  sonicwall: 'SonicWALL',
  apisix: 'APISIX/3.8.0',
  'ibm-datapower': 'FAIL FAIL',
  webseal: 'WebSEAL/10.0.6.0',
  arr: 'ARR/3.0',
  'ovhcloud-lb': '3b5e1f0a-5c1e-4b6e-9b0e-1d2c3b4a5f6e',
  arvancloud: 'ArvanCloud',
  edgeone: 'TencentEdgeOne',
  gcore: 'ed-up-gc29',
  azion: 'Azion IMS',
  cachefly: 'CFS 0213',
  gocache: 'gocache',
  airee: 'Airee',
  'section-io': '4b4e9c1f',
  chinacache: '1.0',
  qiniu: '1',
  vergecloud: 'vergecloud',
  mizbancloud: 'MizbanCloud',
  sotoon: 'Sotoon CDN',
  'dorsa-cloud': 'Dorsa Cloud',
  'derak-cloud': 'DERAK.CLOUD',
  statically: 'statically',
  'hostinger-cdn': 'hcdn',
  twicpics: 'TwicPics/2.8.1',
  datadome: 'protected',
  variti: '1',
  imunify360: 'imunify360-webshield/1.21',
  'yandex-smartcaptcha': 'captcha',
  dosarrest: '8a2f6c1e',
  greywizard: 'greywizard',
  yunjiasu: 'yunjiasu-nginx',
  jiasule: 'jiasule-WAF',
  yundun: 'YUNDUN',
  wangzhanbao: '2d8f1a',
  anquanbao: 'MISS',
  'huawei-cloud-waf': 'HuaweiCloudWAF',
  uewaf: 'uewaf/4.0.3',
  safedog: 'Safedog',
  bluedon: 'BDWAF',
  nsfocus: 'NSFocus',
  newdefend: 'Newdefend',
  reblaze: 'Reblaze Secure Web Gateway',
  wallarm: 'nginx-wallarm',
  'radware-appwall': '0x0',
  indusguard: 'IF_WAF',
  'wp-engine': 'WP Engine',
  kinsta: 'HIT',
  'platform-sh': 'main-bvxea6i-abc',
  pagely: 'Pagely',
  cloudways: 'CLOUDWAYS-CACHE-DE',
  acquia: 'prod',
  flywheel: 'Flywheel/5.1.0',
  pressable: 'Pressable',
  'wordpress-vip': 'WordPress VIP <https://wpvip.com>',
  'wordpress-com': 'WordPress.com',
  nexcess: 'web01.a1b2c3d4.nxcli.net',
  'liquid-web': 'HIT',
  seravo: 'Seravo',
  'elementor-cloud': 'Elementor Cloud',
  strattic: 'Strattic',
  plesk: 'PleskLin',
  hostinger: 'hostinger',
  lagoon: 'drupal>main',
  zeabur: 'hkg1::abc',
  brimble: 'Brimble',
  replit: 'global',
  pythonanywhere: 'PythonAnywhere',
  squarespace: 'Squarespace',
  wix: '1700000000.123456789',
};

/** Near misses for the rows matched by an explicit pattern rather than a token. */
const patternMisses: Readonly<Record<string, readonly string[]>> = {
  'nginx-unit': ['Unit', 'Units/1.32.1', 'Unit/x', 'MyUnit/1.0'],
  'ibm-datapower': ['OKAY', 'FAILED', 'ok-ish', ''],
  gcore: ['ed-up-gc2', 'ed-up-gc299', 'gc29', 'ed-up-cg29', 'ed up-gc29'],
  nexcess: ['nxcli.net.example', 'web01.nxcli.network', 'nxcli.net', 'web01.nxclixnet'],
};

const headerOf = (row: ProductRow): string => (row.header ?? 'server').toLowerCase();
const tokensOf = (row: ProductRow): readonly string[] =>
  typeof row.match === 'string' ? [row.match] : Array.isArray(row.match) ? row.match : [];
const byId = new Map(products.map((row) => [row.id, row]));

/** Vendor ids, among every vendor, that a response with this one header matches. */
const claimants = (name: string, value: string): string[] =>
  matchVendors(vendors, observe({ headers: [{ name, value }] })).map((m) => m.vendor.id);

describe('the product table', () => {
  it('has at least 110 rows, each with a sample value', () => {
    expect(products.length).toBeGreaterThanOrEqual(110);
    expect(products.filter((row) => samples[row.id] === undefined).map((row) => row.id)).toEqual([]);
    expect(Object.keys(samples).filter((id) => !byId.has(id))).toEqual([]);
  });

  it('gives every row a kebab-case id, a name, a description in both languages and a source', () => {
    for (const row of products) {
      expect(row.id, row.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(row.name.trim(), row.id).not.toBe('');
      expect(row.what.en.trim(), row.id).not.toBe('');
      expect(row.what.ru, row.id).toMatch(/[а-яё]/i);
      expect(row.source.title.trim(), row.id).not.toBe('');
      expect(row.source.url, row.id).toMatch(/^https:\/\//);
    }
  });

  it('keeps ids unique across all vendors, and registers every row as a vendor', () => {
    const ids = vendors.map((v) => v.id);
    expect(ids.length).toBe(new Set(ids).size);
    for (const row of products) expect(ids).toContain(row.id);
  });

  it('derives a token row’s pattern from the escaped token, anchored at the start', () => {
    expect(patternOf('gunicorn')?.source).toBe('^gunicorn(?:$|[/ (;])');
    expect(patternOf(['Next.js', 'a+b'])?.source).toBe('^(?:Next\\.js|a\\+b)(?:$|[/ (;])');
    expect(patternOf('Next.js')?.test('Nextxjs')).toBe(false);
    expect(patternOf(null)).toBeUndefined();
  });
});

describe.each(products.map((row) => [row.id, row] as const))('product %s', (_id, row) => {
  const vendor = productVendor(row);
  const name = headerOf(row);
  const value = samples[row.id] ?? '';

  it('matches its own sample value', () => {
    const m = matchHeader(vendor, name, value);
    expect(m?.hits[0]?.name).toBe(name);
    expect(m?.hits[0]?.fingerprint.weight).toBe('strong');
  });

  it('rejects near misses', () => {
    if (row.match instanceof RegExp) expect(patternMisses[row.id], 'near misses listed').toBeDefined();
    if (row.match === null) {
      expect(matchHeader(vendor, `${name}-x`, value)).toBeUndefined();
      return;
    }
    const misses = row.match instanceof RegExp ? [...(patternMisses[row.id] ?? [])] : [`x${value}`, 'nginx', ''];
    for (const token of tokensOf(row)) misses.push(`${token}x`, `${token}-x/1.0`, `x${token}`, `${token.slice(0, -1)}`);
    for (const miss of misses) expect(matchHeader(vendor, name, miss), miss).toBeUndefined();
    if (name !== 'via') expect(matchHeader(vendor, 'via', value)).toBeUndefined();
  });

  it('is the only vendor that claims its sample value', () => {
    expect(claimants(name, value)).toEqual([row.id]);
  });
});

describe('the sentence template', () => {
  it('writes every row’s sign in both languages, with the header and the name in each', () => {
    for (const row of products) {
      const says = productSays(row);
      expectBilingual([says]);
      const header = row.header ?? 'Server';
      for (const text of [says.en, says.ru]) {
        expect(text, row.id).toContain(header);
        expect(text, row.id).toContain(row.name);
        expect(text, row.id).not.toMatch(/[{}]/);
      }
      expect(says.en, row.id).toContain(row.what.en);
      expect(says.ru, row.id).toContain(row.what.ru);
    }
  });

  it('says a Server token names the product, and a header present is a sign of it', () => {
    const gunicorn = byId.get('gunicorn');
    const kinsta = byId.get('kinsta');
    if (!gunicorn || !kinsta) throw new Error('missing rows');
    expect(productSays(gunicorn).en).toBe(
      'The Server header names gunicorn, the Python application server (WSGI): it answered this request.',
    );
    expect(productSays(gunicorn).ru).toBe(
      'Заголовок Server называет gunicorn — сервер приложений на Python (WSGI): ответ на запрос пришёл от gunicorn.',
    );
    expect(productSays(kinsta).en).toMatch(/^The X-Kinsta-Cache header is a sign of Kinsta, /);
    expect(productSays(kinsta).ru).toMatch(/^Заголовок X-Kinsta-Cache — признак Kinsta \(/);
  });

  it('tells a layer in front of the site from the site’s own software', () => {
    const says = (id: string) => productSays(byId.get(id) as ProductRow).en;
    expect(says('arvancloud')).toMatch(/the site is behind this service/);
    expect(says('apache-traffic-server')).toMatch(/went through this proxy/);
    expect(says('wp-engine')).toMatch(/hosted on this platform/);
  });

  it('becomes the vendor’s one fingerprint, with no prose anywhere else in it', () => {
    for (const v of productVendors) {
      expect(v.fingerprints).toHaveLength(1);
      expect(v.codes).toEqual([]);
      expect(v.notes).toBeUndefined();
      expect(v.decoders).toBeUndefined();
    }
  });
});

describe('a 500 with Server: gunicorn', () => {
  const obs = observe({ statusCode: 500, headers: { server: 'gunicorn/21.2.0' } });

  it('is credited to gunicorn, as the site’s own server', () => {
    const ex = explain(obs);
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor).toEqual({ id: 'gunicorn', name: 'gunicorn', role: 'origin' });
    expect(ex.producer.why).toMatch(/gunicorn/);
    expect(ex.producer.evidence[0]?.says).toMatch(/Python application server/);
    expect(ex.seen.map((s) => s.vendor.id)).toEqual(['gunicorn']);
  });

  it('says so in Russian too', () => {
    const ex = explain(obs, 'ru');
    expect(ex.producer.vendor?.id).toBe('gunicorn');
    expect(ex.producer.evidence[0]?.says).toMatch(/сервер приложений на Python/);
  });

  it('behind a CDN, still names gunicorn as the one that answered', () => {
    const ex = explain(observe({ statusCode: 500, headers: { server: 'gunicorn', via: '1.1 varnish' } }));
    expect(ex.producer.vendor?.id).toBe('gunicorn');
  });
});

describe('matching stays linear on hostile values', () => {
  const hostile = (row: ProductRow): string[] => {
    const token = tokensOf(row)[0] ?? 'a';
    return [
      'a'.repeat(5000),
      `${token}${'x'.repeat(5000 - token.length)}`,
      `${'-gc'.repeat(1666)}-g`,
      `${'-'.repeat(4990)}-gc1x`,
      ` ${token}`.repeat(Math.ceil(5000 / (token.length + 1))).slice(0, 5000),
    ];
  };

  it('tests every row’s pattern against 5000-character values quickly', () => {
    const start = performance.now();
    for (const row of products) {
      const re = patternOf(row.match);
      if (!re) continue;
      for (const value of hostile(row)) for (let i = 0; i < 10; i++) re.test(value);
    }
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('keeps explicit patterns free of nested quantifiers', () => {
    const nested = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{?]/;
    for (const row of products)
      if (row.match instanceof RegExp) expect(nested.test(row.match.source), row.id).toBe(false);
  });
});

describe('conflicts with the other vendors', () => {
  // Server values that several products start alike: each belongs to exactly one vendor.
  it.each([
    ['Apache', 'apache'],
    ['Apache/2.4.58 (Ubuntu)', 'apache'],
    ['Apache-Coyote/1.1', 'tomcat'],
    ['ATS/9.2.3', 'apache-traffic-server'],
    ['ApacheTrafficServer/4.2.3', 'apache-traffic-server'],
    ['nginx/1.25.3', 'nginx'],
    ['nginx-wallarm', 'wallarm'],
    ['openresty/1.25.3.1', 'openresty'],
    ['Tengine/2.3.3', 'tengine'],
    ['Angie/1.5.0', 'angie'],
    ['Microsoft-IIS/10.0', 'microsoft-iis'],
    ['Microsoft-HTTPAPI/2.0', 'microsoft-httpapi'],
    ['Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0', 'azure-blob-storage'],
    ['Kestrel', 'microsoft-iis'],
    ['LiteSpeed', 'litespeed'],
    ['Werkzeug/3.0.1 Python/3.12.1', 'werkzeug'],
    ['SimpleHTTP/0.6 Python/3.12.1', 'python-http-server'],
  ])('Server: %s belongs to %s alone', (value, id) => {
    expect(claimants('server', value)).toEqual([id]);
  });

  // Every string in the other vendors' tests that a row's pattern accepts, in that row's header, is claimed by
  // that row alone: no row takes a value another vendor's test expects to be its own.
  it('claims no value of another vendor’s tests', () => {
    const dir = fileURLToPath(new URL('./', import.meta.url));
    const literals = new Set<string>();
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.test.ts') || file === 'products.test.ts') continue;
      for (const [, s] of readFileSync(`${dir}${file}`, 'utf8').matchAll(/'((?:[^'\\\n]|\\.){1,200})'/g))
        if (s) literals.add(s);
    }
    const shared: string[] = [];
    for (const row of products) {
      const re = patternOf(row.match);
      if (!re) continue;
      for (const value of literals) {
        if (!re.test(value)) continue;
        const who = claimants(headerOf(row), value);
        if (who.join() !== row.id) shared.push(`${row.id}: ${value} → ${who.join(', ')}`);
      }
    }
    expect(shared).toEqual([]);
  });
});
