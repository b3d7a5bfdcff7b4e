/**
 * Structured data (issue #5): `NewsArticle` on stories, `BreadcrumbList`, and `WebSite` on the front page, as
 * schema.org JSON-LD objects, and `jsonLdScript` to put one inside `<script type="application/ld+json">`. Every
 * URL is absolute and every time carries its offset. Pure.
 */
import { isoInZone } from '../content/dates.ts';
import type { Post } from '../content/schema.ts';
import { absoluteUrl, authorUrl, homeUrl } from '../urls/permalinks.ts';
import type { Link } from '../pages/plan.ts';
import type { Site } from '../site.ts';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

const context = 'https://schema.org';

export interface LogoImage {
  /** Absolute URL. */
  readonly url: string;
  readonly width?: number;
  readonly height?: number;
}

export interface NewsArticleContext {
  readonly site: Site;
  /** Absolute image URLs, best first; Google prefers 16x9, 4x3 and 1x1 crops of the lead image. */
  readonly images: readonly string[];
  /** The publisher's logo; the publisher is the site. */
  readonly logo?: LogoImage | undefined;
  /** `articleSection`: the story's first section under its site-wide name. */
  readonly section?: string | undefined;
}

function imageObject(image: LogoImage): JsonObject {
  return {
    '@type': 'ImageObject',
    url: image.url,
    ...(image.width === undefined ? {} : { width: image.width }),
    ...(image.height === undefined ? {} : { height: image.height }),
  };
}

/** The site as an `Organization`: the publisher of every story. */
export function organizationLd(site: Site, logo?: LogoImage): JsonObject {
  return { '@type': 'Organization', name: site.title, url: absoluteUrl(site, homeUrl), ...(logo === undefined ? {} : { logo: imageObject(logo) }) };
}

/** The byline as a `Person` with the author page's URL and the author's own links; the publisher when unsigned. */
function authorLd(post: Post, site: Site, publisher: JsonObject): JsonObject {
  const { author } = post;
  if (author === undefined) return publisher;
  const sameAs = author.links.map((link) => link.url);
  return { '@type': 'Person', name: author.name, url: absoluteUrl(site, authorUrl(site, author.slug)), ...(sameAs.length === 0 ? {} : { sameAs }) };
}

export function newsArticleLd(post: Post, { site, images, logo, section }: NewsArticleContext): JsonObject {
  const publisher = organizationLd(site, logo);
  const canonical = absoluteUrl(site, post.url);
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: post.title,
    ...(post.description === '' ? {} : { description: post.description }),
    datePublished: isoInZone(post.date, site.timeZone),
    dateModified: isoInZone(post.lastModified ?? post.date, site.timeZone),
    author: [authorLd(post, site, publisher)],
    publisher,
    ...(images.length === 0 ? {} : { image: [...images] }),
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
    url: canonical,
    inLanguage: site.language,
    ...(section === undefined ? {} : { articleSection: section }),
    ...(post.tags.length === 0 ? {} : { keywords: post.tags.map((tag) => tag.name) }),
  };
}

/** A story's trail: the front page, its first section when it has one, the story. */
export function storyTrail(site: Site, post: Post, section?: Link): Link[] {
  return [{ name: site.title, url: homeUrl }, ...(section === undefined ? [] : [section]), { name: post.title, url: post.url }];
}

export function breadcrumbLd(site: Site, items: readonly Link[]): JsonObject {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: absoluteUrl(site, item.url) })),
  };
}

/** The front page's `WebSite`. */
export function websiteLd(site: Site): JsonObject {
  return {
    '@context': context,
    '@type': 'WebSite',
    name: site.title,
    url: absoluteUrl(site, homeUrl),
    ...(site.description === '' ? {} : { description: site.description }),
    inLanguage: site.language,
  };
}

/**
 * JSON for the inside of `<script type="application/ld+json">`. An HTML parser ends a script at `</script`
 * whatever JSON thinks, and `<!--` changes how it scans, so `<`, `>` and `&` are written as JSON escapes (they only
 * occur inside strings, where `\u003c` means the same); U+2028 and U+2029 too, for consumers that evaluate it as
 * JavaScript. `JSON.parse` of the result equals `value`.
 */
export function jsonLdScript(value: JsonValue): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
