/**
 * One story as every feed format shows it (issue #5): absolute URLs, its dates, author, sections, lead image and
 * summary or full text. Format-neutral; `atom-rss.ts` and `json-feed.ts` spell it out.
 */
import type { TermIndex } from '../collections/terms.ts';
import type { Post, Term } from '../content/schema.ts';
import { absoluteUrl, authorUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { absoluteLinks } from './absolute-links.ts';

/** A person: the name and the absolute URL of their page. */
export interface FeedPerson {
  readonly name: string;
  readonly url: string;
}

export interface FeedImage {
  /** Absolute. */
  readonly url: string;
  readonly type: string;
}

export interface FeedEntry {
  /** Absolute URL of the story; also its id, as jekyll-feed and Hugo use it. */
  readonly url: string;
  readonly title: string;
  readonly published: Date;
  /** `last_modified_at`, else the publication date. */
  readonly updated: Date;
  readonly author?: FeedPerson;
  /** Section names, each as its section page shows it. */
  readonly categories: readonly string[];
  /** Plain text: `description`, else the excerpt. */
  readonly summary: string;
  /** The story's HTML with absolute links, when feeds carry full text. */
  readonly contentHtml?: string;
  readonly image?: FeedImage;
}

export interface EntryContext {
  readonly site: Site;
  /** A section is named as its page names it: by its most used spelling (`indexTerms`). */
  readonly categories: TermIndex;
  readonly fullText: boolean;
  readonly renderBody: (post: Post) => string;
  /** A site path (`/assets/images/<md5>-og.jpg`) or an absolute http(s) URL; undefined for no lead image. */
  readonly leadImageUrl: (post: Post) => string | undefined;
}

const imageTypes: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml',
};

/** The media type of an image URL by its extension; undefined when the URL does not tell. */
export function imageTypeOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : imageTypes[extension];
}

/**
 * RSS enclosures and Atom enclosure links need a media type, and `feed` derives Atom's from the extension, so an
 * image whose URL has no known image extension is left out rather than sent with a wrong type.
 */
function leadImage(site: Site, location: string | undefined): FeedImage | undefined {
  if (location === undefined || location === '') return undefined;
  const url = /^https?:\/\//i.test(location) ? location : absoluteUrl(site, location);
  const type = imageTypeOf(url);
  return type === undefined ? undefined : { url, type };
}

function sectionName(term: Term, categories: TermIndex): string {
  return categories.byKey.get(term.key)?.name ?? term.name;
}

export function feedEntry(post: Post, context: EntryContext): FeedEntry {
  const { site } = context;
  const url = absoluteUrl(site, post.url);
  const image = leadImage(site, context.leadImageUrl(post));
  return {
    url,
    title: post.title,
    published: post.date,
    updated: post.lastModified ?? post.date,
    ...(post.author === undefined ? {} : { author: { name: post.author.name, url: absoluteUrl(site, authorUrl(site, post.author.slug)) } }),
    categories: [...new Set(post.categories.map((term) => sectionName(term, context.categories)))],
    summary: post.description,
    ...(context.fullText ? { contentHtml: absoluteLinks(context.renderBody(post), url) } : {}),
    ...(image === undefined ? {} : { image }),
  };
}

/** The feed's `updated`: its newest item's, never the clock, so two builds of the same input are identical. */
export function lastUpdated(entries: readonly FeedEntry[]): Date {
  // An empty feed has no date to give; the epoch keeps it reproducible.
  return new Date(Math.max(0, ...entries.map((entry) => entry.updated.getTime())));
}
