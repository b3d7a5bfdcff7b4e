/**
 * The image pipeline's vocabulary (issue #4), split the way Hugo splits it: plan (pure) → execute (the only sharp
 * import) → cache (content-addressed, versioned) → markup (pure).
 */
import { describeValue, type Problem } from '../errors.ts';
import { isPlainObject } from '../settings/plain-object.ts';

export type OutputFormat = 'avif' | 'webp' | 'jpeg' | 'png';

/** Settings every image of a site shares; from `site.images`. */
export interface ImageSettings {
  /** Candidate widths in pixels; a source is never enlarged past its own width. Default 320…1280. */
  readonly widths: readonly number[];
  /** Modern formats offered as `<source>`s, best first. The fallback (`jpeg`, or `png` with alpha) is added. */
  readonly formats: readonly ('avif' | 'webp')[];
  readonly quality: { readonly avif: number; readonly webp: number; readonly jpeg: number; readonly png: number };
  /** libaom's effort for AVIF, 0 (fastest) to 9 (smallest); used only when `formats` lists "avif". */
  readonly avifEffort: number;
  /** Width of the inline blurred placeholder. */
  readonly placeholderWidth: number;
  /** Link-preview (Open Graph) image size; cropped with sharp's attention strategy. */
  readonly og: { readonly width: number; readonly height: number };
  /** Refuse sources with more pixels than this (decompression bombs). */
  readonly maxPixels: number;
}

/**
 * Chosen by measurement (issue #14): `npm run bench -- --image-defaults` (bench/image-defaults.ts), 3 seeded
 * 2400x1600 photos, every file a lead image needs made cold; CPU per photo beside the bytes of a lead image at a
 * story page on a phone (375 px, 2x), a desktop at 1x and 2x, and the home page's 46rem lead card at 2x:
 *
 *     candidate                          CPU-s/photo   375 px 2x   1280 px 1x   1280 px 2x   home lead 2x
 *     AVIF e4 + WebP, 320…1920 (before)         7.50     17.6 kB      10.5 kB      26.1 kB        42.9 kB
 *     AVIF e4 + WebP, 320…1280                  3.92     17.6 kB      10.5 kB      26.1 kB        26.1 kB
 *     AVIF e3 + WebP, 320…1280                  1.28     21.4 kB      12.5 kB      30.1 kB        30.1 kB
 *     AVIF e2 + WebP, 320…1280                  1.05     23.3 kB      13.7 kB      35.1 kB        35.1 kB
 *     WebP, 320…1600                            0.75     23.7 kB      13.7 kB      36.2 kB        50.1 kB
 *     WebP, 320…1280                            0.47     23.7 kB      13.7 kB      36.2 kB        36.2 kB
 *
 * - WebP, not AVIF: AVIF at effort 4 saves a phone reader 6 kB a photo for 8 times the CPU; at effort 2 it saves
 *   nothing. Encoding is paid again by every build without the cache (CI, a new machine; a 1,300-photo archive
 *   waited 16 minutes), so AVIF is opt-in: `formats: ["avif", "webp"]`, with `avifEffort`.
 * - 320…1280: the phone (750 device px) gets the 960, a 1280 px desktop the 640 or, at 2x, the 1280. A 1600 adds 60%
 *   to the CPU for one slot, the home page's lead card on a 2x desktop (1472 px), where the 1280 is 87% as sharp.
 * - The JPEG fallback keeps mozjpeg: 30% smaller than plain libjpeg, and feeds (1280 px) and the logo use it.
 */
export function defaultImageSettings(): ImageSettings {
  return {
    widths: [320, 640, 960, 1280],
    formats: ['webp'],
    quality: { avif: 50, webp: 75, jpeg: 78, png: 80 },
    avifEffort: 4,
    placeholderWidth: 16,
    og: { width: 1200, height: 630 },
    maxPixels: 50_000_000,
  };
}

