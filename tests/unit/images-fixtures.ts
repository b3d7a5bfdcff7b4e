/**
 * Tiny images for the pipeline tests, drawn with sharp into a temp site (issue #4): one per edge case the pipeline
 * must handle, each named for it. Small on purpose: the whole image suite runs in seconds.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { defaultImageSettings, type ImageSettings } from '../../src/images/types.ts';

export const md5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('hex');

/** The colour every solid fixture is painted, to check colour conversion against. */
export const paint = { r: 200, g: 100, b: 50 } as const;

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: paint } });

/** Noise, so that most of the file is pixel data: cut short, it is cut mid-pixels, not mid-header. */
const noisy = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 30 } } });

/** Sky, sun and a building: smooth like a photo, so AVIF encodes it fast (noise takes it seconds). */
const scene = (width: number, height: number) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="sky" x2="0" y2="1"><stop offset="0" stop-color="#3a78c2"/><stop offset="1" stop-color="#f4b183"/></linearGradient></defs>` +
        `<rect width="100%" height="100%" fill="url(#sky)"/><circle cx="30%" cy="35%" r="12%" fill="#ffe5b4"/><rect x="55%" y="50%" width="40%" height="50%" fill="#27323d"/></svg>`,
    ),
  );

export const draw = {
  /** 700x400: wide enough for the 320 and 640 variants, not for 960. */
  photo: (width = 700, height = 400) => scene(width, height).jpeg({ quality: 80 }).toBuffer(),
  /** Stored 200x100 with EXIF orientation 6 (rotate 90° clockwise): shown 100x200. */
  rotated: () => solid(200, 100).jpeg().withMetadata({ orientation: 6 }).toBuffer(),
  /** Camera make and a GPS position, which must not reach the output. */
  withGps: () =>
    solid(200, 100)
      .jpeg()
      .withExif({ IFD0: { Make: 'Acme', Model: 'X100' }, IFD3: { GPSMapDatum: 'WGS-84', GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } })
      .toBuffer(),
  cmyk: () => solid(200, 100).toColourspace('cmyk').jpeg({ quality: 95 }).toBuffer(),
  /** Pixels stored in Display P3 with the profile embedded: read as sRGB they would come out wrong. */
  displayP3: () => solid(200, 100).withIccProfile('p3').jpeg({ quality: 95 }).toBuffer(),
  rgb16: () => solid(200, 100).toColourspace('rgb16').png().toBuffer(),
  grey: () => solid(200, 100).toColourspace('b-w').jpeg().toBuffer(),
  /** Half-transparent everywhere. */
  alpha: () => sharp({ create: { width: 200, height: 100, channels: 4, background: { ...paint, alpha: 0.5 } } }).png().toBuffer(),
  /** Three frames, red, blue, green: variants must show the red first frame. */
  animatedGif: async () => sharp(await frames(), { join: { animated: true } }).gif().toBuffer(),
  animatedWebp: async () => sharp(await frames(), { join: { animated: true } }).webp().toBuffer(),
  webp: () => solid(200, 100).webp().toBuffer(),
  /** The first 60% of a noisy JPEG: its header reads, its pixels do not. */
  truncated: async (width = 400, height = 300) => {
    const whole = await noisy(width, height).jpeg({ quality: 80 }).toBuffer();
    return whole.subarray(0, Math.floor(whole.length * 0.6));
  },
  notAnImage: () => Promise.resolve(Buffer.from('<!doctype html><title>Not a photo</title>\n')),
};

async function frames(): Promise<Buffer[]> {
  const frame = (colour: string) => sharp({ create: { width: 60, height: 40, channels: 4, background: colour } }).png().toBuffer();
  return Promise.all([frame('#ff0000'), frame('#0000ff'), frame('#00ff00')]);
}

export interface ImageSite {
  readonly root: string;
  readonly cacheDir: string;
  /** A fresh, empty output folder each call. */
  output(): string;
  /** Writes `assets/images/<md5>.<ext>` and returns that site path. */
  add(bytes: Uint8Array, extension: string): string;
  /** Writes the bytes under exactly this site path. */
  put(sitePath: string, bytes: Uint8Array): string;
  dispose(): void;
}

export function createImageSite(): ImageSite {
  const base = mkdtempSync(path.join(tmpdir(), 'broadsheet-images-'));
  const root = path.join(base, 'site');
  let outputs = 0;
  const put = (sitePath: string, bytes: Uint8Array): string => {
    mkdirSync(path.dirname(path.join(root, sitePath)), { recursive: true });
    writeFileSync(path.join(root, sitePath), bytes);
    return sitePath;
  };
  return {
    root,
    cacheDir: path.join(base, 'cache'),
    output: () => path.join(base, `out-${++outputs}`),
    add: (bytes, extension) => put(`assets/images/${md5(bytes)}.${extension}`, bytes),
    put,
    dispose: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** Variant files written under an output folder, sorted. */
export function outputFiles(outputDir: string): string[] {
  try {
    return readdirSync(path.join(outputDir, 'assets/images')).sort();
  } catch {
    return [];
  }
}

export function testSettings(overrides: Partial<ImageSettings> = {}): ImageSettings {
  return { ...defaultImageSettings(), ...overrides };
}
