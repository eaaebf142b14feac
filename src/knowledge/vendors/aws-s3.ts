import { header, host, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const awsS3: Vendor = {
  id: 'aws-s3',
  name: 'Amazon S3',
  role: 'origin',
  // A bucket (above all a static website endpoint) is the site's server itself, so its 404 is the site's.
  servesSite: true,
  docs: {
    title: 'Amazon S3 API Reference: Error responses',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html',
  },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^AmazonS3$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: AmazonS3 means an Amazon S3 bucket answered: the site keeps these files in S3 storage.',
        'Server: AmazonS3 означает, что ответил бакет Amazon S3: сайт хранит эти файлы в S3.',
      ),
    },
    {
      id: 'x-amz-id-2',
      signal: header('x-amz-id-2'),
      weight: 'medium',
      says: t(
        'x-amz-id-2 is the extended request id of Amazon S3 (S3-compatible storage may copy it).',
        'x-amz-id-2 — расширенный идентификатор запроса Amazon S3 (его может повторять и S3-совместимое хранилище).',
      ),
    },
    {
      id: 'x-amz-request-id',
      signal: header('x-amz-request-id'),
      weight: 'medium',
      says: t(
        'x-amz-request-id is the request id Amazon S3 (or an S3-compatible store) gives each request; AWS support asks for it together with x-amz-id-2.',
        'x-amz-request-id — идентификатор запроса, который выдаёт Amazon S3 (или S3-совместимое хранилище); служба поддержки AWS просит его вместе с x-amz-id-2.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)s3([.-][a-z0-9]+)*\.amazonaws\.com(\.cn)?$/),
      weight: 'weak',
      says: t(
        'The address is an Amazon S3 endpoint (a bucket or static website host on amazonaws.com).',
        'Адрес — это эндпоинт Amazon S3 (бакет или хост статического сайта на amazonaws.com).',
      ),
    },
  ],
  codes: [],
  decoders: [
    {
      header: 'x-amz-error-code',
      generated: true,
      values: [
        {
          id: 'no-such-key',
          match: /^NoSuchKey$/i,
          title: t('No such file in the bucket', 'В бакете нет такого файла'),
          summary: t(
            'S3 found the bucket but no object under this name (404).',
            'S3 нашёл бакет, но объекта с таким именем в нём нет (404).',
          ),
          visitor: t(
            'The link is probably outdated or mistyped; check it or start from the home page.',
            'Вероятно, ссылка устарела или набрана с ошибкой; проверьте её или начните с главной страницы.',
          ),
          owner: t(
            'Check the object key (case, leading slash, URL encoding), that the deploy uploaded the file, and, for single-page apps, an error document or CloudFront error response that serves index.html.',
            'Проверьте ключ объекта (регистр, ведущий слеш, URL-кодирование), что деплой загрузил файл, а для одностраничных приложений — error document или error response в CloudFront, отдающий index.html.',
          ),
        },
        {
          id: 'no-such-bucket',
          match: /^NoSuchBucket$/i,
          title: t('Bucket does not exist', 'Бакет не существует'),
          summary: t(
            'The bucket this address points to does not exist (404), often because it was deleted while DNS or CloudFront still points at it.',
            'Бакета, на который указывает адрес, не существует (404) — часто его удалили, а DNS или CloudFront всё ещё на него ссылаются.',
          ),
          owner: t(
            'Check the bucket name in the DNS record or CloudFront origin. A dangling record to a deleted bucket can be taken over by anyone who creates a bucket with that name; fix it quickly.',
            'Проверьте имя бакета в DNS-записи или origin CloudFront. Висящую запись на удалённый бакет может перехватить любой, кто создаст бакет с таким именем, — исправьте её поскорее.',
          ),
        },
        {
          id: 'access-denied',
          match: /^AccessDenied$/i,
          title: t('Access denied by S3', 'S3 отказал в доступе'),
          summary: t(
            'S3 refused to serve this object (403). S3 also answers this way for a missing file when the caller may not list the bucket.',
            'S3 отказался отдавать объект (403). Точно так же S3 отвечает и на отсутствующий файл, если у запрашивающего нет права на просмотр содержимого бакета (ListBucket).',
          ),
          owner: t(
            'Check the bucket policy, Block Public Access, object ownership and, behind CloudFront, the origin access control (OAC) and its policy statement. For presigned links, check that the link has not expired. Also make sure the file actually exists.',
            'Проверьте bucket policy, Block Public Access, настройку Object Ownership, а за CloudFront — origin access control (OAC) и соответствующее правило политики. Для presigned-ссылок проверьте, не истёк ли срок действия. И убедитесь, что файл действительно существует.',
          ),
        },
        {
          id: 'all-access-disabled',
          match: /^AllAccessDisabled$/i,
          title: t('All access disabled', 'Весь доступ отключён'),
          summary: t(
            'AWS has switched off all access to this bucket or object (403); the owner cannot fix it from the bucket settings.',
            'AWS отключил любой доступ к этому бакету или объекту (403); из настроек бакета владелец это не исправит.',
          ),
          owner: t(
            'Contact AWS Support about the account or bucket.',
            'Обратитесь в AWS Support по поводу аккаунта или бакета.',
          ),
        },
        {
          id: 'precondition-failed',
          match: /^PreconditionFailed$/i,
          title: t('Precondition failed', 'Предусловие не выполнено'),
          summary: t(
            'A condition in the request (If-Match, If-Unmodified-Since and similar) did not hold for the stored object (412).',
            'Условие в запросе (If-Match, If-Unmodified-Since и т. п.) не выполнилось для хранимого объекта (412).',
          ),
          owner: t(
            'Usually harmless for pages; for uploads or sync tools, check which ETag or date the client sent.',
            'Для страниц обычно безвредно; для загрузок и инструментов синхронизации проверьте, какой ETag или дату прислал клиент.',
          ),
        },
        {
          id: 'invalid-request',
          match: /^InvalidRequest$/i,
          title: t('Invalid request', 'Некорректный запрос'),
          summary: t(
            'S3 could not accept the request as sent (400), for example an unsupported signature version or a missing required header.',
            'S3 не принял запрос в таком виде (400) — например, из-за неподдерживаемой версии подписи или отсутствия обязательного заголовка.',
          ),
        },
        {
          id: 'slow-down',
          match: /^SlowDown$/i,
          title: t('Slow down', 'Снизьте частоту запросов'),
          summary: t(
            'S3 is asking for fewer requests per second on this part of the bucket (503).',
            'S3 просит снизить число запросов в секунду к этой части бакета (503).',
          ),
          visitor: t('Wait a moment and try again.', 'Подождите немного и попробуйте снова.'),
          owner: t(
            'Spread objects over more key prefixes, cache in front of S3 (for example CloudFront) and retry with exponential backoff.',
            'Распределите объекты по большему числу префиксов ключей, поставьте кэш перед S3 (например, CloudFront) и повторяйте запросы с экспоненциальной задержкой.',
          ),
        },
        {
          id: 'service-unavailable',
          match: /^ServiceUnavailable$/i,
          title: t('S3 temporarily unavailable', 'S3 временно недоступен'),
          summary: t(
            'S3 could not handle the request just now (503); it is normally short-lived.',
            'S3 сейчас не смог обработать запрос (503); обычно это ненадолго.',
          ),
          visitor: t('Try again in a minute.', 'Повторите через минуту.'),
          owner: t(
            'Retry with backoff and check the AWS Health Dashboard for the region.',
            'Повторяйте с задержкой и проверьте AWS Health Dashboard для региона.',
          ),
        },
        {
          id: 'internal-error',
          match: /^InternalError$/i,
          title: t('S3 internal error', 'Внутренняя ошибка S3'),
          summary: t(
            'Something failed inside S3 while handling this request (500).',
            'При обработке этого запроса что-то сломалось внутри S3 (500).',
          ),
          visitor: t('Try again shortly.', 'Попробуйте ещё раз чуть позже.'),
          owner: t(
            'Retry; if it persists, give AWS Support the x-amz-request-id and x-amz-id-2 values.',
            'Повторите запрос; если ошибка не пропадает, передайте в AWS Support значения x-amz-request-id и x-amz-id-2.',
          ),
        },
        {
          id: 'permanent-redirect',
          match: /^PermanentRedirect$/i,
          title: t('Wrong regional endpoint', 'Не тот региональный эндпоинт'),
          summary: t(
            'The bucket lives in another region and must be reached through its own regional endpoint (301).',
            'Бакет находится в другом регионе, и обращаться к нему нужно через его региональный эндпоинт (301).',
          ),
          owner: t(
            'Use the endpoint of the bucket region in links, SDK settings or the CloudFront origin.',
            'Укажите эндпоинт региона бакета в ссылках, настройках SDK или origin CloudFront.',
          ),
        },
        {
          id: 'temporary-redirect',
          match: /^TemporaryRedirect$/i,
          title: t('Temporary redirect', 'Временное перенаправление'),
          summary: t(
            'S3 sends the request to the bucket region while DNS for a new bucket is still settling (307).',
            'S3 перенаправляет запрос в регион бакета, пока DNS для нового бакета ещё не обновился (307).',
          ),
          owner: t(
            'Usually clears up after a while; use the regional endpoint to avoid it.',
            'Обычно проходит со временем; чтобы не сталкиваться с этим, используйте региональный эндпоинт.',
          ),
        },
        {
          id: 'no-such-website-configuration',
          match: /^NoSuchWebsiteConfiguration$/i,
          title: t('Website hosting not enabled', 'Хостинг сайта не включён'),
          summary: t(
            'The request came to the S3 website endpoint, but static website hosting is not turned on for this bucket (404).',
            'Запрос пришёл на website endpoint S3, но для бакета не включён хостинг статического сайта (404).',
          ),
          owner: t(
            'Enable static website hosting on the bucket, or point DNS or CloudFront at the REST endpoint instead.',
            'Включите static website hosting для бакета или направьте DNS либо CloudFront на REST endpoint.',
          ),
        },
        {
          id: 'expired-token',
          match: /^ExpiredToken$/i,
          title: t('Expired credentials', 'Истёк срок действия токена'),
          summary: t(
            'The temporary security token used to sign the request has expired (400).',
            'Временный токен безопасности, которым подписан запрос, просрочен (400).',
          ),
          visitor: t(
            'Reload the page to get a freshly signed link.',
            'Обновите страницу, чтобы получить заново подписанную ссылку.',
          ),
          owner: t(
            'Presigned links made with short-lived role credentials stop working when the session ends; sign with credentials that outlive the link.',
            'Presigned-ссылки, подписанные краткоживущими учётными данными роли, перестают работать, когда заканчивается сессия; подписывайте учётными данными, которые живут дольше ссылки.',
          ),
        },
        {
          id: 'signature-does-not-match',
          match: /^SignatureDoesNotMatch$/i,
          title: t('Signature does not match', 'Подпись не совпадает'),
          summary: t(
            'The signature on the request does not match what S3 computed (403); the link or request was altered or signed with the wrong key.',
            'Подпись запроса не совпала с той, которую вычислил S3 (403): ссылку или запрос изменили либо подписали не тем ключом.',
          ),
          owner: t(
            'Check that nothing rewrites the signed URL or headers on the way (encoding, added headers, a proxy) and that the right secret key and region are used.',
            'Проверьте, что по пути ничто не меняет подписанный URL или заголовки (кодирование, добавленные заголовки, прокси) и что используются правильный секретный ключ и регион.',
          ),
        },
        {
          id: 'request-time-too-skewed',
          match: /^RequestTimeTooSkewed$/i,
          title: t('Clock too far off', 'Слишком большое расхождение часов'),
          summary: t(
            'The time in the signed request differs too much from S3 time (403), usually because the signing machine has a wrong clock.',
            'Время в подписанном запросе слишком сильно отличается от времени S3 (403) — обычно потому, что часы подписывающей машины идут неверно.',
          ),
          visitor: t(
            'If the page signs requests in your browser, check that your computer clock is right.',
            'Если страница подписывает запросы прямо в браузере, проверьте, что часы компьютера идут верно.',
          ),
          owner: t(
            'Sync the clock (NTP) of whatever signs the request.',
            'Синхронизируйте часы (NTP) там, где подписывается запрос.',
          ),
        },
        {
          id: 'invalid-object-state',
          match: /^InvalidObjectState$/i,
          title: t('Object is archived', 'Объект в архиве'),
          summary: t(
            'The object sits in an archive storage class (Glacier Flexible Retrieval or Deep Archive) and cannot be read until restored (403).',
            'Объект лежит в архивном классе хранения (Glacier Flexible Retrieval или Deep Archive) и недоступен для чтения, пока его не восстановят (403).',
          ),
          owner: t(
            'Restore the object or check the lifecycle rule that moved it to an archive class.',
            'Восстановите объект или проверьте lifecycle-правило, которое перенесло его в архивный класс.',
          ),
        },
        {
          id: 'method-not-allowed',
          match: /^MethodNotAllowed$/i,
          title: t('Method not allowed', 'Метод не разрешён'),
          summary: t(
            'This HTTP method cannot be used on this resource (405), for example a POST to the static website endpoint.',
            'Этот HTTP-метод нельзя применять к данному ресурсу (405) — например, POST на website endpoint.',
          ),
          owner: t(
            'Static S3 hosting serves only GET and HEAD; send form posts and API calls to a real backend.',
            'Статический хостинг S3 обслуживает только GET и HEAD; отправляйте формы и вызовы API на настоящий бэкенд.',
          ),
        },
        {
          id: 'invalid-access-key-id',
          match: /^InvalidAccessKeyId$/i,
          title: t('Unknown access key', 'Неизвестный ключ доступа'),
          summary: t(
            'The access key that signed the request does not exist in AWS (403), often because it was rotated or deleted.',
            'Ключа доступа, которым подписан запрос, в AWS не существует (403) — часто его сменили или удалили.',
          ),
          owner: t(
            'Update the credentials used to sign links or requests.',
            'Обновите учётные данные, которыми подписываются ссылки или запросы.',
          ),
        },
        {
          id: 'invalid-range',
          match: /^InvalidRange$/i,
          title: t('Range not satisfiable', 'Недопустимый диапазон'),
          summary: t(
            'The requested byte range lies outside the object (416).',
            'Запрошенный диапазон байтов выходит за пределы объекта (416).',
          ),
        },
      ],
      fallback: t(
        'Amazon S3 named its error in this header; the value is the S3 error code, which the S3 error list explains.',
        'Amazon S3 назвал свою ошибку в этом заголовке; значение — код ошибки S3; его расшифровка есть в списке ошибок S3.',
      ),
    },
    {
      header: 'x-amz-error-message',
      generated: true,
      fallback: t(
        "This is S3's own short English explanation of the error.",
        'Это краткое пояснение ошибки от самого S3 на английском языке.',
      ),
    },
  ],
  notes: [
    {
      code: 301,
      note: t(
        'S3 answers 301 (PermanentRedirect) when the bucket is in another region than the endpoint used.',
        'S3 отвечает 301 (PermanentRedirect), если бакет находится не в том регионе, к эндпоинту которого обратились.',
      ),
    },
    {
      code: 307,
      note: t(
        'S3 answers 307 (TemporaryRedirect) for a freshly created bucket until DNS catches up.',
        'S3 отвечает 307 (TemporaryRedirect) для только что созданного бакета, пока не обновится DNS.',
      ),
    },
    {
      code: 400,
      note: t(
        'An S3 400 is a request S3 could not accept: an expired token, a malformed signature or header, or a wrong argument. The x-amz-error-code header or the XML body names which.',
        '400 от S3 означает, что S3 не смог принять запрос: просроченный токен, неверная подпись или заголовок, неправильный аргумент. Какой случай, называет заголовок x-amz-error-code или XML в теле ответа.',
      ),
    },
    {
      code: 403,
      note: t(
        'An S3 403 is not always about permissions on an existing file: without the right to list the bucket, S3 hides a missing object behind 403 instead of 404. Check the bucket policy, Block Public Access and (behind CloudFront) origin access control, and whether the key exists.',
        '403 от S3 не всегда связан с правами на существующий файл: без права на просмотр содержимого бакета (ListBucket) S3 скрывает отсутствующий объект за 403 вместо 404. Проверьте bucket policy, Block Public Access, origin access control (если перед бакетом CloudFront) и существует ли ключ.',
      ),
    },
    {
      code: 404,
      note: t(
        'An S3 404 is one of three things: no such object (NoSuchKey), no such bucket (NoSuchBucket), or website hosting not enabled (NoSuchWebsiteConfiguration).',
        '404 от S3 — одно из трёх: нет такого объекта (NoSuchKey), нет такого бакета (NoSuchBucket) или не включён хостинг сайта (NoSuchWebsiteConfiguration).',
      ),
    },
    {
      code: 405,
      note: t(
        'S3 answers 405 when the method does not fit the resource, for example POST or PUT to a static website endpoint.',
        'S3 отвечает 405, когда метод не подходит к ресурсу, например POST или PUT на website endpoint.',
      ),
    },
    {
      code: 412,
      note: t(
        'S3 answers 412 when an If-Match or If-Unmodified-Since condition does not hold for the stored object.',
        'S3 отвечает 412, когда условие If-Match или If-Unmodified-Since не выполняется для хранимого объекта.',
      ),
    },
    {
      code: 500,
      note: t(
        'An S3 500 (InternalError) is a failure inside S3; retry, and report persistent ones to AWS with x-amz-request-id and x-amz-id-2.',
        '500 от S3 (InternalError) — сбой внутри S3; повторите запрос, а если ошибка повторяется, сообщите в AWS, приложив x-amz-request-id и x-amz-id-2.',
      ),
    },
    {
      code: 503,
      note: t(
        'An S3 503 is usually SlowDown: too many requests per second on one key prefix. Spread keys over more prefixes, cache in front and retry with backoff.',
        '503 от S3 обычно означает SlowDown: слишком много запросов в секунду к одному префиксу ключей. Распределите ключи по большему числу префиксов, поставьте перед S3 кэш и повторяйте с нарастающей задержкой.',
      ),
    },
  ],
  bodyHint: t(
    'S3 puts the details in the body: an XML document with <Code> and <Message> (REST endpoint) or a short HTML page listing Code, Message, RequestId and HostId (website endpoint). The Code is the exact S3 error name.',
    'Подробности S3 пишет в тело ответа: XML-документ с <Code> и <Message> (REST endpoint) или короткую HTML-страницу с Code, Message, RequestId и HostId (website endpoint). Code — точное имя ошибки S3.',
  ),
};
