/**
 * Who made a response, by layer. A response passes the browser, proxies, CDNs and WAFs, load balancers
 * and gateways, hosting platforms, then the site's web server and framework. The rules, strongest first:
 * a layer that names its own error or shows a sign it writes only on its own answers made it; a layer
 * that marks the answer as relayed did not; a gateway code (502, 503, 504, and a WAF's 403 or 429) is
 * put on the outermost layer that commonly makes it, as a guess, unless something shows the site made
 * it; otherwise the site's own side answered, named by its server, its framework or its static host.
 */
import type { VendorMatch } from './match';
import type { VendorRule } from './rules';
import type { Role, StatusClass } from './types';
import { wordId } from './rules';
import { type Attribution, type DecodedRef, type EvidenceRef, type OtherProducer, refOf } from './verdict';

/** From the browser inwards: the first present layer is the outermost. */
const layerOrder: readonly Role[] = [
  'extension',
  'browser',
  'proxy',
  'network',
  'cdn',
  'load-balancer',
  'gateway',
  'platform',
  'origin',
  'unknown',
];
const depth = (role: Role): number => layerOrder.indexOf(role);

/** Codes each kind of layer commonly makes by itself, when a vendor file does not say otherwise. */
const makesByRole: Readonly<Partial<Record<Role, readonly number[]>>> = {
  cdn: [403, 429, 502, 503, 504],
  'load-balancer': [502, 503, 504],
  gateway: [403, 429, 502, 503, 504],
  platform: [502, 503, 504],
  proxy: [403, 502, 503, 504],
};

export const makesCode = (vendor: VendorRule, code: number): boolean =>
  (vendor.makes ?? makesByRole[vendor.role] ?? []).includes(code);

/** The hits of a match, as evidence. */
export function evidenceOf(match: VendorMatch): EvidenceRef[] {
  return match.hits.map((hit) => ({
    kind: hit.kind,
    name: hit.name,
    value: hit.value,
    vendorId: match.vendor.id,
    wordId: wordId.fingerprint(match.vendor.id, hit.fingerprint.id),
  }));
}

/** The evidence a decoded value gives, ahead of the vendor's other signs. */
function decodedEvidence(d: DecodedRef, match: VendorMatch | undefined): EvidenceRef[] {
  const id = d.valueId
    ? wordId.decoded(d.vendor.id, d.header, d.valueId, 'summary')
    : wordId.fallback(d.vendor.id, d.header);
  const own: EvidenceRef = d.marker
    ? { kind: 'page', name: d.marker, value: d.value, vendorId: d.vendor.id, wordId: id }
    : { kind: 'header', name: d.header, value: d.value, vendorId: d.vendor.id, wordId: id };
  // The page marker that found the value is that value's evidence already.
  const rest = match ? evidenceOf(match).filter((e) => !(d.marker && e.kind === 'page' && e.name === d.marker)) : [];
  return [own, ...rest];
}

const pageFirst = (evidence: readonly EvidenceRef[]): EvidenceRef[] => [
  ...evidence.filter((e) => e.kind === 'page'),
  ...evidence.filter((e) => e.kind !== 'page'),
];

const isLayer = (m: VendorMatch): boolean => m.vendor.role !== 'origin';
const outermostFirst = (a: VendorMatch, b: VendorMatch): number => depth(a.vendor.role) - depth(b.vendor.role);

/** A header or cookie from the site's own side: a layer answering by itself would not carry it. */
const showsOrigin = (m: VendorMatch): boolean =>
  m.vendor.role === 'origin' && !m.vendor.servesSite && m.hits.some((h) => h.kind === 'header' || h.kind === 'cookie');

export interface AttributeInput {
  readonly code: number;
  readonly statusClass: StatusClass;
  readonly matches: readonly VendorMatch[];
  readonly decoded: readonly DecodedRef[];
  /** The vendor whose own code was chosen as the meaning, with its match if the response shows it. */
  readonly ownCode?: { readonly vendor: VendorRule; readonly match?: VendorMatch };
}

