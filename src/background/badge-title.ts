import { count, msg } from '../shared/i18n';
import type { EntryKind } from '../shared/kinds';
import type { BadgeState } from './badge';

const countable = (k: EntryKind): k is 'network' | 'server' | 'client' | 'redirect' | 'odd' =>
  k !== 'success' && k !== 'informational';

/** "Statuscope: 2 server errors, 1 network failure". */
export function badgeTitle(badge: BadgeState): string {
  const parts = badge.counts.flatMap((c) => (countable(c.kind) ? [count(`kind_${c.kind}`, c.count)] : []));
  return parts.length ? msg('badgeSome', parts.join(', ')) : msg('badgeNone');
}
