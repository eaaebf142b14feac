import { afterEach, describe, expect, it, vi } from 'vitest';
import { UNKNOWN_FAILURE } from './rules';
import { witness } from './test-helpers';

afterEach(() => {
  vi.doUnmock('./worker-rules-file');
  vi.resetModules();
});

/** worker-rules.ts and the digest made with it, fresh, over a rules file that `read` stands in for. */
async function withRulesFile(read: () => Promise<unknown>) {
  vi.resetModules();
  vi.doMock('./worker-rules-file', () => ({ workerRulesFile: read }));
  const rules = await import('./worker-rules');
  const { digestOf } = await import('../background/digest');
  return { ...rules, digestOf };
}

describe('the worker rules', () => {
  it('are read once, however often they are asked for', async () => {
    const real = await (await import('./worker-rules-file')).workerRulesFile();
    const read = vi.fn(async () => real);
    const { loadWorkerRules, workerRules, digestOf } = await withRulesFile(read);
    await loadWorkerRules();
    await loadWorkerRules();
    expect(read).toHaveBeenCalledTimes(1);
    expect(workerRules().vendors).toBe(real.vendors);
    expect(digestOf(witness(404, [])).meaningId).toBe('std.404');
  });

  it('when the file cannot be read, a response gets its status class, a failure its own meaning', async () => {
    const { loadWorkerRules, digestOf } = await withRulesFile(() => Promise.reject(new Error('no file')));
    await expect(loadWorkerRules()).rejects.toThrow('no file');
    expect(digestOf(witness(503, [])).meaningId).toBe('class.server-error');
    const failed = digestOf({ ...witness(503, []), statusCode: undefined, error: 'net::ERR_FAILED' });
    expect(failed.meaningId).toBe('net.failed');
    const unknown = digestOf({ ...witness(503, []), statusCode: undefined, error: 'NOT_A_FAILURE_NAME' });
    expect(unknown.meaningId).toBe(UNKNOWN_FAILURE);
  });
});
