/**
 * The image bench's sources (`npm run bench -- --images M`): M photo-sized JPEGs, md5-named as `npm run image`
 * names them, in a temp site's `assets/images/`. Pixels come from the seeded generator (libvips's noise is not
 * seeded), so a seed gives byte-identical files every run.
 *
 * bench/corpus-images.ts draws a flat gradient with a few blocks: enough for a page's `<img>`, but AVIF and WebP
 * encode it far faster than a photo. These have what makes a photo cost: detail at several scales (value noise),
 * hard-edged subjects for the attention crop to find, and sensor grain.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { imagesDir, planFiles, planImage } from '../src/images/plan.ts';
import type { ImageSettings } from '../src/images/types.ts';
import { between, mulberry32, pick, type Random } from './random.ts';

export interface Photo {
  /** `<md5>.jpg` */
  readonly name: string;
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

export interface PhotoOptions {
  readonly count: number;
  readonly seed: number;
  /** Inclusive ranges; default a camera export, 1600–2400 wide and 1000–1600 high. */
  readonly width?: readonly [number, number];
  readonly height?: readonly [number, number];
}

const aspects = [3 / 2, 16 / 10, 4 / 3, 16 / 9];

/** A smooth random field in [-1, 1] with features about `cell` pixels across: bilinear over a seeded grid. */
function valueNoise(random: Random, width: number, height: number, cell: number): (x: number, y: number) => number {
  const columns = Math.ceil(width / cell) + 2;
  const grid = Float32Array.from({ length: columns * (Math.ceil(height / cell) + 2) }, () => random() * 2 - 1);
  return (x, y) => {
    const gx = x / cell;
    const gy = y / cell;
    const x0 = Math.floor(gx);
    const y0 = Math.floor(gy);
    const tx = gx - x0;
    const ty = gy - y0;
    const sx = tx * tx * (3 - 2 * tx);
    const sy = ty * ty * (3 - 2 * ty);
    // No helper closure here: tsx wraps every arrow function it creates in `__name`, which dominates this loop.
    const i = y0 * columns + x0;
    const a = grid[i] ?? 0;
    const b = grid[i + 1] ?? 0;
    const c = grid[i + columns] ?? 0;
    const d = grid[i + columns + 1] ?? 0;
    const top = a + (b - a) * sx;
    return top + (c + (d - c) * sx - top) * sy;
  };
}

const clampByte = (value: number): number => (value < 0 ? 0 : value > 255 ? 255 : Math.round(value));

/** Sky-to-ground gradient, three octaves of texture, a few hard-edged ellipses, then grain. */
function photoPixels(seed: number, width: number, height: number): Buffer {
  const random = mulberry32(seed);
  const sky = [between(random, 60, 200), between(random, 90, 210), between(random, 140, 240)];
  const ground = [between(random, 30, 140), between(random, 30, 120), between(random, 10, 90)];
  const octaves = [
    { noise: valueNoise(random, width, height, 320), amplitude: 45 },
    { noise: valueNoise(random, width, height, 60), amplitude: 22 },
    { noise: valueNoise(random, width, height, 9), amplitude: 9 },
  ];
  const tint = [0, 1, 2].map(() => valueNoise(random, width, height, 240));
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y / height;
    for (let x = 0; x < width; x++) {
      let texture = 0;
      for (const octave of octaves) texture += octave.noise(x, y) * octave.amplitude;
      const grain = (random() - 0.5) * 14;
      const at = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const base = (sky[c] ?? 0) * (1 - t) + (ground[c] ?? 0) * t;
        data[at + c] = clampByte(base + texture + (tint[c]?.(x, y) ?? 0) * 25 + grain);
      }
    }
  }
  for (let shape = between(random, 2, 5); shape > 0; shape--) {
    const cx = between(random, 0, width - 1);
    const cy = between(random, 0, height - 1);
    const rx = between(random, Math.ceil(width / 40), Math.ceil(width / 6));
    const ry = between(random, Math.ceil(height / 40), Math.ceil(height / 5));
    const colour = [between(random, 0, 255), between(random, 0, 255), between(random, 0, 255)];
    for (let y = Math.max(0, cy - ry); y < Math.min(height, cy + ry); y++) {
      for (let x = Math.max(0, cx - rx); x < Math.min(width, cx + rx); x++) {
        if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 > 1) continue;
        const at = (y * width + x) * 3;
        // Keep the texture under the colour: a flat disc would be free to encode.
        for (let c = 0; c < 3; c++) data[at + c] = clampByte(((colour[c] ?? 0) * 3 + (data[at + c] ?? 0)) / 4);
      }
    }
  }
  return data;
}

export async function makePhotos(options: PhotoOptions): Promise<Photo[]> {
  const [minWidth, maxWidth] = options.width ?? [1600, 2400];
  const [minHeight, maxHeight] = options.height ?? [1000, 1600];
  const sizes = mulberry32(options.seed);
  const photos: Photo[] = [];
  for (let i = 0; i < options.count; i++) {
    const width = between(sizes, minWidth, maxWidth);
    const height = Math.min(maxHeight, Math.max(minHeight, Math.round(width / pick(sizes, aspects))));
    const raw = photoPixels(options.seed * 1000 + i, width, height);
    const bytes = await sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toBuffer();
    photos.push({ name: `${createHash('md5').update(bytes).digest('hex')}.jpg`, bytes, width, height });
  }
  return photos;
}

export interface PhotoSite {
  readonly root: string;
  /** `assets/images/<md5>.jpg`, in generation order. */
  readonly sitePaths: readonly string[];
}

/** Writes the photos into `<dir>/assets/images/`; `dir` defaults to a new temp folder. */
export async function writePhotoSite(photos: readonly Photo[], dir?: string): Promise<PhotoSite> {
  const root = dir ?? (await mkdtemp(path.join(os.tmpdir(), `broadsheet-bench-images-${photos.length}-`)));
  await mkdir(path.join(root, imagesDir), { recursive: true });
  for (const photo of photos) await writeFile(path.join(root, imagesDir, photo.name), photo.bytes);
  return { root, sitePaths: photos.map((photo) => `${imagesDir}/${photo.name}`) };
}

/** Every file a build writes for these photos as lead images (variants and link preview), sorted. */
export function expectedFiles(photos: readonly Photo[], settings: ImageSettings): string[] {
  return photos
    .flatMap((photo) => {
      const source = { hash: photo.name.slice(0, -'.jpg'.length), width: photo.width, height: photo.height, hasAlpha: false, animated: false, format: 'jpeg' };
      return planFiles(planImage(source, settings, { og: true })).map((variant) => variant.fileName);
    })
    .sort();
}
