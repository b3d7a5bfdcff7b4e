/**
 * The image pipeline as one build uses it (issue #4): one `ImageService`, the images layouts show readied before
 * pages render (so layouts draw `<picture>`s at once and no page is parsed again), story bodies' `<img>` rewritten
 * to `<picture>`, the files feeds and link previews need, sanitised SVGs, and the summary at the end.
 */
import type { Collections } from '../collections/index.ts';
import type { Problem } from '../errors.ts';
import type { ImageSettings } from './types.ts';
import { copySvgs } from './copy-svgs.ts';
import { fallbackVariant } from './plan.ts';
import { ProgressMeter } from './progress.ts';
import { type ImageRequest, ImageService, type ImageSummary } from './service.ts';
import { loadSvgSanitizer, type SvgSanitizer } from './svg.ts';
import type { ProcessedImage } from './types.ts';
import { feedImages, transformImages } from './transform.ts';

/** `sizes` for images in story bodies: the text column, full width on phones. */
const bodySizes = '(min-width: 44rem) 40rem, 100vw';

export interface SiteImagesOptions {
  readonly root: string;
  readonly output: string;
  readonly cacheDir: string;
  readonly pathPrefix: string;
  readonly settings: ImageSettings;
  readonly warn: (problem: Problem) => void;
  /** Where the encoding progress goes (`done` on the closing line); none when absent. */
  readonly progress?: ((line: string, done: boolean) => void) | undefined;
}

/** A plain progress line in a log this often; a terminal's bar is redrawn at every photo. */
const progressIntervalMs = 5000;

/** Every site image a layout shows: each story's lead image (with its link-preview crop) and each author's avatar. */
export function layoutImages(collections: Pick<Collections, 'stories' | 'authors'>): ImageRequest[] {
  const isSiteImage = (src: string) => !/^https?:\/\//i.test(src) && !/\.svg$/i.test(src);
  return [
    ...collections.stories.flatMap((post) => (post.image !== undefined && isSiteImage(post.image.src) ? [{ sitePath: post.image.src.replace(/^\/+/, ''), referrer: post.sourcePath, og: true }] : [])),
    ...collections.authors.flatMap(({ author }) =>
      author.avatar !== undefined && isSiteImage(author.avatar) ? [{ sitePath: author.avatar.replace(/^\/+/, ''), referrer: `the site settings (authors.${author.slug}.avatar)` }] : [],
    ),
  ];
}

/** One jsdom window for every build of this process, loaded when the first SVG is seen. */
let sanitizer: Promise<SvgSanitizer> | undefined;
const svgSanitizer = (): Promise<SvgSanitizer> => (sanitizer ??= loadSvgSanitizer());

export class SiteImages {
  readonly #service: ImageService;
  readonly #options: SiteImagesOptions;
  /** Images readied for this build's layouts, by site path. */
  readonly #readied = new Map<string, ProcessedImage>();
  readonly #meter = new ProgressMeter({ interactive: process.stderr.isTTY === true, intervalMs: progressIntervalMs, now: () => performance.now() });

  constructor(options: SiteImagesOptions) {
    this.#options = options;
    const { progress } = options;
    const onProgress = (done: number, total: number): void => {
      const line = this.#meter.update(done, total);
      if (line !== undefined) progress?.(line, false);
    };
    this.#service = new ImageService({ root: options.root, outputDir: options.output, cacheDir: options.cacheDir, settings: options.settings, ...(progress === undefined ? {} : { onProgress }) });
  }

  /** SVGs are not photos: each is published sanitised under its own name (issue #10); photos only as variants. */
  async copySvgs(): Promise<void> {
    const svgs = await copySvgs({ root: this.#options.root, outputDir: this.#options.output, sanitizer: svgSanitizer });
    for (const warning of svgs.warnings) this.#options.warn(warning);
  }

  /** Readies every image (header, plan and placeholder; encoding goes on in the background). */
  async prepare(requests: readonly ImageRequest[]): Promise<void> {
    await Promise.all(
      requests.map(async (request) => {
        const processed = await this.#service.prepare(request);
        if (processed !== undefined) this.#readied.set(request.sitePath.replace(/^\/+/, ''), processed);
      }),
    );
  }

  /** A readied image, synchronously; undefined when it was not readied or cannot be used. */
  readonly lookup = (sitePath: string): ProcessedImage | undefined => this.#readied.get(sitePath.replace(/^\/+/, ''));

  #context(warn: (problem: Problem) => void) {
    return { pathPrefix: this.#options.pathPrefix, prepare: (request: ImageRequest) => this.#service.prepare(request), warn };
  }

  /** HTML with each pipeline `<img>` as a `<picture>`. */
  pictures(html: string, referrer: string, sizes = bodySizes): Promise<string> {
    return transformImages(html, referrer, { ...this.#context(this.#options.warn), defaultSizes: sizes });
  }

  /** HTML with each pipeline `<img>` as one published file with its size, for full-text feeds. */
  feedImages(html: string, referrer: string): Promise<string> {
    // The body's page already warned about a missing alt; the feed says nothing twice.
    return feedImages(html, referrer, this.#context(() => undefined));
  }

  /** The link-preview (1200x630) file name of a site image, `<md5>-og.jpg`; undefined when it cannot be used. */
  async linkPreview(sitePath: string, referrer: string): Promise<string | undefined> {
    const processed = await this.#service.prepare({ sitePath, referrer, og: true });
    return processed?.plan.og?.fileName;
  }

  /** The widest fallback (JPEG/PNG) variant of a site image up to `maxWidth`, such as the publisher logo. */
  async fallbackImage(sitePath: string, referrer: string, maxWidth: number): Promise<{ fileName: string; width: number; height: number } | undefined> {
    const processed = await this.#service.prepare({ sitePath, referrer });
    const chosen = processed === undefined ? undefined : fallbackVariant(processed.plan, maxWidth);
    return chosen === undefined ? undefined : { fileName: chosen.fileName, width: chosen.width, height: chosen.height };
  }

  /** Waits for every variant, then prunes the cache of what no build uses any more. */
  async finish(): Promise<{ summary: ImageSummary; describe: string }> {
    const summary = await this.#service.finish().finally(() => {
      const line = this.#meter.finish();
      if (line !== undefined) this.#options.progress?.(line, true);
    });
    const describe = this.#service.describe(summary);
    await this.#service.prune();
    return { summary, describe };
  }
}
