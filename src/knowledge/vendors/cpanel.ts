import { cookie, host, path, server } from '../signals';
import { t } from '../text';
import type { Source, Vendor } from '../types';

const limits: Source = {
  title:
    'CloudLinux OS documentation: Limits (entry processes); 508 "Resource Limit Is Reached" as described by hosting providers and Wikipedia',
  url: 'https://docs.cloudlinux.com/cloudlinuxos/limits/',
};

export const cpanel: Vendor = {
  id: 'cpanel',
  name: 'cPanel / CloudLinux shared hosting',
  role: 'platform',
  docs: { title: 'cPanel & WHM documentation', url: 'https://docs.cpanel.net/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^cpsrvd(\/[\d.]+)?$/i),
      weight: 'strong',
      says: t(
        "Server: cpsrvd is cPanel's own service daemon, which serves the cPanel, WHM and webmail interfaces of a cPanel host.",
        'Server: cpsrvd — собственная служба cPanel, которая обслуживает интерфейсы cPanel, WHM и веб-почты на cPanel-хостинге.',
      ),
    },
    {
      id: 'cookie-cpsession',
      signal: cookie(/^cpsession$/),
      weight: 'medium',
      says: t(
        'The cpsession cookie is the login session of a cPanel interface.',
        'Cookie cpsession — сессия входа в интерфейс cPanel.',
      ),
    },
    {
      id: 'cookie-cprelogin',
      signal: cookie(/^cprelogin$/),
      weight: 'medium',
      says: t(
        'The cprelogin cookie is set by the cPanel login page.',
        'Cookie cprelogin ставит страница входа cPanel.',
      ),
    },
    {
      id: 'path-cgi-sys',
      signal: path(/^\/cgi-sys\//),
      weight: 'weak',
      says: t(
        'Paths under /cgi-sys/ (the default page, the suspended-account page) are served by cPanel on the sites it hosts.',
        'Пути в /cgi-sys/ (страница по умолчанию, страница приостановленного аккаунта) cPanel отдаёт на сайтах, которые обслуживает.',
      ),
    },
    {
      id: 'host',
      signal: host(/^(cpanel|whm|webdisk)\./),
      weight: 'weak',
      says: t(
        'Host names starting with cpanel., whm. or webdisk. are the shortcuts a cPanel host creates for its own interfaces.',
        'Имена хостов, начинающиеся с cpanel., whm. или webdisk., — ярлыки, которые cPanel-хостинг создаёт для своих интерфейсов.',
      ),
    },
  ],
  codes: [
    {
      id: 'cpanel.508',
      code: 508,
      title: t('Resource Limit Is Reached (shared hosting)', 'Достигнут лимит ресурсов (виртуальный хостинг)'),
      summary: t(
        'The hosting account hit its resource limit (most often the number of scripts running at once), so new requests are turned away for a moment.',
        'Аккаунт хостинга исчерпал лимит ресурсов (чаще всего — в число одновременно работающих скриптов), и новые запросы на время отклоняются.',
      ),
      visitor: t(
        'Wait a minute and reload; the site is busy, not broken for you alone.',
        'Подождите минуту и обновите страницу: сайт перегружен, и дело не только в вас.',
      ),
      owner: t(
        'Open Resource Usage (CloudLinux LVE Manager) in cPanel and look for faults on EP (entry processes), PMEM or NPROC. Cache pages (a page cache plugin for WordPress), stop slow scripts and bots hammering the site, or move to a plan with higher limits.',
        'Откройте в cPanel раздел Resource Usage (CloudLinux LVE Manager) и найдите срабатывания лимитов EP (entry processes), PMEM или NPROC. Включите кэширование страниц (например, плагин кэша для WordPress), остановите медленные скрипты и ограничьте ботов, которые заваливают сайт запросами, или перейдите на тариф с большими лимитами.',
      ),
      source: limits,
      prior: 0.7,
    },
  ],
  notes: [
    {
      code: 509,
      note: t(
        'On cPanel hosts, 509 usually means the account used up its monthly bandwidth; the owner sees the usage in cPanel and the host can raise the quota.',
        'На cPanel-хостинге 509 обычно означает, что аккаунт исчерпал месячный трафик; владелец видит расход в cPanel, а хостинг может увеличить квоту.',
      ),
    },
  ],
};
