// Draws the add-in icons (assets/icon-<size>.png): a blue tile, a white sheet and a red check badge.
// Run: node scripts/make-icons.mjs. Deterministic; the PNGs are committed.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 8;

const BLUE = [10, 74, 155];
const PALE_BLUE = [160, 186, 222];
const WHITE = [255, 255, 255];
const RED = [206, 32, 41];

/** Signed distance to a rounded rectangle (negative inside); coordinates in units of the icon side. */
function roundedRect(x, y, left, top, right, bottom, radius) {
  const cx = (left + right) / 2;
  const cy = (top + bottom) / 2;
  const qx = Math.abs(x - cx) - ((right - left) / 2 - radius);
  const qy = Math.abs(y - cy) - ((bottom - top) / 2 - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Layers painted bottom to top; at 16 px no ruled lines and a bolder check, so it stays legible. */
function layers(size) {
  const badge = { cx: 0.69, cy: 0.69, r: 0.25 };
  const checkHalfWidth = size < 32 ? 0.065 : 0.045;
  const list = [
    { color: BLUE, inside: (x, y) => roundedRect(x, y, 0, 0, 1, 1, 0.2) <= 0 },
    { color: WHITE, inside: (x, y) => roundedRect(x, y, 0.17, 0.13, 0.67, 0.8, 0.06) <= 0 },
  ];
  if (size >= 32) {
    for (const row of [0.3, 0.43, 0.56]) {
      list.push({ color: PALE_BLUE, inside: (x, y) => segment(x, y, 0.27, row, 0.57, row) <= 0.035 });
    }
  }
  list.push(
    { color: BLUE, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r + 0.05 },
    { color: RED, inside: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r },
    {
      color: WHITE,
      inside: (x, y) =>
        Math.min(segment(x, y, 0.585, 0.695, 0.66, 0.77), segment(x, y, 0.66, 0.77, 0.8, 0.615)) <=
        checkHalfWidth,
    },
  );
  return list;
}

function render(size) {
  const paint = layers(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          let color;
          for (const layer of paint) if (layer.inside(x, y)) color = layer.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
      }
    }
  }
  return encodePng(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = join(assets, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(file);
}
