// Draws the toolbar/store icon at the sizes manifest.config.ts names (a magnifier over a status bar),
// with no image tools needed: pixels are computed here and written as PNG with node:zlib.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const sizes = [16, 32, 48, 128];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4×4 supersampling for smooth edges.
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          r += pr * pa;
          g += pg * pa;
          b += pb * pa;
          a += pa;
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / 16) * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundRect = (x, y, r) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};

// Background tile, three status bars (green, amber, red) and a white magnifier over them.
function pixel(x, y) {
  if (!inRoundRect(x, y, 0.2)) return [0, 0, 0, 0];
  const lens = Math.hypot(x - 0.44, y - 0.44);
  const onHandle = x > 0.6 && y > 0.6 && Math.abs(x - y) < 0.075 && x < 0.86;
  if ((lens > 0.19 && lens < 0.27) || onHandle) return [255, 255, 255, 1];
  if (lens <= 0.19) {
    if (y > 0.36 && y < 0.42 && x > 0.3 && x < 0.58) return [34, 197, 94, 1];
    if (y > 0.45 && y < 0.51 && x > 0.3 && x < 0.5) return [245, 158, 11, 1];
    if (y > 0.54 && y < 0.6 && x > 0.3 && x < 0.54) return [239, 68, 68, 1];
    return [30, 41, 59, 1];
  }
  return [29, 78, 216, 1];
}

mkdirSync('public/icons', { recursive: true });
for (const s of sizes) writeFileSync(`public/icons/icon-${s}.png`, png(s, pixel));
console.log(`wrote ${sizes.length} icons to public/icons`);
