import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNKNOWN_FAILURE } from './rules';
import { witness } from './test-helpers';

afterEach(() => {
  vi.doUnmock('./rules-file');
  vi.resetModules();
});

/** rules-read.ts and the digest made with it, fresh, over a rules file that `read` stands in for. */
async function withRulesFile(read: () => Promise<unknown>) {
  vi.resetModules();
  vi.doMock('./rules-file', () => ({ rulesFile: read }));
  const rules = await import('./rules-read');
  const { digestOf } = await import('../background/digest');
  return { ...rules, digestOf };
}

describe('the rules file', () => {
  it('are read once, however often they are asked for', async () => {
    const real = await (await import('./rules-file')).rulesFile();
    const read = vi.fn(async () => real);
    const { readRules, rulesRead, digestOf } = await withRulesFile(read);
    await readRules();
    await readRules();
    expect(read).toHaveBeenCalledTimes(1);
    expect(rulesRead().vendors).toBe(real.vendors);
    expect(digestOf(witness(404, [])).meaningId).toBe('std.404');
  });

  it('when the file cannot be read, a response gets its status class, a failure its own meaning', async () => {
    const { readRules, digestOf } = await withRulesFile(() => Promise.reject(new Error('no file')));
    await expect(readRules()).rejects.toThrow('no file');
    expect(digestOf(witness(503, [])).meaningId).toBe('class.server-error');
    const failed = digestOf({ ...witness(503, []), statusCode: undefined, error: 'net::ERR_FAILED' });
    expect(failed.meaningId).toBe('net.failed');
    const unknown = digestOf({ ...witness(503, []), statusCode: undefined, error: 'NOT_A_FAILURE_NAME' });
    expect(unknown.meaningId).toBe(UNKNOWN_FAILURE);
  });
});
