/**
 * Writes public/icon/{16,32,48,128}.png: a rounded blue square with three text lines, the last one
 * short ("clean text"). Pure Node (zlib), no network and no image library; rerun after changing the
 * drawing: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const BLUE: [number, number, number] = [26, 95, 208];
const WHITE: [number, number, number] = [255, 255, 255];
const SAMPLES = 4; // per axis: 16 samples per pixel for smooth edges

/** Coverage of the unit-square shape at (x, y) in [0, 1]: 0 outside, 1 = background, 2 = line. */
function shapeAt(x: number, y: number): 0 | 1 | 2 {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const lines: [number, number, number][] = [
    [0.3, 0.22, 0.78],
    [0.47, 0.22, 0.78],
    [0.64, 0.22, 0.56],
  ];
  const half = 0.055;
  for (const [ly, x0, x1] of lines) {
    if (Math.abs(y - ly) <= half && x >= x0 && x <= x1) return 2;
  }
  return 1;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let line = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const hit = shapeAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (hit === 1) bg++;
          if (hit === 2) line++;
        }
      }
      const total = SAMPLES * SAMPLES;
      const alpha = (bg + line) / total;
      const mix = bg + line ? line / (bg + line) : 0;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = Math.round(BLUE[i]! * (1 - mix) + WHITE[i]! * mix);
      row[o + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size));
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
