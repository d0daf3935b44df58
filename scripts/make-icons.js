#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-16/32/64/80/128.png) from a vector description, so the
 * project owns them: a blue tile with three rising bars (savings growing over the years) and a
 * gold coin (the money returned to the fund). Plain Node: shapes are sampled 4×4 per pixel for
 * anti-aliasing and written as PNG with zlib. Run: node scripts/make-icons.js
 */
const { writeFileSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");
const zlib = require("node:zlib");

const BLUE = [0, 90, 158];
const WHITE = [255, 255, 255];
const GOLD = [255, 185, 0];

/** Colour at (x, y) in the unit square, or null for transparent. Later shapes paint over earlier. */
function paint(x, y) {
  const r = 0.18; // tile corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  let colour = BLUE;
  const bars = [
    [0.17, 0.58],
    [0.39, 0.44],
    [0.61, 0.3],
  ]; // [left, top]
  for (const [left, top] of bars) if (x >= left && x <= left + 0.17 && y >= top && y <= 0.83) colour = WHITE;
  if ((x - 0.74) ** 2 + (y - 0.2) ** 2 <= 0.13 ** 2) colour = GOLD;
  return colour;
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((255 * a) / (S * S));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const out = join(__dirname, "..", "assets");
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(join(out, `icon-${size}.png`), png(size));
  console.log(`assets/icon-${size}.png`);
}
