import { header, host, onPage, server, via } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const lbLogging: Source = {
  title: 'Google Cloud documentation: External Application Load Balancer logging and monitoring',
  url: 'https://cloud.google.com/load-balancing/docs/https/https-logging-monitoring',
};

export const google: Vendor = {
  id: 'google',
  name: 'Google front end / Google Cloud',
  role: 'cdn',
  docs: lbLogging,
  fingerprints: [
    {
      id: 'server-gws',
      signal: server(/^gws$/i),
      weight: 'strong',
      says: t(
        'Server: gws is Google’s own web server (Search and other google.com pages), so Google answered.',
        'Server: gws — собственный веб-сервер Google (поиск и другие страницы google.com): ответил Google.',
      ),
    },
    {
      id: 'server-gfe',
      signal: server(/^GFE\/\d+(\.\d+)*$/i),
      weight: 'strong',
      says: t(
        'Server: GFE/… is the Google Front End, the layer that receives traffic for Google services.',
        'Server: GFE/… — Google Front End, слой, который принимает трафик сервисов Google.',
      ),
    },
    {
      id: 'server-google-frontend',
      signal: server(/^Google Frontend$/i),
      weight: 'strong',
      says: t(
        'Server: Google Frontend is set by Google’s front end for App Engine, Cloud Run and sites behind Google Cloud Load Balancing.',
        'Server: Google Frontend ставит фронтенд Google для App Engine, Cloud Run и сайтов за Google Cloud Load Balancing.',
      ),
    },
    {
      id: 'server-esf',
      signal: server(/^ESF$/),
      weight: 'medium',
      says: t(
        'Server: ESF is seen on Google API and Google service front ends (googleapis.com and similar).',
        'Server: ESF встречается у фронтендов API и сервисов Google (googleapis.com и подобных).',
      ),
    },
    {
      id: 'via',
      signal: via(/^(.*,\s*)?1\.1 google(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        'Via: 1.1 google is added by Google Cloud Load Balancing (and Cloud CDN / Cloud Armor), so the site sits behind Google’s load balancer.',
        'Via: 1.1 google добавляет Google Cloud Load Balancing (а также Cloud CDN / Cloud Armor): сайт стоит за балансировщиком Google.',
      ),
    },
    {
      id: 'x-cloud-trace-context',
      signal: header('x-cloud-trace-context', /^[0-9a-f]{32}(\/\d+)?(;o=[01])?$/i),
      weight: 'medium',
      says: t(
        'x-cloud-trace-context is Google Cloud’s trace id, so the request went through Google Cloud (App Engine, Cloud Run or the load balancer).',
        'x-cloud-trace-context — идентификатор трассировки Google Cloud: запрос прошёл через Google Cloud (App Engine, Cloud Run или балансировщик).',
      ),
    },
    {
      id: 'x-guploader-uploadid',
      signal: header('x-guploader-uploadid'),
      weight: 'strong',
      says: t(
        'x-guploader-uploadid comes from Google’s upload and download servers (Cloud Storage, googleapis.com).',
        'x-guploader-uploadid приходит от серверов загрузки и выдачи файлов Google (Cloud Storage, googleapis.com).',
      ),
    },
    {
      id: 'x-goog-generation',
      signal: header('x-goog-generation', /^\d+$/),
      weight: 'strong',
      says: t(
        'x-goog-generation is the version number of a Google Cloud Storage object, so the file was served from Cloud Storage.',
        'x-goog-generation — номер версии объекта Google Cloud Storage: файл отдан из Cloud Storage.',
      ),
    },
    {
      id: 'host-googleapis',
      signal: host(/(^|\.)googleapis\.com$/),
      weight: 'weak',
      says: t(
        'The address is on googleapis.com, where Google’s APIs and Cloud Storage live.',
        'Адрес находится на googleapis.com, где работают API Google и Cloud Storage.',
      ),
    },
    // The error page of Google's front ends (observed pages: Google services, App Engine, Cloud Run, Cloud Load
    // Balancing): a title "Error <status> (<name>)!!1" and a first paragraph "<b><status>.</b> <ins>That’s an error.</ins>".
    {
      id: 'page-title',
      signal: onPage('title', /^Error (\d{3}) \([A-Za-z -]{2,40}\)!!1$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page title has the "Error <number> (…)!!1" form of the error page Google’s front ends send, so Google’s front end answered, not the service behind it.',
        'Заголовок страницы имеет вид «Error <число> (…)!!1», как у страницы ошибки фронтендов Google: ответил фронтенд Google, а не сервис за ним.',
      ),
    },
    {
      id: 'page-thats-an-error',
      signal: onPage('p > b:first-child + ins', /^That[’']s an error\.$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page has the "That’s an error." line set beside the bold status number, as on the error page of Google’s front ends.',
        'На странице есть строка «That’s an error.» рядом с выделенным жирным номером статуса, как на странице ошибки фронтендов Google.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 502,
      note: t(
        'A 502 with Google’s "That’s an error" page comes from Google’s front end: it could not get an answer from the service behind it, usually for a short time. Behind Google Cloud Load Balancing, the statusDetails field of the load balancer’s request logs (Cloud Logging) names the cause, for example a backend that failed to connect or timed out.',
        '502 со страницей Google «That’s an error» выдаёт фронтенд Google: он не получил ответа от сервиса за ним, обычно ненадолго. За Google Cloud Load Balancing причину называет поле statusDetails в журналах запросов балансировщика (Cloud Logging) — например, бэкенд не принял соединение или не ответил вовремя.',
      ),
    },
    {
      code: 429,
      note: t(
        'From a Google API, 429 means a quota or rate limit was hit (status RESOURCE_EXHAUSTED in the JSON body): retry with growing pauses and check the API’s quotas in the Google Cloud console. On google.com pages, 429 often comes with a page about unusual traffic from your network.',
        'От API Google 429 означает, что исчерпана квота или превышена частота запросов (статус RESOURCE_EXHAUSTED в JSON-ответе): повторяйте с растущими паузами и проверьте квоты API в консоли Google Cloud. На страницах google.com 429 часто сопровождается страницей о подозрительном трафике из вашей сети.',
      ),
    },
    {
      code: 403,
      note: t(
        'From a Google API, 403 usually means the API is not enabled for the project, the API key is restricted, or the caller lacks an IAM permission; some older APIs also use 403 for exceeded limits. The JSON body’s error.status and reason fields (e.g. PERMISSION_DENIED, SERVICE_DISABLED) say which.',
        'От API Google 403 обычно означает, что API не включён в проекте, ключ API ограничен или у вызывающего нет нужного разрешения IAM; некоторые старые API отвечают 403 и при превышении лимитов. Что именно — видно из полей error.status и reason в JSON-ответе (например, PERMISSION_DENIED, SERVICE_DISABLED).',
      ),
    },
  ],
  bodyHint: t(
    'Google’s own error page shows the number followed by "That’s an error." and one short line about the cause. Google APIs instead return JSON: error.status and error.details[].reason name the exact problem. Cloud Storage returns XML with a <Code> element such as NoSuchKey or AccessDenied.',
    'Собственная страница ошибки Google показывает число, затем «That’s an error.» и одну короткую строку о причине. API Google вместо этого возвращают JSON: точную проблему называют error.status и error.details[].reason. Cloud Storage отвечает XML с элементом <Code>, например NoSuchKey или AccessDenied.',
  ),
};
