/**
 * What a search result shows of a story (issue #15): its headline, dek, section, date and thumbnail, as the site's
 * listings show them, carried in its Pagefind record so the results page needs nothing else. Pure.
 *
 * Two places in the record, because Pagefind (1.5 and later) searches every meta field as it searches the text:
 * - `meta` holds the headline and the dek, words of the story itself that readers search for (Pagefind ranks a
 *   match in `title` five times higher);
 * - `filters` holds the rest, which Pagefind returns with each result (`data().filters`) but never searches, and
 *   loads only when asked to filter by them: as meta, "2025", "BST", "images" or "webp" would find every story, and
 *   a section's name all its stories. Each is a one-value list, as filters are.
 * URLs are prefix-free like the record's `url`, so one index serves every path prefix: the search script puts the
 * prefix in front of each that starts with `/`.
 */
import { isoInZone } from '../content/dates.ts';
import { showDate } from '../content/shown-date.ts';
import type { Post } from '../content/schema.ts';
import { sourcePathOf } from '../images/transform.ts';
import type { ProcessedImage } from '../images/types.ts';
import { assetUrl, href } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { thumbnailOf } from './thumbnail.ts';

/** Searched as well as shown. */
export type SearchMeta = {
  /** The headline. */
  readonly title: string;
  /** The story's excerpt as text, at most `dekLength` characters; absent when the story has none. */
  readonly dek?: string;
};

/** Shown, never searched; each a list of one, as Pagefind keeps filters. */
export type ResultDetails = {
  /** The date as the site's listings show it (src/content/shown-date.ts): `9 October 2025, 12:08 BST`. */
  readonly date: [string];
  /** The same instant in ISO 8601 with the zone's offset, for `<time datetime>`. */
  readonly datetime: [string];
  /** The story's first category, its section. */
  readonly section?: [string];
  /** The lead image's thumbnail (src/search/thumbnail.ts), or the image itself when the pipeline does not take it. */
  readonly image?: [string];
  readonly image_alt?: [string];
  /** In pixels; absent for a remote or SVG image, whose box the stylesheet sizes. */
  readonly image_width?: [string];
  readonly image_height?: [string];
  /** The thumbnail in the site's best modern format, and its MIME type, for a `<source>`. */
  readonly image_modern?: [string];
  readonly image_modern_type?: [string];
};

/** A readied site image by its site path (`assets/images/<md5>.jpg`), as the build's image pipeline holds them. */
export type ImageLookup = (sitePath: string) => ProcessedImage | undefined;

/** A result's dek is cut to this many characters, at a word: two or three lines beside a thumbnail. */
export const dekLength = 200;

/** Lone surrogates replaced by U+FFFD (String.prototype.toWellFormed, which TypeScript's ES2022 library lacks). */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

/** `text` cut to at most `max` characters at the last word that fits, with an ellipsis; whole when it fits. */
export function shortened(text: string, max = dekLength): string {
  const chars = [...text]; // by code point, so an emoji is never cut in half
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  // Cut inside a word: that word goes; cut just before a space: the last word is whole.
  const atWord = /\s/u.test(chars[max] ?? '') ? cut : cut.replace(/\s+\S*$/u, '');
  return `${(atWord === '' ? cut : atWord).replace(/[\s,;:.\u2013\u2014-]+$/u, '')}…`;
}

/** Site paths are spelled without the prefix, as record URLs are. */
const prefixFree = (site: Site) => ({ url: site.url, pathPrefix: '/' });

/** Headline and dek. Well formed: a lone surrogate (half an emoji escaped in YAML) would make Pagefind refuse the record. */
export function searchMeta(post: Post): SearchMeta {
  const dek = shortened(wellFormed(post.excerpt.text.replace(/\s+/g, ' ').trim()));
  return { title: wellFormed(post.title), ...(dek === '' ? {} : { dek }) };
}

/** The lead image's fields: the pipeline's thumbnail when it readied the image, else the image itself. */
function imageDetails(post: Post, site: Site, images: ImageLookup | undefined): Partial<ResultDetails> {
  if (post.image === undefined) return {};
  const alt: [string] = [wellFormed(post.image.alt)];
  if (/^https?:\/\//i.test(post.image.src)) return { image: [post.image.src], image_alt: alt };
  const src = href(prefixFree(site), post.image.src);
  // Found as layouts/components/picture.tsx finds the images of the story's cards.
  const sitePath = sourcePathOf(src, '/');
  const processed = sitePath === undefined ? undefined : images?.(sitePath);
  const thumbnail = processed === undefined ? undefined : thumbnailOf(processed, (fileName) => href(prefixFree(site), assetUrl(`assets/images/${fileName}`)));
  if (thumbnail === undefined) return { image: [src], image_alt: alt };
  return {
    image: [thumbnail.src],
    image_alt: alt,
    image_width: [String(thumbnail.width)],
    image_height: [String(thumbnail.height)],
    ...(thumbnail.modern === undefined ? {} : { image_modern: [thumbnail.modern.src], image_modern_type: [thumbnail.modern.type] }),
  };
}

/** Date, section and thumbnail; `images` finds the lead image's variants (without it the image itself is shown). */
export function resultDetails(post: Post, site: Site, images?: ImageLookup): ResultDetails {
  const section = post.categories[0]?.name;
  return {
    // What layouts/components/time.tsx shows, so a result's date reads as the story's cards do.
    date: [showDate(post.date, site, post.dateOnly)],
    datetime: [isoInZone(post.date, site.timeZone)],
    ...(section === undefined ? {} : { section: [wellFormed(section)] }),
    ...imageDetails(post, site, images),
  };
}
