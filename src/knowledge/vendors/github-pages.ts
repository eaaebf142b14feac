import { header, host, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const githubPages: Vendor = {
  id: 'github-pages',
  name: 'GitHub Pages',
  role: 'platform',
  servesSite: true,
  docs: { title: 'GitHub Docs: GitHub Pages', url: 'https://docs.github.com/en/pages' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^GitHub\.com$/i),
      weight: 'strong',
      says: t(
        "The Server header names GitHub's servers; for a website this means GitHub Pages hosts it and serves its files itself.",
        'Заголовок Server называет серверы GitHub; для сайта это значит, что он размещён на GitHub Pages и GitHub сам отдаёт его файлы.',
      ),
    },
    {
      id: 'x-github-request-id',
      signal: header('x-github-request-id'),
      weight: 'strong',
      says: t(
        "GitHub's request id: the response came from GitHub (for a website, from GitHub Pages).",
        'Идентификатор запроса GitHub: ответ пришёл от GitHub (для сайта — от GitHub Pages).',
      ),
    },
    {
      id: 'host',
      signal: host(/(^|\.)github\.io$/),
      weight: 'medium',
      says: t(
        'The address is on github.io, the domain of GitHub Pages sites.',
        'Адрес находится на github.io — домене сайтов GitHub Pages.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 404,
      note: t(
        'A GitHub Pages 404 means there is no file at this path in the published site, or the site is not published at all: check the Pages source (branch and folder, or the Actions workflow) in the repository settings, that the last build succeeded, and the exact letter case of file names.',
        '404 от GitHub Pages означает, что в опубликованном сайте нет файла по этому пути или сайт вообще не опубликован: проверьте источник Pages (ветку и папку или workflow в Actions) в настройках репозитория, прошла ли успешно последняя сборка и совпадает ли регистр букв в именах файлов.',
      ),
    },
  ],
};
