/**
 * Products that a response header names and that have nothing more to say than that: no codes of their own,
 * no decoders, no notes. Naming them is still worth it ("gunicorn answered: the Python application server
 * itself made this 500"), so each is one row here, expanded below into an ordinary Vendor with one
 * fingerprint whose words come from one sentence template. A product with more to say gets its own file.
 *
 * How a row is matched, always in linear time:
 * - a token (or a few): the header's value starts with it, in any case, followed by its end, "/", a space,
 *   "(" or ";" — so "gunicorn/21.2.0" and "Jetty(9.4.53)" match and "gunicornx" does not;
 * - a RegExp, only where a token cannot say it, without nested quantifiers;
 * - null: the header's presence alone, for a header name only that product sends.
 *
 * Sources: the header each product sends, as recorded by public fingerprint sets — Wappalyzer's technology
 * data as kept up by enthec/webappanalyzer, the wafw00f WAF plugins and the WhatWeb plugins — or, for a
 * product those sets miss, its own documentation or source code.
 */
import { header } from '../signals';
import { t } from '../text';
import type { Role, Source, Text, Vendor, Weight } from '../types';

/** The layers a product named by a header can be. */
export type ProductRole = Extract<Role, 'origin' | 'cdn' | 'proxy' | 'load-balancer' | 'gateway' | 'platform'>;

export interface ProductRow {
  /** Kebab-case, unique across all vendors; the vendor id. */
  readonly id: string;
  readonly name: string;
  readonly role: ProductRole;
  /** The header as people write it ("X-Powered-By"); Server when absent. */
  readonly header?: string;
  /** Product token(s) at the start of the value, an explicit pattern, or null for the header's presence. */
  readonly match: string | readonly string[] | RegExp | null;
  /** What the product is, as it follows its name: "the Python application server". */
  readonly what: Text;
  readonly source: Source;
  readonly weight?: Weight;
  /** Codes the product makes by itself, when its role's default list is wrong for it. */
  readonly makes?: readonly number[];
  /** A site builder or static host: the platform is the site's server. */
  readonly servesSite?: boolean;
}

/** A technology of Wappalyzer's fingerprint data, in the file named after its first letter. */
const wap = (tech: string): Source => {
  const first = tech[0]?.toLowerCase() ?? '_';
  return {
    title: `Wappalyzer technology fingerprints (enthec/webappanalyzer): ${tech}`,
    url: `https://github.com/enthec/webappanalyzer/blob/main/src/technologies/${/[a-z]/.test(first) ? first : '_'}.json`,
  };
};
/** A wafw00f detection plugin. */
const waf = (plugin: string): Source => ({
  title: `wafw00f WAF fingerprints: plugins/${plugin}.py`,
  url: `https://github.com/EnableSecurity/wafw00f/blob/master/wafw00f/plugins/${plugin}.py`,
});
/** A WhatWeb plugin. */
const whatweb = (plugin: string): Source => ({
  title: `WhatWeb fingerprints: plugins/${plugin}.rb`,
  url: `https://github.com/urbanadventurer/WhatWeb/blob/master/plugins/${plugin}.rb`,
});

