/**
 * Markup (issue #4), pure: one processed image as a complete `<picture>`: a `<source>` per modern format, then the
 * `<img>` with the JPEG/PNG fallback, the oriented source's `width`/`height` (no layout shift) and the placeholder.
 */
import type { ProcessedImage, Variant } from './types.ts';

export interface PictureOptions {
  /** A variant's URL from its file name, e.g. `/news/assets/images/<md5>-640.webp`. */
  readonly urlOf: (fileName: string) => string;
  readonly alt: string;
  /** The slot's width in the layout, e.g. `(min-width: 44rem) 40rem, 100vw`. */
  readonly sizes: string;
  /** The page's lead image: fetched at once and first (`fetchpriority="high"`), never lazily. */
  readonly lead: boolean;
  /** Goes on the `<img>`, the element layouts size. */
  readonly className?: string;
}

const mimeTypes = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' } as const;

/** `src` for browsers without `srcset` (and the one crawlers pick): the widest fallback up to this, else the smallest. */
const fallbackSrcWidth = 960;

const needsEscape = /[&"'<>]/;

export function escapeHtml(text: string): string {
  // Most values (file names, widths, plain alt text) have nothing to escape: checked once instead of five passes.
  if (!needsEscape.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributes(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
  return pairs
    .filter((pair): pair is readonly [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

function srcset(variants: readonly Variant[], urlOf: (fileName: string) => string): string {
  return variants.map((variant) => `${urlOf(variant.fileName)} ${variant.width}w`).join(', ');
}

export function fallbackSrc(fallbacks: readonly Variant[]): Variant | undefined {
  const fitting = fallbacks.filter((variant) => variant.width <= fallbackSrcWidth);
  return fitting.at(-1) ?? fallbacks[0];
}

export function pictureHtml(image: ProcessedImage, options: PictureOptions): string {
  return `<picture>${pictureContent(image, options)}</picture>`;
}

/** The parts of an image's markup that depend only on the image and where its files are served: made once each. */
interface SharedParts {
  /** `<source>`s without `sizes`, one per modern format, as `[type, escaped srcset]`. */
  readonly sources: ReadonlyArray<readonly [string, string]>;
  readonly src: string | undefined;
  readonly srcset: string;
  readonly style: string | undefined;
}

const sharedParts = new WeakMap<ProcessedImage, Map<string, SharedParts>>();

function partsOf(image: ProcessedImage, urlOf: (fileName: string) => string): SharedParts {
  // The same photo is on many pages (a story, its sections', tags' and archives' listings): its URLs, srcsets and
  // escaped placeholder are spelled once per place its files are served from.
  const where = urlOf('');
  let byPlace = sharedParts.get(image);
  if (byPlace === undefined) sharedParts.set(image, (byPlace = new Map()));
  const known = byPlace.get(where);
  if (known !== undefined) return known;
  const { plan } = image;
  const formats = [...new Set(plan.variants.map((variant) => variant.format))].filter((format) => format !== plan.fallback);
  const fallbacks = plan.variants.filter((variant) => variant.format === plan.fallback);
  const src = fallbackSrc(fallbacks);
  // No placeholder behind a transparent image: the blur would show through its transparent parts once it loads.
  const style = plan.fallback === 'png' || image.placeholder === '' ? undefined : `background-image:url(${image.placeholder});background-size:cover`;
  const parts: SharedParts = {
    sources: formats.map((format) => [mimeTypes[format], escapeHtml(srcset(plan.variants.filter((variant) => variant.format === format), urlOf))] as const),
    src: src === undefined ? undefined : escapeHtml(urlOf(src.fileName)),
    srcset: escapeHtml(srcset(fallbacks, urlOf)),
    style: style === undefined ? undefined : escapeHtml(style),
  };
  byPlace.set(where, parts);
  return parts;
}

/** What goes inside the `<picture>`: its `<source>`s and the `<img>` (layouts render the element themselves). */
export function pictureContent(image: ProcessedImage, options: PictureOptions): string {
  const { plan } = image;
  const parts = partsOf(image, options.urlOf);
  const sizes = escapeHtml(options.sizes);
  const sources = parts.sources.map(([type, set]) => `<source type="${type}" srcset="${set}" sizes="${sizes}">`).join('');
  const escaped = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${value}"`);
  const img =
    `<img${attributes([['class', options.className]])}${escaped('src', parts.src)}${escaped('srcset', parts.srcset)} sizes="${sizes}"` +
    ` width="${plan.source.width}" height="${plan.source.height}"${attributes([['alt', options.alt]])}` +
    ` loading="${options.lead ? 'eager' : 'lazy'}" decoding="async"${options.lead ? ' fetchpriority="high"' : ''}${escaped('style', parts.style)}>`;
  return `${sources}${img}`;
}
