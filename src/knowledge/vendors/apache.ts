import { onPage, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const bandwidth: Source = {
  title:
    'Wikipedia: List of HTTP status codes, 509 Bandwidth Limit Exceeded (unofficial; Apache bandwidth modules and cPanel hosts)',
  url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes',
};

export const apache: Vendor = {
  id: 'apache',
  name: 'Apache HTTP Server',
  role: 'origin',
  docs: { title: 'Apache HTTP Server documentation', url: 'https://httpd.apache.org/docs/' },
  fingerprints: [
    {
      // "Apache", "Apache/2.4.58", "Apache/2.4.41 (Ubuntu)", "Apache/2.2.21 (Win32) mod_ssl/2.2.21 PHP/5.3.8".
      // Tomcat's "Apache-Coyote/1.1" and "Apache Tomcat/…" are a different product and must not match.
      id: 'server',
      signal: server(
        /^Apache(?!.*\b(?:Coyote|Tomcat|TomEE)\b)(?:\/\d+(?:\.\d+)*)?(?:\s+(?:\([^()]*\)|[\w.+-]+\/[\w.+-]+))*$/i,
      ),
      weight: 'strong',
      says: t(
        'The Server header names Apache HTTP Server (httpd): it answered this request, as the web server or as a proxy in front of the application.',
        'Заголовок Server называет Apache HTTP Server (httpd): ответ пришёл от него как от веб-сервера или прокси перед приложением.',
      ),
    },
    // httpd's own error pages end, when ServerSignature is On (Debian and Ubuntu turn it on), with a rule and
    // "<address>Apache/2.4.57 (Debian) Server at <host> Port <port></address>" (httpd source, server/core.c,
    // ap_psignature); the version part follows ServerTokens, down to a bare "Apache".
    {
      id: 'page-signature',
      signal: onPage(
        'body > hr + address',
        /^(Apache(?:\/[\d.]{1,20})?(?: \([^()]{1,40}\))?)[^<>]{0,200} Server at [^ ]{1,253} Port \d{1,5}$/,
      ),
      weight: 'strong',
      generated: true,
      says: t(
        'The page ends with Apache httpd’s signature under a rule ("Apache… Server at <host> Port <port>"), which httpd adds only to the error pages it writes itself: Apache answered by itself, not the application behind it.',
        'Внизу страницы под чертой стоит подпись Apache httpd («Apache… Server at <хост> Port <порт>»), которую httpd ставит только на собственные страницы ошибок: ответил сам Apache, а не приложение за ним.',
      ),
    },
  ],
  codes: [
    {
      id: 'apache.509',
      code: 509,
      title: t('Bandwidth Limit Exceeded (unofficial)', 'Превышен лимит трафика (неофициальный код)'),
      summary: t(
        'The site has used up the data transfer its hosting plan allows, so the host stopped serving it for now.',
        'Сайт израсходовал объём трафика, положенный по тарифу хостинга, и хостинг временно перестал его отдавать.',
      ),
      visitor: t(
        'Nothing you can fix: try again later (often the next day or the next month, when the quota resets).',
        'Исправить это с вашей стороны нельзя: попробуйте позже — часто на следующий день или в следующем месяце, когда лимит обнулится.',
      ),
      owner: t(
        'Check bandwidth use in the hosting panel (cPanel shows it per account), find what eats traffic (large downloads, hotlinked images, bots), then raise the limit or move heavy files to a CDN. The number comes from Apache bandwidth modules such as mod_cband and from cPanel shared hosts.',
        'Проверьте расход трафика в панели хостинга (cPanel показывает его по каждому аккаунту), найдите, что его расходует (скачивание больших файлов, картинки, встроенные на чужие сайты, боты), затем увеличьте лимит или вынесите тяжёлые файлы на CDN. Этот код отдают модули ограничения трафика Apache вроде mod_cband и виртуальные хостинги на cPanel.',
      ),
      source: bandwidth,
      prior: 0.6,
    },
  ],
  notes: [
    {
      code: 403,
      note: t(
        'Apache answers 403 for a "Require" or "Deny" rule (often in .htaccess), a folder without an index file when Options -Indexes is set, file permissions the server user cannot read, or a mod_security rule. The Apache error_log says which, for this exact request.',
        'Apache отвечает 403 из-за правила «Require» или «Deny» (часто в .htaccess), папки без индексного файла при Options -Indexes, прав доступа, которые не позволяют серверу прочитать файл, или правила mod_security. Какой случай, видно в error_log Apache для этого запроса.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 from Apache is most often a broken .htaccess (a typo or a directive whose module is not loaded) or a failing CGI/PHP script; error_log has the exact line.',
        '500 от Apache чаще всего означает сломанный .htaccess (опечатку или директиву незагруженного модуля) либо упавший CGI/PHP-скрипт; точная строка — в error_log.',
      ),
    },
    {
      code: 502,
      note: t(
        'Apache as a proxy (mod_proxy, or PHP-FPM through proxy_fcgi) got no valid answer from the backend; error_log names the backend and the reason.',
        'Apache в роли прокси (mod_proxy или PHP-FPM через proxy_fcgi) не получил корректного ответа от бэкенда; бэкенд и причина указаны в error_log.',
      ),
    },
    {
      code: 503,
      note: t(
        'Apache as a proxy could not connect to the backend or found no healthy member in the balancer; check that the backend (PHP-FPM, an application server) is running.',
        'Apache в роли прокси не смог подключиться к бэкенду или не нашёл исправного узла в балансировщике; проверьте, что бэкенд (PHP-FPM, сервер приложений) запущен.',
      ),
    },
  ],
};
