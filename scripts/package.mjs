// `npm run package`: store-ready zips of both builds, artifacts/statuscope-<browser>-<version>.zip.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (args) => {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(['scripts/build.mjs']);
for (const browser of ['chrome', 'firefox']) {
  const filename = `statuscope-${browser}-${version}.zip`;
  run([
    'node_modules/web-ext/bin/web-ext.js',
    'build',
    '--source-dir',
    `dist/${browser}`,
    '--artifacts-dir',
    'artifacts',
    '--filename',
    filename,
    '--overwrite-dest',
  ]);
  console.log(`package_zip_kb_${browser}: ${(statSync(`artifacts/${filename}`).size / 1024).toFixed(1)} KB`);
}