/** A list for a message: `[0, 640]`, shortened when long. */
function shownList(value: readonly unknown[]): string {
  const text = JSON.stringify(value);
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

/** What is wrong with an `images` setting, field by field; `source` names the settings file (issue #10). */
export function checkImageSettings(value: unknown, source: string): Problem[] {
  const problem = (field: string, message: string, fix: string): Problem => ({ file: source, field, message, fix });
  if (!isPlainObject(value)) {
    return [problem('images', `must be { widths, formats, quality, avifEffort, placeholderWidth, og, maxPixels }; found ${describeValue(value)}.`, 'Give only the image settings to change, e.g. { "widths": [640, 1280] }.')];
  }
  const problems: Problem[] = [];
  const { widths, formats, quality, avifEffort, placeholderWidth, og, maxPixels } = value;
  if (!Array.isArray(widths) || widths.length === 0 || !widths.every(isPositiveInteger)) {
    problems.push(problem('images.widths', `must be a list of widths in pixels, each a whole number of at least 1; found ${Array.isArray(widths) ? shownList(widths) : describeValue(widths)}.`, 'Write e.g. [320, 640, 960, 1280, 1920].'));
  }
  if (!Array.isArray(formats) || !formats.every((format) => format === 'avif' || format === 'webp')) {
    problems.push(problem('images.formats', `must list modern formats from "avif" and "webp"; found ${Array.isArray(formats) ? shownList(formats) : describeValue(formats)}.`, 'Write e.g. ["avif", "webp"], or [] for the JPEG/PNG fallback alone.'));
  }
  if (!isPlainObject(quality)) {
    problems.push(problem('images.quality', `must be { avif, webp, jpeg, png }, each from 1 to 100; found ${describeValue(quality)}.`, 'Give only the qualities to change, e.g. { "avif": 45 }.'));
  } else {
    for (const format of ['avif', 'webp', 'jpeg', 'png'] as const) {
      const q = quality[format];
      if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > 100) {
        problems.push(problem(`images.quality.${format}`, `must be a whole number from 1 to 100; found ${describeValue(q)}.`, 'Lower is smaller and blurrier; 50 (AVIF), 75 (WebP) and 78 (JPEG) are the defaults.'));
      }
    }
  }
  if (typeof avifEffort !== 'number' || !Number.isInteger(avifEffort) || avifEffort < 0 || avifEffort > 9) {
    problems.push(problem('images.avifEffort', `must be a whole number from 0 to 9; found ${describeValue(avifEffort)}.`, 'Higher is smaller and slower: with AVIF on, a photo takes about 8 times as long as WebP alone at 4 (the default), under 3 times at 3, for AVIF files a fifth larger.'));
  }
  if (!isPositiveInteger(placeholderWidth)) {
    problems.push(problem('images.placeholderWidth', `must be a whole number of pixels, at least 1; found ${describeValue(placeholderWidth)}.`, 'Set it to, say, 16.'));
  }
  if (!isPlainObject(og)) {
    problems.push(problem('images.og', `must be { width, height } in pixels; found ${describeValue(og)}.`, 'Write e.g. { "width": 1200, "height": 630 }.'));
  } else {
    for (const side of ['width', 'height'] as const) {
      if (!isPositiveInteger(og[side])) {
        problems.push(problem(`images.og.${side}`, `must be a whole number of pixels, at least 1; found ${describeValue(og[side])}.`, 'Link previews are 1200 by 630 by default.'));
      }
    }
  }
  if (!isPositiveInteger(maxPixels)) {
    problems.push(problem('images.maxPixels', `must be a whole number of pixels, at least 1; found ${describeValue(maxPixels)}.`, 'Set it to, say, 50000000 (50 megapixels).'));
  }
  return problems;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** What the header of a source says, oriented (EXIF rotation applied to width and height). */
export interface SourceInfo {
  /** md5 of the source's bytes, hex. */
  readonly hash: string;
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
  /** GIF or WebP with more than one frame: variants use the first frame. */
  readonly animated: boolean;
  /** sharp's name for the input format: jpeg, png, webp, gif, avif, heif, tiff… */
  readonly format: string;
}

/** One file the pipeline writes. */
export interface Variant {
  readonly format: OutputFormat;
  readonly width: number;
  readonly height: number;
  /** `<md5>-<width>.<ext>` (`<md5>-og.jpg` for the link preview). */
  readonly fileName: string;
  /** Present for the link-preview crop. */
  readonly crop?: 'attention';
}

/** The plan for one source: its variants, grouped for markup. */
export interface ImagePlan {
  readonly source: SourceInfo;
  /** `jpeg`, or `png` for sources with transparency. */
  readonly fallback: 'jpeg' | 'png';
  /** Responsive variants, by format in `<source>` order then fallback, each ascending by width. */
  readonly variants: readonly Variant[];
  /** The 1200x630 link-preview image, when asked for. */
  readonly og?: Variant;
}

/** A processed image as markup needs it. */
export interface ProcessedImage {
  readonly plan: ImagePlan;
  /** `data:image/webp;base64,…` of a tiny blurred copy, under 1 KB. */
  readonly placeholder: string;
}
