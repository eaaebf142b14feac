/**
 * Every code in the IANA HTTP Status Code Registry, with what it means for a person whose page
 * broke. Registry checked against its 2025-09-15 revision: 104 is a temporary registration,
 * 306 and 418 are reserved "(Unused)", 509 is unassigned (so it is absent here; vendor files
 * explain it), 510 is marked obsoleted.
 */
import { t } from './text';
import type { Meaning, Source } from './types';

/** A section of an RFC as the source of one code. */
const rfc = (n: number, section: string, label: string): Source => ({
  title: `RFC ${n} §${section} (${label})`,
  url: `https://www.rfc-editor.org/rfc/rfc${n}#section-${section}`,
});

/** RFC 9110, HTTP Semantics: the home of most codes. */
const http = (section: string, label: string): Source => rfc(9110, section, label);

export const standardCodes: readonly Meaning[] = [
  // ───────────── 1xx: interim answers ─────────────
  {
    id: 'std.100',
    code: 100,
    title: t('Continue', 'Продолжайте'),
    summary: t(
      'An interim answer: the server read the request headers and invites the client to send the body.',
      'Промежуточный ответ: сервер принял заголовки запроса и ждёт от клиента тело.',
    ),
    visitor: t(
      'Nothing to do; the real answer follows this one.',
      'Ничего делать не нужно: настоящий ответ придёт следом.',
    ),
    owner: t(
      'Only matters for clients that send "Expect: 100-continue" (curl, API clients with large uploads); make sure a proxy in front does not stall on it.',
      'Важно только для клиентов, которые шлют «Expect: 100-continue» (curl, API-клиенты с большими загрузками); проверьте, что прокси перед сервером на этом не зависает.',
    ),
    source: http('15.2.1', '100 Continue'),
    reach: 'never',
    whenSeen: t(
      'Browsers consume interim answers themselves and report only the final one, so a 100 shown as the result means the final answer never came.',
      'Браузер обрабатывает промежуточные ответы сам и сообщает только окончательный; если итогом показан 100, значит, окончательный ответ так и не пришёл.',
    ),
  },
  {
    id: 'std.101',
    code: 101,
    title: t('Switching Protocols', 'Переключение протоколов'),
    summary: t(
      'The server agreed to move this connection to another protocol, almost always WebSocket.',
      'Сервер согласился перевести соединение на другой протокол — почти всегда на WebSocket.',
    ),
    visitor: t(
      'Nothing to do: this is how live connections (chats, notifications) start.',
      'Ничего делать не нужно: так начинаются «живые» соединения (чаты, уведомления).',
    ),
    owner: t(
      'Normal for WebSocket requests. If a live feature still fails, check that every proxy on the way passes the Upgrade and Connection headers (nginx needs proxy_http_version 1.1 and explicit proxy_set_header lines).',
      'Для запросов WebSocket это норма. Если «живая» функция всё равно не работает, проверьте, что все прокси по пути пропускают заголовки Upgrade и Connection (в nginx нужны proxy_http_version 1.1 и явные proxy_set_header).',
    ),
    source: http('15.2.2', '101 Switching Protocols'),
  },
  {
    id: 'std.102',
    code: 102,
    title: t('Processing', 'Идёт обработка'),
    summary: t(
      'An old WebDAV interim answer meaning "still working, do not give up"; RFC 4918 later dropped it.',
      'Устаревший промежуточный ответ WebDAV: «всё ещё работаю, не отключайтесь»; в RFC 4918 его убрали.',
    ),
    visitor: t('Nothing to do; wait for the final answer.', 'Ничего делать не нужно: дождитесь окончательного ответа.'),
    owner: t(
      'Deprecated: clients are not obliged to understand it. If an operation is slow enough to need it, make it asynchronous (202 plus a status URL) instead.',
      'Код устарел, и клиенты не обязаны его понимать. Если операция настолько долгая, что без него не обойтись, сделайте её асинхронной (202 и адрес для проверки статуса).',
    ),
    source: rfc(2518, '10.1', '102 Processing'),
    reach: 'rare',
    whenSeen: t(
      'A browser normally never reports an interim answer; seeing 102 as the result means the final answer did not arrive.',
      'Браузер обычно не сообщает о промежуточных ответах; если итогом стал 102, окончательный ответ не пришёл.',
    ),
  },
  {
    id: 'std.103',
    code: 103,
    title: t('Early Hints', 'Ранние подсказки'),
    summary: t(
      'An interim answer carrying Link headers so the browser can start loading styles and scripts while the page is still being built.',
      'Промежуточный ответ с заголовками Link: браузер начинает грузить стили и скрипты, пока страница ещё формируется.',
    ),
    visitor: t('Nothing to do; it only speeds loading up.', 'Ничего делать не нужно: это лишь ускоряет загрузку.'),
    owner: t(
      'Harmless if the final answer follows. Hint only resources the final page really uses, and keep the hints in step with the final response after deploys.',
      'Безвреден, если за ним приходит окончательный ответ. Подсказывайте только то, что страница действительно использует, и следите, чтобы после деплоя подсказки совпадали с окончательным ответом.',
    ),
    source: rfc(8297, '2', '103 Early Hints'),
    reach: 'rare',
    whenSeen: t(
      'Browsers use early hints internally and report the final status; 103 as the result means the final answer never came. (An old resumable-upload proposal also used 103 as "Checkpoint"; it was never registered.)',
      'Браузер использует ранние подсказки внутри себя и сообщает окончательный статус; если итогом стал 103, окончательный ответ не пришёл. (В старом предложении о возобновляемых загрузках код 103 назывался «Checkpoint», но его так и не зарегистрировали.)',
    ),
  },
  {
    id: 'std.104',
    code: 104,
    title: t('Upload Resumption Supported', 'Поддерживается возобновление загрузки'),
    summary: t(
      'An interim answer telling the uploader that an interrupted upload can be resumed; the registration is temporary, tied to an IETF draft.',
      'Промежуточный ответ: прерванную загрузку можно будет продолжить. Регистрация временная и привязана к черновику IETF.',
    ),
    visitor: t('Nothing to do; the upload continues.', 'Ничего делать не нужно: загрузка продолжается.'),
    owner: t(
      'Only relevant if your upload endpoint implements resumable uploads; the draft is still changing, so pin the version your client library expects.',
      'Важно, только если ваш эндпоинт загрузки поддерживает возобновление; черновик ещё меняется, так что зафиксируйте ту версию, которую ожидает клиентская библиотека.',
    ),
    source: {
      title: 'draft-ietf-httpbis-resumable-upload (104 Upload Resumption Supported, temporary IANA registration)',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
    reach: 'never',
    whenSeen: t(
      'Interim answers are not reported as a result; seeing 104 there means the upload ended without a final answer.',
      'Промежуточные ответы не показываются как итог; если итогом стал 104, загрузка закончилась без окончательного ответа.',
    ),
  },

  // ───────────── 2xx: success ─────────────
  {
    id: 'std.200',
    code: 200,
    title: t('OK', 'ОК'),
    summary: t(
      'The request succeeded and the answer carries what was asked for.',
      'Запрос выполнен, в ответе то, что запрашивали.',
    ),
    visitor: t(
      'If the page still looks broken, the cause is elsewhere: a failed script, style or API call on the same page.',
      'Если страница всё равно выглядит сломанной, причина в другом: в неудачной загрузке скрипта, стиля или запроса к API на этой же странице.',
    ),
    owner: t(
      'A 200 carrying an error page ("soft error") hides problems from monitoring and search engines; return a real 4xx/5xx for errors.',
      'Ответ 200 со страницей ошибки («мягкая ошибка») скрывает проблему от мониторинга и поисковиков; для ошибок отдавайте настоящий 4xx/5xx.',
    ),
    source: http('15.3.1', '200 OK'),
  },
  {
    id: 'std.201',
    code: 201,
    title: t('Created', 'Создано'),
    summary: t(
      'The request made something new, usually a record created by a form or API call.',
      'Запрос что-то создал — обычно запись после отправки формы или вызова API.',
    ),
    visitor: t('Nothing to do; the action worked.', 'Ничего делать не нужно: действие выполнено.'),
    owner: t(
      'Send a Location header pointing at the new item so clients can find it.',
      'Добавьте заголовок Location с адресом нового объекта, чтобы клиенты могли его найти.',
    ),
    source: http('15.3.2', '201 Created'),
  },
  {
    id: 'std.202',
    code: 202,
    title: t('Accepted', 'Принято'),
    summary: t(
      'The server queued the request; the work is not finished yet and may still fail.',
      'Сервер поставил запрос в очередь: работа ещё не выполнена и может завершиться неудачей.',
    ),
    visitor: t(
      'Give it some time, then check the result (an email, a status page, a refresh).',
      'Подождите немного и проверьте результат: по письму, на странице статуса или обновив страницу.',
    ),
    owner: t(
      'Give clients a way to learn the outcome (a status URL or a notification) and watch the job queue for failures.',
      'Дайте клиентам способ узнать итог (адрес для проверки статуса или уведомление) и следите за ошибками в очереди задач.',
    ),
    source: http('15.3.3', '202 Accepted'),
  },
  {
    id: 'std.203',
    code: 203,
    title: t('Non-Authoritative Information', 'Информация не из первоисточника'),
    summary: t(
      'A proxy in the middle changed the successful answer it got from the site before passing it on.',
      'Прокси по пути изменил успешный ответ сайта, прежде чем передать его дальше.',
    ),
    visitor: t(
      'If content looks altered, a proxy on your network (work, school, mobile carrier) may be rewriting pages; try another network.',
      'Если содержимое выглядит изменённым, его может переписывать прокси в вашей сети (на работе, в учебном заведении, у мобильного оператора); попробуйте другую сеть.',
    ),
    owner: t(
      'Find which hop rewrites responses (a compressing or filtering proxy) and send "Cache-Control: no-transform" if content must reach clients untouched.',
      'Найдите звено, которое переписывает ответы (сжимающий или фильтрующий прокси), и отправляйте «Cache-Control: no-transform», если содержимое должно доходить без изменений.',
    ),
    source: http('15.3.4', '203 Non-Authoritative Information'),
    reach: 'rare',
    whenSeen: t(
      'Few proxies bother to mark their changes this way; when one does, the body is not exactly what the site sent.',
      'Мало какие прокси так помечают свои изменения; если пометка есть, тело ответа отличается от того, что отправил сайт.',
    ),
  },
  {
    id: 'std.204',
    code: 204,
    title: t('No Content', 'Нет содержимого'),
    summary: t('Success with an intentionally empty answer.', 'Запрос выполнен, а ответ намеренно пустой.'),
    visitor: t(
      'If a link "does nothing" when clicked, this may be why: the browser stays on the current page. Tell the site.',
      'Если ссылка «ничего не делает», причина может быть в этом: браузер остаётся на текущей странице. Сообщите сайту.',
    ),
    owner: t(
      'Fine for API calls and beacons. A page link or form that gets 204 leaves the visitor where they were; return a page or a redirect instead.',
      'Для вызовов API и beacon-запросов это норма. Если 204 получает ссылка или форма, посетитель остаётся на месте; отдайте страницу или перенаправление.',
    ),
    source: http('15.3.5', '204 No Content'),
  },
  {
    id: 'std.205',
    code: 205,
    title: t('Reset Content', 'Сброс содержимого'),
    summary: t(
      'Success, and the client is asked to clear the form it just sent.',
      'Запрос выполнен, и клиента просят очистить только что отправленную форму.',
    ),
    visitor: t('Nothing to do; the action worked.', 'Ничего делать не нужно: действие выполнено.'),
    owner: t(
      'Browsers do not reset forms on 205 by themselves; if you rely on it, clear the form in your own script.',
      'Браузеры сами не очищают форму при 205; если вы на это рассчитываете, очищайте форму своим скриптом.',
    ),
    source: http('15.3.6', '205 Reset Content'),
    reach: 'rare',
    whenSeen: t(
      'Rarely used; the browser treats it like an empty success.',
      'Встречается редко; браузер воспринимает его как пустой успешный ответ.',
    ),
  },
  {
    id: 'std.206',
    code: 206,
    title: t('Partial Content', 'Частичное содержимое'),
    summary: t(
      'The server sent only the byte range the client asked for, as video players and download managers do.',
      'Сервер отдал только запрошенный диапазон байтов — так работают видеоплееры и менеджеры загрузок.',
    ),
    visitor: t(
      'Nothing to do; this is normal for audio, video and resumed downloads.',
      'Ничего делать не нужно: для аудио, видео и докачки это норма.',
    ),
    owner: t(
      'Normal. If media stalls or seeks badly, check that the CDN and origin agree on Content-Range and that the file did not change between ranges (stable ETag).',
      'Это норма. Если медиа зависает или плохо перематывается, проверьте, что CDN и origin одинаково отдают Content-Range и что файл не менялся между запросами диапазонов (стабильный ETag).',
    ),
    source: http('15.3.7', '206 Partial Content'),
  },
  {
    id: 'std.207',
    code: 207,
    title: t('Multi-Status', 'Множественный статус'),
    summary: t(
      'A WebDAV answer whose XML body holds a separate status for each item touched.',
      'Ответ WebDAV: в XML-теле отдельный статус для каждого затронутого объекта.',
    ),
    visitor: t(
      'Nothing to do; the app reads the details itself.',
      'Ничего делать не нужно: приложение само разбирает подробности.',
    ),
    owner: t(
      'The overall code says little: read the per-item statuses in the body, some may be errors.',
      'Общий код мало что говорит: смотрите статусы отдельных объектов в теле, среди них могут быть ошибки.',
    ),
    source: rfc(4918, '11.1', '207 Multi-Status'),
    reach: 'rare',
    whenSeen: t(
      'Seen from WebDAV clients and file-sync web apps (Nextcloud, SharePoint and the like), not from ordinary pages.',
      'Встречается у клиентов WebDAV и веб-приложений синхронизации файлов (Nextcloud, SharePoint и подобных), а не у обычных страниц.',
    ),
  },
  {
    id: 'std.208',
    code: 208,
    title: t('Already Reported', 'Уже сообщалось'),
    summary: t(
      'Inside a WebDAV multi-status answer: this item was listed earlier, so it is not repeated.',
      'Внутри ответа WebDAV с множественным статусом: этот объект уже перечислен выше и не повторяется.',
    ),
    visitor: t('Nothing to do.', 'Ничего делать не нужно.'),
    owner: t(
      'Expected only inside 207 bodies when a collection is reachable by several paths (bindings); as a top-level status it points at a server bug.',
      'Ожидается только внутри тела 207, когда коллекция доступна по нескольким путям (привязки); как итоговый статус он указывает на ошибку сервера.',
    ),
    source: rfc(5842, '7.1', '208 Already Reported'),
    reach: 'never',
    whenSeen: t(
      'This code belongs inside a WebDAV multi-status body; as a response status it means the server misuses it.',
      'Этому коду место внутри тела ответа WebDAV с множественным статусом; как статус всего ответа он означает, что сервер использует его неправильно.',
    ),
  },
  {
    id: 'std.226',
    code: 226,
    title: t('IM Used', 'Использованы IM-преобразования'),
    summary: t(
      "The server answered with a delta (changes since the client's copy) instead of the full resource.",
      'Сервер прислал дельту — изменения относительно копии клиента — вместо ресурса целиком.',
    ),
    visitor: t('Nothing to do.', 'Ничего делать не нужно.'),
    owner: t(
      'Delta encoding is almost never deployed; if a client did not ask for it (no A-IM header), the server or a proxy is misbehaving.',
      'Дельта-кодирование почти нигде не используется; если клиент его не просил (нет заголовка A-IM), сервер или прокси ведёт себя неправильно.',
    ),
    source: rfc(3229, '10.4.1', '226 IM Used'),
    reach: 'rare',
    whenSeen: t(
      'Browsers never request delta encoding, so a 226 reaching one is unexpected and the body may not be usable.',
      'Браузеры не запрашивают дельта-кодирование, поэтому 226 в браузере — неожиданность, а тело ответа может оказаться непригодным.',
    ),
  },

  // ───────────── 3xx: redirects ─────────────
  {
    id: 'std.300',
    code: 300,
    title: t('Multiple Choices', 'Несколько вариантов'),
    summary: t(
      'The server has several versions of this resource and leaves the choice to the client.',
      'У сервера несколько версий ресурса, и выбор оставлен клиенту.',
    ),
    visitor: t(
      'Pick one of the options on the page, if any are listed.',
      'Выберите один из вариантов на странице, если они перечислены.',
    ),
    owner: t(
      'Browsers do not choose for the visitor; list the options as links, or redirect to a sensible default. Apache MultiViews can produce this unexpectedly.',
      'Браузер не выбирает за посетителя: перечислите варианты ссылками или перенаправьте на разумный вариант по умолчанию. Неожиданно такое может выдавать Apache MultiViews.',
    ),
    source: http('15.4.1', '300 Multiple Choices'),
    reach: 'rare',
    whenSeen: t(
      'Rare on the web; usually content negotiation (Apache MultiViews or type maps) could not pick a single file.',
      'В вебе встречается редко; обычно это согласование содержимого (Apache MultiViews или type map) не смогло выбрать один файл.',
    ),
  },
  {
    id: 'std.301',
    code: 301,
    title: t('Moved Permanently', 'Перемещено навсегда'),
    summary: t(
      'The address has moved for good; the Location header names the new one.',
      'Адрес сменился навсегда; новый указан в заголовке Location.',
    ),
    visitor: t(
      "Normally invisible. If you end up on the wrong page or in a loop, clear this site's cached data: browsers remember permanent redirects.",
      'Обычно незаметно. Если вы попадаете не на ту страницу или ходите по кругу, очистите сохранённые данные сайта: браузер запоминает постоянные перенаправления.',
    ),
    owner: t(
      'Check the Location target and look for loops (http↔https, www↔bare domain, trailing slash, a CDN set to "flexible" TLS in front of an https-only origin). Browsers cache 301 hard, so test new rules with 302 first. A form POST may arrive as GET after a 301; use 308 to keep the method.',
      'Проверьте адрес в Location и ищите циклы (http↔https, www↔без www, завершающий слеш, CDN в режиме «flexible» TLS перед origin, который требует https). Браузеры надолго кэшируют 301, поэтому новые правила сначала проверяйте с 302. POST из формы после 301 может превратиться в GET; чтобы сохранить метод, используйте 308.',
    ),
    source: http('15.4.2', '301 Moved Permanently'),
  },
  {
    id: 'std.302',
    code: 302,
    title: t('Found', 'Найдено (временное перенаправление)'),
    summary: t(
      'A temporary redirect: go to the address in Location this time, but keep using the old one later.',
      'Временное перенаправление: сейчас идите по адресу из Location, но в следующий раз используйте прежний.',
    ),
    visitor: t(
      'Normally invisible. A loop ("too many redirects") often comes from a stale login cookie: clear this site\'s cookies and try again.',
      'Обычно незаметно. Бесконечные перенаправления («слишком много переадресаций») часто вызывает устаревшая cookie входа: удалите cookie сайта и повторите.',
    ),
    owner: t(
      'Check where Location points and whether the target redirects back (login pages, language or region switches, cookie checks). Browsers turn a POST into a GET on 302; use 303 or 307 to be explicit.',
      'Проверьте, куда указывает Location и не перенаправляет ли цель обратно (страницы входа, выбор языка или региона, проверка cookie). После 302 браузеры превращают POST в GET; чтобы поведение было явным, используйте 303 или 307.',
    ),
    source: http('15.4.3', '302 Found'),
  },
  {
    id: 'std.303',
    code: 303,
    title: t('See Other', 'Смотрите другой адрес'),
    summary: t(
      'The result lives at another address and should be fetched with GET, typically right after a form was sent.',
      'Результат находится по другому адресу, и его нужно запросить методом GET — обычно сразу после отправки формы.',
    ),
    visitor: t(
      'Nothing to do; this is how sites show a result page after a form.',
      'Ничего делать не нужно: так сайты показывают страницу результата после формы.',
    ),
    owner: t(
      'Correct after POST (it prevents double submissions on reload). If the result page fails, debug that page, not the redirect.',
      'После POST это правильно: повторная отправка при обновлении исключена. Если не работает страница результата, разбирайтесь с ней, а не с перенаправлением.',
    ),
    source: http('15.4.4', '303 See Other'),
  },
  {
    id: 'std.304',
    code: 304,
    title: t('Not Modified', 'Не изменялось'),
    summary: t(
      "The browser's cached copy is still current, so the server sent no body and the copy is reused.",
      'Копия в кэше браузера актуальна, поэтому сервер не прислал тело и используется эта копия.',
    ),
    visitor: t(
      'Nothing to do. If you see outdated content, force a full reload (Ctrl+Shift+R / Cmd+Shift+R).',
      'Ничего делать не нужно. Если видите устаревшее содержимое, обновите страницу полностью (Ctrl+Shift+R / Cmd+Shift+R).',
    ),
    owner: t(
      'Normal for revalidation. It is a bug when a 304 answers a request that carried no If-None-Match or If-Modified-Since (the browser has nothing to reuse and shows an empty result), or when a stale ETag keeps an old file alive after a deploy; check ETag/Last-Modified handling in the server and CDN.',
      'При повторной проверке кэша это норма. Ошибка — если 304 пришёл на запрос без If-None-Match и If-Modified-Since (браузеру нечего взять из кэша, и результат пустой) или если устаревший ETag удерживает старый файл после выкладки; проверьте обработку ETag и Last-Modified на сервере и в CDN.',
    ),
    source: http('15.4.5', '304 Not Modified'),
  },
  {
    id: 'std.305',
    code: 305,
    title: t('Use Proxy', 'Используйте прокси'),
    summary: t(
      'An old way to tell the client to repeat the request through a named proxy; deprecated.',
      'Устаревший способ велеть клиенту повторить запрос через указанный прокси.',
    ),
    visitor: t(
      'Browsers ignore it on purpose. Tell the site the page does not load.',
      'Браузеры намеренно его игнорируют. Сообщите сайту, что страница не открывается.',
    ),
    owner: t(
      'Browsers refuse to obey 305 for security reasons; remove it and use a normal redirect or proxy configuration.',
      'Браузеры из соображений безопасности не выполняют 305; уберите его и используйте обычное перенаправление или настройку прокси.',
    ),
    source: http('15.4.6', '305 Use Proxy'),
    reach: 'rare',
    whenSeen: t(
      'Deprecated and ignored by browsers; the page will not follow it, so something on the site is outdated or misconfigured.',
      'Код устарел, и браузеры его игнорируют; страница по нему не перейдёт — значит, на сайте что-то устарело или настроено неверно.',
    ),
  },
  {
    id: 'std.306',
    code: 306,
    title: t('(Unused)', '(Не используется)'),
    summary: t(
      'Reserved: an early HTTP/1.1 draft used it as "Switch Proxy", and the number is kept unused.',
      'Зарезервирован: ранний черновик HTTP/1.1 называл его «Switch Proxy», и с тех пор номер не используется.',
    ),
    visitor: t('Tell the site the page does not load.', 'Сообщите сайту, что страница не открывается.'),
    owner: t(
      'No client understands 306; whatever produced it needs fixing (a custom script or a misconfigured proxy).',
      'Ни один клиент не понимает 306; исправьте то, что его отправило (самописный скрипт или неверно настроенный прокси).',
    ),
    source: http('15.4.7', '306 (Unused)'),
    reach: 'never',
    whenSeen: t(
      'No standard server sends 306; seeing it means custom code or a broken proxy chose the number.',
      'Стандартные серверы не отправляют 306; если он пришёл, номер выбрал самописный код или сломанный прокси.',
    ),
  },
  {
    id: 'std.307',
    code: 307,
    title: t('Temporary Redirect', 'Временное перенаправление'),
    summary: t(
      'A temporary redirect that keeps the method and body: a POST stays a POST.',
      'Временное перенаправление с сохранением метода и тела: POST остаётся POST.',
    ),
    visitor: t(
      'Normally invisible. Chrome also reports a 307 of its own when it upgrades http to https for an HSTS site; that is expected.',
      'Обычно незаметно. Chrome и сам показывает собственный 307, когда переводит http на https для сайта с HSTS, — так и должно быть.',
    ),
    owner: t(
      'Check the Location target and for loops. A 307 carrying "Non-Authoritative-Reason: HSTS" (status text "Internal Redirect") was made by Chrome itself, not by your server.',
      'Проверьте адрес в Location и убедитесь, что нет цикла. 307 с заголовком «Non-Authoritative-Reason: HSTS» (текст статуса «Internal Redirect») создал сам Chrome, а не ваш сервер.',
    ),
    source: http('15.4.8', '307 Temporary Redirect'),
  },
  {
    id: 'std.308',
    code: 308,
    title: t('Permanent Redirect', 'Постоянное перенаправление'),
    summary: t(
      'The address moved for good and the method and body are kept: a POST stays a POST.',
      'Адрес сменился навсегда, метод и тело сохраняются: POST остаётся POST.',
    ),
    visitor: t(
      "Normally invisible. If you are sent to the wrong place, clear this site's cached data: browsers remember permanent redirects.",
      'Обычно незаметно. Если вы попадаете не туда, очистите сохранённые данные сайта: браузер запоминает постоянные перенаправления.',
    ),
    owner: t(
      'Same checks as 301 (target, loops, long browser caching). Hosting platforms often use 308 for trailing-slash and https rules; make sure they do not fight your own rules.',
      'Те же проверки, что и для 301: цель, циклы, долгое кэширование в браузере. Хостинг-платформы часто ставят 308 на правила для слеша и https — проверьте, что они не конфликтуют с вашими.',
    ),
    source: http('15.4.9', '308 Permanent Redirect'),
  },

  // ───────────── 4xx: the request was refused ─────────────
  {
    id: 'std.400',
    code: 400,
    title: t('Bad Request', 'Неверный запрос'),
    summary: t(
      'The server could not make sense of the request: malformed, too big, or missing something it needs.',
      'Сервер не смог разобрать запрос: он искажён, слишком велик или в нём чего-то не хватает.',
    ),
    visitor: t(
      "Clear this site's cookies and reload; check the address for stray characters.",
      'Удалите cookie этого сайта и обновите страницу; проверьте адрес на лишние символы.',
    ),
    owner: t(
      'Look at the server or app log for the parse error. Common causes: oversized cookies or headers, bad URL encoding, invalid JSON, a missing or expired CSRF token, a Host header the server does not accept.',
      'Найдите ошибку разбора в журнале сервера или приложения. Частые причины: слишком большие cookie или заголовки, неверное URL-кодирование, некорректный JSON, отсутствующий или просроченный CSRF-токен, заголовок Host, который сервер не принимает.',
    ),
    source: http('15.5.1', '400 Bad Request'),
  },
  {
    id: 'std.401',
    code: 401,
    title: t('Unauthorized', 'Не авторизован'),
    summary: t(
      'You need to sign in (or the sign-in was not accepted) to get this.',
      'Для доступа нужно войти (или вход не был принят).',
    ),
    visitor: t(
      'Sign in again; if you are signed in, sign out and back in, since the session may have expired.',
      'Войдите снова; если вы уже вошли, выйдите и войдите заново — сеанс мог истечь.',
    ),
    owner: t(
      'Check token and session expiry, clock skew, and that the Authorization header survives every proxy. The answer should carry a WWW-Authenticate header; with Basic auth the browser shows its own login box.',
      'Проверьте срок жизни токенов и сессий, расхождение часов и то, что заголовок Authorization проходит через все прокси. В ответе должен быть WWW-Authenticate; при Basic-аутентификации браузер показывает своё окно входа.',
    ),
    source: http('15.5.2', '401 Unauthorized'),
  },
  {
    id: 'std.402',
    code: 402,
    title: t('Payment Required', 'Требуется оплата'),
    summary: t(
      'Reserved by the standard with no agreed use; services use it for unpaid accounts, exhausted quotas or declined payments.',
      'Стандарт резервирует код без определённого применения; сервисы отдают его при неоплаченном аккаунте, исчерпанной квоте или отклонённом платеже.',
    ),
    visitor: t(
      'The site or a service it relies on wants payment; if you own the account, check billing.',
      'Сайт или сервис, от которого он зависит, требует оплаты; если аккаунт ваш, проверьте оплату.',
    ),
    owner: t(
      'Check the billing status and API quotas of your hosting, store platform and paid APIs; a suspended plan often shows up as 402.',
      'Проверьте оплату и квоты хостинга, платформы магазина и платных API: приостановленный тариф часто выглядит как 402.',
    ),
    source: http('15.5.3', '402 Payment Required'),
  },
  {
    id: 'std.403',
    code: 403,
    title: t('Forbidden', 'Доступ запрещён'),
    summary: t(
      'The server understood the request and refuses it; signing in again will not help unless you lack rights.',
      'Сервер понял запрос, но отказывается его выполнять; повторный вход поможет, только если дело в правах.',
    ),
    visitor: t(
      'Check you are signed in with the right account. If the site blocks your network, try without VPN or proxy, or from another connection.',
      'Проверьте, что вошли под нужной учётной записью. Если сайт блокирует вашу сеть, попробуйте без VPN или прокси либо из другой сети.',
    ),
    owner: t(
      "Check, in order: file permissions, a missing index file with directory listing off, WAF or firewall rules (country, IP, bot score), hotlink protection, the app's authorisation logic, and object-storage bucket policies.",
      'Проверьте по порядку: права на файлы, отсутствие index-файла при выключенном листинге каталогов, правила WAF или файрвола (страна, IP, bot score), защиту от хотлинка, логику авторизации приложения и политики бакета объектного хранилища.',
    ),
    source: http('15.5.4', '403 Forbidden'),
  },
  {
    id: 'std.404',
    code: 404,
    title: t('Not Found', 'Не найдено'),
    summary: t('Nothing exists at this address on the server.', 'По этому адресу на сервере ничего нет.'),
    visitor: t(
      "Check the address for typos; the link you followed may be stale. Try the site's home page or search.",
      'Проверьте адрес на опечатки: ссылка могла устареть. Попробуйте главную страницу сайта или поиск.',
    ),
    owner: t(
      'A missing file or route: check that the deploy uploaded it, that the router or rewrite rules know the path (single-page apps need a fallback to index.html), letter case in file names, and add redirects for moved pages.',
      'Нет файла или маршрута: проверьте, что файл попал в деплой, что маршрутизатор или правила rewrite знают путь (одностраничным приложениям нужен fallback на index.html) и что совпадает регистр букв в именах файлов; для перенесённых страниц добавьте перенаправления.',
    ),
    source: http('15.5.5', '404 Not Found'),
  },
  {
    id: 'std.405',
    code: 405,
    title: t('Method Not Allowed', 'Метод не разрешён'),
    summary: t(
      'This address exists but does not accept this kind of request (for example a POST to a plain page).',
      'Адрес существует, но не принимает такой тип запроса (например, POST на обычную страницу).',
    ),
    visitor: t(
      "Go back and try the action again from the site's own page.",
      'Вернитесь и повторите действие со страницы самого сайта.',
    ),
    owner: t(
      'The Allow header lists accepted methods. Common causes: a form posting to a static host, a redirect that turned POST into GET, a route defined for one method only, WebDAV modules catching PUT/DELETE.',
      'Заголовок Allow перечисляет допустимые методы. Частые причины: форма отправляется на статический хостинг, перенаправление превратило POST в GET, маршрут объявлен только для одного метода, модуль WebDAV перехватывает PUT/DELETE.',
    ),
    source: http('15.5.6', '405 Method Not Allowed'),
  },
  {
    id: 'std.406',
    code: 406,
    title: t('Not Acceptable', 'Неприемлемо'),
    summary: t(
      'The server has no version of the resource in a format or language the request said it accepts.',
      'У сервера нет версии ресурса в формате или на языке, которые запрос указал как допустимые.',
    ),
    visitor: t(
      'Try another browser or turn off extensions that change request headers.',
      'Попробуйте другой браузер или отключите расширения, меняющие заголовки запросов.',
    ),
    owner: t(
      'Check content negotiation on the Accept headers. Some firewalls (notably ModSecurity rule sets) answer 406 when they block a request; look in their log.',
      'Проверьте согласование содержимого по заголовкам Accept. Некоторые файрволы (в частности, наборы правил ModSecurity) отвечают 406 на заблокированный запрос — посмотрите их журнал.',
    ),
    source: http('15.5.7', '406 Not Acceptable'),
  },
  {
    id: 'std.407',
    code: 407,
    title: t('Proxy Authentication Required', 'Требуется аутентификация на прокси'),
    summary: t(
      'A proxy between you and the site wants you to sign in before it passes requests on.',
      'Прокси между вами и сайтом требует войти, прежде чем пропускать запросы.',
    ),
    visitor: t(
      "This is your network's proxy, not the site: enter your work or school credentials, or ask your IT department.",
      'Это прокси вашей сети, а не сайт: введите рабочие или учебные учётные данные либо обратитесь в ИТ-отдел.',
    ),
    owner: t(
      "Usually not the site's problem. If your servers call out through a proxy, check the proxy credentials in their configuration.",
      'Обычно проблема не на стороне сайта. Если ваши серверы ходят наружу через прокси, проверьте учётные данные прокси в их настройках.',
    ),
    source: http('15.5.8', '407 Proxy Authentication Required'),
  },
  {
    id: 'std.408',
    code: 408,
    title: t('Request Timeout', 'Истекло время ожидания запроса'),
    summary: t(
      'The server waited too long for the request to arrive in full and gave up.',
      'Сервер слишком долго ждал, пока запрос придёт полностью, и перестал ждать.',
    ),
    visitor: t(
      'Reload. For uploads, a slow or unstable connection is the usual cause; try a better network.',
      'Обновите страницу. При загрузке файлов причина обычно в медленном или нестабильном соединении — попробуйте другую сеть.',
    ),
    owner: t(
      'Check request-read timeouts (nginx client_header_timeout / client_body_timeout, Apache RequestReadTimeout, load balancer idle timeout) against real upload sizes. Servers also send 408 when closing idle keep-alive connections, which browsers retry silently.',
      'Сравните тайм-ауты чтения запроса (nginx client_header_timeout / client_body_timeout, Apache RequestReadTimeout, idle timeout балансировщика) с реальными размерами загрузок. Серверы также шлют 408, закрывая простаивающие keep-alive соединения, — браузеры молча повторяют такие запросы.',
    ),
    source: http('15.5.9', '408 Request Timeout'),
  },
  {
    id: 'std.409',
    code: 409,
    title: t('Conflict', 'Конфликт'),
    summary: t(
      'The request clashes with the current state of the data: someone else changed it, or the item already exists.',
      'Запрос противоречит текущему состоянию данных: их изменил кто-то другой или объект уже существует.',
    ),
    visitor: t(
      'Reload to get the latest version, then redo your change.',
      'Обновите страницу, чтобы получить свежую версию, и повторите изменение.',
    ),
    owner: t(
      'Expected for edit conflicts and duplicates; make the page explain the conflict. Many of them at once may point at a retry loop or a race between two requests.',
      'Для конфликтов правок и дубликатов это ожидаемо; пусть страница объясняет, в чём конфликт. Множество таких ответов подряд может указывать на цикл повторов или гонку двух запросов.',
    ),
    source: http('15.5.10', '409 Conflict'),
  },
  {
    id: 'std.410',
    code: 410,
    title: t('Gone', 'Удалено'),
    summary: t('The resource was removed on purpose and will not come back.', 'Ресурс удалён намеренно и не вернётся.'),
    visitor: t(
      'The content is gone; look for it elsewhere on the site or in a web archive.',
      'Содержимое удалено; поищите его в другом месте сайта или в веб-архиве.',
    ),
    owner: t(
      'If it was removed by mistake, restore it or redirect to a replacement. Search engines drop 410 pages faster than 404 ones.',
      'Если ресурс удалён по ошибке, восстановите его или настройте перенаправление на замену. Поисковики исключают страницы с 410 быстрее, чем с 404.',
    ),
    source: http('15.5.11', '410 Gone'),
  },
  {
    id: 'std.411',
    code: 411,
    title: t('Length Required', 'Требуется длина'),
    summary: t(
      'The server insists on a Content-Length header and the request did not have one.',
      'Серверу обязательно нужен заголовок Content-Length, а в запросе его не было.',
    ),
    visitor: t('Retry; if it persists, tell the site.', 'Повторите попытку; если не помогает, сообщите сайту.'),
    owner: t(
      'Typical for streamed (chunked) uploads or an empty POST without a body length; accept chunked bodies or have the client send Content-Length: 0.',
      'Типично для потоковых (chunked) загрузок или пустого POST без длины тела; разрешите chunked или пусть клиент отправляет Content-Length: 0.',
    ),
    source: http('15.5.12', '411 Length Required'),
    reach: 'rare',
    whenSeen: t(
      'Browsers almost always send a length, so this usually comes from a script using streaming uploads.',
      'Браузеры почти всегда указывают длину, поэтому обычно такой ответ получает скрипт, который отправляет данные потоком.',
    ),
  },
  {
    id: 'std.412',
    code: 412,
    title: t('Precondition Failed', 'Предусловие не выполнено'),
    summary: t(
      'The request was conditional (If-Match, If-Unmodified-Since) and the condition no longer holds.',
      'Запрос был условным (If-Match, If-Unmodified-Since), и условие уже не выполняется.',
    ),
    visitor: t(
      'Reload the page to get the current version and try again.',
      'Обновите страницу, чтобы получить текущую версию, и повторите.',
    ),
    owner: t(
      'Someone changed the item since the client read it, or ETags differ between servers behind the load balancer; make ETags consistent across instances.',
      'Объект изменили после того, как клиент его прочитал, либо ETag различается на серверах за балансировщиком; сделайте ETag одинаковым на всех экземплярах.',
    ),
    source: http('15.5.13', '412 Precondition Failed'),
  },
  {
    id: 'std.413',
    code: 413,
    title: t('Content Too Large', 'Слишком большое содержимое'),
    summary: t(
      'The request body (usually an upload) is bigger than the server accepts. Formerly "Payload Too Large".',
      'Тело запроса — обычно загружаемый файл — больше, чем принимает сервер. Раньше назывался «Payload Too Large».',
    ),
    visitor: t('Upload a smaller file, or split it.', 'Загрузите файл поменьше или разделите его.'),
    owner: t(
      "Raise the limit on every layer the upload passes: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, the CDN or load balancer body limit, and the framework's own limit.",
      'Увеличьте лимит на всех слоях, через которые идёт загрузка: nginx client_max_body_size, Apache LimitRequestBody, IIS maxAllowedContentLength, лимит тела у CDN или балансировщика и собственный лимит фреймворка.',
    ),
    source: http('15.5.14', '413 Content Too Large'),
  },
  {
    id: 'std.414',
    code: 414,
    title: t('URI Too Long', 'Слишком длинный URI'),
    summary: t('The address is longer than the server will read.', 'Адрес длиннее, чем сервер готов прочитать.'),
    visitor: t(
      "Shorten the address (remove long search or tracking parameters) or start again from the site's home page.",
      'Сократите адрес (уберите длинные параметры поиска или отслеживания) или начните заново с главной страницы.',
    ),
    owner: t(
      'Look for a redirect loop that keeps appending parameters, or forms sending big data with GET (use POST). Limits: nginx large_client_header_buffers, Apache LimitRequestLine, IIS maxUrl/maxQueryString.',
      'Ищите цикл перенаправлений, который дописывает параметры, или формы, отправляющие большие данные методом GET (используйте POST). Лимиты: nginx large_client_header_buffers, Apache LimitRequestLine, IIS maxUrl/maxQueryString.',
    ),
    source: http('15.5.15', '414 URI Too Long'),
  },
  {
    id: 'std.415',
    code: 415,
    title: t('Unsupported Media Type', 'Неподдерживаемый тип данных'),
    summary: t(
      'The server does not accept the format of the data sent (its Content-Type or encoding).',
      'Сервер не принимает формат отправленных данных (их Content-Type или кодирование).',
    ),
    visitor: t(
      'If you were uploading a file, try a different format.',
      'Если вы загружали файл, попробуйте другой формат.',
    ),
    owner: t(
      'The client and API disagree on Content-Type: e.g. form data sent to a JSON-only endpoint, a missing "application/json", or an unsupported Content-Encoding.',
      'Клиент и API расходятся в Content-Type: например, данные формы ушли на эндпоинт, принимающий только JSON, не указан «application/json» или Content-Encoding не поддерживается.',
    ),
    source: http('15.5.16', '415 Unsupported Media Type'),
  },
  {
    id: 'std.416',
    code: 416,
    title: t('Range Not Satisfiable', 'Диапазон недостижим'),
    summary: t(
      'The client asked for a byte range the file does not have, for instance past its end.',
      'Клиент запросил диапазон байтов, которого в файле нет, например за его концом.',
    ),
    visitor: t(
      'Restart the download from the beginning, or reload the page with the video.',
      'Начните скачивание заново или обновите страницу с видео.',
    ),
    owner: t(
      'The file probably changed size since the client started (a redeploy under the same name), or a cache holds a different length than the origin; version file names and purge the CDN.',
      'Скорее всего, файл изменил размер после начала скачивания (выложен заново под тем же именем) либо кэш хранит другую длину, чем origin; добавьте версию в имена файлов и очистите кэш CDN.',
    ),
    source: http('15.5.17', '416 Range Not Satisfiable'),
  },
  {
    id: 'std.417',
    code: 417,
    title: t('Expectation Failed', 'Ожидание не оправдалось'),
    summary: t(
      "The server cannot meet what the request's Expect header asked for.",
      'Сервер не может выполнить то, что требует заголовок Expect в запросе.',
    ),
    visitor: t('Retry; if it persists, tell the site.', 'Повторите попытку; если не помогает, сообщите сайту.'),
    owner: t(
      'Usually an "Expect: 100-continue" from a non-browser client hitting an old server or proxy; have the client drop the header or upgrade the server.',
      'Обычно так старый сервер или прокси отвечает на «Expect: 100-continue» от клиента, который не является браузером; уберите заголовок на стороне клиента или обновите сервер.',
    ),
    source: http('15.5.18', '417 Expectation Failed'),
    reach: 'rare',
    whenSeen: t(
      "Browsers do not send Expect, so a 417 here most likely comes from a script or the server's own misconfiguration.",
      'Браузеры не отправляют Expect, поэтому 417 здесь, скорее всего, вызван скриптом или ошибкой в настройке сервера.',
    ),
  },
  {
    id: 'std.418',
    code: 418,
    title: t("(Unused) — I'm a teapot", '(Не используется) — «Я чайник»'),
    summary: t(
      "A joke code from the 1998 April Fools' RFC 2324 (a coffee-pot protocol); RFC 9110 reserves the number because real servers send it.",
      'Шуточный код из первоапрельского RFC 2324 1998 года (протокол управления кофейником); RFC 9110 резервирует номер, потому что реальные серверы его отправляют.',
    ),
    visitor: t(
      'The site chose to refuse this request with a joke code, often as a bot block. Try without VPN or automation tools, or tell the site.',
      'Сайт отказал в запросе шуточным кодом — часто так блокируют ботов. Попробуйте без VPN и средств автоматизации или сообщите сайту.',
    ),
    owner: t(
      'Find the rule that returns 418 (a bot filter, WAF custom rule, a framework easter egg). For real refusals prefer 403 or 429 so clients and monitoring understand them.',
      'Найдите правило, которое отдаёт 418 (фильтр ботов, собственное правило WAF, «пасхалка» фреймворка). Для настоящих отказов лучше 403 или 429 — их понимают клиенты и мониторинг.',
    ),
    source: http('15.5.19', "418 (Unused); joke origin: RFC 2324 §2.3.2 I'm a teapot"),
  },
  {
    id: 'std.421',
    code: 421,
    title: t('Misdirected Request', 'Запрос не по адресу'),
    summary: t(
      'The request arrived on a connection to a server that does not serve this host name, typically after connection reuse.',
      'Запрос пришёл по соединению с сервером, который не обслуживает это имя хоста, — обычно после повторного использования соединения.',
    ),
    visitor: t(
      'Reload; the browser normally retries on a fresh connection by itself.',
      'Обновите страницу: обычно браузер сам повторяет запрос по новому соединению.',
    ),
    owner: t(
      'Browsers reuse one HTTP/2 or HTTP/3 connection for several host names that share a certificate and IP. Make sure every server behind that IP accepts all names on the certificate, or use separate certificates; also check SNI vs Host checks (Apache strict SNI).',
      'Браузеры используют одно соединение HTTP/2 или HTTP/3 для нескольких имён хостов с общим сертификатом и IP. Убедитесь, что каждый сервер за этим IP принимает все имена из сертификата, или используйте отдельные сертификаты; проверьте и сверку SNI с Host (строгий SNI в Apache).',
    ),
    source: http('15.5.20', '421 Misdirected Request'),
  },
  {
    id: 'std.422',
    code: 422,
    title: t('Unprocessable Content', 'Необрабатываемое содержимое'),
    summary: t(
      'The request was well-formed but its data failed validation (a required field, a wrong value).',
      'Запрос составлен правильно, но данные не прошли проверку (не заполнено обязательное поле, неверное значение).',
    ),
    visitor: t(
      'Check the form for highlighted fields, fix them and submit again.',
      'Найдите в форме выделенные поля, исправьте их и отправьте форму снова.',
    ),
    owner: t(
      "Your app's validation rejected the data (Rails, Laravel and many APIs use 422); make sure the page shows which field failed, and compare the client's payload with the API schema.",
      'Данные отклонила проверка в вашем приложении (422 используют Rails, Laravel и многие API); покажите на странице, какое поле не прошло, и сверьте отправляемые данные со схемой API.',
    ),
    source: http('15.5.21', '422 Unprocessable Content'),
  },
  {
    id: 'std.423',
    code: 423,
    title: t('Locked', 'Заблокировано'),
    summary: t(
      'The item is locked (WebDAV), usually because someone else has it open for editing.',
      'Объект заблокирован (WebDAV) — обычно его кто-то открыл для редактирования.',
    ),
    visitor: t(
      'Wait until the other person closes the file, then try again.',
      'Подождите, пока другой человек закроет файл, и повторите.',
    ),
    owner: t(
      'Look for stale locks left by crashed clients and their timeout in the WebDAV server (Nextcloud, SharePoint, mod_dav); clear abandoned ones.',
      'Ищите зависшие блокировки, оставшиеся от упавших клиентов, и проверьте их тайм-аут на сервере WebDAV (Nextcloud, SharePoint, mod_dav); брошенные блокировки снимите.',
    ),
    source: rfc(4918, '11.3', '423 Locked'),
  },
  {
    id: 'std.424',
    code: 424,
    title: t('Failed Dependency', 'Неудачная зависимость'),
    summary: t(
      'This part of the operation was not done because another part it depended on failed.',
      'Эта часть операции не выполнена, потому что не удалась другая, от которой она зависела.',
    ),
    visitor: t('Retry the whole action.', 'Повторите действие целиком.'),
    owner: t(
      "Find the first failing step in the same batch (WebDAV multi-status body or your API's batch result); fix that one.",
      'Найдите первый неудавшийся шаг в том же пакете (тело ответа WebDAV с множественным статусом или результат пакетного API) и исправьте его.',
    ),
    source: rfc(4918, '11.4', '424 Failed Dependency'),
    reach: 'rare',
    whenSeen: t(
      'Mostly WebDAV and batch APIs; on an ordinary page it means a back-end step the page needed failed.',
      'В основном WebDAV и пакетные API; на обычной странице это значит, что не удался нужный ей шаг на сервере.',
    ),
  },
  {
    id: 'std.425',
    code: 425,
    title: t('Too Early', 'Слишком рано'),
    summary: t(
      'The server will not act on a request sent in TLS early data (0-RTT), because it could be replayed.',
      'Сервер не выполняет запрос, отправленный в ранних данных TLS (0-RTT), потому что такой запрос злоумышленник может воспроизвести повторно.',
    ),
    visitor: t(
      'Reload; the browser repeats the request after the handshake.',
      'Обновите страницу: браузер повторит запрос после рукопожатия.',
    ),
    owner: t(
      'Expected if 0-RTT is enabled on the CDN or server and the path is not safe to replay. Browsers retry automatically; if clients do not, turn off 0-RTT for that path.',
      'Ожидаемо, если на CDN или сервере включён 0-RTT, а запросы к этому пути небезопасно повторять. Браузеры повторяют запрос сами; если клиенты этого не делают, отключите 0-RTT для этого пути.',
    ),
    source: rfc(8470, '5.2', '425 Too Early'),
    reach: 'rare',
    whenSeen: t(
      'Browsers normally retry transparently, so a 425 you can see means the retry did not happen or failed too.',
      'Обычно браузер незаметно повторяет запрос, поэтому если 425 всё же виден, значит, повтора не было или он тоже не удался.',
    ),
  },
  {
    id: 'std.426',
    code: 426,
    title: t('Upgrade Required', 'Требуется смена протокола'),
    summary: t(
      'The server will only answer over a different protocol, named in its Upgrade header.',
      'Сервер ответит только по другому протоколу — он указан в заголовке Upgrade.',
    ),
    visitor: t(
      'Try the https:// address; otherwise the page needs a newer browser or app.',
      'Попробуйте адрес с https://; иначе странице нужен более новый браузер или приложение.',
    ),
    owner: t(
      'Common when a WebSocket endpoint is opened as a plain page, or when the server demands TLS or HTTP/2. Check the Upgrade header value and the link that led here.',
      'Часто бывает, когда адрес WebSocket открывают как обычную страницу или сервер требует TLS либо HTTP/2. Проверьте значение заголовка Upgrade и ссылку, которая сюда привела.',
    ),
    source: http('15.5.22', '426 Upgrade Required'),
  },
  {
    id: 'std.428',
    code: 428,
    title: t('Precondition Required', 'Требуется предусловие'),
    summary: t(
      "The server only accepts changes that say which version they modify (If-Match), to avoid overwriting someone else's edit.",
      'Сервер принимает изменения, только если указано, какую версию они меняют (If-Match), чтобы не затереть чужую правку.',
    ),
    visitor: t('Reload the page and repeat the change.', 'Обновите страницу и повторите изменение.'),
    owner: t(
      'The client must read the ETag first and send it back in If-Match; fix the client code that skips this.',
      'Клиент должен сначала получить ETag и вернуть его в If-Match; исправьте код клиента, который этот шаг пропускает.',
    ),
    source: rfc(6585, '3', '428 Precondition Required'),
  },
  {
    id: 'std.429',
    code: 429,
    title: t('Too Many Requests', 'Слишком много запросов'),
    summary: t(
      'A rate limit was hit: too many requests in a short time from you, your network or this app.',
      'Сработало ограничение частоты: слишком много запросов за короткое время от вас, вашей сети или этого приложения.',
    ),
    visitor: t(
      'Wait a while (the Retry-After header, if present, says how long) and stop rapid reloads; a shared or VPN address can hit the limit for you.',
      'Подождите (заголовок Retry-After, если есть, подскажет сколько) и не обновляйте страницу слишком часто; если адрес общий (например, у VPN), лимит могли исчерпать другие.',
    ),
    owner: t(
      'Find which layer limits (CDN/WAF rate rule, API gateway plan, nginx limit_req, the app itself) and its key (IP, token). Look for a client retry loop, and send Retry-After.',
      'Выясните, какой слой ограничивает (правило частоты CDN/WAF, тариф API-шлюза, nginx limit_req, само приложение) и по какому ключу (IP, токен). Ищите цикл повторов в клиенте и отправляйте Retry-After.',
    ),
    source: rfc(6585, '4', '429 Too Many Requests'),
  },
  {
    id: 'std.431',
    code: 431,
    title: t('Request Header Fields Too Large', 'Слишком большие заголовки запроса'),
    summary: t(
      'The request headers, nearly always the cookies, are bigger than the server accepts.',
      'Заголовки запроса — почти всегда cookie — больше, чем принимает сервер.',
    ),
    visitor: t("Clear this site's cookies and reload.", 'Удалите cookie этого сайта и обновите страницу.'),
    owner: t(
      'Find what inflates cookies (analytics, A/B tests, big session cookies, many subdomains sharing a parent domain) and cap them; or raise the header limit (Node --max-http-header-size, nginx large_client_header_buffers).',
      'Найдите, что раздувает cookie (аналитика, A/B-тесты, большие сессионные cookie, много поддоменов с общим родительским доменом), и ограничьте их; или увеличьте лимит заголовков (Node --max-http-header-size, nginx large_client_header_buffers).',
    ),
    source: rfc(6585, '5', '431 Request Header Fields Too Large'),
  },
  {
    id: 'std.451',
    code: 451,
    title: t('Unavailable For Legal Reasons', 'Недоступно по юридическим причинам'),
    summary: t(
      'Access is refused because of a legal demand (a court order, a government block, sanctions, regional law).',
      'Доступ закрыт из-за юридического требования (решение суда, блокировка властями, санкции, местное законодательство).',
    ),
    visitor: t(
      'The block applies where you are or to this content; the page may name who demanded it. There is usually nothing the site can do for you.',
      'Блокировка действует в вашем регионе или для этого содержимого; на странице может быть указано, кто её потребовал. Обычно сайт ничего не может с этим сделать.',
    ),
    owner: t(
      'Intentional. Name the blocking authority in a Link header with rel="blocked-by" and explain on the page; if it is unintended, check geo-blocking rules in the CDN or WAF.',
      'Это намеренно. Укажите инициатора блокировки в заголовке Link с rel="blocked-by" и поясните на странице; если блокировка не задумывалась, проверьте правила геоблокировки в CDN или WAF.',
    ),
    source: rfc(7725, '3', '451 Unavailable For Legal Reasons'),
  },

  // ───────────── 5xx: the server side failed ─────────────
  {
    id: 'std.500',
    code: 500,
    title: t('Internal Server Error', 'Внутренняя ошибка сервера'),
    summary: t(
      "The site's software hit an error it did not handle; the number itself says nothing more.",
      'В программе сайта произошла необработанная ошибка; сам код ответа больше ничего не сообщает.',
    ),
    visitor: t(
      "Reload in a minute. If it keeps failing, it is the site's problem; tell them the time and address.",
      'Обновите страницу через минуту. Если ошибка не пропадает, проблема на стороне сайта — сообщите его владельцам время и адрес.',
    ),
    owner: t(
      'Read the application error log for this moment (stack trace). Usual suspects: an exception after the latest deploy, a failing database, a bad .htaccess or web.config, wrong file permissions, a missing environment variable.',
      'Откройте журнал ошибок приложения за этот момент (стек вызовов). Обычные причины: исключение после последнего деплоя, сбой базы данных, ошибка в .htaccess или web.config, неверные права на файлы, не заданная переменная окружения.',
    ),
    source: http('15.6.1', '500 Internal Server Error'),
  },
  {
    id: 'std.501',
    code: 501,
    title: t('Not Implemented', 'Не реализовано'),
    summary: t(
      'The server does not support what the request needs, usually an unknown method.',
      'Сервер не поддерживает то, что нужно запросу, — обычно неизвестный метод.',
    ),
    visitor: t('Not fixable on your side; tell the site.', 'С вашей стороны это не исправить; сообщите сайту.'),
    owner: t(
      'Check which method was used (PATCH, PROPFIND, a custom verb) and whether the server or a proxy in front knows it; some frameworks also return 501 for stub endpoints.',
      'Проверьте, какой использован метод (PATCH, PROPFIND, нестандартный) и знает ли его сервер или прокси перед ним; некоторые фреймворки отдают 501 и для заглушек эндпоинтов.',
    ),
    source: http('15.6.2', '501 Not Implemented'),
  },
  {
    id: 'std.502',
    code: 502,
    title: t('Bad Gateway', 'Ошибочный шлюз'),
    summary: t(
      'A proxy, CDN or load balancer got no usable answer from the server behind it.',
      'Прокси, CDN или балансировщик не получил пригодного ответа от сервера за ним.',
    ),
    visitor: t(
      "Reload in a minute; the site's back end is down or restarting.",
      'Обновите страницу через минуту: серверная часть сайта упала или перезапускается.',
    ),
    owner: t(
      'The layer that answered is fine; the one behind it is not. Check that the app process is running and listening on the expected port or socket (PHP-FPM, Gunicorn, Node), its crash log, upstream TLS settings, and response headers too large for the proxy buffers.',
      'Ответивший слой исправен, неисправен тот, что за ним. Проверьте, что процесс приложения запущен и слушает ожидаемый порт или сокет (PHP-FPM, Gunicorn, Node), журнал его падений, настройки TLS до upstream и не слишком ли велики заголовки ответа для буферов прокси.',
    ),
    source: http('15.6.3', '502 Bad Gateway'),
  },
  {
    id: 'std.503',
    code: 503,
    title: t('Service Unavailable', 'Сервис недоступен'),
    summary: t(
      'The server cannot take the request right now: overloaded, in maintenance, or with no healthy back end.',
      'Сервер сейчас не может принять запрос: перегружен, на обслуживании или нет исправного бэкенда.',
    ),
    visitor: t(
      'Wait and try again later; Retry-After, if sent, says when.',
      'Подождите и попробуйте позже; заголовок Retry-After, если есть, подскажет когда.',
    ),
    owner: t(
      'Check maintenance mode, health checks and the target group (no healthy instances), a stopped IIS application pool, connection or worker limits, and autoscaling. Send Retry-After during planned maintenance.',
      'Проверьте режим обслуживания, проверки работоспособности (health checks) и целевую группу (нет исправных экземпляров), остановленный пул приложений IIS, лимиты соединений и воркеров, автомасштабирование. На время плановых работ отдавайте Retry-After.',
    ),
    source: http('15.6.4', '503 Service Unavailable'),
  },
  {
    id: 'std.504',
    code: 504,
    title: t('Gateway Timeout', 'Шлюз не отвечает'),
    summary: t(
      'A proxy, CDN or load balancer gave up waiting for the server behind it.',
      'Прокси, CDN или балансировщик не дождался ответа от сервера за ним.',
    ),
    visitor: t(
      'Try again later. If you submitted a form, check whether it went through before resending.',
      'Попробуйте позже. Если отправляли форму, сначала проверьте, не прошла ли она, и только потом отправляйте снова.',
    ),
    owner: t(
      "Find the slow part (database queries, external APIs, locks) in the app's timing logs; compare the proxy timeout (nginx proxy_read_timeout, load balancer idle timeout, CDN origin timeout) with how long this request really takes; move long jobs to a background queue.",
      'Найдите медленное место (запросы к базе, внешние API, блокировки) по журналам приложения, где видна длительность операций; сравните тайм-аут прокси (nginx proxy_read_timeout, idle timeout балансировщика, тайм-аут origin у CDN) с реальной длительностью запроса; долгие задачи вынесите в фоновую очередь.',
    ),
    source: http('15.6.5', '504 Gateway Timeout'),
  },
  {
    id: 'std.505',
    code: 505,
    title: t('HTTP Version Not Supported', 'Версия HTTP не поддерживается'),
    summary: t(
      'The server refuses the HTTP version the request used.',
      'Сервер не принимает версию HTTP, по которой отправлен запрос.',
    ),
    visitor: t(
      'Try another browser, or turn off a proxy or VPN that may alter traffic.',
      'Попробуйте другой браузер или отключите прокси или VPN, которые могут менять трафик.',
    ),
    owner: t(
      'Usually a proxy and server disagreeing on versions (for example HTTP/2 or HTTP/1.0 forwarded to a back end that only speaks HTTP/1.1) or a malformed request line; check the upstream protocol settings.',
      'Обычно прокси и сервер расходятся в версиях (например, HTTP/2 или HTTP/1.0 передаётся бэкенду, понимающему только HTTP/1.1) или строка запроса искажена; проверьте настройки протокола до upstream.',
    ),
    source: http('15.6.6', '505 HTTP Version Not Supported'),
    reach: 'rare',
    whenSeen: t(
      'Browsers speak versions every server knows, so a 505 points at a broken hop between the browser and the site.',
      'Браузеры используют версии HTTP, которые знает любой сервер, поэтому 505 указывает на сломанное звено между браузером и сайтом.',
    ),
  },
  {
    id: 'std.506',
    code: 506,
    title: t('Variant Also Negotiates', 'Вариант тоже ведёт согласование'),
    summary: t(
      'Server-side content negotiation is misconfigured: the chosen variant itself points to another negotiation, forming a loop.',
      'Согласование содержимого на сервере настроено неверно: выбранный вариант сам ведёт к новому согласованию, и получается цикл.',
    ),
    visitor: t('Not fixable on your side; tell the site.', 'С вашей стороны это не исправить; сообщите сайту.'),
    owner: t(
      'Check type maps and MultiViews (Apache mod_negotiation) so that each variant is a plain file, not another negotiable resource.',
      'Проверьте type map и MultiViews (Apache mod_negotiation): каждый вариант должен быть обычным файлом, а не ещё одним согласуемым ресурсом.',
    ),
    source: rfc(2295, '8.1', '506 Variant Also Negotiates'),
    reach: 'rare',
    whenSeen: t(
      'Transparent negotiation is almost unused, so this nearly always means a negotiation setup error on an Apache server.',
      'Прозрачное согласование почти не применяется, поэтому это почти всегда ошибка настройки согласования на сервере Apache.',
    ),
  },
  {
    id: 'std.507',
    code: 507,
    title: t('Insufficient Storage', 'Недостаточно места'),
    summary: t(
      'The server has no room to store what the request wanted to save.',
      'Серверу негде сохранить то, что хотел записать запрос.',
    ),
    visitor: t(
      'If this is your cloud storage, free up space or raise your quota; otherwise tell the site.',
      'Если это ваше облачное хранилище, освободите место или увеличьте квоту; иначе сообщите сайту.',
    ),
    owner: t(
      "Check free disk space and inodes on the server, the user's quota in the storage app (Nextcloud and similar), and temporary upload directories.",
      'Проверьте свободное место и inode на диске сервера, квоту пользователя в приложении хранения (Nextcloud и подобные) и каталоги временных загрузок.',
    ),
    source: rfc(4918, '11.5', '507 Insufficient Storage'),
  },
  {
    id: 'std.508',
    code: 508,
    title: t('Loop Detected', 'Обнаружен цикл'),
    summary: t(
      'The server stopped an operation that went round in circles, such as a WebDAV folder that contains itself.',
      'Сервер остановил операцию, которая пошла по кругу, например обход папки WebDAV, которая содержит саму себя.',
    ),
    visitor: t('Not fixable on your side; tell the site.', 'С вашей стороны это не исправить; сообщите сайту.'),
    owner: t(
      'For WebDAV, look for bindings or symlinks that point back to a parent folder. Some shared hosts (cPanel with CloudLinux) also send 508 when the account exceeds its resource limits; check the hosting panel.',
      'Для WebDAV ищите привязки или символьные ссылки, ведущие обратно в родительскую папку. Некоторые виртуальные хостинги (cPanel с CloudLinux) тоже отдают 508 при превышении лимитов ресурсов аккаунта — проверьте панель хостинга.',
    ),
    source: rfc(5842, '7.2', '508 Loop Detected'),
    reach: 'rare',
    whenSeen: t(
      "A real WebDAV loop is rare in a browser; on an ordinary site a 508 is more often a shared host's resource limit.",
      'Настоящий цикл WebDAV в браузере встречается редко; на обычном сайте 508 чаще означает лимит ресурсов виртуального хостинга.',
    ),
  },
  {
    id: 'std.510',
    code: 510,
    title: t('Not Extended', 'Не расширено'),
    summary: t(
      'Part of the experimental HTTP Extension Framework: the request lacked an extension the server required. The framework is now historic and the code obsoleted.',
      'Часть экспериментального HTTP Extension Framework: в запросе не было расширения, которого требовал сервер. Эта схема признана исторической, а код — устаревшим.',
    ),
    visitor: t('Not fixable on your side; tell the site.', 'С вашей стороны это не исправить; сообщите сайту.'),
    owner: t(
      'No current client implements the extension framework; find the component that emits 510 and replace it with a meaningful 4xx or 5xx.',
      'Ни один современный клиент не поддерживает эту схему расширений; найдите компонент, который отдаёт 510, и замените код на осмысленный 4xx или 5xx.',
    ),
    source: rfc(2774, '7', '510 Not Extended; obsoleted, RFC 2774 moved to Historic'),
    reach: 'rare',
    obsolete: true,
    whenSeen: t(
      'The IANA registry marks 510 obsoleted, so a server sending it today runs old or custom code.',
      'В реестре IANA код 510 помечен как устаревший; сервер, который его отправляет, работает на старом или самописном коде.',
    ),
  },
  {
    id: 'std.511',
    code: 511,
    title: t('Network Authentication Required', 'Требуется сетевая аутентификация'),
    summary: t(
      'The network you are on (hotel, airport, café Wi-Fi) wants you to sign in or accept terms before it lets traffic through.',
      'Сеть, к которой вы подключены (Wi-Fi в отеле, аэропорту, кафе), требует войти или принять условия, прежде чем пропустить трафик.',
    ),
    visitor: t(
      "Open any plain http:// page or your system's Wi-Fi sign-in prompt and complete the network's login page.",
      'Откройте любую страницу по http:// или системное окно входа в Wi-Fi и выполните вход на странице сети.',
    ),
    owner: t(
      "Comes from the visitor's network (a captive portal), not from your site; nothing to fix on the server.",
      'Код отправляет сеть посетителя (captive portal), а не ваш сайт; на сервере исправлять нечего.',
    ),
    source: rfc(6585, '6', '511 Network Authentication Required'),
  },
];
