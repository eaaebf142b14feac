import { cookie, header, host, path } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const responseCodes: Source = {
  title: 'Shopify: API response status and error codes',
  url: 'https://shopify.dev/docs/api/usage/response-codes',
};

/** The Storefront API endpoint, versioned ("/api/2024-01/graphql.json") or not. */
const storefrontApi = path(/^\/api\/((\d{4}-\d{2}|unstable)\/)?graphql(\.json)?$/);

export const shopify: Vendor = {
  id: 'shopify',
  name: 'Shopify',
  role: 'platform',
  docs: { title: 'Shopify developer documentation', url: 'https://shopify.dev/docs' },
  fingerprints: [
    {
      id: 'x-shopid',
      signal: header('x-shopid'),
      weight: 'strong',
      says: t(
        "Shopify's shop id header: the store runs on Shopify.",
        'Заголовок с идентификатором магазина Shopify: магазин работает на Shopify.',
      ),
    },
    {
      id: 'x-shopify-stage',
      signal: header('x-shopify-stage'),
      weight: 'strong',
      says: t(
        "Shopify's stage header: the response came from Shopify's platform.",
        'Заголовок x-shopify-stage: ответ пришёл с платформы Shopify.',
      ),
    },
    {
      id: 'powered-by',
      signal: header('powered-by', /^Shopify$/i),
      weight: 'medium',
      says: t(
        'Powered-By: Shopify is commonly seen on Shopify storefronts.',
        'Powered-By: Shopify часто встречается в ответах витрин на Shopify.',
      ),
    },
    {
      id: 'cookie-shopify-y-s',
      signal: cookie(/^_shopify_(y|s)$/),
      weight: 'medium',
      says: t(
        'The _shopify_y / _shopify_s cookies are set by Shopify storefronts.',
        'Cookie _shopify_y и _shopify_s ставят витрины на Shopify.',
      ),
    },
    {
      id: 'cookie-shopify-essential',
      signal: cookie(/^_shopify_essential[\w:.-]*$/),
      weight: 'medium',
      says: t(
        'A _shopify_essential cookie is set by Shopify storefronts.',
        'Cookie _shopify_essential ставят витрины на Shopify.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)myshopify\.com$/),
      weight: 'medium',
      says: t(
        'The address is on myshopify.com, the domain every Shopify store gets.',
        'Адрес находится на myshopify.com — домене, который получает каждый магазин на Shopify.',
      ),
    },
  ],
  codes: [
    {
      id: 'shopify.430-security',
      code: 430,
      title: t('Shopify Security Rejection', 'Отказ по соображениям безопасности (Shopify)'),
      summary: t(
        "Shopify's protection judged the request malicious or automated and refused it.",
        'Защита Shopify сочла запрос вредоносным или автоматическим и отклонила его.',
      ),
      visitor: t(
        'Slow down, turn off automation tools or a VPN if you use one, and try again a little later.',
        'Делайте паузы между действиями, отключите средства автоматизации или VPN, если пользуетесь ими, и попробуйте снова чуть позже.',
      ),
      owner: t(
        "For a headless store calling the Storefront API from a server, send the shopper's address in the Shopify-Storefront-Buyer-IP header with a private token; otherwise all traffic appears to come from one server and gets flagged. Also check the rate at which your code calls Shopify.",
        'Если headless-витрина обращается к Storefront API с сервера, передавайте адрес покупателя в заголовке Shopify-Storefront-Buyer-IP вместе с приватным токеном — иначе весь трафик выглядит так, будто идёт с одного сервера, и попадает под подозрение. Проверьте и частоту обращений вашего кода к Shopify.',
      ),
      source: responseCodes,
      when: [storefrontApi],
      prior: 0.7,
    },
    {
      id: 'shopify.430-rate',
      code: 430,
      title: t(
        'Request Header Fields Too Large (Shopify, old meaning)',
        'Request Header Fields Too Large (Shopify, старое значение)',
      ),
      summary: t(
        'An older Shopify use of 430, instead of 429: too many URLs were requested in a short time. Despite the name, header size had nothing to do with it.',
        'Старое применение кода 430 в Shopify вместо 429: за короткое время запрошено слишком много адресов. Несмотря на название, размер заголовков тут ни при чём.',
      ),
      visitor: t('Wait a minute before loading more pages.', 'Подождите минуту, прежде чем открывать новые страницы.'),
      owner: t(
        'Space out the requests (crawlers, scripts, preloading) and retry with a growing delay.',
        'Разнесите запросы во времени (краулеры, скрипты, предзагрузка) и повторяйте их с нарастающей паузой.',
      ),
      source: {
        title: 'Wikipedia: List of HTTP status codes (430), citing Shopify documentation',
        url: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#Unofficial_codes',
      },
      // Inferred, not documented: a rate limit has a reason to say when to come back, a security rejection has none.
      when: [header('retry-after')],
      obsolete: true,
      prior: 0.3,
    },
  ],
  notes: [
    {
      code: 423,
      note: t(
        'From Shopify, 423 Locked means the store is locked (for example over repeated API abuse or an account problem); Admin API calls to a locked store returned 420 until August 2018.',
        'От Shopify 423 Locked означает, что магазин заблокирован (например, за многократные нарушения лимитов API или из-за проблем с аккаунтом); до августа 2018 года Admin API в таком случае отвечал 420.',
      ),
    },
    {
      code: 402,
      note: t(
        'From Shopify, 402 Payment Required means the store is temporarily disabled because its Shopify fees are unpaid.',
        'От Shopify 402 Payment Required означает, что магазин временно отключён из-за неоплаченных счетов Shopify.',
      ),
    },
    {
      code: 429,
      note: t(
        "From Shopify's APIs, 429 means the app used up its request budget; wait as long as Retry-After says and spread calls out (GraphQL calls are limited by query cost, not just count).",
        'От API Shopify код 429 означает, что приложение исчерпало лимит запросов; подождите столько, сколько указано в Retry-After, и распределите вызовы (для GraphQL лимит считается по стоимости запросов, а не только по их числу).',
      ),
    },
  ],
};
