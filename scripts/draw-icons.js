/*
 * Draws the add-in icons (16/32/64/80 px PNG) from code, so they are ours and reproducible:
 * a 2×2 customer-map matrix in the portfolio colors on a rounded white tile, with a dot per quadrant.
 * Run: npm run icons. Uses only Node's zlib (PNG = IHDR + zlib-compressed scanlines + IEND).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
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
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Okabe-Ito colours, the same family the segment palette uses: strategic, high volume, develop, maintain.
const QUADRANTS = [
  [0x00, 0x72, 0xb2],
  [0xe6, 0x9f, 0x00],
  [0x00, 0x9e, 0x73],
  [0x99, 0x99, 0x99],
];

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const supersample = 4;
  const margin = size * 0.06;
  const radius = size * 0.16;
  const gap = Math.max(1, size * 0.06);
  const inner = size - 2 * margin;
  const half = (inner - gap) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < supersample; sy++) {
        for (let sx = 0; sx < supersample; sx++) {
          const px = x + (sx + 0.5) / supersample;
          const py = y + (sy + 0.5) / supersample;
          const color = colorAt(px, py);
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += 255;
          }
        }
      }
      const n = supersample * supersample;
      const offset = (y * size + x) * 4;
      const coverage = a / 255;
      rgba[offset] = coverage ? Math.round(r / coverage) : 0;
      rgba[offset + 1] = coverage ? Math.round(g / coverage) : 0;
      rgba[offset + 2] = coverage ? Math.round(b / coverage) : 0;
      rgba[offset + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, rgba);

  function insideRoundedRect(px, py, left, top, width, height, rad) {
    const cx = Math.min(Math.max(px, left + rad), left + width - rad);
    const cy = Math.min(Math.max(py, top + rad), top + height - rad);
    return (px - cx) ** 2 + (py - cy) ** 2 <= rad * rad && px >= left && py >= top && px <= left + width && py <= top + height;
  }
  function colorAt(px, py) {
    for (let q = 0; q < 4; q++) {
      const left = margin + (q % 2) * (half + gap);
      const top = margin + Math.floor(q / 2) * (half + gap);
      if (insideRoundedRect(px, py, left, top, half, half, radius * 0.6)) {
        // a white "customer" dot in each quadrant from 32 px up
        const dotRadius = half * 0.18;
        if (size >= 32 && (px - (left + half / 2)) ** 2 + (py - (top + half / 2)) ** 2 <= dotRadius ** 2) {
          return [255, 255, 255];
        }
        return QUADRANTS[q];
      }
    }
    return null;
  }
}

const outDir = path.join(__dirname, "..", "assets");
for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), drawIcon(size));
}
console.log("icons written to assets/: icon-16.png icon-32.png icon-64.png icon-80.png");
