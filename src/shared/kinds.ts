/** The coarse kind of an entry: decides badge colour, filter chips and severity order. */
export type EntryKind = 'network' | 'server' | 'client' | 'redirect' | 'odd' | 'success' | 'informational';

/** The kinds the popup lists and the badge may count (2xx and 1xx never are). */
export type ListedKind = Exclude<EntryKind, 'success' | 'informational'>;

/** Every listed kind, in the order the filter chips and the settings show them. */
export const listedKinds: readonly ListedKind[] = ['network', 'server', 'client', 'redirect', 'odd'];

export const isListed = (kind: EntryKind): kind is ListedKind => kind !== 'success' && kind !== 'informational';

export function kindOf(statusCode: number | undefined, error: string | undefined): EntryKind {
  if (error || statusCode === undefined) return 'network';
  if (statusCode >= 500 && statusCode <= 599) return 'server';
  if (statusCode >= 400 && statusCode <= 499) return 'client';
  if (statusCode >= 300 && statusCode <= 399) return 'redirect';
  if (statusCode >= 200 && statusCode <= 299) return 'success';
  if (statusCode >= 100 && statusCode <= 199) return 'informational';
  return 'odd';
}

/** Worst first: a failure with no response outranks a server error, and so on. */
export const severity: Readonly<Record<EntryKind, number>> = {
  network: 5,
  server: 4,
  odd: 3,
  client: 2,
  redirect: 1,
  informational: 0,
  success: 0,
};
