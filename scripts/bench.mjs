// `npm run bench`: bundles the bench the way the extension is bundled (no test-runner shims in the
// hot path), then runs it with an exposed GC so the heap figure is exact.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

await build({
  entryPoints: ['bench/worker-bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: '.bench/worker-bench.mjs',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', '.bench/worker-bench.mjs'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
