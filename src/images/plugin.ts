/**
 * Eleventy adapter for images (issue #4): one `ImageService` per build, offered to the pages as `state.images`
 * (images readied before rendering, story bodies' `<img>` → `<picture>`, feed and link-preview files), the summary
 * line, cache pruning, and in `serve` on-request variants so the dev server starts at once.
 */
import type { BuildOptions } from '../build/options.ts';
import type { BuildState } from '../build/state.ts';
import { formatProblem, type Problem, strictFailure } from '../errors.ts';
import type { EleventyConfig } from '../types/eleventy.ts';
import { copySvgs } from './copy-svgs.ts';
import { fallbackVariant, imagesDir, parseVariantFileName } from './plan.ts';
import { type ImageRequest, ImageService } from './service.ts';
import { loadSvgSanitizer, type SvgSanitizer } from './svg.ts';
import type { ProcessedImage } from './types.ts';
import { feedImages, transformImages } from './transform.ts';

/** `sizes` for images in story bodies: the text column, full width on phones. */
const bodySizes = '(min-width: 44rem) 40rem, 100vw';

/** The variant a dev-server request asks for (`/news/assets/images/<md5>-640.webp` → `<md5>-640.webp`). */
export function requestedVariant(url: string, pathPrefix: string): string | undefined {
  const path = url.startsWith(pathPrefix) ? (url.slice(pathPrefix.length).split('?')[0] ?? '') : '';
  const fileName = path.startsWith(`${imagesDir}/`) ? path.slice(imagesDir.length + 1) : '';
  return parseVariantFileName(fileName) === undefined ? undefined : fileName;
}

export function imagesPlugin(config: EleventyConfig, options: BuildOptions & { state: BuildState }): void {
  const { site, state } = options;
  let service: ImageService | undefined;
  let mode: 'build' | 'serve' = 'build';
  /** Images readied for this build's layouts, by site path. */
  const readied = new Map<string, ProcessedImage>();
  /** One jsdom window for every build of this process, loaded when the first SVG is seen. */
  let sanitizer: Promise<SvgSanitizer> | undefined;
  const svgSanitizer = (): Promise<SvgSanitizer> => (sanitizer ??= loadSvgSanitizer());

  // SVGs are copied by Broadsheet (below), so Eleventy does not know to watch them.
  config.addWatchTarget(`${options.root}/assets/images/**/*.svg`);
  config.on('eleventy.before', async ({ runMode }) => {
    mode = runMode === 'build' ? 'build' : 'serve';
    readied.clear();
    service = new ImageService({ root: options.root, outputDir: options.output, cacheDir: options.imageCache, settings: site.images, mode });
    // SVGs are not photos: each is published sanitised under its own name (issue #10); photos reach the output
    // only as the pipeline's variants.
    const svgs = await copySvgs({ root: options.root, outputDir: options.output, sanitizer: svgSanitizer });
    for (const warning of svgs.warnings) warn(warning);
  });

  const current = (): ImageService => {
    if (service === undefined) throw new Error('Internal error: images were asked for before the build started.');
    return service;
  };
  const context = (warn: (problem: Problem) => void) => ({
    pathPrefix: site.pathPrefix,
    prepare: (request: ImageRequest) => current().prepare(request),
    warn,
  });
  const warn = (problem: Problem) => console.warn(`[broadsheet] warning: ${formatProblem(problem)}`);

  state.images = {
    async prepare(requests) {
      await Promise.all(
        requests.map(async (request) => {
          const processed = await current().prepare(request);
          if (processed !== undefined) readied.set(request.sitePath.replace(/^\/+/, ''), processed);
        }),
      );
    },
    lookup: (sitePath) => readied.get(sitePath.replace(/^\/+/, '')),
    pictures: (html, referrer) => transformImages(html, referrer, { ...context(warn), defaultSizes: bodySizes }),
    // The body's page already warned about a missing alt; the feed says nothing twice.
    feedImages: (html, referrer) => feedImages(html, referrer, context(() => undefined)),
    async linkPreview(sitePath, referrer) {
      const processed = await current().prepare({ sitePath, referrer, og: true });
      return processed?.plan.og?.fileName;
    },
    async fallbackImage(sitePath, referrer, maxWidth) {
      const processed = await current().prepare({ sitePath, referrer });
      const chosen = processed === undefined ? undefined : fallbackVariant(processed.plan, maxWidth);
      return chosen === undefined ? undefined : { fileName: chosen.fileName, width: chosen.width, height: chosen.height };
    },
  };

  state.afterWrite.push(async () => {
    if (service === undefined) return;
    const summary = await service.finish();
    const strict = strictFailure(options.strict, summary.warnings, 'the images');
    if (strict !== undefined) throw strict;
    for (const warning of summary.warnings) console.warn(`[broadsheet] warning: ${formatProblem(warning)}`);
    console.log(`[broadsheet] ${service.describe(summary)}`);
    if (mode === 'build') await service.prune();
  });

  // The dev server asks for variants as the browser needs them, instead of the build encoding all of them first.
  config.setServerOptions({
    middleware: [
      async (request: { url?: string }, _response: unknown, next: () => void) => {
        const fileName = requestedVariant(decodeURI(request.url ?? ''), site.pathPrefix);
        if (fileName !== undefined && service !== undefined) {
          await service.ensureVariant(fileName).catch((error: unknown) => console.warn(`[broadsheet] ${(error as Error).message}`));
        }
        next();
      },
    ],
  });
}
