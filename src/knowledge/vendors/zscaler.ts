import { server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const zscaler: Vendor = {
  id: 'zscaler',
  name: 'Zscaler Internet Access',
  role: 'proxy',
  docs: { title: 'Zscaler Internet Access documentation', url: 'https://help.zscaler.com/zia' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^Zscaler(\/[\d.]+)?$/i),
      weight: 'strong',
      generated: true,
      says: t(
        'Server: Zscaler marks a page written by Zscaler, the security proxy your company or school routes web traffic through, not by the site you opened.',
        'Server: Zscaler означает, что страницу сформировал Zscaler — защитный прокси, через который ваша компания или учебное заведение пропускает веб-трафик, — а не открытый вами сайт.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        "This block comes from your own network, not from the site: your organisation's Zscaler policy does not allow this page (its category, a security verdict or a data rule). The site may work fine elsewhere. Ask your IT department to review the block; the site owner cannot change it.",
        'Эта блокировка исходит из вашей собственной сети, а не от сайта: политика Zscaler вашей организации не разрешает эту страницу (из-за категории, вердикта безопасности или правила о данных). В другой сети сайт может работать нормально. Попросите ИТ-отдел пересмотреть блокировку; владелец сайта изменить её не может.',
      ),
    },
  ],
  bodyHint: t(
    "Zscaler's block page usually names the reason (the URL category or the policy that matched) and often offers a way to ask for a review; quote that text to your IT department.",
    'Страница блокировки Zscaler обычно называет причину (категорию адреса или сработавшее правило) и часто предлагает запросить пересмотр; передайте этот текст ИТ-отделу.',
  ),
};
