import { decodedValue } from '../rows';
import { header, host, onPage, server, via } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const awsCloudfront: Vendor = {
  id: 'aws-cloudfront',
  name: 'Amazon CloudFront',
  role: 'cdn',
  docs: {
    title: 'Amazon CloudFront Developer Guide: Troubleshooting error responses from your origin',
    url: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html',
  },
  // Its own error responses are 400, 502, 503 and 504 ("Troubleshooting error responses from your origin"); geographic
  // restriction, signed URLs and AWS WAF refuse with 403. Rate limits go through AWS WAF, whose default is also 403.
  makes: [403, 502, 503, 504],
  fingerprints: [
    {
      id: 'x-amz-cf-id',
      signal: header('x-amz-cf-id'),
      weight: 'strong',
      says: t(
        "x-amz-cf-id is CloudFront's request id, so the response passed through Amazon CloudFront. Quote it when reporting the problem.",
        'x-amz-cf-id — идентификатор запроса в CloudFront: ответ прошёл через Amazon CloudFront. Укажите его, когда сообщаете о проблеме.',
      ),
    },
    {
      id: 'x-amz-cf-pop',
      signal: header('x-amz-cf-pop'),
      weight: 'strong',
      says: t(
        'x-amz-cf-pop names the CloudFront edge location that served the request (for example FRA56-P1).',
        'x-amz-cf-pop называет точку присутствия CloudFront, которая обслужила запрос (например, FRA56-P1).',
      ),
    },
    {
      id: 'via',
      signal: via(/^(.*,\s*)?(HTTP\/)?[\d.]+\s+[0-9a-z]+\.cloudfront\.net \(CloudFront\)(\s*,.*)?$/i),
      weight: 'strong',
      says: t(
        'The Via header lists a cloudfront.net hop, so Amazon CloudFront carried this response.',
        'В заголовке Via есть узел cloudfront.net — ответ доставил Amazon CloudFront.',
      ),
    },
    {
      // X-Cache carries the result type of the standard logs (x-edge-result-type, "Standard logging reference").
      // "Error" is set whenever the answer is an error, the origin's as well as CloudFront's own, so it decides nothing.
      id: 'x-cache',
      signal: header(
        'x-cache',
        /^(?!(?:hit|refreshhit|miss|redirect|lambdageneratedresponse|functiongeneratedresponse) )[a-z]+ from cloudfront$/i,
      ),
      weight: 'strong',
      says: t(
        'X-Cache "… from cloudfront" is how CloudFront reports what it did with the request, so it sits in front of the site; this value alone does not say who wrote the answer.',
        'X-Cache «… from cloudfront» — так CloudFront сообщает, что он сделал с запросом; значит, он стоит перед сайтом. Само это значение не говорит, кто сформировал ответ.',
      ),
    },
    {
      id: 'x-cache-from-origin',
      signal: header('x-cache', /^(hit|refreshhit|miss) from cloudfront$/i),
      weight: 'strong',
      relayed: true,
      says: t(
        'X-Cache Hit, RefreshHit or Miss "from cloudfront" means CloudFront served an object from its cache or fetched it from the origin just now, so the origin made this answer and CloudFront passed it on.',
        'X-Cache Hit, RefreshHit или Miss «from cloudfront» означает, что CloudFront отдал объект из кэша или только что получил его от origin: ответ сформировал origin, а CloudFront его передал.',
      ),
    },
    {
      id: 'x-cache-edge-answer',
      signal: header('x-cache', /^(redirect|lambdageneratedresponse|functiongeneratedresponse) from cloudfront$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'X-Cache says CloudFront answered at the edge without asking the origin: either its own redirect or a response written by a Lambda@Edge function or CloudFront Function attached to the site.',
        'X-Cache говорит, что CloudFront ответил на edge, не обращаясь к origin: это его собственное перенаправление или ответ, сформированный подключённой к сайту функцией Lambda@Edge или CloudFront Function.',
      ),
    },
    {
      id: 'server',
      signal: server(/^CloudFront$/i),
      weight: 'strong',
      generated: true,
      says: t(
        "Server: CloudFront appears on answers CloudFront writes itself, such as its own error and block pages, so CloudFront, not the site's server, produced this response.",
        'Server: CloudFront бывает у ответов, которые CloudFront формирует сам (его страницы ошибок и блокировок), — значит, ответ сформировал CloudFront, а не сервер сайта.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)cloudfront\.net$/),
      weight: 'weak',
      says: t(
        'The address is a cloudfront.net name, the default domain of a CloudFront distribution.',
        'Адрес на домене cloudfront.net — стандартном имени дистрибутива CloudFront.',
      ),
    },
    // CloudFront's own error page (observed pages; the reasons are the sentences AWS quotes in its troubleshooting
    // topics): h1 "<status> ERROR", h2 "The request could not be satisfied.", one sentence naming the cause as bare text
    // of the body, then a <pre> "Generated by cloudfront (CloudFront)" / "Request ID: <the x-amz-cf-id>".
    {
      id: 'page-request-id',
      signal: onPage('body > pre', /^Generated by cloudfront \(CloudFront\) Request ID: ([\w=-]{16,100})$/),
      weight: 'strong',
      generated: true,
      says: t(
        'The page is CloudFront’s own error page: it ends with "Generated by cloudfront (CloudFront)" and the request’s id, the same as the x-amz-cf-id header, which the site owner can find in the CloudFront logs.',
        'Это собственная страница ошибки CloudFront: внизу стоит «Generated by cloudfront (CloudFront)» и идентификатор запроса — тот же, что в заголовке x-amz-cf-id; по нему владелец сайта найдёт запрос в журналах CloudFront.',
      ),
    },
    {
      // The body's whole text begins with the two headings, then the cause; only its first sentence is kept.
      id: 'page-reason',
      signal: onPage('body', /^\d{3} ERROR ?The request could not be satisfied\. ?([^.]{1,200}\.)/, {
        decodes: 'page-reason',
      }),
      weight: 'strong',
      generated: true,
      says: t(
        'The page opens with CloudFront’s "<status> ERROR / The request could not be satisfied." and a sentence with the cause, as CloudFront’s own error pages do.',
        'Страница начинается с «<статус> ERROR / The request could not be satisfied.» и фразы о причине — так выглядят собственные страницы ошибок CloudFront.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      // The sentence after "The request could not be satisfied." on CloudFront's own page (cut to 64 characters).
      header: 'page-reason',
      onPage: true,
      generated: true,
      fallback: t(
        'CloudFront answered with its own error page; the sentence under "The request could not be satisfied." gives the cause.',
        'CloudFront ответил своей страницей ошибки; причину называет фраза под «The request could not be satisfied.».',
      ),
      values: [
        decodedValue(
          'origin-connect',
          /^CloudFront wasn['’]t able to connect to the origin\.$/i,
          t('Could not connect to the origin', 'Нет соединения с origin'),
          t(
            'CloudFront could not open a working connection to the site’s server: nothing answered on its port, the name did not resolve, or the TLS handshake or certificate check failed.',
            'CloudFront не смог установить рабочее соединение с сервером сайта: на порту никто не ответил, имя не разрешилось или не прошло TLS-рукопожатие либо проверка сертификата.',
          ),
          t(
            'Check that the origin is up and reachable from CloudFront (security groups, firewall), that the origin domain resolves, and that its certificate is valid for the origin domain name set in the distribution.',
            'Проверьте, что origin работает и доступен для CloudFront (security groups, файрвол), что домен origin разрешается и что его сертификат действителен для имени origin, указанного в дистрибутиве.',
          ),
        ),
        decodedValue(
          'origin-attempt-failed',
          /^CloudFront attempted to establish a connection with the origin/i,
          t('Connection to the origin failed', 'Сбой соединения с origin'),
          t(
            'CloudFront tried to reach the site’s server, but the attempt failed or the server closed the connection.',
            'CloudFront пытался связаться с сервером сайта, но попытка не удалась или сервер закрыл соединение.',
          ),
          t(
            'Look at the origin’s load and logs at this time and at the origin response and keep-alive time-outs of the distribution.',
            'Посмотрите на нагрузку и журналы origin в это время и на тайм-ауты ответа и keep-alive для origin в настройках дистрибутива.',
          ),
        ),
        decodedValue(
          'geo-blocked',
          /^The Amazon CloudFront distribution is configured to block access/i,
          t('Blocked in your country', 'Недоступно в вашей стране'),
          t(
            'The site’s CloudFront distribution has a geographic restriction, and the country your address is placed in is not allowed.',
            'У дистрибутива CloudFront этого сайта включено географическое ограничение, и страна, к которой отнесён ваш адрес, в число разрешённых не входит.',
          ),
          t(
            'If visitors from this country should get in, change the geographic restrictions of the distribution.',
            'Если посетители из этой страны должны получать доступ, измените географические ограничения дистрибутива.',
          ),
          t(
            'The site chose not to serve your region; only its owner can change that.',
            'Сайт решил не обслуживать ваш регион; изменить это может только его владелец.',
          ),
        ),
        decodedValue(
          'request-blocked',
          /^Request blocked\.$/i,
          t('Request blocked by CloudFront', 'Запрос заблокирован CloudFront'),
          t(
            'A rule on the site’s distribution refused this request before it reached the site’s server; most often it is an AWS WAF rule.',
            'Правило дистрибутива сайта отклонило запрос ещё до сервера сайта; чаще всего это правило AWS WAF.',
          ),
          t(
            'Look the Request ID up in the AWS WAF logs (or sampled requests) of the web ACL attached to the distribution to find the rule that matched.',
            'Найдите Request ID в журналах AWS WAF (или в sampled requests) для web ACL, подключённого к дистрибутиву, и выясните, какое правило сработало.',
          ),
        ),
        decodedValue(
          'bad-request',
          /^Bad request\.$/i,
          t('Request refused by CloudFront', 'CloudFront отклонил запрос'),
          t(
            'CloudFront would not handle the request at the edge: commonly the site name is not one of the distribution’s alternate domain names, or the request itself was malformed.',
            'CloudFront не стал обрабатывать запрос на edge: обычно имя сайта не входит в alternate domain names дистрибутива или сам запрос некорректен.',
          ),
          t(
            'Make sure the host name is listed as an alternate domain name (CNAME) of the distribution and covered by its certificate.',
            'Проверьте, что имя хоста указано в alternate domain names (CNAME) дистрибутива и покрыто его сертификатом.',
          ),
        ),
        decodedValue(
          'method-not-allowed',
          /^This distribution is not configured to allow the HTTP request/i,
          t('Method not allowed by the distribution', 'Метод не разрешён в дистрибутиве'),
          t(
            'The distribution accepts only some HTTP methods for this path (often just GET and HEAD), and this request used another one, such as POST.',
            'Для этого пути дистрибутив принимает лишь некоторые методы HTTP (часто только GET и HEAD), а запрос пришёл с другим, например POST.',
          ),
          t(
            'Allow the needed methods in the cache behavior that matches this path.',
            'Разрешите нужные методы в cache behavior, который соответствует этому пути.',
          ),
        ),
        decodedValue(
          'edge-function-invalid',
          /^The Lambda function associated with the CloudFront distribution/i,
          t('Edge function failed', 'Сбой функции на edge'),
          t(
            'A Lambda@Edge function attached to the distribution could not be used: it is invalid, lacks permissions, or returned something CloudFront refused.',
            'Подключённую к дистрибутиву функцию Lambda@Edge не удалось использовать: она некорректна, ей не хватает прав или она вернула то, что CloudFront отверг.',
          ),
          t(
            'Read the function’s CloudWatch logs in the region nearest the visitor and check its execution role and the response it builds.',
            'Изучите журналы функции в CloudWatch в регионе, ближайшем к посетителю, и проверьте её роль выполнения и формируемый ответ.',
          ),
        ),
      ],
    },
    {
      header: 'x-cache',
      generated: false,
      values: [
        {
          id: 'error',
          match: /^Error from cloudfront$/i,
          title: t('Error passing through CloudFront', 'Ошибка, прошедшая через CloudFront'),
          summary: t(
            'CloudFront labels this answer as an error (or as a custom error page standing in for one). The label alone does not say who made it: with Server: CloudFront it was CloudFront; with another Server value (AmazonS3, nginx, …) the origin made it and CloudFront passed it on.',
            'CloudFront пометил этот ответ как ошибку (или как заменяющую её страницу ошибки). Сама пометка не говорит, кто её сформировал: при Server: CloudFront — сам CloudFront, при другом Server (AmazonS3, nginx и т. п.) — origin, а CloudFront лишь передал ответ.',
          ),
          owner: t(
            "Look at the Server header and at the origin's own logs for this time; the CloudFront standard logs show the x-edge-result-type and the origin status for the x-amz-cf-id.",
            'Посмотрите на заголовок Server и журналы самого origin за это время; в стандартных журналах CloudFront по x-amz-cf-id видны x-edge-result-type и статус origin.',
          ),
        },
        {
          id: 'hit',
          match: /^(Hit|RefreshHit) from cloudfront$/i,
          title: t('Served from CloudFront cache', 'Ответ из кэша CloudFront'),
          summary: t(
            'CloudFront answered from its cache. An error can be cached too (by default for about 10 seconds), so this may be an older failure replayed.',
            'CloudFront ответил из кэша. Ошибки тоже кэшируются (по умолчанию примерно на 10 секунд), так что это может быть повтор более раннего сбоя.',
          ),
          visitor: t(
            'Wait a little and reload; a cached error goes away once it expires.',
            'Подождите немного и обновите страницу: закэшированная ошибка исчезнет, когда истечёт срок хранения.',
          ),
          owner: t(
            'Check the error caching minimum TTL and custom error responses of the distribution, or invalidate the path.',
            'Проверьте error caching minimum TTL и custom error responses дистрибутива или сделайте инвалидацию пути.',
          ),
        },
        {
          id: 'miss',
          match: /^Miss from cloudfront$/i,
          title: t('Fetched from the origin', 'Получено от origin'),
          summary: t(
            'CloudFront had no cached copy and fetched this answer from the origin just now.',
            'В кэше CloudFront копии не было, и этот ответ только что получен от origin.',
          ),
        },
        {
          id: 'function-generated',
          match: /^(LambdaGeneratedResponse|FunctionGeneratedResponse) from cloudfront$/i,
          title: t('Made by an edge function', 'Сформировано функцией на edge'),
          summary: t(
            'A Lambda@Edge function or a CloudFront Function attached to the distribution wrote this response; the origin never saw the request.',
            'Этот ответ сформировала функция Lambda@Edge или CloudFront Function, подключённая к дистрибутиву; до origin запрос не дошёл.',
          ),
          owner: t(
            'Read the code and logs of the viewer-request or origin-request function on this cache behavior.',
            'Изучите код и журналы функции viewer-request или origin-request на этом cache behavior.',
          ),
        },
        {
          id: 'redirect',
          match: /^Redirect from cloudfront$/i,
          title: t('Redirect by CloudFront', 'Перенаправление от CloudFront'),
          summary: t(
            'CloudFront itself redirected the request, usually from http to https because of the viewer protocol policy.',
            'CloudFront сам перенаправил запрос — обычно с http на https из-за viewer protocol policy.',
          ),
        },
      ],
      fallback: t(
        'CloudFront reported a cache result the extension does not know.',
        'CloudFront сообщил результат кэширования, который расширению неизвестен.',
      ),
    },
  ],
  notes: [
    {
      code: 400,
      note: t(
        'When CloudFront made the 400 itself (Server: CloudFront), the request could not be handled at the edge: it was malformed, or the origin could not be reached with the details given. CloudFront also passes on 400s from the origin, so check the Server header first.',
        'Если 400 сформировал сам CloudFront (Server: CloudFront), запрос не удалось обработать на edge: он некорректен или до origin не удалось добраться с такими параметрами. CloudFront передаёт и 400 от origin, поэтому сначала посмотрите на Server.',
      ),
    },
    {
      code: 403,
      note: t(
        'A 403 from CloudFront itself (Server: CloudFront) is commonly one of these: geographic restriction of the distribution, an AWS WAF rule, a missing or expired signed URL or cookie, or a host name not listed as an alternate domain. These are commonly reported causes rather than a list from CloudFront documentation. With Server: AmazonS3 the refusal came from the S3 bucket instead.',
        '403 от самого CloudFront (Server: CloudFront) обычно объясняется одной из причин: географическое ограничение дистрибутива, правило AWS WAF, отсутствующая или просроченная подписанная ссылка или cookie, имя хоста, не указанное в alternate domain names. Это часто встречающиеся причины, а не перечень из документации CloudFront. При Server: AmazonS3 отказал уже бакет S3.',
      ),
    },
    {
      code: 502,
      note: t(
        'When CloudFront made the 502 itself (Server: CloudFront), it could not get a usable answer from the origin: the TLS handshake failed (certificate name not matching the origin domain or Host, an expired, self-signed or badly chained certificate, no common cipher or protocol), nothing answered on the origin port, the origin name did not resolve (NonS3OriginDnsError), or a Lambda@Edge or CloudFront Function returned an invalid response.',
        'Если 502 сформировал сам CloudFront (Server: CloudFront), он не получил пригодного ответа от origin: не прошло TLS-рукопожатие (имя в сертификате не совпадает с доменом origin или Host, сертификат просрочен, самоподписан или с неправильной цепочкой, нет общих шифров или протоколов), на порту origin никто не ответил, имя origin не разрешилось (NonS3OriginDnsError) или функция Lambda@Edge либо CloudFront Function вернула недопустимый ответ.',
      ),
    },
    {
      code: 503,
      note: t(
        'A 503 through CloudFront usually comes from an overloaded origin (for S3, a SlowDown). CloudFront makes its own 503 (Server: CloudFront) when a Lambda@Edge or CloudFront Function fails or hits its limits, and, rarely, when an edge location is short of capacity.',
        '503 через CloudFront обычно приходит от перегруженного origin (у S3 — SlowDown). Собственный 503 (Server: CloudFront) CloudFront отдаёт, когда функция Lambda@Edge или CloudFront Function падает или превышает лимиты, и изредка — когда точке присутствия не хватает ресурсов.',
      ),
    },
    {
      code: 504,
      note: t(
        'When CloudFront made the 504 itself (Server: CloudFront), the origin did not answer in time: the origin response timeout is 30 seconds by default, or the connection never opened because a firewall or security group blocks CloudFront. Check origin latency and the timeout settings of the origin.',
        'Если 504 сформировал сам CloudFront (Server: CloudFront), origin не ответил вовремя: по умолчанию origin response timeout — 30 секунд, либо соединение не открылось, потому что файрвол или security group не пускает CloudFront. Проверьте время ответа origin и настройки тайм-аутов origin.',
      ),
    },
  ],
  bodyHint: t(
    'CloudFront\'s own error page says "The request could not be satisfied", gives a short reason, and ends with a Request ID. That id equals the x-amz-cf-id header; send it to the site owner so they can find the request in the CloudFront logs.',
    'Собственная страница ошибки CloudFront начинается с «The request could not be satisfied», называет краткую причину и заканчивается строкой Request ID. Этот идентификатор совпадает с заголовком x-amz-cf-id; отправьте его владельцу сайта, чтобы он нашёл запрос в журналах CloudFront.',
  ),
};
