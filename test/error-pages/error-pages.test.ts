import { describe, expect, it } from 'vitest';
import { listTitle, readPage } from '../../src/knowledge/test-helpers';
import { errorPages, proseAboutErrors } from './index';

const all = [...errorPages, proseAboutErrors];

describe('the error pages the end-to-end tests and the demo read', () => {
  it('have unique ids', () => {
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it.each(all.map((p) => [p.id, p] as const))('%s says what its expectation says, once read', (_id, p) => {
    const ex = readPage(p);
    expect(listTitle(ex)).toBe(p.expect.title);
    expect(ex.producer.vendor?.name ?? "The site's own server").toBe(p.expect.who);
  });

  it('are products’ pages: each one read names its maker from the page first, not as a guess', () => {
    for (const p of errorPages) {
      const ex = readPage(p);
      expect(ex.producer.evidence[0]?.kind, p.id).toBe('page');
      expect(ex.producer.confidence, p.id).not.toBe('low');
    }
  });

  it('cover at least eight products', () => {
    const makers = new Set(errorPages.map((p) => p.expect.who));
    expect(makers.size).toBeGreaterThanOrEqual(8);
  });
});
