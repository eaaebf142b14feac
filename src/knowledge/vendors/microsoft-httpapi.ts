import { decodedValue, wholeValue } from '../rows';
import { onPage, server } from '../signals';
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
    // HTTP.sys's own error pages (observed pages): a title, "<h2>Bad Request - Invalid Hostname</h2>", a rule and
    // "<p>HTTP Error 400. The request hostname is invalid.</p>", nothing else. The sentence after the number is kept.
    {
      id: 'page-error',
      signal: onPage('body > h2 + hr + p', /^HTTP Error \d{3}\. (The [a-z ]{5,60})\.$/, { decodes: 'reason' }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is one of HTTP.sys’s own tiny error pages: a heading, a rule and one line "HTTP Error <code>." with the reason. HTTP.sys answered before IIS or any application saw the request.',
        'Это одна из крошечных собственных страниц ошибок HTTP.sys: заголовок, черта и одна строка «HTTP Error <код>.» с причиной. HTTP.sys ответил раньше, чем запрос увидели IIS или приложение.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'reason',
      onPage: true,
      generated: true,
      fallback: t(
        'HTTP.sys refused the request by itself; the line on its page gives the reason, and the HTTPERR log on the server records it too.',
        'HTTP.sys сам отклонил запрос; причину называет строка на его странице, и она же записана в журнале HTTPERR на сервере.',
      ),
      values: [
        decodedValue(
          'invalid-hostname',
          wholeValue('The request hostname is invalid'),
          t('Unknown host name', 'Неизвестное имя хоста'),
          t(
            'No site or service on this server is bound to the host name in the address, so HTTP.sys turned the request away before any application saw it.',
            'Ни один сайт или служба на этом сервере не привязан к имени хоста из адреса, поэтому HTTP.sys отклонил запрос раньше, чем его увидело какое-либо приложение.',
          ),
          t(
            'Add a binding for this host name to the IIS site (or a URL reservation for the service), or fix the DNS record that sends this name to the server.',
            'Добавьте сайту IIS привязку для этого имени хоста (или резервирование URL для службы) либо исправьте DNS-запись, которая направляет это имя на сервер.',
          ),
          t(
            'Check the address. If it is right, the site is set up wrongly on the server and only its owner can fix it.',
            'Проверьте адрес. Если он верен, сайт неправильно настроен на сервере, и исправить это может только владелец.',
          ),
        ),
        decodedValue(
          'headers-too-long',
          wholeValue('The size of the request headers is too long'),
          t('Request headers too long', 'Слишком длинные заголовки запроса'),
          t(
            'The request headers, usually the cookies, went over the MaxFieldLength or MaxRequestBytes limit of HTTP.sys.',
            'Заголовки запроса, обычно cookie, превысили лимит MaxFieldLength или MaxRequestBytes в HTTP.sys.',
          ),
          t(
            'Make the site set fewer or smaller cookies, or raise MaxFieldLength and MaxRequestBytes in the HTTP.sys registry settings.',
            'Сократите число или размер cookie сайта либо увеличьте MaxFieldLength и MaxRequestBytes в параметрах реестра HTTP.sys.',
          ),
          t("Delete this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
        ),
        decodedValue(
          'not-found',
          wholeValue('The requested resource is not found'),
          t('No site at this address', 'По этому адресу нет сайта'),
          t(
            'Nothing on the server takes requests for this host, port and path: the IIS site is stopped or not bound here, or the service that registered the address is not running.',
            'На сервере никто не принимает запросы для этого хоста, порта и пути: сайт IIS остановлен или не привязан к ним либо не запущена служба, которая зарегистрировала адрес.',
          ),
          t(
            'Start the site or the service, or add a binding or URL reservation for this address.',
            'Запустите сайт или службу либо добавьте привязку или резервирование URL для этого адреса.',
          ),
        ),
        decodedValue(
          'service-unavailable',
          wholeValue('The service is unavailable'),
          t('Application pool unavailable', 'Пул приложений недоступен'),
          t(
            'HTTP.sys had nowhere to pass the request: the IIS application pool is stopped, was shut down after repeated crashes, or its queue is full.',
            'HTTP.sys некуда было передать запрос: пул приложений IIS остановлен, отключён после нескольких сбоев подряд или его очередь переполнена.',
          ),
          t(
            'Check the pool in IIS Manager, the System event log (WAS entries) and the reason in the HTTPERR log: AppOffline, Disabled or QueueFull.',
            'Проверьте пул в IIS Manager, журнал событий «Система» (записи WAS) и причину в журнале HTTPERR: AppOffline, Disabled или QueueFull.',
          ),
          t('Try again in a few minutes.', 'Попробуйте через несколько минут.'),
        ),
      ],
    },
  ],
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