// One product a row: formatted by hand, so the table stays a table.
// biome-ignore format: a table
export const products: readonly ProductRow[] = [
  // Python
  { id: 'gunicorn', name: 'gunicorn', role: 'origin', match: 'gunicorn', source: wap('gunicorn'),
    what: t('the Python application server (WSGI)', 'сервер приложений на Python (WSGI)') },
  { id: 'uvicorn', name: 'Uvicorn', role: 'origin', match: 'uvicorn', source: wap('Uvicorn'),
    what: t('an ASGI server for Python applications', 'ASGI-сервер для приложений на Python') },
  { id: 'hypercorn', name: 'Hypercorn', role: 'origin', match: ['hypercorn-h11', 'hypercorn-h2', 'hypercorn-h3'], source: wap('Hypercorn'),
    what: t('an ASGI and WSGI server for Python', 'ASGI- и WSGI-сервер для Python') },
  { id: 'daphne', name: 'Daphne', role: 'origin', match: 'Daphne', source: wap('Daphne'),
    what: t('the ASGI server made for Django Channels', 'ASGI-сервер, созданный для Django Channels') },
  { id: 'werkzeug', name: 'Werkzeug', role: 'origin', match: 'Werkzeug', source: wap('Flask'),
    what: t('the development server of Flask and other Python WSGI apps, not built for production traffic', 'dev-сервер Flask и других WSGI-приложений на Python, не рассчитанный на продакшен-трафик') },
  { id: 'tornado', name: 'Tornado', role: 'origin', match: 'TornadoServer', source: wap('TornadoServer'),
    what: t('the asynchronous Python web framework and server', 'асинхронный веб-фреймворк и сервер на Python') },
  { id: 'cherrypy', name: 'CherryPy', role: 'origin', match: 'CherryPy', source: wap('CherryPy'),
    what: t('the minimalist Python web framework with its own server', 'минималистичный веб-фреймворк на Python со своим сервером') },
  { id: 'twisted-web', name: 'Twisted Web', role: 'origin', match: 'TwistedWeb', source: wap('TwistedWeb'),
    what: t('the web server of the Twisted networking engine for Python', 'веб-сервер сетевого движка Twisted на Python') },
  { id: 'waitress', name: 'Waitress', role: 'origin', match: 'waitress',
    source: { title: 'Waitress documentation: Arguments to waitress.serve (ident, the Server header value, "waitress" by default)', url: 'https://docs.pylonsproject.org/projects/waitress/en/latest/arguments.html' },
    what: t('a WSGI server written in pure Python', 'WSGI-сервер, написанный целиком на Python') },
  { id: 'python-http-server', name: 'Python http.server', role: 'origin', match: 'SimpleHTTP', source: wap('SimpleHTTP'),
    what: t('the basic file server of the Python standard library, meant for testing', 'простой файловый сервер из стандартной библиотеки Python, предназначенный для тестов') },
  { id: 'zope', name: 'Zope', role: 'origin', match: 'Zope', source: wap('Zope'),
    what: t('the Python web application server that Plone runs on', 'сервер веб-приложений на Python, на котором работает Plone') },

  // Java and the JVM
  { id: 'tomcat', name: 'Apache Tomcat', role: 'origin', match: 'Apache-Coyote', source: wap('Apache Tomcat'),
    what: t('the Java servlet container (Coyote is its HTTP connector)', 'контейнер сервлетов на Java (Coyote — его HTTP-коннектор)') },
  { id: 'jetty', name: 'Eclipse Jetty', role: 'origin', match: 'Jetty', source: wap('Jetty'),
    what: t('the Java web server and servlet container', 'веб-сервер и контейнер сервлетов на Java') },
  { id: 'glassfish', name: 'GlassFish', role: 'origin', match: 'GlassFish', source: wap('GlassFish'),
    what: t('the Jakarta EE application server', 'сервер приложений Jakarta EE') },
  { id: 'weblogic', name: 'Oracle WebLogic Server', role: 'origin', match: 'WebLogic Server', source: wap('Weblogic Server'),
    what: t('the Java EE application server from Oracle', 'сервер приложений Java EE от Oracle') },
  { id: 'websphere', name: 'IBM WebSphere Application Server', role: 'origin', match: 'WebSphere Application Server', source: whatweb('ibm-websphere'),
    what: t('the Java EE application server from IBM', 'сервер приложений Java EE от IBM') },
  { id: 'resin', name: 'Resin', role: 'origin', match: 'Resin', source: wap('Resin'),
    what: t('the Java application server from Caucho', 'сервер приложений на Java от Caucho') },
  { id: 'akka-http', name: 'Akka HTTP', role: 'origin', match: 'akka-http', source: wap('Akka HTTP'),
    what: t('the HTTP server of the Akka toolkit for Scala and Java', 'HTTP-сервер из набора Akka для Scala и Java') },

  // Vendors' web servers in front of their application servers
  { id: 'ibm-http-server', name: 'IBM HTTP Server', role: 'origin', match: 'IBM_HTTP_Server', source: wap('IBM HTTP Server'),
    what: t('the Apache-based web server from IBM, usually in front of WebSphere', 'веб-сервер IBM на основе Apache, обычно стоящий перед WebSphere') },
  { id: 'oracle-http-server', name: 'Oracle HTTP Server', role: 'origin', match: 'Oracle-HTTP-Server', source: wap('Oracle HTTP Server'),
    what: t('the Apache-based web server of Oracle Fusion Middleware', 'веб-сервер Oracle Fusion Middleware на основе Apache') },
  { id: 'oracle-iplanet', name: 'Oracle iPlanet Web Server', role: 'origin', match: ['Oracle-iPlanet-Web-Server', 'iPlanet-WebServer-Enterprise'], source: whatweb('oracle-iplanet'),
    what: t('the web server once sold as Sun ONE and Netscape Enterprise Server', 'веб-сервер, который раньше назывался Sun ONE и Netscape Enterprise Server') },
  { id: 'domino', name: 'HCL Domino', role: 'origin', match: 'Lotus-Domino', source: wap('HCL Domino'),
    what: t('the application and mail server formerly called Lotus Domino', 'сервер приложений и почты, раньше называвшийся Lotus Domino') },

  // JavaScript
  { id: 'express', name: 'Express', role: 'origin', header: 'X-Powered-By', match: 'Express', source: wap('Express'),
    what: t('the Node.js web framework', 'веб-фреймворк для Node.js') },
  { id: 'nextjs', name: 'Next.js', role: 'origin', header: 'X-Powered-By', match: 'Next.js', source: wap('Next.js'),
    what: t("the React framework that runs the site's server code", 'фреймворк на React, который выполняет серверный код сайта') },
  { id: 'sails', name: 'Sails.js', role: 'origin', header: 'X-Powered-By', match: 'Sails', source: wap('Sails.js'),
    what: t('the MVC framework for Node.js', 'MVC-фреймворк для Node.js') },
  { id: 'hono', name: 'Hono', role: 'origin', header: 'X-Powered-By', match: 'Hono', source: wap('Hono'),
    what: t('a small web framework for JavaScript runtimes and edge platforms', 'небольшой веб-фреймворк для JavaScript-рантаймов и edge-платформ') },

  // Ruby, PHP, Perl and others
  { id: 'passenger', name: 'Phusion Passenger', role: 'origin', header: 'X-Powered-By', match: 'Phusion Passenger', source: wap('Phusion Passenger'),
    what: t('the application server for Ruby, Python and Node.js apps', 'сервер для приложений на Ruby, Python и Node.js') },
  { id: 'webrick', name: 'WEBrick', role: 'origin', match: 'WEBrick', source: wap('WEBrick'),
    what: t('the simple Ruby web server, mostly used in development', 'простой веб-сервер на Ruby, который обычно используют при разработке') },
  { id: 'mongrel', name: 'Mongrel', role: 'origin', match: 'Mongrel', source: wap('Mongrel'),
    what: t('an early Ruby web server', 'один из первых веб-серверов на Ruby') },
  { id: 'roadrunner', name: 'RoadRunner', role: 'origin', match: 'RoadRunner', source: wap('RoadRunner'),
    what: t('the PHP application server written in Go', 'сервер приложений для PHP, написанный на Go') },
  { id: 'openswoole', name: 'OpenSwoole', role: 'origin', match: 'OpenSwoole', source: wap('OpenSwoole'),
    what: t('the asynchronous server engine for PHP', 'асинхронный серверный движок для PHP') },
  { id: 'hhvm', name: 'HHVM', role: 'origin', header: 'X-Powered-By', match: 'HHVM', source: wap('HHVM'),
    what: t('the virtual machine from Meta that runs Hack and PHP', 'виртуальная машина от Meta, которая исполняет Hack и PHP') },
  { id: 'mojolicious', name: 'Mojolicious', role: 'origin', match: 'Mojolicious', source: wap('Mojolicious'),
    what: t('the real-time web framework for Perl', 'веб-фреймворк реального времени для Perl') },
  { id: 'dancer', name: 'Dancer', role: 'origin', match: 'Perl Dancer', source: wap('Dancer'),
    what: t('the lightweight Perl web framework', 'лёгкий веб-фреймворк для Perl') },
  { id: 'starlet', name: 'Starlet', role: 'origin', match: 'Plack::Handler::Starlet', source: wap('Starlet'),
    what: t('a PSGI server for Perl applications', 'PSGI-сервер для приложений на Perl') },
  { id: 'snap', name: 'Snap', role: 'origin', match: 'Snap', source: wap('Snap'),
    what: t('the Haskell web framework', 'веб-фреймворк на Haskell') },
  { id: 'warp', name: 'Warp', role: 'origin', match: 'Warp', source: wap('Warp'),
    what: t('the Haskell web server under Yesod and many Servant apps', 'веб-сервер на Haskell, на котором работают Yesod и многие приложения на Servant') },
  { id: 'yaws', name: 'Yaws', role: 'origin', match: 'Yaws', source: wap('Yaws'),
    what: t('a web server written in Erlang', 'веб-сервер, написанный на Erlang') },
  { id: 'mochiweb', name: 'MochiWeb', role: 'origin', match: 'MochiWeb', source: wap('MochiWeb'),
    what: t('an Erlang library for building HTTP servers', 'библиотека на Erlang для создания HTTP-серверов') },
  { id: 'oatpp', name: 'Oat++', role: 'origin', match: 'oatpp', source: wap('Oat++'),
    what: t('a C++ web framework', 'веб-фреймворк на C++') },
  { id: 'indy', name: 'Indy', role: 'origin', match: 'Indy', source: wap('Indy'),
    what: t('the HTTP server component of Delphi applications', 'компонент HTTP-сервера в приложениях на Delphi') },

  // Services that answer HTTP themselves
  { id: 'couchdb', name: 'Apache CouchDB', role: 'origin', match: 'CouchDB', source: wap('CouchDB'),
    what: t('a document database that answers over HTTP itself', 'документная база данных, которая сама отвечает по HTTP') },
  { id: 'minio', name: 'MinIO', role: 'origin', match: 'MinIO',
    source: { title: 'MinIO source: setCommonHeaders sets Server to "MinIO" (cmd/api-headers.go)', url: 'https://github.com/minio/minio/blob/master/cmd/api-headers.go' },
    what: t('an S3-compatible object storage server', 'S3-совместимое объектное хранилище') },
  { id: 'azure-blob-storage', name: 'Azure Blob Storage', role: 'origin', match: 'Windows-Azure-Blob', source: wap('Azure'),
    what: t('the object storage of Microsoft Azure', 'объектное хранилище Microsoft Azure') },
  { id: 'alibaba-oss', name: 'Alibaba Cloud OSS', role: 'origin', header: 'X-OSS-Request-Id', match: null, source: wap('Alibaba Cloud Object Storage Service'),
    what: t('the object storage of Alibaba Cloud', 'объектное хранилище Alibaba Cloud') },
  { id: 'directadmin', name: 'DirectAdmin', role: 'origin', match: 'DirectAdmin Daemon', source: wap('DirectAdmin'),
    what: t('the built-in server of the DirectAdmin hosting panel', 'встроенный сервер панели хостинга DirectAdmin') },
  { id: 'webmin', name: 'Webmin', role: 'origin', match: 'MiniServ', source: wap('MiniServ'),
    what: t('the built-in server (MiniServ) of the Webmin admin panel', 'встроенный сервер (MiniServ) панели администрирования Webmin') },

  // Web servers
  { id: 'nginx-unit', name: 'NGINX Unit', role: 'origin', match: /^Unit\/\d/i,
    source: { title: 'NGINX Unit documentation: Configuration, settings (server_version: the version in the Server header)', url: 'https://unit.nginx.org/configuration/#settings' },
    what: t('the application server from the nginx team', 'сервер приложений от команды nginx') },
  { id: 'tengine', name: 'Tengine', role: 'origin', match: 'Tengine', source: wap('Tengine'),
    what: t("Alibaba's nginx-based web server, also used on Alibaba Cloud's CDN", 'веб-сервер Alibaba на основе nginx; на нём же работает CDN Alibaba Cloud') },
  { id: 'angie', name: 'Angie', role: 'origin', match: 'Angie', source: wap('Angie'),
    what: t('the nginx fork made by former nginx developers', 'форк nginx, созданный бывшими разработчиками nginx') },
  { id: 'lighttpd', name: 'lighttpd', role: 'origin', match: 'lighttpd', source: wap('lighttpd'),
    what: t('the lightweight web server common on devices and small sites', 'лёгкий веб-сервер, распространённый на устройствах и небольших сайтах') },
  { id: 'cherokee', name: 'Cherokee', role: 'origin', match: 'Cherokee', source: wap('Cherokee'),
    what: t('a web server configured through its own web interface', 'веб-сервер, который настраивают через собственный веб-интерфейс') },
  { id: 'h2o', name: 'H2O', role: 'origin', match: 'h2o', source: wap('H2O'),
    what: t('an optimised HTTP/1, HTTP/2 and HTTP/3 server', 'оптимизированный сервер HTTP/1, HTTP/2 и HTTP/3') },
  { id: 'hiawatha', name: 'Hiawatha', role: 'origin', match: 'Hiawatha', source: wap('Hiawatha'),
    what: t('a web server built with security in mind', 'веб-сервер, созданный с упором на безопасность') },
  { id: 'monkey', name: 'Monkey', role: 'origin', match: 'Monkey', source: wap('Monkey HTTP Server'),
    what: t('a small web server for embedded Linux', 'небольшой веб-сервер для встраиваемого Linux') },
  { id: 'thttpd', name: 'thttpd', role: 'origin', match: 'thttpd', source: wap('thttpd'),
    what: t('a tiny web server often found on devices', 'крошечный веб-сервер, который часто встречается на устройствах') },
  { id: 'mini-httpd', name: 'mini_httpd', role: 'origin', match: 'mini_httpd', source: wap('mini_httpd'),
    what: t('a small web server by the author of thttpd', 'небольшой веб-сервер от автора thttpd') },
  { id: 'goahead', name: 'GoAhead', role: 'origin', match: 'GoAhead-Webs', source: whatweb('goahead-web'),
    what: t('the embedded web server inside routers, cameras and other devices', 'встраиваемый веб-сервер в роутерах, камерах и других устройствах') },
  { id: 'openbsd-httpd', name: 'OpenBSD httpd', role: 'origin', match: 'OpenBSD httpd', source: wap('OpenBSD httpd'),
    what: t('the web server that comes with OpenBSD', 'веб-сервер, входящий в OpenBSD') },
  { id: 'xitami', name: 'Xitami', role: 'origin', match: 'Xitami', source: wap('Xitami'),
    what: t('an old portable web server from iMatix', 'старый переносимый веб-сервер от iMatix') },
  { id: 'aolserver', name: 'AOLserver', role: 'origin', match: 'AOLserver', source: wap('AOLserver'),
    what: t('the Tcl-scripted web server from AOL', 'веб-сервер AOL со скриптами на Tcl') },
  { id: 'kangle', name: 'kangle', role: 'origin', match: 'kangle', source: wap('Kangle'),
    what: t('a Chinese web server and reverse proxy', 'китайский веб-сервер и обратный прокси') },

  // Proxies, gateways and load balancers
  { id: 'apache-traffic-server', name: 'Apache Traffic Server', role: 'proxy', match: ['ATS', 'ApacheTrafficServer'], source: wap('Apache Traffic Server'),
    what: t('the caching proxy that CDNs and large sites run', 'кэширующий прокси, на котором работают CDN и крупные сайты') },
  { id: 'nghttpx', name: 'nghttpx', role: 'proxy', match: 'nghttpx', source: wap('nghttpx - HTTP/2 proxy'),
    what: t('the HTTP/2 reverse proxy of the nghttp2 project', 'обратный прокси HTTP/2 из проекта nghttp2') },
  { id: 'ezproxy', name: 'EZproxy', role: 'proxy', match: 'EZproxy', source: wap('EZproxy'),
    what: t("OCLC's proxy that lets library users reach paid resources", 'прокси OCLC, через который читатели библиотек попадают на платные ресурсы') },
  { id: 'watchguard', name: 'WatchGuard', role: 'proxy', match: 'WatchGuard', source: waf('watchguard'),
    what: t('the network firewall, which shows its own block pages', 'сетевой файрвол, который показывает собственные страницы блокировки') },
  { id: 'sonicwall', name: 'SonicWall', role: 'proxy', match: 'SonicWALL', source: waf('sonicwall'),
    what: t('the network firewall and its content filter', 'сетевой файрвол и его фильтр содержимого') },
  { id: 'apisix', name: 'Apache APISIX', role: 'gateway', match: 'APISIX', source: wap('Apache APISIX'),
    what: t('the API gateway built on OpenResty', 'API-шлюз на основе OpenResty') },
  { id: 'ibm-datapower', name: 'IBM DataPower Gateway', role: 'gateway', header: 'X-Backside-Transport', match: /^(?:OK|FAIL)(?:$| )/i, source: waf('ibmdatapower'),
    what: t('the IBM gateway appliance for APIs and web services', 'шлюз IBM для API и веб-сервисов') },
  { id: 'webseal', name: 'IBM WebSEAL', role: 'gateway', match: 'WebSEAL', source: waf('webseal'),
    what: t('the IBM reverse proxy that checks sign-in before the site', 'обратный прокси IBM, который проверяет вход до сайта') },
  { id: 'arr', name: 'Application Request Routing', role: 'load-balancer', header: 'X-Powered-By', match: 'ARR', source: wap('Application Request Routing'),
    what: t('the IIS extension that balances and proxies requests', 'расширение IIS для балансировки и проксирования запросов') },
  { id: 'ovhcloud-lb', name: 'OVHcloud Load Balancer', role: 'load-balancer', header: 'X-IPLB-Request-ID', match: null, source: wap('OVHcloud'),
    what: t('the load balancer of OVHcloud', 'балансировщик нагрузки OVHcloud') },

  // CDNs
  { id: 'arvancloud', name: 'ArvanCloud', role: 'cdn', match: 'ArvanCloud', source: wap('ArvanCloud'),
    what: t('the Iranian CDN and security service', 'иранский CDN и сервис защиты') },
  { id: 'edgeone', name: 'Tencent EdgeOne', role: 'cdn', match: 'TencentEdgeOne', source: wap('EdgeOne'),
    what: t('the CDN and security service of Tencent Cloud', 'CDN и сервис защиты Tencent Cloud') },
  { id: 'gcore', name: 'Gcore', role: 'cdn', header: 'X-ID', match: /^[\w-]+-gc\d\d$/i, source: wap('Gcore'),
    what: t('the CDN and DDoS protection service based in Luxembourg', 'CDN и сервис защиты от DDoS-атак из Люксембурга') },
  { id: 'azion', name: 'Azion', role: 'cdn', match: 'Azion', source: wap('Azion'),
    what: t('the Brazilian edge computing platform and CDN', 'бразильская платформа граничных вычислений и CDN') },
  { id: 'cachefly', name: 'CacheFly', role: 'cdn', match: 'CFS', source: wap('CacheFly'),
    what: t('a CDN service running since 1999', 'CDN-сервис, работающий с 1999 года') },
  { id: 'gocache', name: 'GoCache', role: 'cdn', match: 'gocache', source: wap('GoCache'),
    what: t('the Brazilian CDN and WAF', 'бразильский CDN и WAF') },
  { id: 'airee', name: 'Airee', role: 'cdn', match: 'Airee', source: wap('Airee'),
    what: t('the Russian CDN and DDoS protection service', 'российский CDN и сервис защиты от DDoS-атак') },
  { id: 'section-io', name: 'Section', role: 'cdn', header: 'Section-IO-Id', match: null, source: wap('Section.io'),
    what: t('the edge hosting and CDN platform', 'платформа edge-хостинга и CDN') },
  { id: 'chinacache', name: 'ChinaCache', role: 'cdn', header: 'Powered-By-ChinaCache', match: null, source: waf('chinacache'),
    what: t('the Chinese CDN provider', 'китайский CDN-провайдер') },
  { id: 'qiniu', name: 'Qiniu CDN', role: 'cdn', header: 'X-Qiniu-CDN', match: null, source: waf('qiniu'),
    what: t('the CDN of the Qiniu cloud', 'CDN облака Qiniu') },
  { id: 'vergecloud', name: 'VergeCloud', role: 'cdn', match: 'vergecloud', source: wap('VergeCloud'),
    what: t('a CDN and DDoS protection service', 'CDN и сервис защиты от DDoS-атак') },
  { id: 'mizbancloud', name: 'MizbanCloud', role: 'cdn', match: 'MizbanCloud', source: wap('MizbanCloud'),
    what: t('the Iranian CDN and cloud service', 'иранский CDN и облачный сервис') },
  { id: 'sotoon', name: 'Sotoon', role: 'cdn', match: 'Sotoon', source: wap('Sotoon'),
    what: t('the CDN of the Iranian Sotoon cloud', 'CDN иранского облака Sotoon') },
  { id: 'dorsa-cloud', name: 'Dorsa Cloud', role: 'cdn', match: 'Dorsa Cloud', source: wap('Dorsa Cloud'),
    what: t('a CDN and cloud provider', 'CDN и облачный провайдер') },
  { id: 'derak-cloud', name: 'DERAK.CLOUD', role: 'cdn', match: 'DERAK.CLOUD', source: wap('DERAK.CLOUD'),
    what: t('a CDN with DDoS protection', 'CDN с защитой от DDoS-атак') },
  { id: 'statically', name: 'Statically', role: 'cdn', match: 'statically', source: wap('Statically'),
    what: t('the free CDN for open-source files and images', 'бесплатный CDN для файлов открытых проектов и изображений') },
  { id: 'hostinger-cdn', name: 'Hostinger CDN', role: 'cdn', match: 'hcdn', source: wap('Hostinger CDN'),
    what: t('the CDN of the Hostinger web host', 'CDN хостинга Hostinger') },
  { id: 'twicpics', name: 'TwicPics', role: 'cdn', match: 'TwicPics', source: wap('TwicPics'),
    what: t('the image and video optimisation CDN', 'CDN для оптимизации изображений и видео') },

  // Bot shields, DDoS protection and WAFs
  { id: 'datadome', name: 'DataDome', role: 'cdn', header: 'X-DataDome', match: null, source: wap('DataDome'), makes: [403],
    what: t('the bot protection service', 'сервис защиты от ботов') },
  { id: 'variti', name: 'Variti', role: 'cdn', header: 'X-Variti-CCR', match: null, source: wap('Variti'),
    what: t('the bot and DDoS protection service', 'сервис защиты от ботов и DDoS-атак') },
  { id: 'imunify360', name: 'Imunify360', role: 'cdn', match: 'imunify360-webshield', source: wap('Imunify360'), makes: [403, 429],
    what: t('the server firewall of CloudLinux hosts, which shows its own captcha and block pages', 'серверный файрвол хостингов на CloudLinux, который сам показывает капчу и страницы блокировки') },
  { id: 'yandex-smartcaptcha', name: 'Yandex SmartCaptcha', role: 'cdn', header: 'X-Yandex-Captcha', match: null, source: wap('Yandex SmartCaptcha'), makes: [403, 429],
    what: t('the captcha service of Yandex Cloud', 'сервис капчи Yandex Cloud') },
  { id: 'dosarrest', name: 'DOSarrest', role: 'cdn', header: 'X-DIS-Request-ID', match: null, source: waf('dosarrest'),
    what: t('the DDoS protection service', 'сервис защиты от DDoS-атак') },
  { id: 'greywizard', name: 'Grey Wizard', role: 'cdn', match: 'greywizard', source: waf('greywizard'),
    what: t('the Polish DDoS protection and WAF service', 'польский сервис защиты от DDoS-атак и WAF') },
  { id: 'yunjiasu', name: 'Baidu Yunjiasu', role: 'cdn', match: ['yunjiasu-nginx', 'yunjiasu'], source: waf('baidu'),
    what: t('the site acceleration and protection service of Baidu', 'сервис ускорения и защиты сайтов от Baidu') },
  { id: 'jiasule', name: 'Jiasule', role: 'cdn', match: 'jiasule-WAF', source: waf('jiasule'),
    what: t('the Chinese cloud WAF and acceleration service', 'китайский облачный WAF и сервис ускорения') },
  { id: 'yundun', name: 'Yundun', role: 'cdn', match: 'YUNDUN', source: waf('yundun'),
    what: t('the Chinese cloud security service', 'китайский облачный сервис защиты') },
  { id: 'wangzhanbao', name: '360 Wangzhan Bao', role: 'cdn', header: 'WZWS-Ray', match: null, source: waf('wzb360'),
    what: t('the website protection service of 360', 'сервис защиты сайтов от компании 360') },
  { id: 'anquanbao', name: 'Anquanbao', role: 'cdn', header: 'X-Powered-By-Anquanbao', match: null, source: waf('anquanbao'),
    what: t('the Chinese cloud website protection service', 'китайский облачный сервис защиты сайтов') },
  { id: 'huawei-cloud-waf', name: 'Huawei Cloud WAF', role: 'cdn', match: 'HuaweiCloudWAF', source: waf('huaweicloud'),
    what: t('the web application firewall of Huawei Cloud', 'файрвол веб-приложений Huawei Cloud') },
  { id: 'uewaf', name: 'UCloud UEWaf', role: 'cdn', match: 'uewaf', source: waf('uewaf'),
    what: t('the web application firewall of UCloud', 'файрвол веб-приложений UCloud') },
  { id: 'safedog', name: 'Safedog', role: 'cdn', match: 'Safedog', source: waf('safedog'),
    what: t('the Chinese WAF installed on the web server', 'китайский WAF, установленный на веб-сервере') },
  { id: 'bluedon', name: 'Bluedon WAF', role: 'cdn', match: 'BDWAF', source: waf('bluedon'),
    what: t('the web application firewall from Bluedon', 'файрвол веб-приложений от Bluedon') },
  { id: 'nsfocus', name: 'NSFOCUS WAF', role: 'cdn', match: 'NSFocus', source: waf('nsfocus'),
    what: t('the web application firewall from NSFOCUS', 'файрвол веб-приложений от NSFOCUS') },
  { id: 'newdefend', name: 'Newdefend', role: 'cdn', match: 'Newdefend', source: waf('newdefend'),
    what: t('a cloud WAF service', 'облачный WAF-сервис') },
  { id: 'reblaze', name: 'Reblaze', role: 'cdn', match: 'Reblaze Secure Web Gateway', source: waf('reblaze'),
    what: t('the cloud WAF and bot protection service', 'облачный WAF и сервис защиты от ботов') },
  { id: 'wallarm', name: 'Wallarm', role: 'cdn', match: 'nginx-wallarm', source: waf('wallarm'), makes: [403],
    what: t('the API and application protection filter inside nginx', 'фильтр защиты API и приложений внутри nginx') },
  { id: 'radware-appwall', name: 'Radware AppWall', role: 'cdn', header: 'X-SL-CompState', match: null, source: waf('radware'),
    what: t('the web application firewall from Radware', 'файрвол веб-приложений от Radware') },
  { id: 'indusguard', name: 'Indusface IndusGuard', role: 'cdn', match: 'IF_WAF', source: waf('indusguard'),
    what: t('the web application firewall from Indusface', 'файрвол веб-приложений от Indusface') },

  // Hosting platforms
  { id: 'wp-engine', name: 'WP Engine', role: 'platform', header: 'X-Powered-By', match: 'WP Engine', source: wap('WP Engine'),
    what: t('the managed WordPress host', 'управляемый хостинг для WordPress') },
  { id: 'kinsta', name: 'Kinsta', role: 'platform', header: 'X-Kinsta-Cache', match: null, source: wap('Kinsta'),
    what: t('the managed WordPress host on Google Cloud', 'управляемый хостинг WordPress на Google Cloud') },
  { id: 'platform-sh', name: 'Platform.sh', role: 'platform', header: 'X-Platform-Router', match: null, source: wap('Platform.sh'),
    what: t('the application hosting platform, now called Upsun', 'платформа для хостинга приложений, ныне Upsun') },
  { id: 'pagely', name: 'Pagely', role: 'platform', match: 'Pagely', source: wap('Pagely'),
    what: t('the managed WordPress host for large sites', 'управляемый хостинг WordPress для крупных сайтов') },
  { id: 'cloudways', name: 'Cloudways', role: 'platform', header: 'Cache-Provider', match: 'CLOUDWAYS-CACHE-DE', source: wap('Cloudways'),
    what: t('the managed cloud hosting owned by DigitalOcean', 'управляемый облачный хостинг, принадлежащий DigitalOcean') },
  { id: 'acquia', name: 'Acquia Cloud Platform', role: 'platform', header: 'X-AH-Environment', match: null, source: wap('Acquia Cloud Platform'),
    what: t('the Drupal hosting platform', 'хостинг-платформа для Drupal') },
  { id: 'flywheel', name: 'Flywheel', role: 'platform', header: 'X-FW-Server', match: 'Flywheel', source: wap('Flywheel'),
    what: t('the WordPress host owned by WP Engine', 'хостинг WordPress, принадлежащий WP Engine') },
  { id: 'pressable', name: 'Pressable', role: 'platform', header: 'Host-Header', match: 'Pressable', source: wap('Pressable'),
    what: t('the managed WordPress host from Automattic', 'управляемый хостинг WordPress от Automattic') },
  { id: 'wordpress-vip', name: 'WordPress VIP', role: 'platform', header: 'X-Powered-By', match: 'WordPress VIP', source: wap('WordPress VIP'),
    what: t('the enterprise WordPress platform from Automattic', 'корпоративная платформа WordPress от Automattic') },
  { id: 'wordpress-com', name: 'WordPress.com', role: 'platform', header: 'Host-Header', match: 'WordPress.com', source: wap('WordPress.com'),
    what: t('the hosted WordPress service from Automattic', 'сервис WordPress с хостингом от Automattic') },
  { id: 'nexcess', name: 'Nexcess', role: 'platform', header: 'X-Hostname', match: /\.nxcli\.net$/i, source: wap('Nexcess'),
    what: t('the managed host for WordPress and Magento', 'управляемый хостинг для WordPress и Magento') },
  { id: 'liquid-web', name: 'Liquid Web', role: 'platform', header: 'X-LW-Cache', match: null, source: wap('Liquid Web'),
    what: t('the managed hosting provider', 'провайдер управляемого хостинга') },
  { id: 'seravo', name: 'Seravo', role: 'platform', header: 'X-Powered-By', match: 'Seravo', source: wap('Seravo'),
    what: t('the Finnish managed WordPress host', 'финский управляемый хостинг WordPress') },
  { id: 'elementor-cloud', name: 'Elementor Cloud', role: 'platform', header: 'X-Powered-By', match: 'Elementor Cloud', source: wap('Elementor Cloud'),
    what: t('the WordPress hosting of the Elementor site builder', 'хостинг WordPress от конструктора сайтов Elementor') },
  { id: 'strattic', name: 'Strattic', role: 'platform', header: 'X-Powered-By', match: 'Strattic', source: wap('Strattic'), servesSite: true,
    what: t('the static hosting for WordPress sites', 'статический хостинг для сайтов на WordPress') },
  { id: 'plesk', name: 'Plesk', role: 'platform', header: 'X-Powered-By-Plesk', match: ['PleskLin', 'PleskWin'], source: wap('Plesk'),
    what: t('the web hosting control panel', 'панель управления хостингом') },
  { id: 'hostinger', name: 'Hostinger', role: 'platform', header: 'Platform', match: 'hostinger', source: wap('Hostinger'),
    what: t('the web hosting provider', 'хостинг-провайдер') },
  { id: 'lagoon', name: 'Lagoon', role: 'platform', header: 'X-Lagoon', match: null, source: wap('Lagoon'),
    what: t('the open-source hosting platform from amazee.io', 'хостинг-платформа с открытым кодом от amazee.io') },
  { id: 'zeabur', name: 'Zeabur', role: 'platform', header: 'X-Zeabur-Request-Id', match: null, source: wap('Zeabur'),
    what: t('the app deployment platform', 'платформа для развёртывания приложений') },
  { id: 'brimble', name: 'Brimble', role: 'platform', match: 'Brimble', source: wap('Brimble'),
    what: t('a platform for deploying web apps', 'платформа для развёртывания веб-приложений') },
  { id: 'replit', name: 'Replit', role: 'platform', header: 'Replit-Cluster', match: null, source: wap('Replit'),
    what: t('the online coding environment that also hosts apps', 'онлайн-среда разработки, которая также размещает приложения') },
  { id: 'pythonanywhere', name: 'PythonAnywhere', role: 'platform', match: 'PythonAnywhere', source: wap('PythonAnywhere'),
    what: t('the hosting service for Python web apps', 'хостинг для веб-приложений на Python') },
  { id: 'squarespace', name: 'Squarespace', role: 'platform', match: 'Squarespace', source: wap('Squarespace'), servesSite: true,
    what: t('a website builder that hosts the sites made with it', 'конструктор сайтов, который сам их и размещает') },
  { id: 'wix', name: 'Wix', role: 'platform', header: 'X-Wix-Request-Id', match: null, source: wap('Wix'), servesSite: true,
    what: t('the website builder; the site runs on its servers', 'конструктор сайтов; сайт работает на его серверах') },
];

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern a row is tested with: its tokens at the start of the value, case-insensitively, followed by the
 * value's end, "/", a space, "(" or ";". A literal alternation then one character: linear in the value's length.
 */
