// `npm test`: unit and component tests (vitest), then the end-to-end tests in real Chromium and
// Firefox (node:test). Ends with one line counting every test run: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
const only = process.argv[2];

if (only !== 'e2e') {
  const status = run(process.execPath, [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}/vitest.json`,
  ]);
  if (existsSync(`${out}/vitest.json`)) {
    const r = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (status !== 0 && r.numFailedTests === 0 ? 1 : 0);
  } else {
    failed += 1;
  }
}

if (only !== 'unit') {
  // The e2e tests load the production build, never a dev-server build.
  if (run(process.execPath, ['scripts/build.mjs']) !== 0) failed += 1;
  else {
    const status = run(process.execPath, [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${out}/e2e.tap`,
      // Node 20's --test finds only .js files in a folder, so the .ts test files are named one by one.
      ...readdirSync('e2e')
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => `e2e/${f}`),
    ]);
    const tap = existsSync(`${out}/e2e.tap`) ? readFileSync(`${out}/e2e.tap`, 'utf8') : '';
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + (status !== 0 && count('fail') === 0 ? 1 : 0);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
