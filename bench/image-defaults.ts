/**
 * `npm run bench -- --image-defaults [P]` (issue #14): what candidate default image settings cost and save, so the
 * defaults in src/images/types.ts are chosen on numbers. P seeded 2400x1600 photos (bench/corpus-photos.ts, default
 * 3); for each candidate a fresh `ImageService` with an empty cache makes every file a lead image needs (variants,
 * link preview, placeholder), as a cold build does. CPU is `process.cpuUsage()` around it, which counts every thread
 * of the process (libvips's and libuv's too); the bytes are those a browser downloads for the lead image at a phone
 * and a desktop (image-defaults-report.ts).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImageService } from '../src/images/service.ts';
import { defaultImageSettings, type ImageSettings } from '../src/images/types.ts';
import { makePhotos, writePhotoSite } from './corpus-photos.ts';
import { bytesAtScreens, type CandidateResult, formatImageDefaults, type MadeFile } from './image-defaults-report.ts';

/** The budget for the whole default set of a 2400 px photo. */
export const budgetMs = 1000;
const size = { width: 2400, height: 1600 } as const;

export interface Candidate {
  readonly name: string;
  readonly settings: Partial<ImageSettings>;
}

const widths = {
  toward1920: [320, 640, 960, 1280, 1920],
  toward1600: [320, 640, 960, 1280, 1600],
  toward1280: [320, 640, 960, 1280],
  thirds: [480, 960, 1440],
};

/** From the defaults before issue #14 to the WebP sets that replaced them; the current defaults are one of these. */
export function candidates(): Candidate[] {
  return [
    { name: 'AVIF e4 + WebP, 320…1920 (before #14)', settings: { formats: ['avif', 'webp'], avifEffort: 4, widths: widths.toward1920 } },
    { name: 'AVIF e4 + WebP, 320…1280', settings: { formats: ['avif', 'webp'], avifEffort: 4, widths: widths.toward1280 } },
    { name: 'AVIF e3 + WebP, 320…1280', settings: { formats: ['avif', 'webp'], avifEffort: 3, widths: widths.toward1280 } },
    { name: 'AVIF e2 + WebP, 320…1280', settings: { formats: ['avif', 'webp'], avifEffort: 2, widths: widths.toward1280 } },
    { name: 'AVIF e3 alone, 320…1280', settings: { formats: ['avif'], avifEffort: 3, widths: widths.toward1280 } },
    { name: 'WebP, 320…1920', settings: { formats: ['webp'], widths: widths.toward1920 } },
    { name: 'WebP, 320…1600', settings: { formats: ['webp'], widths: widths.toward1600 } },
    { name: 'WebP, 320…1280', settings: { formats: ['webp'], widths: widths.toward1280 } },
    { name: 'WebP, 480/960/1440', settings: { formats: ['webp'], widths: widths.thirds } },
    { name: 'the defaults now (src/images/types.ts)', settings: {} },
  ];
}

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** One candidate, cold, on the photos of `root`: CPU per photo and every file's size. */
async function measure(candidate: Candidate, root: string, sitePaths: readonly string[], scratch: string): Promise<CandidateResult> {
  const settings: ImageSettings = { ...defaultImageSettings(), ...candidate.settings };
  const outputDir = path.join(scratch, 'out');
  const cacheDir = path.join(scratch, 'cache');
  await Promise.all([rm(outputDir, { recursive: true, force: true }), rm(cacheDir, { recursive: true, force: true })]);
  const service = new ImageService({ root, outputDir, cacheDir, settings });
  const before = cpuMs();
  const prepared = await Promise.all(sitePaths.map((sitePath, i) => service.prepare({ sitePath, referrer: `posts/${i}.md`, og: true })));
  await service.finish();
  const spent = cpuMs() - before;
  const perPhoto: MadeFile[][] = [];
  for (const image of prepared) {
    if (image === undefined) throw new Error(`image-defaults: a photo failed under "${candidate.name}"; run the image tests.`);
    const sizeOf = async (fileName: string): Promise<number> => (await stat(path.join(outputDir, 'assets/images', fileName))).size;
    perPhoto.push(await Promise.all(image.plan.variants.map(async (variant) => ({ format: variant.format, width: variant.width, bytes: await sizeOf(variant.fileName) }))));
  }
  return {
    name: candidate.name,
    photos: sitePaths.length,
    filesPerPhoto: (prepared[0]?.plan.variants.length ?? 0) + 1,
    cpuMsPerPhoto: spent / sitePaths.length,
    bytesAt: bytesAtScreens(perPhoto, [...settings.formats, 'jpeg']),
  };
}

export interface ImageDefaultsOptions {
  readonly photos: number;
  readonly seed: number;
  readonly log: (line: string) => void;
}

/** Every candidate on the same photos; the table to print and the figures. */
export async function benchImageDefaults(options: ImageDefaultsOptions): Promise<{ results: CandidateResult[]; table: string }> {
  options.log(`image defaults: ${options.photos} photos of ${size.width}x${size.height} (seed ${options.seed}), ${candidates().length} candidates, cold…`);
  const photos = await makePhotos({ count: options.photos, seed: options.seed, width: [size.width, size.width], height: [size.height, size.height] });
  const site = await writePhotoSite(photos);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-image-defaults-'));
  const results: CandidateResult[] = [];
  try {
    for (const candidate of candidates()) {
      const result = await measure(candidate, site.root, site.sitePaths, scratch);
      options.log(`image defaults: ${candidate.name}: ${(result.cpuMsPerPhoto / 1000).toFixed(2)} CPU-s a photo`);
      results.push(result);
    }
  } finally {
    await Promise.all([rm(site.root, { recursive: true, force: true }), rm(scratch, { recursive: true, force: true })]);
  }
  return { results, table: formatImageDefaults(results, budgetMs, `${size.width}x${size.height}`) };
}
