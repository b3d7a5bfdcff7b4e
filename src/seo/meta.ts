/**
 * What a page's `<head>` says about it (issue #5): title, description, canonical URL, language, and the Open Graph
 * and Twitter card tags. Plain data; a layout renders each tag as `<meta {...tag} />` and Preact escapes it.
 */
import { isoInZone } from '../content/dates.ts';
import type { Post } from '../content/schema.ts';
import { absoluteUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';

/** Open Graph tags use `property` (ogp.me), Twitter's use `name`. */
export type MetaTag = { readonly property: string; readonly content: string } | { readonly name: string; readonly content: string };

export interface OgImage {
  /** Absolute URL: the link-preview crop (`variantFileName(hash, 'og', 'jpeg')`), or a remote image as given. */
  readonly url: string;
  readonly alt: string;
  /** The crop's size (`site.images.og`, 1200x630); leave out for a remote image of unknown size. */
  readonly width?: number;
  readonly height?: number;
}

/** What makes a page an `article`: its times, section and tags. */
export interface ArticleInfo {
  readonly published: Date;
  readonly modified: Date;
  readonly section?: string;
  readonly tags: readonly string[];
}

export interface PageMetaInput {
  readonly site: Site;
  /** The page's prefix-free URL path. Paginated pages pass their own: each page is canonical to itself. */
  readonly url: string;
  /** Without the site name; empty on the front page. */
  readonly title: string;
  /** The excerpt (`post.description`) on stories; the listing's description elsewhere. */
  readonly description: string;
  /** Page 2 onwards of a listing is titled "…, page 2", so no two pages share a title. */
  readonly pageNumber?: number;
  readonly image?: OgImage | undefined;
  /** Stories only: makes `og:type` `article`. */
  readonly article?: ArticleInfo | undefined;
}

export interface PageMeta {
  /** For `<html lang>`. */
  readonly lang: string;
  /** The whole `<title>`: "Headline | Site", or the site's title on the front page. */
  readonly title: string;
  readonly description: string;
  /** Absolute. */
  readonly canonical: string;
  readonly tags: readonly MetaTag[];
}

/**
 * A story's article facts. `names` lets the caller give the site-wide spellings of its section and tags (the term
 * index's); by default the post's own spellings are used. Without `last_modified_at` the story was last modified
 * when published.
 */
export function articleInfo(post: Post, names: { readonly section?: string | undefined; readonly tags?: readonly string[] } = {}): ArticleInfo {
  const section = names.section ?? post.categories[0]?.name;
  const tags = names.tags ?? post.tags.map((tag) => tag.name);
  const base = { published: post.date, modified: post.lastModified ?? post.date, tags };
  return section === undefined ? base : { ...base, section };
}

function pageTitle(site: Site, title: string, pageNumber: number | undefined): string {
  const paged = pageNumber !== undefined && pageNumber > 1;
  const own = title === '' ? (paged ? `Page ${pageNumber}` : '') : paged ? `${title}, page ${pageNumber}` : title;
  return own === '' ? site.title : `${own} | ${site.title}`;
}

function imageTags(image: OgImage): MetaTag[] {
  const tags: MetaTag[] = [{ property: 'og:image', content: image.url }];
  if (image.width !== undefined && image.height !== undefined) {
    tags.push({ property: 'og:image:width', content: String(image.width) }, { property: 'og:image:height', content: String(image.height) });
  }
  if (image.alt !== '') tags.push({ property: 'og:image:alt', content: image.alt });
  return tags;
}

function articleTags(article: ArticleInfo, timeZone: string): MetaTag[] {
  return [
    { property: 'article:published_time', content: isoInZone(article.published, timeZone) },
    { property: 'article:modified_time', content: isoInZone(article.modified, timeZone) },
    ...(article.section === undefined ? [] : [{ property: 'article:section', content: article.section }]),
    ...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
  ];
}

function twitterTags(title: string, description: string, image: OgImage | undefined): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'twitter:card', content: image === undefined ? 'summary' : 'summary_large_image' },
    { name: 'twitter:title', content: title },
  ];
  if (description !== '') tags.push({ name: 'twitter:description', content: description });
  if (image !== undefined) {
    tags.push({ name: 'twitter:image', content: image.url });
    if (image.alt !== '') tags.push({ name: 'twitter:image:alt', content: image.alt });
  }
  return tags;
}

export function pageMeta(input: PageMetaInput): PageMeta {
  const { site, description, image, article } = input;
  const canonical = absoluteUrl(site, input.url);
  const shareTitle = input.title === '' ? site.title : input.title;
  const tags: MetaTag[] = [
    { property: 'og:site_name', content: site.title },
    { property: 'og:type', content: article === undefined ? 'website' : 'article' },
    { property: 'og:title', content: shareTitle },
    ...(description === '' ? [] : [{ property: 'og:description', content: description }]),
    { property: 'og:url', content: canonical },
    ...(image === undefined ? [] : imageTags(image)),
    ...(article === undefined ? [] : articleTags(article, site.timeZone)),
    ...twitterTags(shareTitle, description, image),
  ];
  return { lang: site.language, title: pageTitle(site, input.title, input.pageNumber), description, canonical, tags };
}
