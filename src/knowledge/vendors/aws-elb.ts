import { cookie, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const troubleshooting: Source = {
  title: 'AWS documentation: Troubleshoot your Application Load Balancers',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};

export const awsElb: Vendor = {
  id: 'aws-elb',
  name: 'AWS Elastic Load Balancing',
  role: 'load-balancer',
  // The troubleshooting page lists a 403 from an AWS WAF web ACL among the load balancer's own answers.
  makes: [403, 502, 503, 504],
  docs: troubleshooting,
  fingerprints: [
    {
      id: 'server',
      signal: server(/^awselb\/2\.0$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: awselb/2.0 is set only on answers the AWS Application Load Balancer writes itself (its error pages, WAF blocks, fixed responses), so the load balancer answered instead of the site.',
        'Server: awselb/2.0 бывает только у ответов, которые AWS Application Load Balancer формирует сам (свои страницы ошибок, блокировки WAF, фиксированные ответы), — значит, ответил балансировщик, а не сайт.',
      ),
    },
    {
      id: 'cookie-awsalb',
      signal: cookie(/^AWSALB(CORS|TG|TGCORS)?$/),
      weight: 'medium',
      says: t(
        'The AWSALB cookie keeps a visitor on the same server behind an AWS Application Load Balancer, so the site runs behind one; it comes with answers passed along from the servers too, so it does not say who wrote this one.',
        'Cookie AWSALB привязывает посетителя к одному серверу за AWS Application Load Balancer — значит, сайт работает за таким балансировщиком; она приходит и с ответами, которые он лишь передал от серверов, поэтому не говорит, кто сформировал этот ответ.',
      ),
    },
    {
      id: 'cookie-awselb',
      signal: cookie(/^AWSELB(CORS)?$/),
      weight: 'medium',
      says: t(
        'The AWSELB cookie comes from the older AWS Classic Load Balancer, which sits in front of this site; it shows the load balancer is on the path, not that it wrote this answer.',
        'Cookie AWSELB ставит старый AWS Classic Load Balancer, который стоит перед этим сайтом; она показывает, что балансировщик есть на пути, но не то, что этот ответ сформировал он.',
      ),
    },
  ],
  codes: [
    {
      id: 'aws-elb.460',
      code: 460,
      title: t('Client Closed Connection (AWS ELB)', 'Клиент закрыл соединение (AWS ELB)'),
      summary: t(
        'The load balancer records 460 when the client hung up before the response was ready.',
        'Балансировщик записывает 460, когда клиент разорвал соединение, не дождавшись ответа.',
      ),
      visitor: t(
        'Nothing to do unless you stopped the page yourself; reload if something is missing.',
        'Делать ничего не нужно, если вы сами не останавливали загрузку; обновите страницу, если чего-то не хватает.',
      ),
      owner: t(
        'Many 460s in the access logs mean clients give up before the target answers: compare client time-outs with the load balancer idle timeout and look at slow targets.',
        'Много 460 в журналах доступа означает, что клиенты перестают ждать раньше, чем ответит target: сравните тайм-ауты клиентов с idle timeout балансировщика и найдите медленные target.',
      ),
      source: troubleshooting,
      reach: 'never',
      whenSeen: t(
        'The client is already gone when this is logged, so it lives only in access logs and the HTTPCode_ELB_4XX metric. A browser that shows 460 got it from something else that reused the number.',
        'Когда это записывается, клиента уже нет, поэтому код остаётся только в журналах доступа и метрике HTTPCode_ELB_4XX. Если браузер показывает 460, его отправил кто-то другой, использующий тот же номер.',
      ),
      prior: 0.8,
    },
    {
      id: 'aws-elb.463',
      code: 463,
      title: t('Too Many Forwarded Addresses (AWS ELB)', 'Слишком много адресов в X-Forwarded-For (AWS ELB)'),
      summary: t(
        'The X-Forwarded-For header of the request listed more than 30 IP addresses, and the load balancer refused it.',
        'В заголовке X-Forwarded-For запроса оказалось больше 30 IP-адресов, и балансировщик его отклонил.',
      ),
      visitor: t(
        'A proxy, VPN or filter on your side is probably adding addresses; try without it.',
        'Скорее всего, адреса добавляет прокси, VPN или фильтр на вашей стороне; попробуйте без него.',
      ),
      owner: t(
        'Look for a proxy chain or a loop (for example CloudFront → ALB → back to CloudFront) that keeps appending to X-Forwarded-For.',
        'Ищите цепочку прокси или петлю (например, CloudFront → ALB → снова CloudFront), которая раз за разом дописывает X-Forwarded-For.',
      ),
      source: troubleshooting,
      prior: 0.9,
    },
    {
      id: 'aws-elb.464',
      code: 464,
      title: t('Protocol Version Mismatch (AWS ELB)', 'Несовпадение версии протокола (AWS ELB)'),
      summary: t(
        'The request does not fit the protocol version of the target group it was routed to: HTTP/1.1 sent to a gRPC or HTTP/2 target group, gRPC sent to an HTTP/1.1 one, or an HTTP/2 request other than POST sent to a gRPC one.',
        'Запрос не подходит к protocol version той target group, куда его направили: HTTP/1.1 пришёл в группу gRPC или HTTP/2, gRPC — в группу HTTP/1.1, либо HTTP/2-запрос с методом, отличным от POST, попал в группу gRPC.',
      ),
      visitor: t(
        'This is a setup problem on the site; there is nothing to change on your side.',
        'Это ошибка настройки сайта; с вашей стороны менять нечего.',
      ),
      owner: t(
        'Check the protocol version of the target group behind this listener rule and route gRPC and plain web traffic to separate target groups. A gRPC target group takes only POST: send page loads and other GET requests to another rule.',
        'Проверьте protocol version у target group за этим правилом listener и разведите gRPC и обычный веб-трафик по разным target group. Группа gRPC принимает только POST: загрузку страниц и прочие GET-запросы направьте другим правилом.',
      ),
      source: troubleshooting,
      prior: 0.9,
    },
    {
      id: 'aws-elb.561',
      code: 561,
      title: t('Unauthorized (AWS ELB)', 'Не авторизован (AWS ELB)'),
      summary: t(
        'A listener rule of the load balancer signs users in through an identity provider (OIDC or Amazon Cognito), and the provider answered the sign-in with an error code.',
        'Правило listener балансировщика проводит вход через провайдера удостоверений (OIDC или Amazon Cognito), и провайдер ответил на попытку входа кодом ошибки.',
      ),
      visitor: t(
        'Try signing in again a little later; if it persists, tell the site, since the login service is failing.',
        'Попробуйте войти ещё раз чуть позже; если не помогает, сообщите сайту: сбоит служба входа.',
      ),
      owner: t(
        'Find the error reason code in the ALB access log for this request and check the authenticate-oidc or authenticate-cognito action: client id and secret, endpoints, callback URL.',
        'Найдите error reason code этого запроса в журнале доступа ALB и проверьте действие authenticate-oidc или authenticate-cognito: client id и secret, эндпоинты, callback URL.',
      ),
      source: troubleshooting,
      prior: 0.9,
    },
  ],
  decoders: [
    {
      header: 'x-amzn-waf-action',
      generated: true,
      values: [
        {
          id: 'challenge',
          match: /^challenge$/i,
          title: t('AWS WAF challenge', 'Проверка AWS WAF (challenge)'),
          summary: t(
            'AWS WAF held the request back and sent a silent browser check instead of the page (status 202).',
            'AWS WAF задержал запрос и вместо страницы отправил незаметную проверку браузера (статус 202).',
          ),
          visitor: t(
            'Let the page finish loading with JavaScript on; it normally passes by itself. Blocked scripts or strict privacy tools can make it loop.',
            'Дайте странице загрузиться с включённым JavaScript — обычно проверка проходит сама. Зациклиться она может из-за блокировщиков скриптов или строгих настроек приватности.',
          ),
          owner: t(
            'A web ACL rule with the Challenge action matched. Requests made by fetch/XHR or by non-browser clients cannot run the check; use the AWS WAF JavaScript integration for them or exempt those paths, and review the token immunity time.',
            'Сработало правило web ACL с действием Challenge. Запросы через fetch/XHR и клиенты без браузера пройти проверку не могут: подключите для них JavaScript-интеграцию AWS WAF или исключите эти пути и проверьте immunity time токена.',
          ),
        },
        {
          id: 'captcha',
          match: /^captcha$/i,
          title: t('AWS WAF CAPTCHA', 'CAPTCHA от AWS WAF'),
          summary: t(
            'AWS WAF wants a human check before letting the request through and answered with a CAPTCHA page (status 405).',
            'AWS WAF требует подтвердить, что запрос делает человек, и ответил страницей с CAPTCHA (статус 405).',
          ),
          visitor: t(
            'Solve the puzzle on the page; if it keeps coming back, allow cookies for this site.',
            'Решите задачу на странице; если она появляется снова и снова, разрешите cookie для этого сайта.',
          ),
          owner: t(
            'A web ACL rule with the CAPTCHA action matched. The 405 here is not about the HTTP method. Check which rule fired in the WAF logs and whether API calls are caught by it.',
            'Сработало правило web ACL с действием CAPTCHA. Код 405 здесь не связан с HTTP-методом. Посмотрите в журналах WAF, какое правило сработало и не попадают ли под него вызовы API.',
          ),
        },
      ],
      fallback: t(
        'AWS WAF stepped in on this request with an action the extension does not know yet.',
        'AWS WAF вмешался в этот запрос с действием, которое расширению пока неизвестно.',
      ),
    },
  ],
  notes: [
    {
      code: 400,
      note: t(
        'When the load balancer made the 400 itself (Server: awselb/2.0): the request broke HTTP rules, a request line or single header passed 16 KB or all headers together 64 KB, or the client hung up before the body was complete.',
        'Если 400 сформировал сам балансировщик (Server: awselb/2.0): запрос нарушил правила HTTP, строка запроса или отдельный заголовок превысили 16 КБ либо все заголовки вместе — 64 КБ, или клиент оборвал соединение до конца тела.',
      ),
    },
    {
      code: 401,
      note: t(
        'From the load balancer itself, 401 means its sign-in rule turned the user away: unauthenticated requests are set to deny, the identity provider refused, the user claims were too large, or the login took too long.',
        'От самого балансировщика 401 означает, что его правило входа не пустило пользователя: для неаутентифицированных запросов выбран deny, провайдер входа отказал, claims пользователя слишком велики или вход занял слишком много времени.',
      ),
    },
    {
      code: 403,
      note: t(
        'A 403 with Server: awselb/2.0 almost always means an AWS WAF web ACL on the load balancer blocked the request. The WAF sampled requests or logs show which rule matched.',
        '403 с Server: awselb/2.0 почти всегда означает, что запрос заблокировал web ACL AWS WAF на балансировщике. Какое правило сработало, видно в sampled requests или журналах WAF.',
      ),
    },
    {
      code: 405,
      note: t(
        'The load balancer answers 405 by itself only to TRACE, which it does not support. A 405 carrying x-amzn-waf-action: captcha is a WAF CAPTCHA instead.',
        'Сам балансировщик отвечает 405 только на TRACE, который он не поддерживает. 405 с x-amzn-waf-action: captcha — это CAPTCHA от WAF.',
      ),
    },
    {
      code: 408,
      note: t(
        'From the load balancer, 408 means the client sent nothing before the idle timeout ran out; TCP keep-alives do not count as data.',
        'От балансировщика 408 означает, что клиент ничего не прислал до истечения idle timeout; TCP keep-alive данными не считается.',
      ),
    },
    {
      code: 413,
      note: t(
        'From the load balancer, 413 means the body was over 1 MB for a Lambda target, or the request headers went past the load balancer limits.',
        'От балансировщика 413 означает, что тело запроса к Lambda-target больше 1 МБ или заголовки превысили лимиты балансировщика.',
      ),
    },
    {
      code: 414,
      note: t(
        'From the load balancer, 414 means the address or its query string was longer than it accepts.',
        'От балансировщика 414 означает, что адрес или его строка запроса длиннее допустимого.',
      ),
    },
    {
      code: 500,
      note: t(
        'A 500 made by the load balancer points at its own helpers: the AWS WAF rules failed to run, or the sign-in action could not reach the identity provider token or user-info endpoint within 5 seconds, or got claims over 11 KB.',
        '500 от самого балансировщика указывает на его собственные механизмы: не выполнились правила AWS WAF или действие входа не смогло за 5 секунд обратиться к token- или user-info-эндпоинту провайдера либо получило claims больше 11 КБ.',
      ),
    },
    {
      code: 501,
      note: t(
        'From the load balancer, 501 means the request used a Transfer-Encoding other than chunked or identity.',
        'От балансировщика 501 означает, что в запросе указан Transfer-Encoding, отличный от chunked и identity.',
      ),
    },
    {
      code: 502,
      note: t(
        'A 502 with Server: awselb/2.0 means the target let the load balancer down: it refused or reset the connection, closed a kept-alive connection too early (keep-alive shorter than the idle timeout), sent a malformed answer or headers over 32 KB, failed the TLS handshake, was deregistered mid-request, or, for Lambda, errored, timed out, was throttled or returned over 1 MB.',
        '502 с Server: awselb/2.0 означает, что балансировщик не получил от target нормального ответа: target отказал в соединении или сбросил его, слишком рано закрыл keep-alive-соединение (keep-alive короче idle timeout), прислал некорректный ответ или заголовки больше 32 КБ, не прошёл TLS-рукопожатие, был снят с регистрации посреди запроса либо, в случае Lambda, упал, не уложился во время, был ограничен или вернул больше 1 МБ.',
      ),
    },
    {
      code: 503,
      note: t(
        'A 503 with Server: awselb/2.0 means the target group has no registered targets at all, or none in a usable state. Check the target group in the EC2 console and the auto scaling group behind it.',
        '503 с Server: awselb/2.0 означает, что в target group нет зарегистрированных target или ни один не в рабочем состоянии. Проверьте target group в консоли EC2 и группу автомасштабирования за ней.',
      ),
    },
    {
      code: 504,
      note: t(
        'A 504 with Server: awselb/2.0 means the target was too slow: no connection within 10 seconds, no answer within the idle timeout, return traffic blocked by a network ACL or security group on ports 1024-65535, a Content-Length bigger than the body actually sent, or a TLS handshake that timed out.',
        '504 с Server: awselb/2.0 означает, что target отвечал слишком медленно: соединение не установилось за 10 секунд, ответа не было в пределах idle timeout, обратный трафик на портах 1024-65535 блокирует network ACL или security group, Content-Length больше реально отправленного тела или TLS-рукопожатие не уложилось во время.',
      ),
    },
    {
      code: 505,
      note: t(
        'From the load balancer, 505 means the request came in an HTTP version the connection was not set up for, for example HTTP/2 on an HTTP/1 connection.',
        'От балансировщика 505 означает, что запрос пришёл в версии HTTP, на которую соединение не рассчитано, например HTTP/2 по соединению HTTP/1.',
      ),
    },
    {
      code: 507,
      note: t(
        'The load balancer uses 507 when a redirect action would produce an address that is too long; it has nothing to do with disk space.',
        'Балансировщик отвечает 507, когда действие redirect даёт слишком длинный адрес; к месту на диске это отношения не имеет.',
      ),
    },
  ],
};
