/**
 * The knowledge base's vocabulary. Everything here is plain data: no extension APIs,
 * so the same module runs in Node tests, the background worker and the popup.
 */

export type Lang = 'en' | 'ru';

/** A sentence shown to people, written natively in each language. */
export type Text = Readonly<Record<Lang, string>>;

/** A product's name is the same in every language; a description ("The browser itself") is not. */
export type VendorName = string | Text;

/** Where a meaning comes from: an RFC section or a vendor's own documentation. */
export interface Source {
  readonly title: string;
  readonly url?: string;
}

export type StatusClass =
  | 'informational'
  | 'success'
  | 'redirect'
  | 'client-error'
  | 'server-error'
  | 'network-failure'
  | 'unknown';

/**
 * Who made a response. "origin" is the site's own server (or its framework);
 * "platform" is a hosting platform's front layer (Vercel, Heroku router, App Service).
 */
export type Role =
  | 'origin'
  | 'cdn'
  | 'load-balancer'
  | 'gateway'
  | 'platform'
  | 'proxy'
  | 'network'
  | 'browser'
  | 'extension'
  | 'unknown';

export type Confidence = 'high' | 'medium' | 'low';

/** How often a code is seen by a browser at all. */
export type Reach = 'normal' | 'rare' | 'never';

/** One response header as the browser reported it: name lower-cased, value as sent. */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/** What the browser saw about one response (or one failed request). */
export interface Observation {
  /** HTTP status; absent when the request failed without a response. */
  readonly statusCode?: number;
  /** Network error name (net::ERR_* in Chromium, NS_ERROR_* / NS_BINDING_* in Firefox). */
  readonly error?: string;
  readonly statusLine?: string;
  readonly url: string;
  readonly method: string;
  /** webRequest resource type: main_frame, script, image, xmlhttprequest, … */
  readonly type: string;
  readonly mainFrame: boolean;
  readonly fromCache: boolean;
  readonly ip?: string;
  /** Response headers without secret values (no Cookie, Set-Cookie, Authorization values). */
  readonly headers: readonly Header[];
  /** Names of cookies the response set; values are never kept. */
  readonly cookieNames: readonly string[];
  /** The markers found on the error page the document showed, once it was read (page signals). */
  readonly page?: readonly PageFind[];
}

/**
 * One marker found on an error page: the full id ("<vendor>.<fingerprint>") of the page signal that matched,
 * and the short value it captured (an error number, a request id). Nothing else of the page is kept.
 */
export interface PageFind {
  readonly id: string;
  readonly value?: string;
}

/**
 * A thing in the response that points at a product. A header signal without `value`
 * matches on presence; `value` is tested against the header's whole value.
 */
export type Signal =
  | { readonly kind: 'header'; readonly name: string; readonly value?: RegExp }
  | { readonly kind: 'cookie'; readonly name: RegExp }
  | { readonly kind: 'host'; readonly pattern: RegExp }
  | { readonly kind: 'path'; readonly pattern: RegExp }
  /**
   * The status line's reason phrase (HTTP/1.x only: HTTP/2 and 3 have none, and Firefox then fills in
   * the standard English phrase), so only a product's own wording is worth matching.
   */
  | { readonly kind: 'reason'; readonly pattern: RegExp }
  /**
   * A sign on the product's own error page, read from the document once it has loaded: the text (or the
   * attribute `attr`) of the elements the selector `in` picks, where the product puts it, so prose that only
   * mentions the product elsewhere on a page does not count. `text` is tested against that text with white
   * space collapsed, cut to a length (knowledge/page-markers.ts); its first group, if any, is the value kept.
   * `decodes` names the vendor's decoder whose table reads that value.
   */
  | PageSignal;

export interface PageSignal {
  readonly kind: 'page';
  readonly in: string;
  readonly text: RegExp;
  readonly attr?: string;
  readonly decodes?: string;
}

/** strong: names the product outright; medium: usually right; weak: a hint worth ranking by. */
export type Weight = 'strong' | 'medium' | 'weak';

export interface Fingerprint {
  /** Unique within its vendor and stable across edits ("cf-ray", "server"); the full id is "<vendor>.<id>". */
  readonly id: string;
  readonly signal: Signal;
  readonly weight: Weight;
  /**
   * True when this signal appears only on responses the product made itself
   * (its own error page), not on ones it merely passed along.
   */
  readonly generated?: boolean;
  /**
   * True when this signal appears only when the product passed along an answer from behind it (an
   * upstream timing header), so the response was made further in, not by this product.
   */
  readonly relayed?: boolean;
  /**
   * Header names that must be missing for the fingerprint to match: a proxy that adds a header only
   * when it relayed an answer shows, by its absence, that it answered by itself.
   */
  readonly absent?: readonly string[];
  /**
   * Every response of the product carries this sign (a host-bound API's host, say): when none of a
   * vendor's decisive signs is seen, its own codes are unlikely and lose to the number's general meaning.
   */
  readonly decisive?: boolean;
  /** What this signal tells a person, e.g. "Cloudflare's request id: the site is behind Cloudflare". */
  readonly says: Text;
}

