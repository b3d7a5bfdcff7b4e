/**
 * `node --import tsx bench/pipeline-images.ts <site root> <output folder> <cache folder> [default|issue]`
 *
 * The image pipeline as a build drives it (src/images/site-images.ts), alone: one `ImageService` with the settings of
 * the set (`default`: `defaultImageSettings()`; `issue`: issue #14's 640/1280 in WebP + JPEG), every JPEG in
 * `<root>/assets/images/` asked for at once as a post's lead image (`og: true`, as the post layout asks), then
 * `finish()` and `prune()` as the finish stage calls them after the last page.
 * Prints one JSON object: `{ "images": M, "summary": <ImageSummary>, "placeholders": { <md5>: <data URI> }, "ms": … }`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { imagesDir } from '../src/images/plan.ts';
import { ImageService, type ImageSummary } from '../src/images/service.ts';
import { defaultImageSettings, type ImageSettings } from '../src/images/types.ts';
import { type BareSet, isBareSet } from './bare-images.ts';

export interface PipelineResult {
  readonly images: number;
  readonly summary: ImageSummary;
  readonly placeholders: Readonly<Record<string, string>>;
  readonly ms: number;
}

export interface PipelineRunOptions {
  readonly root: string;
  readonly outputDir: string;
  readonly cacheDir: string;
  readonly set?: BareSet;
}

/** The pipeline's settings for a set of bench/bare-images.ts, which spells the same set out on its own. */
export function setSettings(set: BareSet): ImageSettings {
  return set === 'issue' ? { ...defaultImageSettings(), widths: [640, 1280], formats: ['webp'] } : defaultImageSettings();
}

export async function pipelineImages(options: PipelineRunOptions): Promise<PipelineResult> {
  const started = performance.now();
  const service = new ImageService({ root: options.root, outputDir: options.outputDir, cacheDir: options.cacheDir, settings: setSettings(options.set ?? 'default') });
  const sources = (await readdir(path.join(options.root, imagesDir))).filter((name) => /^[0-9a-f]{32}\.jpg$/.test(name)).sort();
  const placeholders: Record<string, string> = {};
  await Promise.all(
    sources.map(async (name, index) => {
      const prepared = await service.prepare({ sitePath: `${imagesDir}/${name}`, referrer: `posts/bench-${index}.md`, og: true });
      if (prepared !== undefined) placeholders[name.slice(0, 32)] = prepared.placeholder;
    }),
  );
  const summary = await service.finish();
  await service.prune();
  return { images: sources.length, summary, placeholders, ms: performance.now() - started };
}

async function main(argv: readonly string[]): Promise<number> {
  const [root, outputDir, cacheDir, set = 'default'] = argv;
  if (root === undefined || outputDir === undefined || cacheDir === undefined || !isBareSet(set)) {
    console.error('usage: node --import tsx bench/pipeline-images.ts <site root holding assets/images> <output folder> <image cache folder> [default|issue]');
    return 2;
  }
  console.log(JSON.stringify(await pipelineImages({ root, outputDir, cacheDir, set })));
  return 0;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) process.exitCode = await main(process.argv.slice(2));
