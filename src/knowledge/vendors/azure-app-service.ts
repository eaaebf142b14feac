import { cookie, header, host } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const azureAppService: Vendor = {
  id: 'azure-app-service',
  name: 'Azure App Service',
  role: 'platform',
  // Besides its 502 and 503, the front end answers 403 by itself: "Error 403 - This web app is stopped" and
  // requests turned away by access restrictions.
  makes: [403, 502, 503, 504],
  docs: {
    title:
      'Microsoft Learn: Troubleshoot HTTP errors of "502 bad gateway" and "503 service unavailable" in Azure App Service',
    url: 'https://learn.microsoft.com/azure/app-service/troubleshoot-http-502-http-503',
  },
  fingerprints: [
    {
      id: 'cookie-arraffinity',
      signal: cookie(/^ARRAffinity(SameSite)?$/),
      weight: 'medium',
      says: t(
        'The ARRAffinity cookie is set by the Azure App Service front end to keep a visitor on one instance, so the site is hosted on App Service; it rides on the app’s own answers too, so it does not say who wrote this one.',
        'Cookie ARRAffinity ставит входной слой Azure App Service, чтобы держать посетителя на одном экземпляре, — значит, сайт размещён в App Service; она приходит и с ответами самого приложения, поэтому не говорит, кто сформировал этот ответ.',
      ),
    },
    {
      id: 'cookie-tipmix',
      signal: cookie(/^TiPMix$/),
      weight: 'medium',
      says: t(
        'The TiPMix cookie comes from the Azure App Service front end (it routes traffic between deployment slots).',
        'Cookie TiPMix ставит входной слой Azure App Service (он распределяет трафик между слотами развёртывания).',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)azurewebsites\.net$/),
      weight: 'weak',
      says: t(
        'The address is an azurewebsites.net name, the default domain of Azure App Service apps.',
        'Адрес на домене azurewebsites.net — стандартном домене приложений Azure App Service.',
      ),
    },
    {
      id: 'x-ms-request-id',
      signal: header('x-ms-request-id'),
      weight: 'weak',
      says: t(
        'x-ms-request-id is a request id used by many Microsoft and Azure services; on its own it only hints at Azure.',
        'x-ms-request-id — идентификатор запроса, который используют многие сервисы Microsoft и Azure; сам по себе он лишь косвенно указывает на Azure.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        'App Service shows "Error 403 - This web app is stopped" when the app is stopped in the portal, the subscription hit its spending limit or was disabled, or a Free or Shared plan used up a quota (CPU, memory, outgoing data) until it resets. It has also been reported for the Kudu (scm) site when the browser sends no Referer.',
        'App Service показывает «Error 403 - This web app is stopped», когда приложение остановлено в портале, подписка достигла лимита расходов или отключена либо план Free или Shared исчерпал квоту (CPU, память, исходящий трафик) до её сброса. Встречаются также сообщения о такой ошибке на сайте Kudu (scm), если браузер не отправляет Referer.',
      ),
    },
    {
      code: 502,
      note: t(
        'On App Service, 502 comes from the shared front end when the app instance gave no usable answer: the app crashed or is starting, a request ran too long (the front end is widely reported to give up after about 230 seconds), or CPU or memory ran out. Check "Diagnose and solve problems", the app logs and the restart history.',
        'В App Service 502 отдаёт общий входной слой, когда экземпляр приложения не дал пригодного ответа: приложение упало или запускается, запрос шёл слишком долго (по многочисленным сообщениям, входной слой прекращает ожидание примерно через 230 секунд) или закончились CPU либо память. Смотрите «Diagnose and solve problems», журналы приложения и историю перезапусков.',
      ),
    },
    {
      code: 503,
      note: t(
        'On App Service, 503 usually means the app cannot take requests right now: it is restarting, being deployed or swapped, still warming up, overloaded, or crashing at start. Short bursts during restarts are normal; lasting ones call for the app logs and the health check settings.',
        'В App Service 503 обычно означает, что приложение сейчас не может принимать запросы: перезапускается, развёртывается или переключается между слотами, ещё прогревается, перегружено или падает при старте. Короткие всплески во время перезапусков нормальны; если 503 не проходит, изучите журналы приложения и настройки health check.',
      ),
    },
  ],
  bodyHint: t(
    'App Service platform pages say what happened in their title, for example "Error 403 - This web app is stopped"; on Linux plans a crashing app commonly shows an ":( Application Error" page. If the page looks like the rest of the site, the app itself answered.',
    'Страницы платформы App Service называют причину в заголовке, например «Error 403 - This web app is stopped»; на Linux-планах упавшее приложение обычно показывает страницу «:( Application Error». Если страница оформлена в стиле сайта, ответило само приложение.',
  ),
};
