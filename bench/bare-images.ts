/**
 * `node --import tsx bench/bare-images.ts <site root> <output folder>`
 *
 * The image bench's yardstick: a plain sharp script that writes the files the pipeline writes for every JPEG in
 * `<root>/assets/images/` shown as a lead image — each planned width in AVIF, WebP and JPEG, the 1200x630 attention
 * crop — and computes its placeholder, with no cache, no hashing (the md5 is the file's name), no atomic writes and
 * no queue beyond a fixed pool. Its work is the pipeline's: widths from `planImage` with `defaultImageSettings()`,
 * one decode per image to raw sRGB, every output made from that buffer with src/images/pipeline.ts's encoder options,
 * `availableParallelism()` images at a time, each variant in turn, and the same `sharp.concurrency`/`sharp.cache`.
 * Prints one JSON object: `{ "images": M, "files": N, "placeholders": { <md5>: <data URI> }, "ms": … }`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp, { type Sharp } from 'sharp';
import { imagesDir, placeholderSize, planFiles, planImage } from '../src/images/plan.ts';
import { defaultImageSettings, type ImageSettings, type Variant } from '../src/images/types.ts';

/**
 * Copied from src/images/pipeline.ts, not imported: this script must not run the code it is measured against.
 * tests/unit/bench-images.test.ts compares the two sides' files byte for byte, so a change there shows up as a failure.
 */
const avifEffort = 4;
const webpEffort = 4;

interface Raw {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
}

export interface BareResult {
  readonly images: number;
  readonly files: number;
  readonly placeholders: Readonly<Record<string, string>>;
  readonly ms: number;
}

/** Same decode as pipeline.ts `decode`: oriented, sRGB, 8-bit raw, first frame. */
async function decode(bytes: Buffer, settings: ImageSettings): Promise<Raw> {
  const { data, info } = await sharp(bytes, { limitInputPixels: settings.maxPixels, failOn: 'error', autoOrient: true, pages: 1 })
    .toColourspace('srgb')
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  // The bench's sources are opaque JPEGs; the pipeline's alpha handling has nothing to do here.
  if (info.channels !== 3) throw new Error(`bare-images: expected an opaque RGB source, decoded ${info.channels} channels.`);
  return { data, width: info.width, height: info.height };
}

const pixels = (raw: Raw): Sharp => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } });

/** Same encoder options as pipeline.ts `encode`. */
function encode(raw: Raw, variant: Variant, settings: ImageSettings): Promise<Buffer> {
  const { quality } = settings;
  const resized =
    variant.crop === 'attention'
      ? pixels(raw).resize(variant.width, variant.height, { fit: 'cover', position: sharp.strategy.attention })
      : pixels(raw).resize(variant.width, variant.height, { fit: 'fill' });
  switch (variant.format) {
    case 'avif':
      return resized.avif({ quality: quality.avif, effort: avifEffort }).toBuffer();
    case 'webp':
      return resized.webp({ quality: quality.webp, effort: webpEffort }).toBuffer();
    case 'jpeg':
      return resized.flatten({ background: '#ffffff' }).jpeg({ quality: quality.jpeg, progressive: true, mozjpeg: true }).toBuffer();
    case 'png':
      throw new Error('bare-images: an opaque source has no PNG variants.');
  }
}

/** Same recipe as pipeline.ts `placeholder`. */
async function placeholder(raw: Raw, settings: ImageSettings): Promise<string> {
  const size = placeholderSize(raw, settings.placeholderWidth);
  const bytes = await pixels(raw).resize(size.width, size.height, { fit: 'fill' }).blur(1).webp({ quality: 50 }).toBuffer();
  return `data:image/webp;base64,${bytes.toString('base64')}`;
}

export async function bareImages(root: string, outputDir: string): Promise<BareResult> {
  const started = performance.now();
  const settings = defaultImageSettings();
  const cores = os.availableParallelism();
  // What the image service sets for a queue of one task per core (pipeline.ts `configureSharp`).
  sharp.cache(false);
  sharp.concurrency(Math.max(1, Math.floor(os.availableParallelism() / cores)));
  const sources = (await readdir(path.join(root, imagesDir))).filter((name) => /^[0-9a-f]{32}\.jpg$/.test(name)).sort();
  const target = path.join(outputDir, imagesDir);
  await mkdir(target, { recursive: true });
  const placeholders: Record<string, string> = {};
  let files = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let name = sources[next++]; name !== undefined; name = sources[next++]) {
      const hash = name.slice(0, 32);
      const raw = await decode(await readFile(path.join(root, imagesDir, name)), settings);
      placeholders[hash] = await placeholder(raw, settings);
      const plan = planImage({ hash, width: raw.width, height: raw.height, hasAlpha: false, animated: false, format: 'jpeg' }, settings, { og: true });
      for (const variant of planFiles(plan)) {
        await writeFile(path.join(target, variant.fileName), await encode(raw, variant, settings));
        files++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores, sources.length) }, worker));
  return { images: sources.length, files, placeholders, ms: performance.now() - started };
}

async function main(argv: readonly string[]): Promise<number> {
  const [root, outputDir] = argv;
  if (root === undefined || outputDir === undefined) {
    console.error('usage: node --import tsx bench/bare-images.ts <site root holding assets/images> <output folder>');
    return 2;
  }
  console.log(JSON.stringify(await bareImages(root, outputDir)));
  return 0;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) process.exitCode = await main(process.argv.slice(2));
