import { cookie, header, host, server, via } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const fly: Vendor = {
  id: 'fly',
  name: 'Fly.io',
  role: 'platform',
  docs: { title: 'Fly.io documentation', url: 'https://fly.io/docs/' },
  fingerprints: [
    {
      id: 'fly-request-id',
      signal: header('fly-request-id'),
      weight: 'strong',
      says: t(
        "Fly.io's request id (the id ends with the region): the request went through the Fly.io proxy, which adds this id to the app's answers and its own alike.",
        'Идентификатор запроса Fly.io (в конце — регион): запрос прошёл через прокси Fly.io, который добавляет этот идентификатор и к ответам приложения, и к своим собственным.',
      ),
    },
    {
      id: 'server',
      signal: server(/^Fly\/[0-9a-f]+( \(.*\))?$/i),
      weight: 'strong',
      says: t(
        'The Server header names the Fly.io proxy (Fly/<build>), so Fly.io delivered this response; it also appears on the app’s own answers when the app sets no Server of its own, so it does not say who wrote this one.',
        'Заголовок Server называет прокси Fly.io (Fly/<сборка>): ответ доставил Fly.io. Но этот заголовок бывает и в ответах самого приложения, если оно не задаёт свой Server, поэтому он не говорит, кто сформировал этот ответ.',
      ),
    },
    {
      id: 'via',
      signal: via(/^(.*,\s*)?(1\.1|2|2\.0) fly\.io(\s*,.*)?$/i),
      weight: 'medium',
      says: t(
        'The Via header lists fly.io: the Fly.io proxy handled this request.',
        'В заголовке Via указан fly.io: запрос обработал прокси Fly.io.',
      ),
    },
    {
      id: 'cookie-fly',
      signal: cookie(/^_fly$/),
      weight: 'weak',
      says: t(
        'The _fly cookie is set on some apps running on Fly.io; a hint, not proof.',
        'Cookie _fly ставят некоторые приложения на Fly.io; это лишь косвенный признак, а не доказательство.',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)fly\.dev$/),
      weight: 'medium',
      says: t(
        'The address is on fly.dev, the domain Fly.io gives to every app.',
        'Адрес находится на fly.dev — домене, который Fly.io выдаёт каждому приложению.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 502,
      note: t(
        'A 502 from the Fly.io proxy usually means it found no running Machine that answered: the app crashed, its Machines are stopped, or the app listens on a port other than internal_port in fly.toml (or only on 127.0.0.1 instead of 0.0.0.0). "fly logs" shows the proxy\'s own error lines.',
        '502 от прокси Fly.io обычно значит, что он не нашёл работающей машины, которая бы ответила: приложение упало, его машины остановлены или оно слушает не тот порт, что указан в internal_port в fly.toml (или слушает только 127.0.0.1 вместо 0.0.0.0). Сообщения самого прокси видны в «fly logs».',
      ),
    },
    {
      code: 503,
      note: t(
        'A 503 from the Fly.io proxy points at capacity: every Machine was busy or unhealthy. Check health checks and the concurrency limits in fly.toml, and whether auto-stopped Machines can start again.',
        '503 от прокси Fly.io говорит о нехватке ресурсов: все машины заняты или не проходят проверки работоспособности. Проверьте health checks и ограничения concurrency в fly.toml, а также могут ли автоматически остановленные машины снова запуститься.',
      ),
    },
  ],
};
