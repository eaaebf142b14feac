import { cookie, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const persistence: Source = {
  title: 'F5 K6917: Overview of BIG-IP persistence cookie encoding',
  url: 'https://my.f5.com/manage/s/article/K6917',
};

export const f5Bigip: Vendor = {
  id: 'f5-bigip',
  name: 'F5 BIG-IP',
  role: 'load-balancer',
  // With every pool member down, a standard virtual server resets the connection instead of writing a 5xx
  // (F5 DevCentral, "Lightboard Lessons: standard virtual server behavior when no pool members are available"),
  // and the ASM block page's status is set per policy: no number is one BIG-IP commonly writes by itself.
  makes: [],
  docs: persistence,
  fingerprints: [
    {
      // F5 job aid "Securing BIG-IP Generated HTTP Server Header Information": a response the BIG-IP writes on
      // its own (an iRule or local traffic policy that responds or redirects) carries Server: BigIP by default,
      // the HTTP profile's Server Agent Name; answers from the pool members keep their own Server header.
      id: 'server',
      signal: server(/^big-?ip$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'The Server header says BigIP, the name an F5 BIG-IP puts on answers it writes itself (an iRule or traffic policy that responds or redirects without asking the servers behind it); answers it passes along keep the server’s own Server header.',
        'В заголовке Server написано BigIP — так F5 BIG-IP подписывает ответы, которые формирует сам (iRule или политика трафика отвечает или перенаправляет, не обращаясь к серверам за ним); в переданных ответах остаётся заголовок Server самого сервера.',
      ),
    },
    {
      // K6917: the cookie persistence profile (insert or rewrite method) names its cookie BIGipServer<pool_name>
      // by default; the value encodes the chosen pool member's address and port.
      id: 'cookie-bigipserver',
      signal: cookie(/^BIGipServer\S+$/i),
      weight: 'strong',
      says: t(
        'The BIGipServer… cookie is how an F5 BIG-IP load balancer keeps a visitor on the same server of a pool; the part after BIGipServer is usually the pool’s name. The site sits behind a BIG-IP.',
        'Cookie BIGipServer… — так балансировщик F5 BIG-IP закрепляет посетителя за одним сервером пула; после BIGipServer обычно идёт имя пула. Сайт стоит за BIG-IP.',
      ),
    },
    {
      // F5 K6850 (overview of the ASM cookies), as cited by wafw00f's f5bigipasm.py: the main ASM cookie is named
      // TS plus eight hex digits from 11.4.0 on (TS plus six in 10.0–11.3); F5 Silverline's "What cookies are
      // leveraged in Silverline WAF?" describes the same TSxxxxxxxx main cookie.
      id: 'cookie-ts',
      signal: cookie(/^TS[0-9a-f]{6}(?:[0-9a-f]{2})?$/i),
      weight: 'medium',
      says: t(
        'A cookie named TS and six or eight hex digits (TS01…, for one) is the main cookie of F5’s web application firewall (BIG-IP ASM / Advanced WAF): the site is checked by an F5 firewall on the way in.',
        'Cookie с именем из TS и шести или восьми шестнадцатеричных цифр (например, TS01…) — основная cookie веб-файрвола F5 (BIG-IP ASM / Advanced WAF): входящие запросы к сайту проверяет файрвол F5.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        'When a BIG-IP firewall (ASM / Advanced WAF) blocks a request, its default page says "The requested URL was rejected. Please consult with your administrator." and shows a support ID. Only that wording tells an F5 block from the site’s own 403: its status depends on the policy’s response page settings. Give the support ID to the site owner; it finds the request in the BIG-IP’s event log.',
        'Когда файрвол BIG-IP (ASM / Advanced WAF) блокирует запрос, на его стандартной странице написано «The requested URL was rejected. Please consult with your administrator.» и указан support ID. Отличить блокировку F5 от собственного 403 сайта можно только по этому тексту: код ответа зависит от настроек страницы ответа в политике. Передайте support ID владельцу сайта — по нему тот найдёт запрос в журнале событий BIG-IP.',
      ),
    },
    {
      code: 302,
      note: t(
        'A BIG-IP can send visitors elsewhere with a 302 by itself: a redirect iRule or, when no server of the pool is available, the HTTP profile’s fallback host. With Server: BigIP on the 302, the load balancer wrote it.',
        'BIG-IP может сам отправить посетителя на другой адрес кодом 302: это делает iRule с перенаправлением или, когда в пуле нет доступного сервера, резервный хост (fallback host) из HTTP-профиля. Если в таком 302 стоит Server: BigIP, его сформировал балансировщик.',
      ),
    },
    {
      code: 503,
      note: t(
        'A BIG-IP with no live server in the pool normally resets the connection (the browser then reports a network error, not a status), so a 503 that came through a BIG-IP usually comes from the servers behind it, unless it carries Server: BigIP (an iRule’s maintenance answer, say).',
        'Если в пуле нет живых серверов, BIG-IP обычно просто сбрасывает соединение (браузер тогда сообщает о сетевой ошибке, а не о коде), поэтому 503, прошедший через BIG-IP, как правило, пришёл от серверов за ним — если только в нём нет Server: BigIP (например, это ответ iRule на время обслуживания).',
      ),
    },
  ],
  bodyHint: t(
    'An F5 firewall block page reads "The requested URL was rejected" and carries a support ID (a long number); that ID, not the status code, is what the site owner needs to look the block up.',
    'Страница блокировки файрвола F5 начинается словами «The requested URL was rejected» и содержит support ID (длинное число); чтобы найти блокировку, владельцу сайта нужен именно этот ID, а не код ответа.',
  ),
};
