/**
 * Error pages shaped like the ones products send (their markup patterns, written for these tests), shared
 * by the knowledge's unit tests, the end-to-end tests and the demo site.
 */
export interface ErrorPage {
  /** Stable, also the demo's path: /page/<id>. */
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly html: string;
  /** What the entry must say once the page is read, in English. */
  readonly expect: {
    /** The entry's title in the list. */
    readonly title: string;
    /** Who made it, as the list names it. */
    readonly who: string;
  };
}