export function attribute({ code, matches, decoded, ownCode }: AttributeInput): Attribution {
  const matchOf = (id: string): VendorMatch | undefined => matches.find((m) => m.vendor.id === id);
  const none: readonly OtherProducer[] = [];

  const decodedMade = decoded.find((d) => d.generated);
  if (decodedMade) {
    return {
      role: decodedMade.vendor.role,
      vendor: decodedMade.vendor,
      confidence: 'high',
      reason: {
        kind: 'decoded',
        header: decodedMade.header,
        ...(decodedMade.marker ? { marker: decodedMade.marker } : {}),
      },
      evidence: decodedEvidence(decodedMade, matchOf(decodedMade.vendor.id)),
      others: none,
    };
  }
  if (ownCode?.match) {
    const { vendor, match } = ownCode;
    return {
      role: vendor.role,
      vendor: refOf(vendor),
      confidence: match.score >= 3 ? 'high' : 'medium',
      reason: { kind: 'own-code', confirmed: true },
      evidence: evidenceOf(match),
      others: none,
    };
  }
  const made = matches.filter((m) => m.generated).sort(outermostFirst)[0];
  if (made) {
    const strong = made.hits.some((h) => h.fingerprint.generated && h.fingerprint.weight === 'strong');
    const onPage = made.hits.some((h) => h.fingerprint.generated && h.kind === 'page');
    return {
      role: made.vendor.role,
      vendor: refOf(made.vendor),
      confidence: strong ? 'high' : 'medium',
      reason: onPage ? { kind: 'made-sign', page: true } : { kind: 'made-sign' },
      // The page the person saw settled it: its marks lead the evidence.
      evidence: onPage ? pageFirst(evidenceOf(made)) : evidenceOf(made),
      others: none,
    };
  }
  if (ownCode) {
    return {
      role: ownCode.vendor.role,
      vendor: refOf(ownCode.vendor),
      confidence: 'low',
      reason: { kind: 'own-code', confirmed: false },
      evidence: [],
      others: none,
    };
  }

  const origin = matches.find(showsOrigin);
  const layers = matches.filter(isLayer).sort(outermostFirst);
  const through = layers.filter((m) => !m.vendor.servesSite).map((m) => refOf(m.vendor));
  const site: OtherProducer = origin
    ? { role: 'origin', vendor: refOf(origin.vendor), reason: 'origin-behind' }
    : { role: 'origin', reason: 'origin-behind' };

  const relaying = layers.find((m) => m.relayed);
  if (relaying) {
    return {
      role: 'origin',
      ...(origin ? { vendor: refOf(origin.vendor) } : {}),
      confidence: 'medium',
      reason: { kind: 'relayed-sign', layer: refOf(relaying.vendor) },
      evidence: [...evidenceOf(relaying), ...(origin ? evidenceOf(origin) : [])],
      others: none,
    };
  }

  const makers = origin ? [] : layers.filter((m) => makesCode(m.vendor, code));
  const [maker, ...otherMakers] = makers;
  if (maker) {
    const others: OtherProducer[] = [
      ...otherMakers.map(
        (m): OtherProducer => ({ role: m.vendor.role, vendor: refOf(m.vendor), reason: 'layer-makes' }),
      ),
      site,
    ];
    return {
      role: maker.vendor.role,
      vendor: refOf(maker.vendor),
      confidence: 'low',
      reason: { kind: 'gateway', code },
      evidence: evidenceOf(maker),
      others,
      settle: { vendor: refOf(maker.vendor) },
    };
  }

  const host = layers.find((m) => m.vendor.servesSite) ?? matches.find((m) => m.vendor.servesSite);
  if (host && !origin) {
    return {
      role: 'origin',
      vendor: refOf(host.vendor),
      confidence: 'medium',
      reason: { kind: 'serves-site' },
      evidence: evidenceOf(host),
      others: none,
    };
  }
  const named = origin ?? matches.find((m) => m.vendor.role === 'origin');
  if (named) {
    return {
      role: 'origin',
      vendor: refOf(named.vendor),
      confidence: 'medium',
      reason: { kind: 'origin-seen', through },
      evidence: evidenceOf(named),
      others: none,
    };
  }
  if (layers.length) {
    return {
      role: 'origin',
      confidence: 'medium',
      reason: { kind: 'relayed', through },
      evidence: layers.flatMap(evidenceOf),
      others: none,
    };
  }
  return { role: 'origin', confidence: 'low', reason: { kind: 'nothing' }, evidence: [], others: none };
}
