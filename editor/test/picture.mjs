// Writes a small PNG "photo" (sky, sun, hills) without any image library, for the upload test.
import zlib from 'node:zlib';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function landscapePng(width = 960, height = 540) {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const t = y / height;
      let [r, g, b] = [120 + 100 * t, 170 + 60 * t, 230 - 20 * t]; // sky
      const sun = Math.hypot(x - width * 0.74, y - height * 0.28);
      if (sun < height * 0.09) [r, g, b] = [255, 214, 120];
      const far = height * (0.62 + 0.06 * Math.sin(x / 90));
      const near = height * (0.74 + 0.05 * Math.sin(x / 55 + 2));
      if (y > far) [r, g, b] = [88, 132, 110];
      if (y > near) [r, g, b] = [60 + 20 * Math.sin(x / 13), 110, 70];
      raw[row + 1 + x * 3] = r;
      raw[row + 2 + x * 3] = g;
      raw[row + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
