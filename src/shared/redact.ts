/**
 * Secrets in URLs and in header values that hold URLs, removed without parsing, so a URL that does not
 * parse is handled the same way. Two things go:
 *
 * - userinfo (`user:pass@`): everything up to the last `@` of an authority, which starts at a `//`
 *   after a scheme's colon, at the start, or where a URL starts inside a header value; stripped;
 * - the value of every `name=value` pair whose name looks secret, wherever the pair stands (query,
 *   fragment, `;` path parameters, a URL inside a header value or inside another parameter). The
 *   name stays, for diagnosis; the value becomes REDACTED.
 *
 * A pair runs from one delimiter (`? # & ;`, whitespace, `< > " '`) to the next; its name is the text
 * before its first `=`. A name looks secret when, compared case-insensitively with `-` and `.` read as
 * `_` and percent-escapes decoded, it is one of `exactNames`, or it is or ends in one of `lastWords`:
 * the part after the last `_` or `[` (`client_secret`, `X-Amz-Signature`, `user[password]`) or the last
 * camel-case word (`accessToken`, `apiKey`). So `id_token`, `api_key` and `X-Goog-Credential` are
 * secret; `error_code`, `monkey` and `AWSAccessKeyId` are not.
 *
 * Not caught: secrets in a percent-encoded URL inside a parameter (`?next=https%3A%2F%2F…%3Fcode%3D…`)
 * and bare tokens with no name (`/reset/eyJ…`). Every step is one pass over the text, no backtracking.
 */

/** What a secret value is replaced with; it holds no delimiter and no `=`, so redacting twice changes nothing. */
export const REDACTED = '[redacted]';

/** Words that make a name secret when they end it or are the whole of it: `token`, `access_token`, `apiKey`. */
const lastWords = new Set([
  'token',
  'key',
  'apikey',
  'secret',
  'password',
  'passwd',
  'signature',
  'sig',
  'credential',
  'credentials',
  'session',
  'sessionid',
]);

/** Names that are secret as a whole (OAuth and OpenID, SAML and CAS, PHP and Java sessions). */
const exactNames = new Set([
  'code',
  'code_verifier',
  'state',
  'assertion',
  'client_assertion',
  'oauth_verifier',
  'samlresponse',
  'ticket',
  'jwt',
  'otp',
  'pwd',
  'pass',
  'passphrase',
  'auth',
  'sid',
  'session_id',
  'sessid',
  'jsessionid',
  'phpsessid',
]);

const decoded = (name: string): string => {
  if (!name.includes('%')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
};

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** The last camel-case word of `name` ("accessToken" → "token"), or '' when it has none. */
function lastCamelWord(name: string): string {
  let i = name.length;
  while (i > 0 && isLower(name.charCodeAt(i - 1))) i--;
  // "XSRFToken": the capital that starts the lower-case run begins the word.
  return i > 1 && i < name.length && isUpper(name.charCodeAt(i - 1)) ? name.slice(i - 1).toLowerCase() : '';
}

/** Whether a parameter with this name carries a secret (see the rule above). */
export function isSecretName(raw: string): boolean {
  let name = decoded(raw).trim();
  if (name.endsWith(']')) name = name.slice(0, -1);
  const lower = name.toLowerCase().replace(/[-.]/g, '_');
  if (exactNames.has(lower)) return true;
  if (lastWords.has(lower.slice(Math.max(lower.lastIndexOf('_'), lower.lastIndexOf('[')) + 1))) return true;
  return lastWords.has(lastCamelWord(name));
}

/** Characters that end a `name=value` pair. */
function endsPair(c: number): boolean {
  switch (c) {
    case 0x3f: // ?
    case 0x23: // #
    case 0x26: // &
    case 0x3b: // ;
    case 0x20:
    case 0x09:
    case 0x0a:
    case 0x0d:
    case 0x3c: // <
    case 0x3e: // >
    case 0x22: // "
    case 0x27: // '
      return true;
    default:
      return false;
  }
}

/**
 * Characters that end an authority: the URL parser's `/`, `\`, `?` and `#`, and those that close a
 * URL inside a header value (`<https://…>`, `"https://…"`, Firefox's newline between values). Spaces,
 * `;` and `,` do not: an unparsed userinfo may hold them.
 */
function endsAuthority(c: number): boolean {
  switch (c) {
    case 0x2f: // /
    case 0x5c: // \
    case 0x3f: // ?
    case 0x23: // #
    case 0x3c: // <
    case 0x3e: // >
    case 0x22: // "
    case 0x27: // '
    case 0x0a:
    case 0x0d:
      return true;
    default:
      return false;
  }
}

/** Characters after which `//` starts an authority: a scheme's colon, or the start of a URL in a header value. */
function opensAuthority(c: number): boolean {
  return c === 0x3a || c === 0x3d || c === 0x28 || c === 0x2c || endsPair(c);
}

/** Removes `user:pass@` from every authority. */
function stripUserinfo(text: string): string {
  let out = '';
  let copied = 0;
  let at = text.indexOf('//');
  while (at >= 0) {
    const start = at + 2;
    let end = start;
    if (at === 0 || opensAuthority(text.charCodeAt(at - 1))) {
      let lastAt = -1;
      for (; end < text.length; end++) {
        const c = text.charCodeAt(end);
        if (endsAuthority(c)) break;
        if (c === 0x40) lastAt = end;
      }
      if (lastAt >= 0) {
        out += text.slice(copied, start);
        copied = lastAt + 1;
      }
    }
    at = text.indexOf('//', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Replaces the value of every pair whose name looks secret. */
function redactPairs(text: string): string {
  let out = '';
  let copied = 0;
  let start = 0;
  let eq = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x26;
    if (c === 0x3d) {
      if (eq < 0) eq = i;
      continue;
    }
    if (!endsPair(c)) continue;
    const redacted = i - eq - 1 === REDACTED.length && text.startsWith(REDACTED, eq + 1);
    if (eq > start && eq + 1 < i && !redacted && isSecretName(text.slice(start, eq))) {
      out += `${text.slice(copied, eq + 1)}${REDACTED}`;
      copied = i;
    }
    start = i + 1;
    eq = -1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A URL, or text holding URLs, with its credentials and secret parameter values removed. */
export function redact(text: string): string {
  const bare = text.includes('@') ? stripUserinfo(text) : text;
  return bare.includes('=') ? redactPairs(bare) : bare;
}

/** Headers whose whole value is a secret: never stored, shown or exported. */
const secretHeaders: ReadonlySet<string> = new Set([
  'cookie',
  'set-cookie',
  'set-cookie2',
  'authorization',
  'proxy-authorization',
  // RFC 9110 §11.6.3, §11.7.3: the digest scheme's nextnonce, rspauth and cnonce.
  'authentication-info',
  'proxy-authentication-info',
]);

/** Headers whose value is, or holds, a URL (a relative one too, so `://` in it is not required). */
const urlHeaders = new Set(['location', 'content-location', 'refresh', 'link']);

/**
 * A response header's value as it may be kept: undefined for a secret header; a URL in it redacted.
 * `name` is lower case.
 */
export function keptHeaderValue(name: string, value: string): string | undefined {
  if (secretHeaders.has(name)) return undefined;
  return urlHeaders.has(name) || value.includes('://') ? redact(value) : value;
}
