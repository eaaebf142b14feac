// Builds both unpacked extensions from the one source: dist/chrome and dist/firefox.
import { spawnSync } from 'node:child_process';

for (const browser of ['chrome', 'firefox']) {
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, BROWSER: browser },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`built dist/${browser}`);
}
