/** Short constructors for the rows of a decoder's value table, so vendor files read like tables. */
import type { DecodedValue, Text } from './types';

/** One row; advice left out is left to the status code's meaning. */
export const decodedValue = (
  id: string,
  match: RegExp,
  title: Text,
  summary: Text,
  owner?: Text,
  visitor?: Text,
): DecodedValue => ({
  id,
  match,
  title,
  summary,
  ...(owner ? { owner } : {}),
  ...(visitor ? { visitor } : {}),
});

/** The whole value, any case, equal to one of the regex alternatives: "1015", "100[678]|1106", "NOT_FOUND". */
export const wholeValue = (alternatives: string): RegExp => new RegExp(`^(?:${alternatives})$`, 'i');
