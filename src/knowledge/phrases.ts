/**
 * The engine's own sentences, one per reason it can give. Placeholders in braces ({vendor}, {through},
 * {code}, {layer}, {role}, {signs}, {header}) are filled by narrate.ts; the vendor files hold the rest.
 */
import { t } from './text';
import type { Role, Text } from './types';

const roles: Readonly<Record<`role.${Role}`, Text>> = {
  'role.origin': t("the site's own server", 'собственный сервер сайта'),
  'role.cdn': t('a CDN or security service in front of the site', 'CDN или защитный сервис перед сайтом'),
  'role.load-balancer': t('a load balancer in front of the site', 'балансировщик нагрузки перед сайтом'),
  'role.gateway': t('an API gateway in front of the service', 'API-шлюз перед сервисом'),
  'role.platform': t("the hosting platform's front layer", 'входной слой хостинг-платформы'),
  'role.proxy': t('a proxy between you and the site', 'прокси между вами и сайтом'),
  'role.network': t('the network between you and the site', 'сеть между вами и сайтом'),
  'role.browser': t('your browser or computer', 'ваш браузер или компьютер'),
  'role.extension': t('another browser extension', 'другое расширение браузера'),
  'role.unknown': t('someone the evidence cannot name', 'неизвестная сторона'),
};

