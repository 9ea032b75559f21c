#!/usr/bin/env node
/**
 * Draws the Cermat logo (a white "C" on a teal rounded square, with an amber check mark leaving
 * through the C's opening) into assets/icon-16.png, -32, -64 and -80, the sizes manifest.xml uses.
 * Deterministic: plain geometry, 4x4 supersampling, PNG written with node's zlib; no dependencies.
 * Run `node assets/make-icons.js` after changing the drawing; the PNGs are committed.
 */

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80];
const SUBSAMPLES = 4;

const TEAL = [14, 124, 102, 255];
const WHITE = [255, 255, 255, 255];
const AMBER = [255, 200, 61, 255];
const CLEAR = [0, 0, 0, 0];

/** Inside the rounded square [0,1]^2 with corner radius r. */
function inRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= 0 && x <= 1 && y >= 0 && y <= 1;
}

/** Inside the "C": a ring around the centre, open on the right (|angle| < 42 degrees). */
function inC(x, y) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const d = Math.hypot(dx, dy);
  const angle = Math.abs(Math.atan2(dy, dx)) * (180 / Math.PI);
  return d >= 0.22 && d <= 0.36 && angle >= 42;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** Inside the check mark: a thick two-segment stroke whose long arm leaves through the C's gap. */
function inCheck(x, y) {
  const a = [0.4, 0.5];
  const b = [0.52, 0.63];
  const c = [0.8, 0.3];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) <= 0.06;
}

function colourAt(x, y) {
  if (!inRoundedSquare(x, y, 0.2)) return CLEAR;
  if (inCheck(x, y)) return AMBER;
  if (inC(x, y)) return WHITE;
  return TEAL;
}

/** RGBA pixels of the logo at `size` x `size`, each pixel the average of its subsamples. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const [r, g, b, a] = colourAt((px + (sx + 0.5) / SUBSAMPLES) / size, (py + (sy + 0.5) / SUBSAMPLES) / size);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = sum[3] / (SUBSAMPLES * SUBSAMPLES);
      for (let c = 0; c < 3; c++) pixels[i + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      pixels[i + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace, filter 0 on every row). */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = path.join(__dirname, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, render(size)));
  console.log(`${path.relative(process.cwd(), file)} (${size}x${size})`);
}
