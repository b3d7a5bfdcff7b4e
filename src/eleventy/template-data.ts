/**
 * What the owner's templates see of Broadsheet (issue #13): the built stories and their sections, tags and authors,
 * shaped as Eleventy users know collection items (`item.url`, `item.date`, `item.data.title`) with the story's own
 * fields beside them (`item.title`, `item.excerpt`, `item.image`), dates already in the site's zone. Pure.
 */
import type { Collections } from '../collections/index.ts';
import type { TermGroup } from '../collections/terms.ts';
import { isoInZone } from '../content/dates.ts';
import { showDate } from '../content/shown-date.ts';
import type { Post } from '../content/schema.ts';
import type { Site } from '../site.ts';
import { authorUrl, categoryUrl, href, tagUrl } from '../urls/permalinks.ts';

export interface TermLink {
  readonly name: string;
  readonly slug: string;
  /** The URL path with the site's path prefix, ready for `href`. */
  readonly url: string;
}

export interface StoryItem {
  /** The story's URL path with the site's path prefix (`/news/2025/10/09/slug/`). */
  readonly url: string;
  readonly date: Date;
  /** The date as ISO 8601 in the site's zone (`2025-10-09T11:08:38+01:00`), for `<time datetime>`. */
  readonly isoDate: string;
  /** The date as the site shows it (`site.dateFormat` and the zone, or `site.dayFormat` for a date without a time). */
  readonly displayDate: string;
  readonly title: string;
  readonly description: string;
  /** The excerpt as HTML, and as plain text. */
  readonly excerpt: string;
  readonly excerptText: string;
  readonly image?: { readonly src: string; readonly alt: string };
  readonly author?: TermLink;
  readonly categories: readonly TermLink[];
  readonly tags: readonly TermLink[];
  readonly readingMinutes: number;
  readonly featured: boolean;
  /** The story's front matter as written, as Eleventy's `item.data`, with `title` and `date` as above. */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface GroupItem {
  readonly name: string;
  readonly slug: string;
  readonly url: string;
  /** The group's stories, newest first. */
  readonly posts: readonly StoryItem[];
}

export interface TemplateCollections {
  /** The listed stories, newest first. */
  readonly posts: readonly StoryItem[];
  /** Sections, most stories first. */
  readonly categories: readonly GroupItem[];
  readonly tags: readonly GroupItem[];
  readonly authors: readonly GroupItem[];
}

const link = (site: Site, name: string, slug: string, url: string): TermLink => ({ name, slug, url: href(site, url) });

/** The template collections of one build, each story made once and shared by every group it is in. */
export function templateCollections(collections: Collections, site: Site): TemplateCollections {
  const items = new Map<Post, StoryItem>();
  const itemOf = (post: Post): StoryItem => {
    let item = items.get(post);
    if (item === undefined) items.set(post, (item = storyItem(post, collections, site)));
    return item;
  };
  const groups = (groupsOf: readonly TermGroup[], urlOf: (slug: string) => string): GroupItem[] =>
    groupsOf.map((group) => ({ name: group.name, slug: group.slug, url: href(site, urlOf(group.slug)), posts: group.posts.map(itemOf) }));
  return {
    posts: collections.stories.map(itemOf),
    categories: groups(collections.categories.groups, (slug) => categoryUrl(site, slug)),
    tags: groups(collections.tags.groups, (slug) => tagUrl(site, slug)),
    authors: collections.authors.map(({ author, posts }) => ({ name: author.name, slug: author.slug, url: href(site, authorUrl(site, author.slug)), posts: posts.map(itemOf) })),
  };
}

function storyItem(post: Post, collections: Collections, site: Site): StoryItem {
  const termLinks = (terms: Post['categories'], index: Collections['categories'], urlOf: (slug: string) => string): TermLink[] =>
    terms.flatMap((term) => {
      const group = index.byKey.get(term.key);
      return group === undefined ? [] : [link(site, group.name, group.slug, urlOf(group.slug))];
    });
  return {
    url: href(site, post.url),
    date: post.date,
    isoDate: isoInZone(post.date, site.timeZone),
    displayDate: showDate(post.date, site, post.dateOnly),
    title: post.title,
    description: post.description,
    excerpt: post.excerpt.html,
    excerptText: post.excerpt.text,
    ...(post.image === undefined ? {} : { image: { src: post.image.src, alt: post.image.alt } }),
    ...(post.author === undefined ? {} : { author: link(site, post.author.name, post.author.slug, authorUrl(site, post.author.slug)) }),
    categories: termLinks(post.categories, collections.categories, (slug) => categoryUrl(site, slug)),
    tags: termLinks(post.tags, collections.tags, (slug) => tagUrl(site, slug)),
    readingMinutes: post.readingMinutes,
    featured: post.featured,
    data: { ...post.data, title: post.title, date: post.date },
  };
}

/** Stories in a section, a tag or by an author, matched by name or slug without regard to case. */
export function storiesIn(stories: readonly StoryItem[], kind: 'categories' | 'tags' | 'author', name: string): StoryItem[] {
  const wanted = String(name).trim().toLowerCase();
  const matches = (term: TermLink | undefined): boolean => term !== undefined && (term.name.toLowerCase() === wanted || term.slug === wanted);
  return stories.filter((story) => (kind === 'author' ? matches(story.author) : story[kind].some(matches)));
}
