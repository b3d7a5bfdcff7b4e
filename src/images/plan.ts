/**
 * Planning (issue #4), pure: which files one source becomes, what they are called, and which settings decide their
 * bytes. No sharp, no file system; `pipeline.ts` executes a plan and `cache.ts` stores what it made.
 */
import type { ImagePlan, ImageSettings, OutputFormat, SourceInfo, Variant } from './types.ts';

/** Where sources live under the site root, and where variants are written under the output folder. */
export const imagesDir = 'assets/images';

const extensions: Readonly<Record<OutputFormat, string>> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

/**
 * A source only somewhat wider than the widest configured width it reaches adds no variant at its own width: a
 * 1000px photo gets 320/640/960, not also a near-identical 1000. One at least this much wider does (1900px →
 * …1280, 1900), so high-density screens still get every pixel. eleventy-img's `minimumThreshold` does the same.
 */
const sourceWidthStep = 1.25;

export function extensionOf(format: OutputFormat): string {
  return extensions[format];
}

/**
 * The widths one source is offered at, ascending: the configured widths it can fill (never enlarged), then its own
 * width when a wider one was asked for and it is clearly wider than the last kept; only its own width when it is
 * narrower than every configured width.
 */
export function planWidths(sourceWidth: number, widths: readonly number[]): number[] {
  const sorted = [...new Set(widths)].filter((width) => Number.isInteger(width) && width > 0).sort((a, b) => a - b);
  const kept = sorted.filter((width) => width <= sourceWidth);
  const widest = kept.at(-1);
  if (widest === undefined) return [sourceWidth];
  const cutOff = kept.length < sorted.length;
  return cutOff && sourceWidth >= widest * sourceWidthStep ? [...kept, sourceWidth] : kept;
}

/** Height at `width`, keeping the oriented source's aspect ratio; at least one pixel. */
export function heightAt(source: Pick<SourceInfo, 'width' | 'height'>, width: number): number {
  return Math.max(1, Math.round((width * source.height) / source.width));
}

export function variantFileName(hash: string, width: number | 'og', format: OutputFormat): string {
  return `${hash}-${width}.${extensionOf(format)}`;
}

export function planImage(source: SourceInfo, settings: ImageSettings, options: { readonly og: boolean }): ImagePlan {
  const fallback: ImagePlan['fallback'] = source.hasAlpha ? 'png' : 'jpeg';
  const widths = planWidths(source.width, settings.widths);
  const variants = [...settings.formats, fallback].flatMap((format) =>
    widths.map((width): Variant => ({ format, width, height: heightAt(source, width), fileName: variantFileName(source.hash, width, format) })),
  );
  if (!options.og) return { source, fallback, variants };
  // Link previews are JPEG whatever the source: Open Graph consumers do not all read PNG with alpha, WebP or AVIF.
  const og: Variant = { format: 'jpeg', width: settings.og.width, height: settings.og.height, fileName: variantFileName(source.hash, 'og', 'jpeg'), crop: 'attention' };
  return { source, fallback, variants, og };
}

/**
 * The widest fallback (JPEG, or PNG with alpha) variant no wider than `maxWidth`, else the narrowest: one plain file
 * for places that take no `<picture>` (feed readers, the publisher logo).
 */
export function fallbackVariant(plan: ImagePlan, maxWidth: number): Variant | undefined {
  const fallbacks = plan.variants.filter((variant) => variant.format === plan.fallback);
  return fallbacks.filter((variant) => variant.width <= maxWidth).at(-1) ?? fallbacks[0];
}

/** Every file a plan writes, link preview last. */
export function planFiles(plan: ImagePlan): Variant[] {
  return plan.og === undefined ? [...plan.variants] : [...plan.variants, plan.og];
}

/**
 * The inline placeholder's size: the source scaled to fit a `placeholderWidth` square, so a tall portrait stays as
 * small as a landscape (it is shown stretched with `background-size: cover` anyway) and the data URI stays < 1 KB.
 */
export function placeholderSize(source: Pick<SourceInfo, 'width' | 'height'>, placeholderWidth: number): { width: number; height: number } {
  const scale = Math.min(1, placeholderWidth / Math.max(source.width, source.height));
  return { width: Math.max(1, Math.round(source.width * scale)), height: Math.max(1, Math.round(source.height * scale)) };
}

/** `<md5>-640.webp` → its parts; undefined for any other name. */
export function parseVariantFileName(fileName: string): { hash: string; width: number | 'og'; extension: string } | undefined {
  const match = /^([0-9a-f]{32})-(og|[1-9]\d*)\.(avif|webp|jpg|png)$/.exec(fileName);
  if (match === null) return undefined;
  const [, hash = '', width = '', extension = ''] = match;
  return { hash, width: width === 'og' ? 'og' : Number(width), extension };
}

/**
 * The cache key of one source's files besides its hash: the pipeline version and the settings that change their
 * bytes — the quality of each format it is written in (and AVIF's effort), the placeholder size. Widths are not in
 * it: a file's width is in its name, and a 640px WebP is the same bytes whatever other widths are configured.
 * Readable on purpose (`v1-avif50e4-jpeg78-webp75-p16`), so a look into the cache folder says what each entry holds.
 */
export function encoderKey(plan: ImagePlan, settings: ImageSettings, pipelineVersion: number): string {
  const formats = [...new Set<OutputFormat>([...settings.formats, plan.fallback])].sort();
  const options = (format: OutputFormat): string => `${format}${settings.quality[format]}${format === 'avif' ? `e${settings.avifEffort}` : ''}`;
  return [`v${pipelineVersion}`, ...formats.map(options), `p${settings.placeholderWidth}`].join('-');
}

/**
 * A file's name inside its cache entry. The link preview's name carries its size and JPEG quality, which the entry
 * key leaves out (a PNG-fallback source's key has no JPEG quality), so changing them re-crops only the previews.
 */
export function cacheFileName(variant: Variant, settings: ImageSettings): string {
  return variant.crop === undefined ? variant.fileName : `og-${variant.width}x${variant.height}-q${settings.quality.jpeg}.jpg`;
}
