/**
 * What a person typed to look up (the address-bar keyword, the lookup page's box, the popup's filter):
 * a status number or a failure name, in a canonical spelling. No data here, so the worker and the
 * popup's list can read a query without loading any of the knowledge base.
 */

export type LookupQuery =
  | {
      readonly kind: 'status';
      readonly code: number;
      /** A meaning picked among the number's readings ("cloudflare.522"), when the query names one. */
      readonly meaningId?: string;
    }
  | {
      readonly kind: 'failure';
      /** Chromium's names with their "net::" prefix, others upper-cased: "net::ERR_CERT_DATE_INVALID". */
      readonly name: string;
      readonly meaningId?: string;
    };

/**
 * From this number on, a number is no HTTP status (those have three digits) but may be a product's own error
 * number, such as Cloudflare's 1016 that its error page and cf-error-type header show: such a number is looked
 * up in the products' tables of the values they name (their decoders). Below it, only the meanings of statuses.
 */
export const FIRST_PRODUCT_NUMBER = 1000;

/** Whether a looked-up number is past the HTTP range, so that products' error numbers may answer it. */
export const isProductNumber = (code: number): boolean => Number.isInteger(code) && code >= FIRST_PRODUCT_NUMBER;

/** The longest query read; anything longer is cut. */
export const MAX_QUERY = 200;

/** "404", "http 404", "error 404", "404 error": the number alone counts, up to six digits ("1016", "10043"). */
const numberForm = /^(?:(?:https?|status|code|error)\s*)?(\d{1,6})(?:\s*(?:error|code))?$/i;
/** An upper-case identifier with at least one underscore: ERR_…, NS_ERROR_…, SEC_ERROR_…, SSL_ERROR_…. */
const nameForm = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A meaning id after the code, as the address bar's suggestions write them: "522 cloudflare.522". */
const meaningForm = /^(.+?)\s+([a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*)$/;

/** A failure name in the spelling the knowledge base uses; undefined when it does not look like one. */
export function failureName(text: string): string | undefined {
  const bare = text
    .trim()
    .replace(/^net::/i, '')
    .toUpperCase();
  if (!nameForm.test(bare)) return undefined;
  return bare.startsWith('ERR_') ? `net::${bare}` : bare;
}

/** Reads a query; undefined when it is neither a status number nor a failure name. */
export function parseLookup(input: string): LookupQuery | undefined {
  const text = input.trim().replace(/\s+/g, ' ').slice(0, MAX_QUERY);
  const picked = meaningForm.exec(text);
  const body = picked?.[1] ?? text;
  const meaning = picked?.[2] ? { meaningId: picked[2] } : {};
  const number = numberForm.exec(body)?.[1];
  if (number !== undefined) return { kind: 'status', code: Number(number), ...meaning };
  const name = failureName(body);
  return name ? { kind: 'failure', name, ...meaning } : undefined;
}

/** The query written back as text: the number, or the failure name. */
export const queryText = (q: LookupQuery): string => (q.kind === 'status' ? String(q.code) : q.name);