export function patternOf(match: ProductRow['match']): RegExp | undefined {
  if (match === null) return undefined;
  if (match instanceof RegExp) return match;
  const tokens = typeof match === 'string' ? [match] : match;
  const start = tokens.length === 1 ? literal(tokens[0] ?? '') : `(?:${tokens.map(literal).join('|')})`;
  return new RegExp(`^${start}(?:$|[/ (;])`, 'i');
}

/** After the product's name and description: what its being named tells about this request. */
const tails: Readonly<Record<ProductRole, Text>> = {
  origin: t('it answered this request.', 'ответ на запрос пришёл от {name}.'),
  cdn: t(
    "the site is behind this service, which can answer by itself (a block, a check or an error) or pass the site's answer along.",
    'сайт стоит за этим сервисом, а он может ответить сам (блокировкой, проверкой или ошибкой) или передать ответ сайта.',
  ),
  proxy: t(
    'the request went through this proxy, which may have answered by itself or passed on the answer from behind it.',
    'запрос прошёл через этот прокси; ответить мог он сам или тот, кто стоит за ним.',
  ),
  'load-balancer': t(
    'a load balancer of this kind stands in front of the site and answers by itself when no server behind it can.',
    'такой балансировщик стоит перед сайтом и отвечает сам, когда ни один сервер за ним ответить не может.',
  ),
  gateway: t(
    'the request went through this gateway, which answers by itself when it refuses a request or the service behind it fails.',
    'запрос прошёл через этот шлюз; он отвечает сам, когда отклоняет запрос или когда не справляется сервис за ним.',
  ),
  platform: t('the site is hosted on this platform.', 'сайт размещён на этой платформе.'),
};

