/**
 * `npm run stats`: what the knowledge base holds and what the Chrome build weighs, the figures the
 * issues ask a closing note to quote. Run after `npm run build` (the npm script does both).
 */
import { networkErrors } from '../src/knowledge/network-errors.ts';
import { standardCodes } from '../src/knowledge/standard.ts';
import { vendors } from '../src/knowledge/vendors/index.ts';
import { warningCodes } from '../src/knowledge/warnings.ts';
import { popupFirstPaintFiles, sizeOf, workerFiles, workerJsKb, workerRulesKb, type FileSize } from './sizes.ts';

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const sum = (files: readonly FileSize[], key: 'raw' | 'gzip'): number => files.reduce((n, f) => n + f[key], 0);

console.log(`standard_codes: ${standardCodes.length}`);
console.log(`vendors: ${vendors.length}`);
console.log(
  `vendor_meanings: ${vendors.reduce((n, v) => n + v.codes.length, 0)} on ${new Set(vendors.flatMap((v) => v.codes.map((c) => c.code))).size} distinct codes`,
);
console.log(`fingerprints: ${vendors.reduce((n, v) => n + v.fingerprints.length, 0)}`);
console.log(`header_decoders: ${vendors.reduce((n, v) => n + (v.decoders?.length ?? 0), 0)}`);
console.log(`vendor_notes_on_standard_codes: ${vendors.reduce((n, v) => n + (v.notes?.length ?? 0), 0)}`);
console.log(
  `network_errors: ${networkErrors.length} covering ${networkErrors.reduce((n, e) => n + e.names.length, 0)} error names`,
);
console.log(`warning_codes: ${warningCodes.length}`);

const dist = 'dist/chrome';
for (const [part, files] of [
  ['background', workerFiles(dist)],
  ['popup_first_paint', popupFirstPaintFiles(dist)],
] as const) {
  const sizes = files.map((f) => sizeOf(dist, f));
  for (const s of sizes) console.log(`  ${part} ${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  console.log(`${part}_js: ${kb(sum(sizes, 'raw'))} raw, ${kb(sum(sizes, 'gzip'))} gzip`);
}
console.log(`worker_js_kb: ${workerJsKb(dist).toFixed(1)} KB`);
console.log(`worker_rules_kb: ${workerRulesKb(dist).toFixed(1)} KB`);
