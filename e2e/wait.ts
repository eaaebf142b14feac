/** Polling and time limits for steps that talk to a browser. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with `what` when `promise` takes longer than `ms` (e.g. sw.evaluate on a stopped worker hangs). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `read` until `done(value)` holds, and returns that value. On time-out it throws, showing the
 * last value read (or the last error), so a failed test says what it saw.
 */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  ms = 10_000,
  every = 150,
): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (done(last)) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) {
      const seen =
        lastError !== undefined
          ? `last error: ${String(lastError)}`
          : `last value: ${JSON.stringify(last, null, 1)?.slice(0, 4000)}`;
      throw new Error(`timed out after ${ms} ms waiting for ${what}; ${seen}`);
    }
    await sleep(every);
  }
}