/**
 * What the row's one fingerprint says: "The Server header names gunicorn, the Python application server
 * (WSGI): it answered this request." A header matched by its presence is "a sign of" the product instead.
 */
export function productSays(row: ProductRow): Text {
  const name = row.header ?? 'Server';
  const tail = tails[row.role];
  const fill = (s: string): string => s.replaceAll('{name}', row.name);
  return row.match === null
    ? t(
        `The ${name} header is a sign of ${row.name}, ${row.what.en}: ${fill(tail.en)}`,
        `Заголовок ${name} — признак ${row.name} (${row.what.ru}): ${fill(tail.ru)}`,
      )
    : t(
        `The ${name} header names ${row.name}, ${row.what.en}: ${fill(tail.en)}`,
        `Заголовок ${name} называет ${row.name} — ${row.what.ru}: ${fill(tail.ru)}`,
      );
}

/** A row as an ordinary vendor with one fingerprint. */
export function productVendor(row: ProductRow): Vendor {
  const name = (row.header ?? 'server').toLowerCase();
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    ...(row.makes ? { makes: row.makes } : {}),
    ...(row.servesSite ? { servesSite: true } : {}),
    docs: row.source,
    fingerprints: [
      { id: name, signal: header(name, patternOf(row.match)), weight: row.weight ?? 'strong', says: productSays(row) },
    ],
    codes: [],
  };
}

export const productVendors: readonly Vendor[] = products.map(productVendor);