export const phrases = {
  ...roles,
  and: t('and', 'и'),
  'why.decoded': t(
    '{vendor} names its own error in the {header} header, so it answered by itself.',
    '{vendor} называет свою ошибку в заголовке {header} — значит, ответил он сам.',
  ),
  'why.own-code': t(
    "The code is {vendor}'s own, and the response carries {vendor}'s signs.",
    'Это собственный код {vendor}, и в ответе есть признаки {vendor}.',
  ),
  'why.own-code-unconfirmed': t(
    "The code is {vendor}'s own, but no header confirms {vendor} was involved.",
    'Это собственный код {vendor}, но ни один заголовок не подтверждает участие {vendor}.',
  ),
  'why.decoded-page': t(
    'The error page is {vendor}’s own and names the error, so {vendor} answered by itself.',
    'Страница ошибки — собственная страница {vendor}, и на ней назван номер ошибки: значит, ответил сам {vendor}.',
  ),
  'why.made-page': t(
    'The error page carries a mark that only {vendor}’s own error pages have, so {vendor} answered by itself.',
    'На странице ошибки есть отметка, которая бывает только на собственных страницах ошибок {vendor}: значит, ответил сам {vendor}.',
  ),
  'why.made-sign': t(
    "The response carries a sign that only {vendor}'s own responses have.",
    'В ответе есть признак, который бывает только у собственных ответов {vendor}.',
  ),
  'why.relayed-sign': t(
    '{layer} marks this answer as passed along from the service behind it, so the site’s side made it.',
    '{layer} помечает этот ответ как полученный от сервиса, который стоит за ним, — значит, ответ сформирован на стороне сайта.',
  ),
  'why.relayed-sign-named': t(
    '{layer} marks this answer as passed along from behind it, so {vendor} on the site’s side made it.',
    '{layer} помечает этот ответ как полученный от сервиса, который стоит за ним, — значит, его сформировал {vendor} на стороне сайта.',
  ),
  'why.gateway': t(
    '{vendor} sits in front of the site and often answers {code} by itself when what is behind it fails; nothing here shows the site made this one. It may still have passed along the site’s own {code}, so this is a guess.',
    '{vendor} стоит перед сайтом и часто сам отвечает кодом {code}, когда сбоит то, что за ним; признаков того, что этот ответ сформировал сайт, нет. Но он мог и просто передать ответ {code} от самого сайта, так что это лишь предположение.',
  ),
  'why.serves-site': t(
    '{vendor} serves this site’s files itself, so here it is the site’s server.',
    '{vendor} сам отдаёт файлы этого сайта, так что здесь он и есть сервер сайта.',
  ),
  'why.origin-through': t(
    '{vendor} answered and {through} passed the answer along; nothing shows it was made on the way.',
    'Ответил {vendor}; ответ лишь прошёл через {through}, и признаков того, что его сформировали по пути, нет.',
  ),
  'why.origin-only': t(
    "{vendor} answered; it may be the site's web server or a proxy just in front of it.",
    'Ответил {vendor}; это может быть веб-сервер сайта или прокси прямо перед ним.',
  ),
  'why.relayed': t(
    "The response passed through {through}; such services relay the site's own answers, and nothing marks this one as made on the way.",
    'Ответ прошёл через {through}; такие сервисы передают ответы сайта дальше, и признаков того, что этот ответ сформирован по пути, нет.',
  ),
  'why.nothing': t(
    "No header names a product, so this is most likely the site's own server.",
    'Ни один заголовок не называет продукт, поэтому, скорее всего, ответил собственный сервер сайта.',
  ),
  'why.failure': t('Most likely cause: {role}.', 'Наиболее вероятная причина: {role}.'),
  'other.origin-behind': t(
    'The site’s own server: {layer} may only have passed its answer along.',
    'Собственный сервер сайта: {layer} мог лишь передать его ответ.',
  ),
  'other.origin-behind-named': t(
    'The site’s own server ({vendor}): {layer} may only have passed its answer along.',
    'Собственный сервер сайта ({vendor}): {layer} мог лишь передать его ответ.',
  ),
  'other.layer-makes': t(
    '{vendor}, also on the way, makes such answers too.',
    '{vendor} тоже стоит на пути запроса и сам отдаёт такие ответы.',
  ),
  'settle.generic': t(
    'The error page’s wording would settle it: a page in {vendor}’s own style means {vendor} answered; the site’s own design means the site did.',
    'Подскажет страница ошибки: если она оформлена в стиле {vendor}, ответил {vendor}; если в дизайне самого сайта — ответил сайт.',
  ),
  'tell.standard': t(
    'The standard meaning: it applies when no product-specific header, host or path points elsewhere.',
    'Стандартное значение: подходит, когда ни заголовки, ни хост, ни путь не указывают на конкретный продукт.',
  ),
  'tell.signs': t('A {vendor} response would show: {signs}.', 'Ответ {vendor} можно узнать по признакам: {signs}.'),
  'tell.none': t(
    "{vendor} leaves no header a browser can see; only the site's own documentation or the page text can confirm it.",
    '{vendor} не оставляет заголовков, которые видит браузер; подтвердить его участие можно только по документации сайта или тексту страницы.',
  ),
  'tell.number-page': t(
    '{vendor} shows this number on its own error page.',
    'Этот номер {vendor} показывает на собственной странице ошибки.',
  ),
  'tell.number-header': t(
    '{vendor} sends this number in the {header} header of its response.',
    'Этот номер {vendor} передаёт в заголовке {header} своего ответа.',
  ),
  'tell.number-both': t(
    '{vendor} shows this number on its own error page and also sends it in the {header} header.',
    'Этот номер {vendor} показывает на собственной странице ошибки, а кроме того передаёт в заголовке {header}.',
  ),
  'advice.number': t(
    'Nothing is advised for this number alone: follow the advice for the HTTP status of the response that carried it.',
    'Для одного этого номера советов нет: следуйте советам для HTTP-статуса ответа, в котором он пришёл.',
  ),
  unlikely: t(
    'Unlikely here: every {vendor} response shows {signs}, and this one does not.',
    'Здесь маловероятно: каждый ответ {vendor} содержит {signs}, а этот — нет.',
  ),
  'evidence.error': t(
    'The browser reported this failure instead of a response.',
    'Браузер сообщил об этой ошибке вместо ответа.',
  ),
  'note.from-cache': t(
    'The browser took this answer from its cache, so it may be older than the site’s current state.',
    'Браузер взял этот ответ из своего кэша, поэтому он может не отражать текущее состояние сайта.',
  ),
} as const satisfies Readonly<Record<string, Text>>;

export type PhraseKey = keyof typeof phrases;
