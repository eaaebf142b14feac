/**
 * Every bound the extension keeps, in one place. The README's "Limits" section lists them;
 * a flood of failing requests can never grow memory or storage past these.
 */
export const caps = {
  /** Characters kept of a URL; longer ones are cut in the middle-preserving way the view needs. */
  url: 2048,
  headerName: 64,
  headerValue: 512,
  /** Response headers kept per entry (the rest are counted, not stored). */
  headersPerEntry: 48,
  cookieNamesPerEntry: 16,
  statusLine: 160,
  errorName: 120,
  /** Page loads remembered per tab (the current one and the ones before it). */
  pagesPerTab: 5,
  /** Distinct entries per page load; repeats of one entry raise its count instead. */
  entriesPerPage: 250,
  /** Entries of requests that belong to no tab (service workers, other extensions). */
  entriesNoTab: 200,
  /** All entries over all tabs. */
  entriesTotal: 3000,
} as const;
