/** Finds the browser binaries: $CHROME_PATH / $FIREFOX_PATH, else the usual Debian/Ubuntu paths. */
import { accessSync, constants } from 'node:fs';
import type { BrowserName } from './types.ts';

const known: Readonly<Record<BrowserName, { env: string; paths: readonly string[]; label: string; install: string }>> =
  {
    chrome: {
      env: 'CHROME_PATH',
      paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
      label: 'Chromium',
      install: 'sudo apt-get install -y chromium',
    },
    firefox: {
      env: 'FIREFOX_PATH',
      paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
      label: 'Firefox',
      install: 'sudo apt-get install -y firefox-esr',
    },
  };

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The error says exactly how to install the browser; `npm start` prints it as it is. */
export class BrowserNotFoundError extends Error {
  constructor(
    readonly browser: BrowserName,
    message: string,
  ) {
    super(message);
    this.name = 'BrowserNotFoundError';
  }
}

export function findBrowser(name: BrowserName): string {
  const k = known[name];
  const fromEnv = process.env[k.env];
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError(
      name,
      `${k.env}=${fromEnv} is not an executable file. Install ${k.label} with: ${k.install} (or point ${k.env} at its binary).`,
    );
  }
  const found = k.paths.find(executable);
  if (found) return found;
  throw new BrowserNotFoundError(
    name,
    `${k.label} was not found (looked at $${k.env}, ${k.paths.join(', ')}). Install it with: ${k.install} (or set ${k.env} to its binary).`,
  );
}
