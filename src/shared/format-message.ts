/** browser.i18n's message format, for reading the message files directly. */

export interface MessageEntry {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

/** Fills $NAME$ placeholders the way browser.i18n does: each names a $1…$9 substitution. */
export function format(entry: MessageEntry | undefined, subs: readonly string[]): string | undefined {
  if (!entry) return undefined;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const n = content ? /^\$(\d)$/.exec(content)?.[1] : undefined;
    return n ? (subs[Number(n) - 1] ?? '') : whole;
  });
}
