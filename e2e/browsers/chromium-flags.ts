/**
 * The Chromium command line every harness here uses (tests, demo, bench): quiet on a machine with no
 * internet, the extension at `extension` loaded when given. Playwright adds --disable-extensions; through
 * Debian's /usr/bin/chromium wrapper that flag wins, so launchers pass `ignoreDefaultArgs` as well.
 */
export const ignoreDefaultArgs: readonly string[] = ['--disable-extensions'];

export function chromiumArgs(extension?: string, extra: readonly string[] = []): string[] {
  return [
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...extra,
  ];
}
