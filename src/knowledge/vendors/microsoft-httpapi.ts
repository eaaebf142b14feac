import { server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const httpErrors: Source = {
  title:
    'Microsoft Learn: Types of errors logged by the HTTP Server API (HTTP.sys reason phrases: Hostname, FieldLength, AppOffline, Disabled, QueueFull…)',
  url: 'https://learn.microsoft.com/en-us/windows/win32/http/types-of-errors-logged-by-the-http-server-api',
};

/**
 * HTTP.sys is the kernel-mode HTTP listener of Windows. IIS, WinRM, WCF and ASP.NET Core's HttpSys server all
 * receive requests through it. When it answers by itself (no site takes the host name, the request is too
 * large, the application pool is stopped) it signs the answer "Microsoft-HTTPAPI/2.0"; when IIS answers, IIS
 * writes its own Server value instead. Services built directly on HTTP.sys sign every answer the same way, so the
 * header names HTTP.sys without saying the answer is an error of its own: the notes say what its numbers mean.
 */
export const microsoftHttpapi: Vendor = {
  id: 'microsoft-httpapi',
  name: 'Microsoft HTTP.sys',
  role: 'origin',
  docs: httpErrors,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^Microsoft-HTTPAPI\/\d\.\d$/i),
      weight: 'strong',
      says: t(
        'The Server header names Microsoft-HTTPAPI, that is HTTP.sys, the Windows kernel listener that IIS and other Windows services receive requests through. It signs the answers it gives by itself before any site sees the request (an unknown host name, oversized headers, a stopped application pool), and every answer of a service built directly on it.',
        'Заголовок Server называет Microsoft-HTTPAPI, то есть HTTP.sys — драйвер ядра Windows, который принимает HTTP-запросы для IIS и других служб Windows. Им подписаны ответы, которые HTTP.sys даёт сам, пока запрос не дошёл ни до одного сайта (неизвестное имя хоста, слишком большие заголовки, остановленный пул приложений), и все ответы служб, построенных прямо на нём.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 400,
      note: t(
        'HTTP.sys refused the request before IIS or the application saw it. The page title says why: "Bad Request - Invalid Hostname" means no site is bound to this host name (check the IIS site bindings or the URL reservation); "Request Too Long" or "Request header too long" means the headers, usually the cookies, are over the MaxFieldLength or MaxRequestBytes limit. The HTTPERR log (C:\\Windows\\System32\\LogFiles\\HTTPERR) names the reason, such as Hostname or FieldLength.',
        'HTTP.sys отклонил запрос ещё до IIS и приложения. Причину называет заголовок страницы: «Bad Request - Invalid Hostname» — к этому имени хоста не привязан ни один сайт (проверьте привязки сайта в IIS или резервирование URL); «Request Too Long» или «Request header too long» — заголовки, обычно cookie, превысили лимит MaxFieldLength или MaxRequestBytes. Журнал HTTPERR (C:\\Windows\\System32\\LogFiles\\HTTPERR) указывает причину, например Hostname или FieldLength.',
      ),
    },
    {
      code: 404,
      note: t(
        'A 404 signed by HTTP.sys means nothing on the server listens for this host, port and path: the IIS site is stopped or has no binding for it, or the service that registered the address is not running. The application never saw the request.',
        'Ответ 404 с подписью HTTP.sys значит, что на сервере никто не принимает запросы для этого хоста, порта и пути: сайт IIS остановлен или не имеет такой привязки либо служба, зарегистрировавшая адрес, не запущена. До приложения запрос не дошёл.',
      ),
    },
    {
      code: 503,
      note: t(
        'HTTP.sys answers 503 by itself when the application behind it cannot take the request: the IIS application pool is stopped or was shut down by rapid-fail protection after repeated crashes, or its request queue is full. Check the pool in IIS Manager, the System event log (WAS entries) and the reason in the HTTPERR log: Disabled, AppOffline, QueueFull or ConnLimit.',
        'HTTP.sys сам отвечает 503, когда приложение за ним не может принять запрос: пул приложений IIS остановлен или отключён защитой от частых сбоев после нескольких падений либо его очередь запросов переполнена. Проверьте пул в IIS Manager, журнал событий «Система» (записи WAS) и причину в журнале HTTPERR: Disabled, AppOffline, QueueFull или ConnLimit.',
      ),
    },
  ],
  bodyHint: t(
    'The error pages HTTP.sys writes are tiny: a title such as "Bad Request - Invalid Hostname" or "Service Unavailable" and one line "HTTP Error 400." or "HTTP Error 503." with the reason. The title tells the cases apart.',
    'Страницы ошибок HTTP.sys совсем короткие: заголовок вроде «Bad Request - Invalid Hostname» или «Service Unavailable» и одна строка «HTTP Error 400.» или «HTTP Error 503.» с причиной. Случаи различаются по заголовку.',
  ),
};
