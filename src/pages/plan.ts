/**
 * Every page a build writes, as data (issue #3): stories, the front page and its later pages, section, tag, author
 * and archive listings with their pages, and the indexes; and the site files published as they are. Pure; the
 * collision check and the writer both use it.
 */
import type { Collections } from '../collections/index.ts';
import { type Paged, paginate } from '../collections/paginate.ts';
import type { TermGroup } from '../collections/terms.ts';
import type { Post } from '../content/schema.ts';
import type { FeedSubject } from '../feeds/channels.ts';
import type { CopiedFile } from '../files/copy-files.ts';
import type { Site } from '../site.ts';
import type { PlannedOutput } from './collisions.ts';
import { archiveUrl, authorUrl, categoryUrl, homeUrl, indexUrls, notFoundUrl, outputPathFor, pageUrl, searchUrl, tagUrl } from '../urls/permalinks.ts';

/** A link as layouts show it: the text and the (prefix-free, decoded) URL. */
export interface Link {
  readonly name: string;
  readonly url: string;
}

export interface Pager {
  readonly current: number;
  /** URL of each page, page 1 first. */
  readonly urls: readonly string[];
}

interface PageBase {
  readonly url: string;
  readonly outputPath: string;
  /** The post file or generator page behind it, for messages. */
  readonly source: string;
}

export interface StoryPage extends PageBase {
  readonly kind: 'story';
  readonly post: Post;
}

export interface FrontPageSpec extends PageBase {
  readonly kind: 'front';
  /** Page 1 shows the lead, latest and sections; later pages list `front.rest`. */
  readonly page: Paged<Post>;
  readonly pager: Pager;
}

export type ListingKind = 'category' | 'tag' | 'author' | 'year' | 'month';

export interface ListingPage extends PageBase {
  readonly kind: 'listing';
  readonly listing: ListingKind;
  readonly heading: string;
  readonly description: string;
  /** The author, for author pages (bio, avatar, links). */
  readonly author?: Post['author'];
  /** Sections and authors have their own feeds. */
  readonly feed?: FeedSubject;
  readonly count: number;
  readonly page: Paged<Post>;
  readonly pager: Pager;
}

export interface IndexPage extends PageBase {
  readonly kind: 'index';
  readonly of: 'category' | 'tag' | 'author';
  readonly heading: string;
  readonly entries: readonly (Link & { readonly count: number })[];
}

/** `/404.html`, which static hosts serve for any missing URL. */
export interface NotFoundPage extends PageBase {
  readonly kind: 'not-found';
}

/** `/search/`: full-text search over every story, in the browser, from the index Pagefind writes after the build. */
export interface SearchPage extends PageBase {
  readonly kind: 'search';
}

export type PageSpec = StoryPage | FrontPageSpec | ListingPage | IndexPage | SearchPage | NotFoundPage;

