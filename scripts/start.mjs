// `npm start`: the production build, then the local demo (e2e/demo.ts, run through tsx): the scenario
// server, Chromium with the extension (or Firefox: `npm start -- --firefox`) and the demo page.
// With a display and without --headless the window stays open until Ctrl-C; otherwise the popup's list
// is printed and the demo exits. A missing browser prints how to install it and exits 1.
import { spawn, spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'usage: npm start [-- --firefox] [--headless] [--hold]\n  --headless  no window: print what the popup lists, then exit (the default without $DISPLAY)\n  --hold      keep the (headless) browser running until Ctrl-C',
  );
  process.exit(0);
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = spawn(process.execPath, ['--import', 'tsx', 'e2e/demo.ts', ...args], { stdio: 'inherit' });
// Pass Ctrl-C / kill on to the demo (a terminal's Ctrl-C reaches it anyway) and wait for it to close the
// browser and the server.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => demo.kill(signal));
demo.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
