import { describe, expect, it } from 'vitest';
import { explain } from '../explain';
import { observe } from '../observation';
import { expectBilingual, itMatchesHeaders, itRejectsHeaders, matchOne, vendorTexts } from '../test-helpers';
import { azureApplicationGateway } from './azure-application-gateway';

const gateway = azureApplicationGateway;

// Header shapes: the gateway's own pages as captured (Server: Microsoft-Azure-Application-Gateway/v2), and
// Microsoft Learn "Application Gateway HTTP settings configuration" for the affinity cookies.
describe('Azure Application Gateway fingerprints', () => {
  itMatchesHeaders(gateway, [
    ['server', 'Microsoft-Azure-Application-Gateway/v2'],
    ['server', 'microsoft-azure-application-gateway/v2'],
  ]);

  itRejectsHeaders(gateway, [
    ['server', 'Microsoft-Azure-Application-Gateway'],
    ['server', 'Microsoft-Azure-Application-Gateway/v2 (patched)'],
    ['server', 'Microsoft-IIS/10.0'],
    ['server', 'Microsoft-HTTPAPI/2.0'],
    ['x-azure-ref', '0zxV+XAAAAABKMMOjBv2NT4TY6SQVjC0zV1NURURHRTA2MTkA'],
  ]);

  it.each(['ApplicationGatewayAffinity', 'ApplicationGatewayAffinityCORS'])('matches the cookie %s', (name) => {
    const m = matchOne(gateway, observe({ cookieNames: [name] }));
    expect(m?.hits[0]?.fingerprint.id).toBe('cookie-affinity');
    expect(m?.generated).toBe(false);
  });

  it.each(['ApplicationGatewayAffinityX', 'XApplicationGatewayAffinity', 'ARRAffinity', 'ASLBSA'])(
    'does not match the cookie %s',
    (name) => {
      expect(matchOne(gateway, observe({ cookieNames: [name] }))).toBeUndefined();
    },
  );

  it('treats only the Server header as a sign of its own answer', () => {
    expect(gateway.fingerprints.filter((f) => f.generated).map((f) => f.id)).toEqual(['server']);
  });
});

// Microsoft Learn, "HTTP response codes in Application Gateway" and "Troubleshoot bad gateway errors in Application
// Gateway": the gateway's own 502 (empty or unhealthy backend pool) is its most common error.
describe('Azure Application Gateway and the layer that answered', () => {
  it('its own 502 (backend pool unhealthy) names the gateway with high confidence', () => {
    const ex = explain(observe({ statusCode: 502, headers: { server: 'Microsoft-Azure-Application-Gateway/v2' } }));
    expect(ex.producer).toMatchObject({
      role: 'load-balancer',
      vendor: { id: 'azure-application-gateway' },
      confidence: 'high',
    });
    expect(ex.notes.some((n) => n.vendor?.id === 'azure-application-gateway' && /health probe/.test(n.text))).toBe(
      true,
    );
  });

  it('its WAF block (403) names the gateway', () => {
    const ex = explain(observe({ statusCode: 403, headers: { server: 'Microsoft-Azure-Application-Gateway/v2' } }));
    expect(ex.producer.vendor?.id).toBe('azure-application-gateway');
    expect(ex.notes.some((n) => /Web Application Firewall/.test(n.text))).toBe(true);
  });

  it('a backend’s own 500 relayed by the gateway is the backend’s', () => {
    const ex = explain(
      observe({
        statusCode: 500,
        headers: { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET' },
        cookieNames: ['ApplicationGatewayAffinity'],
      }),
    );
    expect(ex.producer.role).toBe('origin');
    expect(ex.producer.vendor?.id).toBe('microsoft-iis');
    expect(ex.seen.map((s) => s.vendor.id)).toContain('azure-application-gateway');
  });

  it('a 502 with only the affinity cookie is put on the gateway as a guess', () => {
    const ex = explain(observe({ statusCode: 502, cookieNames: ['ApplicationGatewayAffinityCORS'] }));
    expect(ex.producer).toMatchObject({ vendor: { id: 'azure-application-gateway' }, confidence: 'low' });
  });
});

describe('Azure Application Gateway texts', () => {
  it('writes everything in both languages', () => {
    expectBilingual(vendorTexts(gateway));
  });

  it('has notes for the codes the gateway makes itself, and no codes of its own', () => {
    expect(gateway.notes?.map((n) => n.code)).toEqual([400, 403, 404, 408, 413, 502, 504]);
    expect(gateway.makes).toEqual([403, 502, 504]);
    expect(gateway.codes).toEqual([]);
    expect(gateway.bodyHint?.en).toMatch(/Microsoft-Azure-Application-Gateway\/v2/);
  });
});
