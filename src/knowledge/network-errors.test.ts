import { describe, expect, it } from 'vitest';
import { networkErrors } from './network-errors';
import { findNetworkError as findIn } from './network-lookup';

const findNetworkError = (name: string) => findIn(networkErrors, name);

const roles = [
  'origin',
  'cdn',
  'load-balancer',
  'gateway',
  'platform',
  'proxy',
  'network',
  'browser',
  'extension',
  'unknown',
];

describe('network error names', () => {
  it.each([
    ['net::ERR_NAME_NOT_RESOLVED', 'net.name-not-resolved'],
    ['NS_ERROR_UNKNOWN_HOST', 'net.name-not-resolved'],
    ['NS_ERROR_DEFINITIVE_UNKNOWN_HOST', 'net.name-not-resolved'],
    ['net::ERR_NAME_RESOLUTION_FAILED', 'net.name-resolution-failed'],
    ['net::ERR_DNS_SERVER_FAILED', 'net.name-resolution-failed'],
    ['net::ERR_ICANN_NAME_COLLISION', 'net.icann-name-collision'],
    ['net::ERR_CONNECTION_REFUSED', 'net.connection-refused'],
    ['NS_ERROR_CONNECTION_REFUSED', 'net.connection-refused'],
    ['net::ERR_CONNECTION_RESET', 'net.connection-reset'],
    ['NS_ERROR_NET_RESET', 'net.connection-reset'],
    ['net::ERR_CONNECTION_CLOSED', 'net.connection-closed'],
    ['NS_ERROR_NET_INTERRUPT', 'net.connection-closed'],
    ['net::ERR_CONNECTION_ABORTED', 'net.connection-aborted'],
    ['net::ERR_CONNECTION_FAILED', 'net.connection-failed'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'net.connection-timed-out'],
    ['NS_ERROR_NET_TIMEOUT', 'net.connection-timed-out'],
    ['net::ERR_TIMED_OUT', 'net.timed-out'],
    ['net::ERR_INTERNET_DISCONNECTED', 'net.internet-disconnected'],
    ['NS_ERROR_OFFLINE', 'net.internet-disconnected'],
    ['net::ERR_NETWORK_CHANGED', 'net.network-changed'],
    ['net::ERR_ADDRESS_UNREACHABLE', 'net.address-unreachable'],
    ['net::ERR_NETWORK_ACCESS_DENIED', 'net.network-access-denied'],
    ['net::ERR_ACCESS_DENIED', 'net.access-denied'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'net.proxy-connection-failed'],
    ['NS_ERROR_PROXY_CONNECTION_REFUSED', 'net.proxy-connection-failed'],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'net.tunnel-failed'],
    ['NS_ERROR_PROXY_BAD_GATEWAY', 'net.tunnel-failed'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'net.ssl-protocol-error'],
    ['SSL_ERROR_RX_RECORD_TOO_LONG', 'net.ssl-protocol-error'],
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'net.ssl-version-or-cipher-mismatch'],
    ['SSL_ERROR_NO_CYPHER_OVERLAP', 'net.ssl-version-or-cipher-mismatch'],
    ['net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED', 'net.ssl-client-auth-cert-needed'],
    ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'net.bad-ssl-client-auth-cert'],
    ['net::ERR_TLS13_DOWNGRADE_DETECTED', 'net.tls13-downgrade-detected'],
    ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'net.pinned-key-not-in-chain'],
    ['MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE', 'net.pinned-key-not-in-chain'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'net.cert-common-name-invalid'],
    ['SSL_ERROR_BAD_CERT_DOMAIN', 'net.cert-common-name-invalid'],
    ['net::ERR_CERT_DATE_INVALID', 'net.cert-date-invalid'],
    ['SEC_ERROR_EXPIRED_CERTIFICATE', 'net.cert-date-invalid'],
    ['net::ERR_CERT_AUTHORITY_INVALID', 'net.cert-authority-invalid'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'net.cert-authority-invalid'],
    ['MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'net.cert-authority-invalid'],
    ['net::ERR_CERT_REVOKED', 'net.cert-revoked'],
    ['net::ERR_CERT_INVALID', 'net.cert-invalid'],
    ['net::ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'net.cert-weak-signature'],
    ['net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'net.cert-transparency-required'],
    ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'net.cert-known-interception-blocked'],
    ['MOZILLA_PKIX_ERROR_MITM_DETECTED', 'net.cert-interception-detected'],
    ['net::ERR_INSECURE_RESPONSE', 'net.insecure-response'],
    ['net::ERR_TOO_MANY_REDIRECTS', 'net.too-many-redirects'],
    ['NS_ERROR_REDIRECT_LOOP', 'net.too-many-redirects'],
    ['net::ERR_INVALID_REDIRECT', 'net.invalid-redirect'],
    ['net::ERR_UNSAFE_REDIRECT', 'net.unsafe-redirect'],
    ['net::ERR_UNSAFE_PORT', 'net.unsafe-port'],
    ['NS_ERROR_PORT_ACCESS_NOT_ALLOWED', 'net.unsafe-port'],
    ['net::ERR_EMPTY_RESPONSE', 'net.empty-response'],
    ['NS_ERROR_NET_EMPTY_RESPONSE', 'net.empty-response'],
    ['NS_ERROR_NET_ERROR_RESPONSE', 'net.empty-error-response'],
    ['net::ERR_INVALID_RESPONSE', 'net.invalid-response'],
    ['net::ERR_RESPONSE_HEADERS_TOO_BIG', 'net.response-headers-too-big'],
    ['net::ERR_CONTENT_DECODING_FAILED', 'net.content-decoding-failed'],
    ['NS_ERROR_INVALID_CONTENT_ENCODING', 'net.content-decoding-failed'],
    ['net::ERR_CONTENT_LENGTH_MISMATCH', 'net.content-length-mismatch'],
    ['net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'net.content-length-mismatch'],
    ['NS_ERROR_NET_PARTIAL_TRANSFER', 'net.content-length-mismatch'],
    ['net::ERR_HTTP2_PROTOCOL_ERROR', 'net.http2-protocol-error'],
    ['net::ERR_QUIC_PROTOCOL_ERROR', 'net.quic-protocol-error'],
    ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', 'net.quic-protocol-error'],
    ['net::ERR_HTTP_1_1_REQUIRED', 'net.http-1-1-required'],
    ['net::ERR_BLOCKED_BY_CLIENT', 'net.blocked-by-client'],
    ['NS_ERROR_ABORT', 'net.blocked-by-client'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'net.blocked-by-administrator'],
    ['net::ERR_BLOCKED_BY_RESPONSE', 'net.blocked-by-response'],
    ['NS_ERROR_XFO_VIOLATION', 'net.blocked-by-response'],
    ['NS_ERROR_DOM_CORP_FAILED', 'net.blocked-by-response'],
    ['net::ERR_BLOCKED_BY_CSP', 'net.blocked-by-csp'],
    ['net::ERR_BLOCKED_BY_ORB', 'net.blocked-by-orb'],
    ['NS_ERROR_TRACKING_URI', 'net.blocked-tracker'],
    ['NS_ERROR_FINGERPRINTING_URI', 'net.blocked-tracker'],
    ['NS_ERROR_PHISHING_URI', 'net.blocked-unsafe-site'],
    ['net::ERR_ABORTED', 'net.aborted'],
    ['NS_BINDING_ABORTED', 'net.aborted'],
    ['net::ERR_FAILED', 'net.failed'],
    ['net::ERR_CACHE_MISS', 'net.cache-miss'],
  ])('%s resolves to %s', (name, id) => {
    expect(findNetworkError(name)?.id).toBe(id);
  });

  it('lists every name exactly once across all entries', () => {
    const all = networkErrors.flatMap((e) => e.names);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has unique ids in the net. namespace', () => {
    const ids = networkErrors.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^net\.[a-z0-9-]+$/);
  });

  it('every listed name finds its own entry', () => {
    for (const entry of networkErrors) {
      for (const name of entry.names) expect(findNetworkError(name)).toBe(entry);
    }
  });

  it('spells names in a canonical browser form', () => {
    for (const name of networkErrors.flatMap((e) => e.names)) {
      expect(name).toMatch(
        /^(net::ERR_[A-Z0-9_]+|NS_[A-Z0-9_]+|SEC_ERROR_[A-Z0-9_]+|SSL_ERROR_[A-Z0-9_]+|MOZILLA_PKIX_ERROR_[A-Z0-9_]+)$/,
      );
    }
  });
});

