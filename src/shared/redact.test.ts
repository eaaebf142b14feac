import { describe, expect, it } from 'vitest';
import { isSecretName, keptHeaderValue, REDACTED, redact } from './redact';

describe('redact', () => {
  it('strips userinfo and keeps the rest of the URL as it was', () => {
    expect(redact('https://user:pa%40ss@app.test:8443/p?q=1#top')).toBe('https://app.test:8443/p?q=1#top');
    expect(redact('//user@app.test/p')).toBe('//app.test/p');
    expect(redact('https://app.test/p?email=a@b.test')).toBe('https://app.test/p?email=a@b.test');
  });

  it('replaces the values of secret parameters in the query and the fragment, keeping their names', () => {
    expect(redact('https://app.test/cb?code=C0DE&state=ST4TE&lang=en')).toBe(
      `https://app.test/cb?code=${REDACTED}&state=${REDACTED}&lang=en`,
    );
    expect(redact('https://app.test/cb#access_token=T0K&token_type=bearer&expires_in=3600')).toBe(
      `https://app.test/cb#access_token=${REDACTED}&token_type=bearer&expires_in=3600`,
    );
    expect(redact('https://app.test/#/done?id_token=eyJ.x.y')).toBe(`https://app.test/#/done?id_token=${REDACTED}`);
  });

  it('redacts signed-URL parameters and path parameters', () => {
    const s3 =
      'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F20260301&X-Amz-Security-Token=IQo%3D%3D&X-Amz-Signature=abc123';
    expect(redact(s3)).toBe(
      `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${REDACTED}&X-Amz-Security-Token=${REDACTED}&X-Amz-Signature=${REDACTED}`,
    );
    expect(redact('https://s.test/o?X-Goog-Credential=c&X-Goog-Signature=s&sig=a%2Fb&se=2026')).toBe(
      `https://s.test/o?X-Goog-Credential=${REDACTED}&X-Goog-Signature=${REDACTED}&sig=${REDACTED}&se=2026`,
    );
    expect(redact('https://app.test/cart;jsessionid=0A1B2C?x=1')).toBe(
      `https://app.test/cart;jsessionid=${REDACTED}?x=1`,
    );
  });

  it('keeps a value with "=" in it whole, so no part of it is left behind', () => {
    expect(redact('https://app.test/?token=YWJj==&x=1')).toBe(`https://app.test/?token=${REDACTED}&x=1`);
  });

  it('finds secrets in a URL nested in a parameter, and in text that is no URL at all', () => {
    expect(redact('https://app.test/?next=https://u:p@b.test/cb?code=C')).toBe(
      `https://app.test/?next=https://b.test/cb?code=${REDACTED}`,
    );
    expect(redact('ht!tp://u:p@[bad host/x?password=hunter2 and more')).toBe(
      `ht!tp://[bad host/x?password=${REDACTED} and more`,
    );
  });

  it('gives the same text when redacted twice', () => {
    const once = redact('https://u:p@app.test/?access_token=T&state=S#code=C');
    expect(redact(once)).toBe(once);
  });

  it('gets through a million characters of hostile input in linear time', () => {
    const hostile = [
      'a=b&'.repeat(250_000),
      '=&'.repeat(500_000),
      '://@'.repeat(250_000),
      `https://${'@'.repeat(1_000_000)}`,
      `${'%'.repeat(1_000_000)}token=x`,
      `${'A'.repeat(1_000_000)}Token=x`,
      `${'x'.repeat(1_000_000)}=`,
    ];
    const start = performance.now();
    for (const text of hostile) redact(text);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

describe('isSecretName', () => {
  it('knows the OAuth, API-key, password, session and signature names, in any case', () => {
    for (const name of [
      'access_token',
      'ID_TOKEN',
      'refresh_token',
      'code',
      'State',
      'api_key',
      'apikey',
      'key',
      'token',
      'password',
      'passwd',
      'pwd',
      'secret',
      'client_secret',
      'session',
      'sessionid',
      'sid',
      'auth',
      'signature',
      'sig',
      'X-Amz-Signature',
      'X-Amz-Credential',
      'X-Amz-Security-Token',
      'X-Goog-Signature',
      'X-Goog-Credential',
    ])
      expect(isSecretName(name), name).toBe(true);
  });

  it('takes compound names by their last word, camel case and brackets included', () => {
    for (const name of [
      'csrf-token',
      'private.key',
      'accessToken',
      'apiKey',
      'XSRFToken',
      'user[password]',
      'access%5Ftoken',
    ])
      expect(isSecretName(name), name).toBe(true);
  });

  it('leaves names that only contain a secret word', () => {
    for (const name of ['error_code', 'token_type', 'monkey', 'keyword', 'AWSAccessKeyId', 'statement', 'page', ''])
      expect(isSecretName(name), name).toBe(false);
  });
});

describe('keptHeaderValue', () => {
  it('drops headers that are secrets as a whole', () => {
    for (const name of [
      'set-cookie',
      'cookie',
      'authorization',
      'proxy-authorization',
      'authentication-info',
      'proxy-authentication-info',
    ])
      expect(keptHeaderValue(name, 'nextnonce="SECRET"')).toBeUndefined();
  });

  it('redacts URLs in Location, Content-Location, Refresh and Link, relative ones too', () => {
    expect(keptHeaderValue('location', '/cb?code=C&state=S')).toBe(`/cb?code=${REDACTED}&state=${REDACTED}`);
    expect(keptHeaderValue('content-location', 'https://u:p@app.test/x')).toBe('https://app.test/x');
    expect(keptHeaderValue('refresh', '0; url=/login?token=T')).toBe(`0; url=/login?token=${REDACTED}`);
    expect(keptHeaderValue('link', '<https://app.test/p?sig=S>; rel="next"')).toBe(
      `<https://app.test/p?sig=${REDACTED}>; rel="next"`,
    );
  });

  it('redacts a URL in any other header, and leaves other values alone', () => {
    expect(keptHeaderValue('x-original-url', 'https://app.test/?apikey=K')).toBe(
      `https://app.test/?apikey=${REDACTED}`,
    );
    expect(keptHeaderValue('cache-control', 'max-age=0, key=1')).toBe('max-age=0, key=1');
  });
});
