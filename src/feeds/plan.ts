/**
 * Every feed a build writes, as data (issue #5): Atom, RSS and JSON Feed for the whole site, for each section and
 * for each author, newest first, at most `limit` items each. Pure; rendering is deferred to `render()` and a
 * feed's entries are made once for its three formats.
 */
import type { Collections } from '../collections/index.ts';
import type { Post } from '../content/schema.ts';
import { ConfigError } from '../errors.ts';
import { absoluteUrl, homeUrl, outputPathFor } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { renderAtom, renderRss } from './atom-rss.ts';
import { describeChannel, type FeedFormat, feedFormats, type FeedSubject } from './channels.ts';
import type { FeedDocument } from './document.ts';
import { type EntryContext, feedEntry, lastUpdated } from './entries.ts';
import { renderJsonFeed } from './json-feed.ts';
import { checkFeedSettings, type FeedSettings } from './settings.ts';

export interface FeedOptions extends FeedSettings {
  /** A story's body as HTML, for full-text feeds; relative links in it are made absolute here. */
  readonly renderBody: (post: Post) => string;
  /** The story's link-preview image as a site path (`/assets/images/<md5>-og.jpg`) or absolute URL, if any. */
  readonly leadImageUrl: (post: Post) => string | undefined;
}

export interface FeedFile {
  readonly format: FeedFormat;
  /** Decoded, prefix-free URL path, as page URLs are: `/category/tech/feed.xml`. */
  readonly url: string;
  /** Relative to the output folder: `category/tech/feed.xml`. */
  readonly outputPath: string;
  /** Names the feed in messages. */
  readonly source: string;
  readonly contentType: string;
  readonly render: () => string;
}

const renderers: Readonly<Record<FeedFormat, (document: FeedDocument) => string>> = { atom: renderAtom, rss: renderRss, json: renderJsonFeed };
const extensions: Readonly<Record<FeedFormat, string>> = { atom: '.xml', rss: '.xml', json: '.json' };
const formats: readonly FeedFormat[] = ['atom', 'rss', 'json'];

function feedFiles(subject: FeedSubject, posts: readonly Post[], context: EntryContext & { readonly limit: number }): FeedFile[] {
  const { site } = context;
  const channel = describeChannel(site, subject);
  let document: FeedDocument | undefined;
  const documentOf = (): FeedDocument => {
    if (document !== undefined) return document;
    const entries = posts.slice(0, context.limit).map((post) => feedEntry(post, context));
    const publisher = subject.kind === 'author' ? { name: subject.name, url: absoluteUrl(site, channel.home) } : { name: site.title, url: absoluteUrl(site, homeUrl) };
    document = {
      title: channel.title,
      description: channel.description,
      language: site.language,
      home: absoluteUrl(site, channel.home),
      urls: { atom: absoluteUrl(site, channel.urls.atom), rss: absoluteUrl(site, channel.urls.rss), json: absoluteUrl(site, channel.urls.json) },
      publisher,
      updated: lastUpdated(entries),
      entries,
    };
    return document;
  };
  return formats.map((format) => {
    const url = channel.urls[format];
    return { format, url, outputPath: outputPathFor(url, extensions[format]), source: channel.source, contentType: feedFormats[format].contentType, render: () => renderers[format](documentOf()) };
  });
}

/** Every story some feed carries: the newest `limit` of the site, of each section and of each author. */
export function postsInFeeds(collections: Pick<Collections, 'stories' | 'categories' | 'authors'>, limit: number): Set<Post> {
  return new Set([
    ...collections.stories.slice(0, limit),
    ...collections.categories.groups.flatMap((group) => group.posts.slice(0, limit)),
    ...collections.authors.flatMap(({ posts }) => posts.slice(0, limit)),
  ]);
}

/** The site's feeds, then each section's and each author's, in the collections' order; three formats each. */
export function planFeeds(collections: Pick<Collections, 'stories' | 'categories' | 'authors'>, site: Site, options: FeedOptions): FeedFile[] {
  const problems = checkFeedSettings({ fullText: options.fullText, limit: options.limit }, 'the site settings');
  if (problems.length > 0) throw new ConfigError('The feed settings have problems:', problems);
  const context = { site, categories: collections.categories, ...options };
  return [
    ...feedFiles({ kind: 'site' }, collections.stories, context),
    ...collections.categories.groups.flatMap((group) => feedFiles({ kind: 'category', name: group.name, slug: group.slug }, group.posts, context)),
    ...collections.authors.flatMap(({ author, posts }) =>
      feedFiles({ kind: 'author', name: author.name, slug: author.slug, ...(author.bio === undefined ? {} : { bio: author.bio }) }, posts, context),
    ),
  ];
}