describe('network error entries', () => {
  it.each(networkErrors.map((e) => [e.id, e] as const))('%s is complete in both languages', (_id, entry) => {
    expect(entry.names.length).toBeGreaterThan(0);
    for (const text of [entry.title, entry.summary, entry.visitor, entry.owner]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ru.trim()).not.toBe('');
      expect(text.ru).toMatch(/[а-яё]/i);
      expect(text.ru).not.toMatch(/"/);
    }
    expect(roles).toContain(entry.producer);
    expect(entry.source.title.trim()).not.toBe('');
    expect(entry.source.url).toMatch(/^https:\/\//);
  });

  it('marks cancellations as noise', () => {
    expect(findNetworkError('net::ERR_ABORTED')?.noise).toBe(true);
    expect(findNetworkError('NS_BINDING_ABORTED')?.noise).toBe(true);
  });

  it('does not mark real failures as noise', () => {
    expect(findNetworkError('net::ERR_CONNECTION_REFUSED')?.noise).toBeUndefined();
    expect(findNetworkError('net::ERR_CERT_DATE_INVALID')?.noise).toBeUndefined();
  });

  it.each([
    ['net::ERR_BLOCKED_BY_CLIENT', 'extension'],
    ['net::ERR_NAME_NOT_RESOLVED', 'network'],
    ['NS_ERROR_OFFLINE', 'network'],
    ['net::ERR_CONNECTION_REFUSED', 'origin'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'origin'],
    ['net::ERR_BLOCKED_BY_CSP', 'browser'],
    ['net::ERR_BLOCKED_BY_RESPONSE', 'browser'],
    ['net::ERR_BLOCKED_BY_ORB', 'browser'],
    ['net::ERR_ABORTED', 'browser'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'proxy'],
  ])('%s is attributed to %s', (name, role) => {
    expect(findNetworkError(name)?.producer).toBe(role);
  });

  it("mentions the visitor's clock for date errors and interception for trust errors", () => {
    expect(findNetworkError('net::ERR_CERT_DATE_INVALID')?.visitor.en).toMatch(/clock/);
    expect(findNetworkError('net::ERR_CERT_AUTHORITY_INVALID')?.visitor.en).toMatch(/proxy/);
  });
});

// Chromium Security FAQ ("How does key pinning interact with local proxies and filters?") and Firefox's default
// security.cert_pinning.enforcement_level: neither browser checks pins on a chain that ends at a locally installed
// root, so antivirus scanning and company proxies never cause a pin failure.
describe('certificate pin failures, empty responses and missing intermediates', () => {
  const pin = () => findNetworkError('net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN');

  it('does not blame a pin failure on a proxy or antivirus, in either browser’s name', () => {
    expect(pin()?.producer).toBe('network');
    expect(findNetworkError('MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE')).toBe(pin());
    for (const text of [pin()?.summary, pin()?.visitor, pin()?.owner]) {
      expect(text?.en).not.toMatch(/most often an antivirus|turn the HTTPS scanning off/i);
      expect(text?.ru).not.toMatch(/чаще всего HTTPS-трафик проверяет антивирус|отключите проверку HTTPS/i);
    }
    expect(pin()?.visitor.en).toMatch(/do not cause this/);
    expect(pin()?.visitor.ru).toMatch(/ни при чём/);
  });

  it('groups Firefox’s NS_ERROR_NET_EMPTY_RESPONSE with Chrome’s ERR_EMPTY_RESPONSE, apart from NS_ERROR_NET_ERROR_RESPONSE', () => {
    const empty = findNetworkError('NS_ERROR_NET_EMPTY_RESPONSE');
    expect(empty).toBe(findNetworkError('net::ERR_EMPTY_RESPONSE'));
    expect(empty).not.toBe(findNetworkError('NS_ERROR_NET_ERROR_RESPONSE'));
  });

  // Mozilla: intermediate CA preloading shipped to Firefox release in version 75.
  it('no longer says Firefox does not fetch missing intermediates', () => {
    for (const e of networkErrors)
      for (const text of [e.summary, e.visitor, e.owner]) {
        expect(text.en).not.toMatch(/Firefox does not fetch missing intermediates/i);
        expect(text.ru).not.toMatch(/Firefox не догружает/i);
      }
    expect(findNetworkError('SEC_ERROR_UNKNOWN_ISSUER')?.owner.en).toMatch(/Firefox \(since version 75\)/);
  });
});

describe('findNetworkError lookup forms', () => {
  it('strips the QUIC detail suffix', () => {
    expect(findNetworkError('net::ERR_QUIC_PROTOCOL_ERROR.QUIC_NETWORK_IDLE_TIMEOUT')?.id).toBe(
      'net.quic-protocol-error',
    );
    expect(findNetworkError('net::ERR_QUIC_PROTOCOL_ERROR.QUIC_TOO_MANY_RTOS')?.id).toBe('net.quic-protocol-error');
  });

  it.each([
    ['ERR_NAME_NOT_RESOLVED', 'net.name-not-resolved'],
    ['ERR_BLOCKED_BY_CLIENT', 'net.blocked-by-client'],
    ['ERR_QUIC_PROTOCOL_ERROR.QUIC_HANDSHAKE_FAILED', 'net.quic-protocol-error'],
  ])('accepts %s without the net:: prefix', (name, id) => {
    expect(findNetworkError(name)?.id).toBe(id);
  });

  it.each([
    '',
    'unknown',
    'net::ERR_SOMETHING_NEW',
    'ERR_SOMETHING_NEW',
    'NS_ERROR_SOMETHING_NEW',
    'net::err_name_not_resolved',
    'ns_error_unknown_host',
    'net::ERR_NAME_NOT_RESOLVEDX',
    'xnet::ERR_NAME_NOT_RESOLVED',
    "Peer's Certificate issuer is not recognized.",
  ])('returns undefined for %j', (name) => {
    expect(findNetworkError(name)).toBeUndefined();
  });
});
