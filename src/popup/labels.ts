/** Words for the knowledge base's role and confidence values (message keys allow only [A-Za-z0-9_]). */
import type { Confidence, Role } from '../knowledge/types';
import { msg, type MessageKey } from '../shared/i18n';

const roleKeys: Readonly<Record<Role, MessageKey>> = {
  origin: 'role_origin',
  cdn: 'role_cdn',
  'load-balancer': 'role_load_balancer',
  gateway: 'role_gateway',
  platform: 'role_platform',
  proxy: 'role_proxy',
  network: 'role_network',
  browser: 'role_browser',
  extension: 'role_extension',
  unknown: 'role_unknown',
};

export const roleLabel = (role: Role): string => msg(roleKeys[role]);

export const confidenceLabel = (c: Confidence): string => msg(`confidence_${c}`);
