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

/** What goes inside the `<picture>`: its `<source>`s and the `<img>` (layouts render the element themselves). */
export function pictureContent(image: ProcessedImage, options: PictureOptions): string {
  const { plan } = image;
  const formats = [...new Set(plan.variants.map((variant) => variant.format))].filter((format) => format !== plan.fallback);
  const sources = formats.map((format) => {
    const variants = plan.variants.filter((variant) => variant.format === format);
    return `<source${attributes([['type', mimeTypes[format]], ['srcset', srcset(variants, options.urlOf)], ['sizes', options.sizes]])}>`;
  });
  const fallbacks = plan.variants.filter((variant) => variant.format === plan.fallback);
  const src = fallbackSrc(fallbacks);
  // No placeholder behind a transparent image: the blur would show through its transparent parts once it loads.
  const style = plan.fallback === 'png' || image.placeholder === '' ? undefined : `background-image:url(${image.placeholder});background-size:cover`;
  const img = `<img${attributes([
    ['class', options.className],
    ['src', src === undefined ? undefined : options.urlOf(src.fileName)],
    ['srcset', srcset(fallbacks, options.urlOf)],
    ['sizes', options.sizes],
    ['width', String(plan.source.width)],
    ['height', String(plan.source.height)],
    ['alt', options.alt],
    ['loading', options.lead ? 'eager' : 'lazy'],
    ['decoding', 'async'],
    ['fetchpriority', options.lead ? 'high' : undefined],
    ['style', style],
  ])}>`;
  return `${sources.join('')}${img}`;
}
