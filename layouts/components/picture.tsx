/**
 * A site image as the pipeline published it (issue #4): a `<picture>` with AVIF/WebP sources, the fallback and the
 * placeholder, rendered straight from the image readied before the page (see `ImageHooks` in src/build/state.ts),
 * so pages are never parsed again to find their images. An image the pipeline does not take (remote, SVG, or
 * rendered without a pipeline, as in unit tests) is a plain lazy `<img>`.
 */
import { pictureContent } from '../../src/images/picture.ts';
import { sourcePathOf } from '../../src/images/transform.ts';
import type { ProcessedImage } from '../../src/images/types.ts';
import { href } from '../../src/urls/permalinks.ts';
import type { Site } from '../../src/site.ts';

/** A readied image by its site path (`assets/images/<md5>.jpg`). */
export type ImageLookup = (sitePath: string) => ProcessedImage | undefined;

const noImages: ImageLookup = () => undefined;
let currentImages: ImageLookup = noImages;

/**
 * Renders `draw` with `images` as the lookup `<Picture>` uses. Rendering to a string is synchronous, so the lookup
 * is scoped to one call. (A Preact context did the same, but with it the build's peak memory at 10,000 stories
 * was 661 MB instead of 353 MB: its per-render garbage outlived young-generation collections.)
 */
export function withImages<Result>(images: ImageLookup | undefined, draw: () => Result): Result {
  const previous = currentImages;
  currentImages = images ?? noImages;
  try {
    return draw();
  } finally {
    currentImages = previous;
  }
}

export interface PictureProps {
  site: Site;
  /** As written in front matter or settings: `assets/images/<md5>.jpg`, `/assets/…`, or a remote URL. */
  src: string;
  alt: string;
  /** The slot's width in the layout, e.g. `(min-width: 44rem) 40rem, 100vw`. */
  sizes: string;
  /** The page's lead image: fetched first, never lazily. */
  lead?: boolean;
  class?: string;
}

/** Site-relative image paths get the path prefix; remote URLs are used as they are. */
export function imageSrc(site: Site, src: string): string {
  return /^https?:\/\//i.test(src) ? src : href(site, src);
}

/** Image URL → its pipeline source path (or undefined): the same photo is shown on many pages. */
const sitePaths = new Map<string, string | undefined>();

export function Picture({ site, src, alt, sizes, lead = false, class: className }: PictureProps) {
  const url = imageSrc(site, src);
  let sitePath = sitePaths.get(url);
  if (sitePath === undefined && !sitePaths.has(url)) sitePaths.set(url, (sitePath = sourcePathOf(url, site.pathPrefix)));
  const processed = sitePath === undefined ? undefined : currentImages(sitePath);
  if (processed === undefined) {
    return <img class={className} src={url} alt={alt} loading={lead ? 'eager' : 'lazy'} decoding="async" fetchpriority={lead ? 'high' : undefined} />;
  }
  const content = pictureContent(processed, { urlOf: (fileName) => href(site, `/assets/images/${fileName}`), alt, sizes, lead, ...(className === undefined ? {} : { className }) });
  return <picture dangerouslySetInnerHTML={{ __html: content }} />;
}