/** What is said about an outcome, in the four parts every view shows. */
export interface Words {
  readonly title: Text;
  /** One plain line: what happened. */
  readonly summary: Text;
  /** What a visitor can do. */
  readonly visitor: Text;
  /** What the site owner should look at or fix. */
  readonly owner: Text;
}

/** A meaning for one number, standard or a vendor's. */
export interface Meaning extends Words {
  /** Unique across the knowledge base: "std.404", "nginx.499", "cloudflare.527-railgun". */
  readonly id: string;
  readonly code: number;
  readonly source: Source;
  /** Defaults to "normal". */
  readonly reach?: Reach;
  /** Required when reach is "rare" or "never": what it means when one is seen anyway. */
  readonly whenSeen?: Text;
  /** Retired meanings (e.g. Cloudflare Railgun) still explained, but marked. */
  readonly obsolete?: boolean;
  /**
   * For vendor codes only: how likely this meaning is for a bare number with no
   * evidence at all, from 0 to 1. Ranks the candidates when nothing decides.
   */
  readonly prior?: number;
  /**
   * For vendor codes only: evidence that picks this meaning over a sibling meaning of the
   * same vendor and number (Shopify 430's two meanings, Cloudflare 527's two names).
   */
  readonly when?: readonly Signal[];
}

/** A header whose value names the exact error, decoded into words. */
export interface HeaderDecoder {
  readonly header: string;
  /** The value → meaning table; matched case-insensitively after trimming. */
  readonly values?: readonly DecodedValue[];
  /** Said when the header is present but its value is not in the table (or there is no table). */
  readonly fallback: Text;
  /** True when the header means the vendor answered by itself (its own error, block or challenge). */
  readonly generated: boolean;
  /**
   * The header's name is shared by many products (X-RateLimit-Remaining): read it only when the response
   * also shows this vendor's own signs, so another service's header is never explained as this vendor's.
   */
  readonly onlyWithVendor?: boolean;
  /**
   * The table reads a value a page signal found on the product's error page (its `decodes` names this
   * decoder), not a header: `header` is then only the decoder's name, and no response header is read.
   */
  readonly onPage?: boolean;
}

/** One row of a decoder's table; the advice may be left to the status code's meaning. */
export interface DecodedValue extends Pick<Words, 'title' | 'summary'>, Partial<Pick<Words, 'visitor' | 'owner'>> {
  /** Unique within its decoder and stable across edits: "1015", "not-found". */
  readonly id: string;
  /** Matched against the header value. */
  readonly match: RegExp;
}

/** A product-specific reading of a standard number, e.g. nginx's 400 that hides 494–497. */
export interface StandardNote {
  readonly code: number;
  readonly note: Text;
  /** Evidence the note needs besides the vendor's match (an ActiveSync path); without it the note is not shown. */
  readonly when?: readonly Signal[];
}

/** One file under vendors/: how to recognise a product and what its numbers mean. */
export interface Vendor {
  /** Stable id, also the file name: "cloudflare", "aws-elb". */
  readonly id: string;
  readonly name: VendorName;
  readonly role: Role;
  /**
   * Codes this layer commonly makes by itself (a CDN's 502 when the origin fails); when one of them
   * arrives and nothing shows the origin made it, this layer is the likely producer. Defaults by role.
   */
  readonly makes?: readonly number[];
  /** The platform serves the site's files itself (static hosting), so it is the site's server. */
  readonly servesSite?: boolean;
  readonly fingerprints: readonly Fingerprint[];
  readonly codes: readonly Meaning[];
  readonly decoders?: readonly HeaderDecoder[];
  /** Notes on standard codes when this product made the response. */
  readonly notes?: readonly StandardNote[];
  /** Where the product's own error page keeps the detail the browser can't see in headers. */
  readonly bodyHint?: Text;
  readonly docs: Source;
}

/** A network failure name (no HTTP status at all). */
export interface NetworkError extends Words {
  /** The exact string the browser reports: "net::ERR_NAME_NOT_RESOLVED", "NS_ERROR_UNKNOWN_HOST". */
  readonly names: readonly string[];
  readonly id: string;
  /** Who is most likely at fault. */
  readonly producer: Role;
  /** True for cancellations and other failures that rarely mean a broken page. */
  readonly noise?: boolean;
  readonly source: Source;
}

/** A code of the obsolete Warning header (RFC 7234 §5.5). */
export interface WarningCode {
  readonly code: number;
  readonly title: Text;
  readonly summary: Text;
  readonly source: Source;
}
