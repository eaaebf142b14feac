import { header, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const litespeed: Vendor = {
  id: 'litespeed',
  name: 'LiteSpeed Web Server',
  role: 'origin',
  docs: { title: 'LiteSpeed Web Server documentation', url: 'https://docs.litespeedtech.com/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^(Open)?LiteSpeed(\/[\d.]+)?$/i),
      weight: 'strong',
      says: t(
        'The Server header names LiteSpeed (or OpenLiteSpeed), a web server common on shared hosting: it answered this request.',
        'Заголовок Server называет LiteSpeed (или OpenLiteSpeed) — веб-сервер, популярный на виртуальных хостингах: ответ пришёл от него.',
      ),
    },
    {
      id: 'x-litespeed-cache',
      signal: header('x-litespeed-cache'),
      weight: 'strong',
      says: t(
        "X-LiteSpeed-Cache reports LiteSpeed's page cache result (hit, miss), so a LiteSpeed server handled the request.",
        'X-LiteSpeed-Cache сообщает результат страничного кэша LiteSpeed (hit, miss): запрос обработал сервер LiteSpeed.',
      ),
    },
    {
      id: 'x-turbo-charged-by',
      signal: header('x-turbo-charged-by', /^LiteSpeed$/i),
      weight: 'strong',
      says: t(
        'X-Turbo-Charged-By: LiteSpeed is added by the LiteSpeed web server.',
        'X-Turbo-Charged-By: LiteSpeed добавляет веб-сервер LiteSpeed.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 508,
      note: t(
        'Shared hosts running LiteSpeed on CloudLinux commonly report 508 "Resource Limit Is Reached" when the account runs too many scripts at once (the entry process limit); this is a hosting limit, not a WebDAV loop. Check Resource Usage in the hosting panel.',
        'Виртуальные хостинги с LiteSpeed на CloudLinux обычно отдают 508 «Resource Limit Is Reached», когда аккаунт запускает слишком много скриптов одновременно (лимит entry processes); это лимит хостинга, а не цикл WebDAV. Проверьте Resource Usage в панели хостинга.',
      ),
    },
  ],
};
