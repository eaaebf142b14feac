import type { Header, Observation } from './types';

/** An observation with sensible defaults, for tests, benches and the demo. */
export function observe(
  init: Partial<Omit<Observation, 'headers'>> & { headers?: readonly Header[] | Record<string, string> },
): Observation {
  const { headers, ...rest } = init;
  const list = Array.isArray(headers)
    ? (headers as readonly Header[])
    : Object.entries(headers ?? {}).map(([name, value]) => ({ name: name.toLowerCase(), value }));
  return {
    url: 'https://example.test/',
    method: 'GET',
    type: 'main_frame',
    mainFrame: true,
    fromCache: false,
    cookieNames: [],
    ...rest,
    headers: list,
  };
}
