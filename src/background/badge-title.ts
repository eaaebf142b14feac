import { count, msg } from '../shared/i18n';
import { isListed } from '../shared/kinds';
import type { BadgeState } from './badge';

/** "Statuscope: 2 server errors, 1 network failure". */
export function badgeTitle(badge: BadgeState): string {
  const parts = badge.counts.flatMap((c) => (isListed(c.kind) ? [count(`kind_${c.kind}`, c.count)] : []));
  return parts.length ? msg('badgeSome', parts.join(', ')) : msg('badgeNone');
}
