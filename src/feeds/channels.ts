/**
 * What each feed is about (issue #5): the whole site, one section or one author. A channel's title, description,
 * home page and URLs are decided here, for the feeds themselves and for the `<link rel="alternate">` tags pointing
 * at them.
 */
import { authorUrl, categoryUrl, type FeedUrls, feedUrls, homeUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';

export type FeedSubject =
  | { readonly kind: 'site' }
  | { readonly kind: 'category'; readonly name: string; readonly slug: string }
  | { readonly kind: 'author'; readonly name: string; readonly slug: string; readonly bio?: string };

export type FeedFormat = keyof FeedUrls;

/** Media types as registered (RFC 4287 for Atom; JSON Feed 1.1) or as every reader expects them (RSS). */
export const feedFormats: Readonly<Record<FeedFormat, { readonly contentType: string; readonly label: string }>> = {
  atom: { contentType: 'application/atom+xml', label: 'Atom' },
  rss: { contentType: 'application/rss+xml', label: 'RSS' },
  json: { contentType: 'application/feed+json', label: 'JSON Feed' },
};

export interface FeedChannel {
  readonly title: string;
  readonly description: string;
  /** The listing the feed follows, as a URL path: `/`, `/category/tech/`. */
  readonly home: string;
  readonly urls: FeedUrls;
  /** Names the feed in messages, as page sources do. */
  readonly source: string;
}

export function describeChannel(site: Site, subject: FeedSubject): FeedChannel {
  switch (subject.kind) {
    case 'site':
      return channel(site.title, site.description || site.title, homeUrl, 'the site feed');
    case 'category':
      return channel(`${site.title}: ${subject.name}`, `Section ${subject.name}: the latest stories.`, categoryUrl(site, subject.slug), `the feed of the category ${JSON.stringify(subject.name)}`);
    case 'author':
      return channel(`${site.title}: ${subject.name}`, subject.bio ?? `Stories by ${subject.name}.`, authorUrl(site, subject.slug), `the feed of the author ${JSON.stringify(subject.name)}`);
  }
}

function channel(title: string, description: string, home: string, source: string): FeedChannel {
  return { title, description, home, urls: feedUrls(home), source };
}