function listingPages(
  base: { listing: ListingKind; heading: string; description: string; source: string; author?: Post['author']; feed?: FeedSubject },
  posts: readonly Post[],
  urlOf: (n: number) => string,
  pageSize: number,
): ListingPage[] {
  const pages = paginate(posts, pageSize);
  const urls = pages.map((page) => urlOf(page.number));
  return pages.map((page) => {
    const url = urls[page.number - 1] ?? urlOf(page.number);
    return { kind: 'listing', ...base, count: posts.length, url, outputPath: outputPathFor(url), page, pager: { current: page.number, urls } };
  });
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function termPages(groups: readonly TermGroup[], site: Site, urlOf: (slug: string, n: number) => string, label: string): ListingPage[] {
  return groups.flatMap((group) =>
    listingPages(
      {
        listing: group.kind,
        heading: group.name,
        description: `${label} ${group.name}: the latest stories.`,
        source: `the ${group.kind} ${JSON.stringify(group.name)}`,
        ...(group.kind === 'category' ? { feed: { kind: 'category' as const, name: group.name, slug: group.slug } } : {}),
      },
      group.posts,
      (n) => urlOf(group.slug, n),
      site.pageSize,
    ),
  );
}

/**
 * Where the site files published as they are land, for the collision check (issue #13): `static/ads.txt` answers
 * `/ads.txt`, a Jekyll static file its own path. The URL is the file's path, as every planned URL, decoded.
 */
export function planCopies(files: readonly CopiedFile[]): PlannedOutput[] {
  return files.map((file) => ({ url: `/${file.outputPath}`, outputPath: file.outputPath, source: file.sitePath, copied: true }));
}

/** A site has search when it asks for it and has a story to find: Pagefind cannot write an index of nothing. */
export function hasSearch(site: Pick<Site, 'search'>, posts: readonly Post[]): boolean {
  return site.search && posts.length > 0;
}

export function planPages(posts: readonly Post[], collections: Collections, site: Site): PageSpec[] {
  const stories: StoryPage[] = posts.map((post) => ({ kind: 'story', post, url: post.url, outputPath: post.outputPath, source: post.sourcePath }));

  // The front page's page 1 is its own design; pages 2… list the rest of the archive. With no rest there is no
  // page 2 (`paginate` would give one empty page, and page 1's pager would link a page never written).
  const restPages = collections.front.rest.length === 0 ? [] : paginate(collections.front.rest, site.pageSize);
  const frontUrls = [homeUrl, ...restPages.map((page) => pageUrl(homeUrl, page.number + 1))];
  const front: FrontPageSpec[] = [
    { kind: 'front', url: homeUrl, outputPath: outputPathFor(homeUrl), source: 'the front page', page: { number: 1, total: frontUrls.length, items: [] }, pager: { current: 1, urls: frontUrls } },
    ...restPages.map((page): FrontPageSpec => {
      const url = frontUrls[page.number] ?? homeUrl;
      return { kind: 'front', url, outputPath: outputPathFor(url), source: 'the front page', page: { ...page, number: page.number + 1, total: frontUrls.length }, pager: { current: page.number + 1, urls: frontUrls } };
    }),
  ];

  const authors = collections.authors.flatMap((group) =>
    listingPages(
      {
        listing: 'author',
        heading: group.author.name,
        description: group.author.bio ?? `Stories by ${group.author.name}.`,
        source: `the author ${JSON.stringify(group.author.key)}`,
        author: group.author,
        feed: { kind: 'author', name: group.author.name, slug: group.author.slug },
      },
      group.posts,
      (n) => authorUrl(site, group.author.slug, n),
      site.pageSize,
    ),
  );
  const archives = collections.archives.flatMap((group) => {
    const heading = group.month === undefined ? group.year : `${monthNames[Number(group.month) - 1] ?? group.month} ${group.year}`;
    return listingPages(
      { listing: group.month === undefined ? 'year' : 'month', heading, description: `Stories from ${heading}.`, source: `the archive of ${heading}` },
      group.posts,
      (n) => archiveUrl(group.year, group.month, n),
      site.pageSize,
    );
  });

  const indexes: IndexPage[] = [
    { kind: 'index', of: 'category', heading: 'Sections', url: indexUrls.category, outputPath: outputPathFor(indexUrls.category), source: 'the index of categories', entries: collections.categories.groups.map((g) => ({ name: g.name, url: categoryUrl(site, g.slug), count: g.posts.length })) },
    { kind: 'index', of: 'tag', heading: 'Tags', url: indexUrls.tag, outputPath: outputPathFor(indexUrls.tag), source: 'the index of tags', entries: collections.tags.groups.map((g) => ({ name: g.name, url: tagUrl(site, g.slug), count: g.posts.length })) },
    { kind: 'index', of: 'author', heading: 'Authors', url: indexUrls.author, outputPath: outputPathFor(indexUrls.author), source: 'the index of authors', entries: collections.authors.map((g) => ({ name: g.author.name, url: authorUrl(site, g.author.slug), count: g.posts.length })) },
  ];

  return [
    ...stories,
    ...front,
    ...termPages(collections.categories.groups, site, (slug, n) => categoryUrl(site, slug, n), 'Section'),
    ...termPages(collections.tags.groups, site, (slug, n) => tagUrl(site, slug, n), 'Tagged'),
    ...authors,
    ...archives,
    ...indexes,
    ...(hasSearch(site, posts) ? [{ kind: 'search' as const, url: searchUrl, outputPath: outputPathFor(searchUrl), source: 'the search page' }] : []),
    { kind: 'not-found', url: notFoundUrl, outputPath: outputPathFor(notFoundUrl), source: 'the not-found page' },
  ];
}
