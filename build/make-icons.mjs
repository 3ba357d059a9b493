// @ts-check
// Draws the kiosk's icon set from one geometry: build/icon.svg (the readable source), the PNGs
// the deb installs into the hicolor theme (build/icons/NxN.png) and the Windows build/icon.ico.
// Plain Node (zlib), no ImageMagick or librsvg: the icons can be regenerated on any machine and
// the generated files are committed.
//   node build/make-icons.mjs          write the files
//   node build/make-icons.mjs --check  exit 1 if a committed file differs from the script
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const BUILD_DIR = fileURLToPath(new URL('.', import.meta.url));

/** electron-builder's Linux icon set: one PNG per size, named NxN.png. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
/** Windows wants up to 256 px in the .ico (electron-builder refuses less for NSIS). */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

// Everything in a unit square, y downwards, as in SVG.
const BACKGROUND = { r: 0x1d, g: 0x4e, b: 0x89 }; // a deep blue: readable on light and dark panels
const FOREGROUND = { r: 0xff, g: 0xff, b: 0xff };
const TILE = { inset: 0.0625, radius: 0.19 };
/** A check mark: "you are checked in". */
const CHECK = {
  points: /** @type {[number, number][]} */ ([
    [0.28, 0.53],
    [0.43, 0.68],
    [0.73, 0.36],
  ]),
  width: 0.1,
};

/** The same drawing as SVG, for people and for any later tooling. */
export function iconSvg() {
  const side = 1 - 2 * TILE.inset;
  const hex = (/** @type {{ r: number; g: number; b: number }} */ c) =>
    `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  const points = CHECK.points.map(([x, y]) => `${x * 512},${y * 512}`).join(' ');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">',
    `  <rect x="${TILE.inset * 512}" y="${TILE.inset * 512}" width="${side * 512}" height="${side * 512}" rx="${TILE.radius * 512}" fill="${hex(BACKGROUND)}"/>`,
    `  <polyline points="${points}" fill="none" stroke="${hex(FOREGROUND)}" stroke-width="${CHECK.width * 512}" stroke-linecap="round" stroke-linejoin="round"/>`,
    '</svg>',
    '',
  ].join('\n');
}

/** Signed distance to the rounded tile (negative inside). */
function tileDistance(/** @type {number} */ x, /** @type {number} */ y) {
  const half = 0.5 - TILE.inset;
  const qx = Math.abs(x - 0.5) - half + TILE.radius;
  const qy = Math.abs(y - 0.5) - half + TILE.radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

/** Signed distance to the check-mark stroke (round caps and joins). */
function checkDistance(/** @type {number} */ x, /** @type {number} */ y) {
  let best = Infinity;
  for (let i = 0; i + 1 < CHECK.points.length; i++) {
    const [ax, ay] = /** @type {[number, number]} */ (CHECK.points[i]);
    const [bx, by] = /** @type {[number, number]} */ (CHECK.points[i + 1]);
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best - CHECK.width / 2;
}

/** Anti-aliased coverage of a shape from its signed distance, one pixel wide. */
const coverage = (/** @type {number} */ distance, /** @type {number} */ pixel) =>
  Math.min(1, Math.max(0, 0.5 - distance / pixel));

/** RGBA pixels of the icon at size × size. */
export function renderRgba(/** @type {number} */ size) {
  const pixels = Buffer.alloc(size * size * 4);
  const pixel = 1 / size;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) * pixel;
      const y = (row + 0.5) * pixel;
      const tile = coverage(tileDistance(x, y), pixel);
      const mark = coverage(checkDistance(x, y), pixel);
      const at = (row * size + col) * 4;
      pixels[at] = Math.round(BACKGROUND.r + (FOREGROUND.r - BACKGROUND.r) * mark);
      pixels[at + 1] = Math.round(BACKGROUND.g + (FOREGROUND.g - BACKGROUND.g) * mark);
      pixels[at + 2] = Math.round(BACKGROUND.b + (FOREGROUND.b - BACKGROUND.b) * mark);
      pixels[at + 3] = Math.round(255 * tile);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(/** @type {Buffer} */ bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = /** @type {number} */ (CRC_TABLE[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(/** @type {string} */ type, /** @type {Buffer} */ data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, no filter, fixed compression: the same bytes on every run. */
export function renderPng(/** @type {number} */ size) {
  const rgba = renderRgba(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0; // filter type: none
    rgba.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A .ico holding PNG images (supported since Windows Vista). */
export function buildIco(/** @type {number[]} */ sizes) {
  const images = sizes.map((size) => renderPng(size));
  const directory = Buffer.alloc(6 + 16 * sizes.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2); // type: icon
  directory.writeUInt16LE(sizes.length, 4);
  let offset = directory.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    const image = /** @type {Buffer} */ (images[i]);
    directory.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt8(0, entry + 2); // no palette
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(image.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += image.length;
  });
  return Buffer.concat([directory, ...images]);
}

/** Every generated file, by path relative to build/. */
export function iconFiles() {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  files.set('icon.svg', Buffer.from(iconSvg(), 'utf8'));
  for (const size of PNG_SIZES) files.set(`icons/${size}x${size}.png`, renderPng(size));
  files.set('icon.ico', buildIco(ICO_SIZES));
  return files;
}

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [relative, bytes] of iconFiles()) {
    const file = `${BUILD_DIR}${relative}`;
    if (check) {
      const current = await readFile(file).catch(() => null);
      if (current === null || !current.equals(bytes)) {
        console.error(`stale: build/${relative}`);
        stale += 1;
      }
    } else {
      await writeFile(file, bytes);
      console.log(`wrote build/${relative} (${bytes.length} bytes)`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
