/**
 * The picture a search result shows beside its headline (issue #15): one small variant of the story's lead image,
 * chosen from the files the image pipeline already writes for the story's cards, so search adds no image work.
 * Pure; the variants' URLs come from the caller's `urlOf`, the way src/images/picture.ts spells them.
 */
import type { ProcessedImage, Variant } from '../images/types.ts';

/**
 * The thumbnail's width in device pixels: the results list shows it 7rem wide on phones and 10rem on wider screens
 * (site.css, "Search page"), 336 px at most at 3x; the site's smallest default width, 320, is within a few pixels.
 */
export const thumbnailWidth = 320;

export interface Thumbnail {
  /** The JPEG or PNG fallback every browser shows. */
  readonly src: string;
  readonly width: number;
  readonly height: number;
  /** The same size in the site's best modern format (AVIF or WebP), for a `<source>`; absent when the site has none. */
  readonly modern?: { readonly src: string; readonly type: string };
}

/** The narrowest variant at least `thumbnailWidth` wide, or the widest there is when the source is smaller. */
function thumbnailVariant(variants: readonly Variant[]): Variant | undefined {
  return variants.find((variant) => variant.width >= thumbnailWidth) ?? variants.at(-1);
}

export function thumbnailOf(image: ProcessedImage, urlOf: (fileName: string) => string): Thumbnail | undefined {
  const { plan } = image;
  const fallback = thumbnailVariant(plan.variants.filter((variant) => variant.format === plan.fallback));
  if (fallback === undefined) return undefined;
  // Variants come by format in `<source>` order, best first (src/images/types.ts `ImagePlan`).
  const best = plan.variants.find((variant) => variant.format !== plan.fallback)?.format;
  const modern = best === undefined ? undefined : thumbnailVariant(plan.variants.filter((variant) => variant.format === best));
  return {
    src: urlOf(fallback.fileName),
    width: fallback.width,
    height: fallback.height,
    ...(modern === undefined ? {} : { modern: { src: urlOf(modern.fileName), type: `image/${modern.format}` } }),
  };
}
