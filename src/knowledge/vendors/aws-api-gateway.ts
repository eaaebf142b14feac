import { header, host } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const awsApiGateway: Vendor = {
  id: 'aws-api-gateway',
  name: 'Amazon API Gateway',
  role: 'gateway',
  // "Gateway response types": its own answers default to 401, 403, 429 and 504; a malformed Lambda proxy
  // response comes back as 502. It has no answer of its own that defaults to 503.
  makes: [401, 403, 429, 502, 504],
  docs: {
    title: 'Amazon API Gateway Developer Guide: Gateway response types',
    url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html',
  },
  fingerprints: [
    {
      id: 'x-amz-apigw-id',
      signal: header('x-amz-apigw-id'),
      weight: 'strong',
      says: t(
        'x-amz-apigw-id is the extended request id of an Amazon API Gateway REST API, so the request went through API Gateway; it is on the gateway’s own refusals and on passed-along answers alike.',
        'x-amz-apigw-id — расширенный идентификатор запроса REST API в Amazon API Gateway: запрос прошёл через API Gateway; он есть и на собственных отказах шлюза, и на переданных ответах.',
      ),
    },
    {
      id: 'apigw-requestid',
      signal: header('apigw-requestid'),
      weight: 'strong',
      says: t(
        'apigw-requestid is the request id of an Amazon API Gateway HTTP API, so the request went through API Gateway; on its own it does not say who wrote the answer.',
        'apigw-requestid — идентификатор запроса HTTP API в Amazon API Gateway: запрос прошёл через API Gateway; кто сформировал ответ, он сам по себе не говорит.',
      ),
    },
    {
      id: 'x-amzn-errortype',
      signal: header('x-amzn-errortype'),
      weight: 'medium',
      generated: true,
      says: t(
        'x-amzn-errortype names an AWS service error, so the AWS front end (most often API Gateway) refused the request itself before the application answered.',
        'x-amzn-errortype называет ошибку сервиса AWS: входной слой AWS (чаще всего API Gateway) сам отклонил запрос ещё до того, как ответило приложение.',
      ),
    },
    {
      id: 'x-amzn-requestid',
      signal: header('x-amzn-requestid'),
      weight: 'medium',
      says: t(
        'x-amzn-requestid is a request id used by API Gateway and several other AWS services (Lambda, AppSync).',
        'x-amzn-requestid — идентификатор запроса, который выдают API Gateway и ещё несколько сервисов AWS (Lambda, AppSync).',
      ),
    },
    {
      id: 'x-amzn-remapped-server',
      signal: header('x-amzn-remapped-server'),
      weight: 'medium',
      relayed: true,
      says: t(
        "API Gateway renames some of the backend's headers with an x-amzn-remapped- prefix; this one keeps the backend's own Server value, so the backend answered and API Gateway passed the answer along.",
        'API Gateway переименовывает часть заголовков бэкенда, добавляя префикс x-amzn-remapped-; в этом заголовке сохранено собственное значение Server бэкенда — значит, ответил бэкенд, а API Gateway передал его ответ дальше.',
      ),
    },
    {
      id: 'host',
      signal: host(/^[a-z0-9-]+\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/),
      weight: 'weak',
      says: t(
        'The address is an execute-api.amazonaws.com host, the default address of an API Gateway API.',
        'Адрес на execute-api.amazonaws.com — стандартном адресе API в API Gateway.',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-amzn-errortype',
      generated: true,
      values: [
        {
          id: 'missing-authentication-token',
          match: /^MissingAuthenticationTokenException(:.*)?$/i,
          title: t('No such route, or unsigned request', 'Нет такого маршрута или запрос без подписи'),
          summary: t(
            'API Gateway found no resource and method for this path in the deployed stage, or the method requires IAM (SigV4) signing and the request was unsigned (403). Despite the name, a wrong URL is the usual cause.',
            'API Gateway не нашёл в развёрнутом stage ресурс и метод для этого пути либо метод требует подписи IAM (SigV4), а запрос не подписан (403). Несмотря на название, обычная причина — неверный адрес.',
          ),
          visitor: t(
            'Check the address; the page or app is calling an API path that does not exist.',
            'Проверьте адрес: страница или приложение обращается к несуществующему пути API.',
          ),
          owner: t(
            'Compare the path, method and stage name with the API definition, redeploy the stage after changes, add OPTIONS (CORS) where browsers send preflights, and sign requests when the method uses AWS_IAM authorization.',
            'Сверьте путь, метод и имя stage с описанием API, после изменений заново разверните stage, добавьте OPTIONS (CORS) там, где браузеры шлют preflight, и подписывайте запросы, если метод использует авторизацию AWS_IAM.',
          ),
        },
        {
          id: 'forbidden',
          match: /^ForbiddenException(:.*)?$/i,
          title: t('Forbidden by API Gateway', 'Запрещено API Gateway'),
          summary: t(
            'API Gateway refused the request before it reached the backend (403), most often because the required API key was missing or wrong.',
            'API Gateway отклонил запрос до бэкенда (403) — чаще всего из-за отсутствующего или неверного API-ключа.',
          ),
          owner: t(
            'Check the x-api-key value and its usage plan link to this stage; for private APIs, the VPC endpoint and resource policy; and whether the default execute-api endpoint was turned off.',
            'Проверьте значение x-api-key и его привязку через usage plan к этому stage; для private API — VPC endpoint и resource policy; и не отключён ли стандартный эндпоинт execute-api.',
          ),
        },
        {
          id: 'access-denied',
          match: /^AccessDeniedException(:.*)?$/i,
          title: t('Access denied', 'Доступ запрещён'),
          summary: t(
            'An authorizer or a resource policy denied this caller (403). Lambda function URLs with IAM auth send the same name.',
            'Авторизатор или resource policy отказали этому вызывающему (403). Lambda function URL с IAM-авторизацией присылают то же имя.',
          ),
          owner: t(
            'Look at the policy your Lambda or Cognito authorizer returned for this token, the API resource policy, or, for a function URL, its auth type and resource-based policy.',
            'Проверьте политику, которую вернул Lambda- или Cognito-авторизатор для этого токена, resource policy API, а для function URL — её тип авторизации и resource-based policy.',
          ),
        },
        {
          id: 'unauthorized',
          match: /^UnauthorizedException(:.*)?$/i,
          title: t('Not signed in', 'Вход не выполнен'),
          summary: t(
            'The API authorizer needs a token and got none, or one it could not accept (401).',
            'Авторизатору API нужен токен, а его не прислали или прислали непригодный (401).',
          ),
          visitor: t('Sign in again and retry.', 'Войдите заново и повторите.'),
          owner: t(
            'Check the token source header the authorizer reads (often Authorization), token expiry, and the issuer and audience set on a JWT or Cognito authorizer.',
            'Проверьте заголовок-источник токена у авторизатора (часто Authorization), срок жизни токена, issuer и audience в настройках JWT- или Cognito-авторизатора.',
          ),
        },
        {
          id: 'too-many-requests',
          match: /^TooManyRequestsException(:.*)?$/i,
          title: t('Throttled by API Gateway', 'API Gateway ограничил частоту запросов'),
          summary: t(
            'API Gateway is limiting the request rate for this API, stage, method or API key (429).',
            'API Gateway ограничивает частоту запросов к этому API, stage, методу или API-ключу (429).',
          ),
          visitor: t('Wait a little and try again.', 'Подождите немного и попробуйте снова.'),
          owner: t(
            'Compare traffic with the stage, method and usage-plan throttling limits and the account-level limit for the region; clients should retry with backoff.',
            'Сравните трафик с лимитами throttling для stage, метода и usage plan и с лимитом аккаунта в регионе; клиенты должны повторять запросы с нарастающей задержкой (backoff).',
          ),
        },
        {
          id: 'limit-exceeded',
          match: /^LimitExceededException(:.*)?$/i,
          title: t('Usage quota used up', 'Квота использования исчерпана'),
          summary: t(
            'The API key has used up its usage-plan quota for the period (429); it stays blocked until the quota renews.',
            'API-ключ исчерпал квоту своего usage plan за период (429) и останется заблокированным до её обновления.',
          ),
          owner: t(
            'Raise the quota in the usage plan or give the client another plan.',
            'Увеличьте квоту в usage plan или переведите клиента на другой план.',
          ),
        },
        {
          id: 'bad-request',
          match: /^BadRequestException(:.*)?$/i,
          title: t('Request rejected as invalid', 'Запрос отклонён как некорректный'),
          summary: t(
            'API Gateway rejected the request before the backend (400), typically because a request validator found the body or parameters invalid.',
            'API Gateway отклонил запрос до бэкенда (400) — как правило, валидатор запросов счёл тело или параметры неверными.',
          ),
          owner: t(
            'Compare the request with the model and required parameters of the method; the response body says what failed.',
            'Сравните запрос с моделью и обязательными параметрами метода; что именно не прошло проверку, сказано в теле ответа.',
          ),
        },
        {
          id: 'not-found',
          match: /^NotFoundException(:.*)?$/i,
          title: t('Not found', 'Не найдено'),
          summary: t(
            'An AWS service reported that the requested resource does not exist (404). This name is seen on AWS management APIs; whether API Gateway uses it for a missing route is not confirmed.',
            'Сервис AWS сообщил, что запрошенного ресурса нет (404). Это имя встречается в управляющих API AWS; использует ли его API Gateway для отсутствующего маршрута, не подтверждено.',
          ),
        },
        {
          id: 'internal-server-error',
          match: /^InternalServerErrorException(:.*)?$/i,
          title: t('Integration or configuration failure', 'Сбой интеграции или конфигурации'),
          summary: t(
            'API Gateway could not complete the request with its backend: a Lambda returned a response in the wrong shape (often 502), API Gateway may not invoke the function (500), the integration timed out (504), or the API is misconfigured.',
            'API Gateway не смог обработать запрос через бэкенд: Lambda вернула ответ не в том формате (часто 502), у API Gateway нет права вызвать функцию (500), интеграция не уложилась во время (504) или API настроен неверно.',
          ),
          visitor: t(
            'Try again later; the problem is on the service side.',
            'Попробуйте позже: проблема на стороне сервиса.',
          ),
          owner: t(
            'Turn on execution logging for the stage and read the log for this request id; for Lambda proxy integrations, return statusCode, headers and a string body.',
            'Включите execution logging для stage и найдите в журнале этот request id; для Lambda proxy-интеграций возвращайте statusCode, headers и body в виде строки.',
          ),
        },
        {
          id: 'authorizer-configuration',
          match: /^AuthorizerConfigurationException(:.*)?$/i,
          title: t('Authorizer misconfigured', 'Авторизатор настроен неверно'),
          summary: t(
            'API Gateway could not run the authorizer of this method (500). This name is reported in tools that mimic API Gateway; the real gateway may use it too, but that is not confirmed.',
            'API Gateway не смог выполнить авторизатор этого метода (500). Это имя встречается в инструментах, имитирующих API Gateway; реальный шлюз, вероятно, тоже его использует, но это не подтверждено.',
          ),
          owner: t(
            'Check that the authorizer Lambda exists, API Gateway may invoke it, and it returns a valid policy.',
            'Проверьте, что Lambda-авторизатор существует, API Gateway имеет право его вызывать и он возвращает корректную политику.',
          ),
        },
      ],
      fallback: t(
        'An AWS service (most likely API Gateway) named its own error in this header; the request did not reach the application.',
        'Сервис AWS (скорее всего, API Gateway) назвал в этом заголовке собственную ошибку; до приложения запрос не дошёл.',
      ),
    },
  ],
  notes: [
    {
      code: 401,
      note: t(
        'From API Gateway, 401 means an authorizer wanted a token and got none or a bad one (x-amzn-errortype: UnauthorizedException).',
        'От API Gateway 401 означает, что авторизатор ждал токен и не получил его или получил недействительный (x-amzn-errortype: UnauthorizedException).',
      ),
    },
    {
      code: 403,
      note: t(
        'From API Gateway, 403 most often means the path, method or stage does not exist ("Missing Authentication Token"), and otherwise a missing API key, an authorizer deny, a resource policy or AWS WAF. x-amzn-errortype tells them apart.',
        'От API Gateway 403 чаще всего означает, что пути, метода или stage нет («Missing Authentication Token»), а в остальных случаях — нет API-ключа, отказ авторизатора, resource policy или AWS WAF. Различить их помогает x-amzn-errortype.',
      ),
    },
    {
      code: 413,
      note: t(
        'API Gateway refuses request bodies over 10 MB with 413.',
        'API Gateway отклоняет тела запросов больше 10 МБ с кодом 413.',
      ),
    },
    {
      code: 429,
      note: t(
        'From API Gateway, 429 is either throttling (TooManyRequestsException: rate or burst limits) or a used-up usage-plan quota (LimitExceededException). These answers usually carry no Retry-After.',
        'От API Gateway 429 — это либо throttling (TooManyRequestsException: лимиты rate или burst), либо исчерпанная квота usage plan (LimitExceededException). Retry-After в таких ответах обычно нет.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 with x-amzn-errortype came from API Gateway itself: a configuration error, a failing authorizer, or no permission to invoke the Lambda. Without that header, the backend produced it.',
        '500 с x-amzn-errortype сформировал сам API Gateway: ошибка конфигурации, сбой авторизатора или нет права вызвать Lambda. Без этого заголовка его вернул бэкенд.',
      ),
    },
    {
      code: 502,
      note: t(
        'A 502 that API Gateway made itself (x-amzn-errortype present) usually means the Lambda proxy integration returned something that is not a valid proxy response, or the function crashed.',
        '502, сформированный самим API Gateway (есть x-amzn-errortype), обычно означает, что Lambda proxy-интеграция вернула некорректный proxy-ответ или функция упала.',
      ),
    },
    {
      code: 504,
      note: t(
        'A 504 that API Gateway made itself (x-amzn-errortype present) means the integration did not answer within the integration timeout (29 seconds by default for REST APIs).',
        '504, сформированный самим API Gateway (есть x-amzn-errortype), означает, что интеграция не ответила за integration timeout (по умолчанию 29 секунд для REST API).',
      ),
    },
  ],
  bodyHint: t(
    'API Gateway errors carry a small JSON body such as {"message":"Missing Authentication Token"} or {"message":"Forbidden"}; that message, together with x-amzn-errortype, names the exact refusal.',
    'Ошибки API Gateway приходят с небольшим JSON-телом вроде {"message":"Missing Authentication Token"} или {"message":"Forbidden"}; это сообщение вместе с x-amzn-errortype точно называет причину отказа.',
  ),
};
