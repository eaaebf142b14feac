import { cookie, server } from '../signals';
import { t } from '../text';
import type { Vendor } from '../types';

export const ddosGuard: Vendor = {
  id: 'ddos-guard',
  name: 'DDoS-Guard',
  role: 'cdn',
  docs: { title: 'DDoS-Guard knowledge base', url: 'https://ddos-guard.net/' },
  fingerprints: [
    {
      id: 'server',
      signal: server(/^ddos-guard$/i),
      weight: 'strong',
      says: t(
        'The Server header names DDoS-Guard, the attack-protection proxy and CDN in front of the site.',
        'Заголовок Server называет DDoS-Guard — прокси защиты от атак и CDN перед сайтом.',
      ),
    },
    {
      id: 'cookie-ddg',
      signal: cookie(/^__ddg(1|2|id|mark)_?$/),
      weight: 'medium',
      says: t(
        'Cookies named __ddg1, __ddg2, __ddgid or __ddgmark are set by DDoS-Guard when it checks visitors.',
        'Cookie __ddg1, __ddg2, __ddgid или __ddgmark ставит DDoS-Guard, когда проверяет посетителей.',
      ),
    },
  ],
  codes: [],
  notes: [
    {
      code: 403,
      note: t(
        "Through DDoS-Guard, a 403 may be its own visitor check or block rather than the site's answer; enabling JavaScript and cookies and reloading often passes the check. The owner can review the protection rules in the DDoS-Guard panel.",
        'За DDoS-Guard ответ 403 может быть его собственной проверкой посетителя или блокировкой, а не ответом сайта; часто помогает включить JavaScript и cookie и обновить страницу. Владелец может пересмотреть правила защиты в панели DDoS-Guard.',
      ),
    },
  ],
};
