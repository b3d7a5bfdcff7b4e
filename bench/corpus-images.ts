/**
 * The corpus's photo pool: small real JPEGs named, as authors name them, by the md5 of their bytes. Pixels come from
 * the seeded generator (not libvips's noise, which is not seeded), so a seed gives the same files every run.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { between, mulberry32 } from './random.ts';

export interface PoolImage {
  /** `<md5>.jpg` */
  readonly name: string;
  readonly bytes: Buffer;
}

export interface PoolOptions {
  readonly count: number;
  readonly seed: number;
  readonly width?: number;
  readonly height?: number;
}

/** A diagonal gradient between two seeded colours with a few seeded blocks on it: cheap, and JPEG has work to do. */
function pixels(seed: number, width: number, height: number): Buffer {
  const random = mulberry32(seed);
  const from = [between(random, 0, 255), between(random, 0, 255), between(random, 0, 255)];
  const to = [between(random, 0, 255), between(random, 0, 255), between(random, 0, 255)];
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = (x + y) / (width + height);
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = Math.round((from[c] ?? 0) * (1 - t) + (to[c] ?? 0) * t);
    }
  }
  for (let block = 0; block < 6; block++) {
    const bx = between(random, 0, width - 1);
    const by = between(random, 0, height - 1);
    const size = between(random, 4, Math.max(4, Math.floor(width / 4)));
    const shade = between(random, 0, 255);
    for (let y = by; y < Math.min(height, by + size); y++) data.fill(shade, (y * width + bx) * 3, (y * width + Math.min(width, bx + size)) * 3);
  }
  return data;
}

export async function makeImagePool(options: PoolOptions): Promise<PoolImage[]> {
  const width = options.width ?? 320;
  const height = options.height ?? 200;
  const pool: PoolImage[] = [];
  for (let i = 0; i < options.count; i++) {
    const raw = pixels(options.seed * 1000 + i, width, height);
    const bytes = await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
    pool.push({ name: `${createHash('md5').update(bytes).digest('hex')}.jpg`, bytes });
  }
  return pool;
}
