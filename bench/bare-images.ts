/**
 * `node --import tsx bench/bare-images.ts <site root> <output folder> [default|issue]`
 *
 * The image bench's yardstick (issues #4, #14): a plain sharp script that makes, for every JPEG in
 * `<root>/assets/images/`, what a lead image needs — each width of the set in WebP and JPEG, the 1200x630 attention
 * crop and the inline placeholder — as a careful hand would write it: one decode per photo to raw sRGB, every output
 * from that buffer, all of a photo's outputs started together, one photo per core, one libvips thread per operation.
 * No cache, no hashing (the md5 is the file's name), no atomic writes.
 *
 * It imports nothing from src/: the widths, formats and encoder options below are written out, so the pipeline is
 * measured against a script that cannot share its mistakes. The bench checks both sides wrote the same files byte for
 * byte (tests/unit/bench-images.test.ts too), so an encoder option changed on one side only shows up as a failure.
 * Prints one JSON object: `{ "images": M, "files": N, "placeholders": { <md5>: <data URI> }, "ms": … }`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp, { type Sharp } from 'sharp';

/** The sets the bench times: Broadsheet's defaults, and issue #14's figure (640/1280 in WebP + JPEG, 4 variants). */
export const bareSets = {
  default: { widths: [320, 640, 960, 1280] },
  issue: { widths: [640, 1280] },
} as const;

export type BareSet = keyof typeof bareSets;

export const isBareSet = (name: string): name is BareSet => Object.hasOwn(bareSets, name);

const webp = { quality: 75, effort: 4 } as const;
const jpeg = { quality: 78, progressive: true, mozjpeg: true } as const;
const linkPreview = { width: 1200, height: 630 } as const;
const placeholderBox = 16;

const imagesDir = 'assets/images';

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

async function decode(bytes: Buffer): Promise<Raw> {
  const { data, info } = await sharp(bytes, { failOn: 'error', autoOrient: true }).toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`bare-images: expected an opaque RGB photo, decoded ${info.channels} channels.`);
  return { data, width: info.width, height: info.height };
}

const pixels = (raw: Raw): Sharp => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } });

/** Every output of one photo: `[file name, bytes to come]`. */
function outputs(raw: Raw, hash: string, widths: readonly number[]): Array<[string, () => Promise<Buffer>]> {
  const resized = (width: number) => pixels(raw).resize(width, Math.max(1, Math.round((width * raw.height) / raw.width)), { fit: 'fill' });
  return [
    ...widths.map((width): [string, () => Promise<Buffer>] => [`${hash}-${width}.webp`, () => resized(width).webp(webp).toBuffer()]),
    ...widths.map((width): [string, () => Promise<Buffer>] => [`${hash}-${width}.jpg`, () => resized(width).jpeg(jpeg).toBuffer()]),
    [`${hash}-og.jpg`, () => pixels(raw).resize(linkPreview.width, linkPreview.height, { fit: 'cover', position: sharp.strategy.attention }).jpeg(jpeg).toBuffer()],
  ];
}

/** A blurred WebP that fits a 16px square, as a data URI. */
async function placeholder(raw: Raw): Promise<string> {
  const scale = Math.min(1, placeholderBox / Math.max(raw.width, raw.height));
  const [width, height] = [raw.width, raw.height].map((side) => Math.max(1, Math.round(side * scale)));
  const bytes = await pixels(raw).resize(width, height, { fit: 'fill' }).blur(1).webp({ quality: 50 }).toBuffer();
  return `data:image/webp;base64,${bytes.toString('base64')}`;
}

export async function bareImages(root: string, outputDir: string, set: BareSet = 'default'): Promise<BareResult> {
  const started = performance.now();
  const { widths } = bareSets[set];
  const cores = os.availableParallelism();
  // Operations run side by side on libuv's threads, so each takes one libvips thread (sharp's default on glibc).
  sharp.cache(false);
  sharp.concurrency(1);
  const sources = (await readdir(path.join(root, imagesDir))).filter((name) => /^[0-9a-f]{32}\.jpg$/.test(name)).sort();
  const target = path.join(outputDir, imagesDir);
  await mkdir(target, { recursive: true });
  const placeholders: Record<string, string> = {};
  let files = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let name = sources[next++]; name !== undefined; name = sources[next++]) {
      const hash = name.slice(0, 32);
      const raw = await decode(await readFile(path.join(root, imagesDir, name)));
      // The pipeline also offers a narrower photo at its own width; this script does not, so it refuses one.
      if (raw.width < Math.max(...widths)) throw new Error(`bare-images: ${name} is ${raw.width}px wide; the bench's photos are at least ${Math.max(...widths)}px.`);
      const made = outputs(raw, hash, widths).map(async ([fileName, bytes]) => {
        await writeFile(path.join(target, fileName), await bytes());
        files++;
      });
      const [dataUri] = await Promise.all([placeholder(raw), ...made]);
      placeholders[hash] = dataUri;
    }
  };
  await Promise.all(Array.from({ length: Math.min(cores, sources.length) }, worker));
  return { images: sources.length, files, placeholders, ms: performance.now() - started };
}

async function main(argv: readonly string[]): Promise<number> {
  const [root, outputDir, set = 'default'] = argv;
  if (root === undefined || outputDir === undefined || !isBareSet(set)) {
    console.error(`usage: node --import tsx bench/bare-images.ts <site root holding assets/images> <output folder> [${Object.keys(bareSets).join('|')}]`);
    return 2;
  }
  console.log(JSON.stringify(await bareImages(root, outputDir, set)));
  return 0;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) process.exitCode = await main(process.argv.slice(2));
