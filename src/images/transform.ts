/**
 * The one path every image takes (issue #4): pages are rendered with plain `<img src="/assets/images/…">` (from
 * markdown bodies and from layouts alike), and this transform replaces each with the `<picture>` the pipeline made
 * for it. The HTML is parsed (htmlparser2), never matched with regular expressions; only the `<img>` tags found are
 * rewritten, by their source positions.
 *
 * Layouts steer the result with attributes on the `<img>`: `sizes` (the slot's width) and `fetchpriority="high"` (the
 * page's lead image: eager). Link-preview crops are asked for by the pages plugin, never by markup.
 */
import { Parser } from 'htmlparser2';
import type { Problem } from '../errors.ts';
import type { ImageRequest } from './service.ts';
import { escapeHtml, pictureHtml } from './picture.ts';
import { fallbackVariant } from './plan.ts';
import type { ProcessedImage } from './types.ts';

export interface TransformContext {
  /** `/` or `/news/`: image URLs in pages carry it. */
  readonly pathPrefix: string;
  readonly prepare: (request: ImageRequest) => Promise<ProcessedImage | undefined>;
  readonly warn: (problem: Problem) => void;
  /** `sizes` for images whose `<img>` gives none (story bodies). */
  readonly defaultSizes: string;
}

interface FoundImage {
  readonly start: number;
  /** Index of the tag's closing `>`. */
  readonly end: number;
  readonly attributes: Readonly<Record<string, string>>;
}

/** `<img>` tags outside `<picture>`, with their positions. */
export function findImages(html: string): FoundImage[] {
  // Most story bodies have no image: not parsed at all.
  if (!/<img/i.test(html)) return [];
  const found: FoundImage[] = [];
  let insidePicture = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'picture') insidePicture++;
      else if (name === 'img' && insidePicture === 0) found.push({ start: parser.startIndex, end: parser.endIndex, attributes });
    },
    onclosetag(name) {
      if (name === 'picture' && insidePicture > 0) insidePicture--;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The site path of a pipeline source (`assets/images/x.jpg`), or undefined for anything else (remote, SVG, …). */
export function sourcePathOf(src: string, pathPrefix: string): string | undefined {
  if (!src.startsWith(pathPrefix)) return undefined;
  let path: string;
  try {
    path = decodeURI(src.slice(pathPrefix.length).split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
  if (!path.startsWith('assets/images/') || path.split('/').includes('..')) return undefined;
  return /\.(jpe?g|png|webp|gif|avif|tiff?)$/i.test(path) ? path : undefined;
}

const passThrough = new Set(['src', 'alt', 'sizes', 'loading', 'decoding', 'fetchpriority', 'width', 'height', 'class', 'srcset']);

/** How one pipeline image is written out, given what the pipeline made and the `<img>`'s attributes. */
type ImageMarkup = (processed: ProcessedImage, attributes: Readonly<Record<string, string>>) => string;

/** Rewrites every pipeline image of one page as `<picture>`; `referrer` names the page's source in messages. */
export function transformImages(html: string, referrer: string, context: TransformContext): Promise<string> {
  return rewriteImages(html, referrer, context, (processed, attributes) => {
    const extra = Object.entries(attributes).filter(([name]) => !passThrough.has(name));
    const picture = pictureHtml(processed, {
      urlOf: (fileName) => `${context.pathPrefix}assets/images/${fileName}`,
      alt: attributes['alt'] ?? '',
      sizes: attributes['sizes'] ?? context.defaultSizes,
      lead: attributes['fetchpriority'] === 'high',
      ...(attributes['class'] === undefined ? {} : { className: attributes['class'] }),
    });
    return extra.length === 0 ? picture : picture.replace('<img ', `<img ${extra.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ')} `);
  });
}

/** Widest image a feed item carries: feed readers show one file, in a column rarely wider than this. */
export const feedImageWidth = 1280;

/**
 * Rewrites every pipeline image of a story body for feeds: a plain `<img>` of one published fallback variant with
 * its size, since feed readers drop `<picture>`, `srcset` and inline styles, and the original is never published.
 */
export function feedImages(html: string, referrer: string, context: Omit<TransformContext, 'defaultSizes'>): Promise<string> {
  return rewriteImages(html, referrer, { ...context, defaultSizes: '' }, (processed, attributes) => {
    const variant = fallbackVariant(processed.plan, feedImageWidth);
    if (variant === undefined) return '';
    const src = `${context.pathPrefix}assets/images/${variant.fileName}`;
    return `<img src="${escapeHtml(src)}" width="${variant.width}" height="${variant.height}" alt="${escapeHtml(attributes['alt'] ?? '')}">`;
  });
}

async function rewriteImages(html: string, referrer: string, context: TransformContext, markup: ImageMarkup): Promise<string> {
  const images = findImages(html).filter((image) => sourcePathOf(image.attributes['src'] ?? '', context.pathPrefix) !== undefined);
  if (images.length === 0) return html;
  const replacements = await Promise.all(
    images.map(async (image) => {
      const { attributes } = image;
      const sitePath = sourcePathOf(attributes['src'] ?? '', context.pathPrefix) ?? '';
      if (attributes['alt'] === undefined) {
        context.warn({ file: referrer, field: 'image', message: `shows ${sitePath} without alt text.`, fix: 'Describe the picture: ![What it shows](/assets/images/…), or image_alt: for the lead image.' });
      }
      const processed = await context.prepare({ sitePath, referrer, og: false });
      return processed === undefined ? undefined : markup(processed, attributes);
    }),
  );
  let out = '';
  let at = 0;
  images.forEach((image, index) => {
    const replacement = replacements[index];
    if (replacement === undefined) return;
    out += html.slice(at, image.start) + replacement;
    at = image.end + 1;
  });
  return out + html.slice(at);
}
