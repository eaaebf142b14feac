import { cookie, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const responseCodes: Source = {
  title: 'Microsoft Learn: HTTP response codes in Application Gateway',
  url: 'https://learn.microsoft.com/azure/application-gateway/http-response-codes',
};

export const azureApplicationGateway: Vendor = {
  id: 'azure-application-gateway',
  name: 'Azure Application Gateway',
  role: 'load-balancer',
  docs: responseCodes,
  // "HTTP response codes in Application Gateway": the gateway's own 403 (WAF in prevention mode), 502 (no healthy or
  // reachable backend) and 504 (v2: backend slower than the backend setting's timeout).
  makes: [403, 502, 504],
  fingerprints: [
    {
      // Seen in captures of the gateway's own pages (400, 403 from the WAF, 404, 502): the page and the Server header
      // both name the product. Answers relayed from the backend keep the backend's own Server header.
      id: 'server',
      signal: server(/^Microsoft-Azure-Application-Gateway\/v2$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: Microsoft-Azure-Application-Gateway is what the gateway puts on pages it writes itself (its errors and WAF blocks); answers it passes on from the backend keep the backend’s own Server header. So the gateway answered here, not the site.',
        'Server: Microsoft-Azure-Application-Gateway шлюз ставит на страницы, которые формирует сам (свои ошибки и блокировки WAF); ответы бэкенда он передаёт с их собственным заголовком Server. Значит, здесь ответил шлюз, а не сайт.',
      ),
    },
    {
      // Microsoft Learn, "Application Gateway HTTP settings configuration" (cookie-based affinity): the gateway sets
      // ApplicationGatewayAffinity and, since February 2020, ApplicationGatewayAffinityCORS for cross-site requests.
      id: 'cookie-affinity',
      signal: cookie(/^ApplicationGatewayAffinity(CORS)?$/),
      weight: 'medium',
      says: t(
        'The ApplicationGatewayAffinity cookie is how Azure Application Gateway keeps a visitor on the same backend server (cookie-based affinity), so the site sits behind this gateway.',
        'С помощью cookie ApplicationGatewayAffinity Azure Application Gateway закрепляет посетителя за одним и тем же сервером бэкенда (привязка сессии по cookie), значит, сайт стоит за этим шлюзом.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 400,
      note: t(
        'Application Gateway answers 400 by itself when the request breaks HTTP rules (two Host headers, a bad Content-Length, odd characters in the URL), when plain HTTP reaches an HTTPS-only listener, or when mutual TLS is on and the client certificate is missing, expired or not trusted.',
        'Application Gateway сам отвечает 400, если запрос нарушает правила HTTP (два заголовка Host, неверный Content-Length, недопустимые символы в адресе), если обычный HTTP пришёл на listener, который ждёт HTTPS, или если включён взаимный TLS, а клиентский сертификат не передан, просрочен или не является доверенным.',
      ),
    },
    {
      code: 403,
      note: t(
        'A 403 with Server: Microsoft-Azure-Application-Gateway is nearly always its Web Application Firewall in prevention mode: a managed rule or a custom deny rule matched the request. The WAF logs for the time of the request name the rule.',
        '403 с Server: Microsoft-Azure-Application-Gateway почти всегда означает, что сработал его Web Application Firewall в режиме предотвращения: запрос попал под управляемое правило или настраиваемое правило запрета. Какое именно, видно в журналах WAF за время запроса.',
      ),
    },
    {
      code: 404,
      note: t(
        'A v2 gateway answers 404 by itself when no multi-site listener is set up for this host name and there is no basic listener to fall back to: the domain points at the gateway, but the gateway does not know it.',
        'Шлюз v2 сам отвечает 404, если для этого имени хоста не настроен multi-site listener, а запасного базового listener тоже нет: домен указывает на шлюз, но шлюз о нём не знает.',
      ),
    },
    {
      code: 408,
      note: t(
        'Application Gateway answers 408 when the client takes more than 60 seconds to send its request to the listener, for example on a congested link or behind an appliance that inspects traffic.',
        'Application Gateway отвечает 408, когда клиент передаёт запрос на listener дольше 60 секунд — например, из-за перегруженного канала или устройства, которое проверяет трафик по пути.',
      ),
    },
    {
      code: 413,
      note: t(
        'With the WAF on, Application Gateway refuses request bodies over the configured limit with 413 (128 KB by default, file uploads counted separately). Raise the limit in the WAF policy if large forms are expected.',
        'При включённом WAF Application Gateway отклоняет запросы с телом больше заданного лимита, отвечая 413 (по умолчанию 128 КБ, для загрузки файлов лимит отдельный). Если сайту нужны большие формы, увеличьте лимит в политике WAF.',
      ),
    },
    {
      code: 502,
      note: t(
        'The most common Application Gateway error: a 502 it writes itself means no backend could take the request. Usual causes are an empty backend pool, every server failing the health probe (the default probe asks http://127.0.0.1/ and wants a 200), an NSG, route table or custom DNS blocking the way to the backend, or a backend TLS certificate whose name does not match. Backend health in the portal shows which.',
        'Самая частая ошибка Application Gateway: 502, сформированный им самим, значит, что ни один бэкенд не смог принять запрос. Обычно пуст пул бэкендов, ни один сервер не проходит проверку работоспособности (health probe; проверка по умолчанию запрашивает http://127.0.0.1/ и ждёт 200), путь к бэкенду перекрывают NSG, таблица маршрутов или собственный DNS либо имя в TLS-сертификате бэкенда не совпадает. Что именно — покажет раздел Backend health на портале.',
      ),
    },
    {
      code: 504,
      note: t(
        'A v2 gateway answers 504 when the backend does not reply within the request timeout of the backend setting (20 seconds by default); it tries a second pool member first. Raise the timeout or find what makes the backend slow, and keep the backend’s own timeouts (IIS, nginx) no longer than the gateway’s.',
        'Шлюз v2 отвечает 504, когда бэкенд не ответил за тайм-аут запроса из настроек бэкенда (по умолчанию 20 секунд); перед этим он пробует второй сервер пула. Увеличьте тайм-аут или найдите, почему бэкенд тормозит, и следите, чтобы тайм-ауты самого бэкенда (IIS, nginx) были не длиннее, чем у шлюза.',
      ),
    },
  ],
  bodyHint: t(
    'The gateway’s own error page is short: the status as a heading and the product name, Microsoft-Azure-Application-Gateway/v2, on its last line. If the page names something else (IIS, nginx, a framework), the backend wrote it and the gateway only passed it on.',
    'Собственная страница ошибки шлюза короткая: код в заголовке и название продукта, Microsoft-Azure-Application-Gateway/v2, в последней строке. Если на странице названо что-то другое (IIS, nginx, фреймворк), её сформировал бэкенд, а шлюз лишь передал.',
  ),
};
