/**
 * What Liquid templates see as `site` and `page` (issue #12), built from Broadsheet's posts and settings in Jekyll's
 * shapes: `site.posts` newest first, `site.categories.<name>` and `site.tags.<name>` the posts under each name as
 * written, `site.data` from `_data/`, `site.time` the build's clock; `page` a post's front matter with `url`, `date`,
 * `id`, `categories`, `tags` and `excerpt` as Jekyll computes them. URLs are as Jekyll gives them: percent-encoded
 * and without the base URL (`relative_url` adds it). Plain objects, built once per build.
 */
import type { Post } from '../content/schema.ts';
import { href } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { SiteTime } from './site-time.ts';

export type Variables = Record<string, unknown>;

/** Jekyll's `baseurl`: the path prefix without its trailing slash, '' at the root. */
export function baseUrlOf(site: Site): string {
  return site.pathPrefix.replace(/\/+$/, '');
}

/** A post's URL as Jekyll's `post.url` spells it: percent-encoded, without the base URL. */
export function jekyllUrl(post: Post): string {
  return href({ url: '', pathPrefix: '/' }, post.url);
}

/** Jekyll's `Document#id`: the URL's folder and the slug, `/2025/10/09/rare-earths`. */
function idOf(post: Post): string {
  const url = jekyllUrl(post);
  const folder = url.endsWith('/') ? url.replace(/\/[^/]*\/$/, '') : url.replace(/\/[^/]*$/, '');
  return `${folder}/${post.slug}`;
}

/** A post as `page` (and as an entry of `site.posts`): front matter as written, then what Jekyll computes. */
export function postVariables(post: Post, timeZone: string): Variables {
  return {
    ...post.data,
    title: post.title,
    url: jekyllUrl(post),
    date: new SiteTime(post.date, timeZone),
    id: idOf(post),
    slug: post.slug,
    categories: [...post.names.categories],
    tags: [...post.names.tags],
    excerpt: post.excerpt.html,
    // Jekyll's `post.content` is the body, converted once that post has been rendered; here, always as written.
    content: post.body,
    path: post.sourcePath,
    relative_path: post.sourcePath,
    collection: 'posts',
    draft: post.draft,
    ...(post.author === undefined ? {} : { author: post.author.key }),
    ...(post.image === undefined ? {} : { image: post.data['image'] }),
    ...(post.lastModified === undefined ? {} : { last_modified_at: new SiteTime(post.lastModified, timeZone) }),
  };
}

function byName(posts: readonly Variables[], names: (post: Variables) => readonly string[]): Record<string, Variables[]> {
  const groups: Record<string, Variables[]> = Object.create(null) as Record<string, Variables[]>;
  for (const post of posts) for (const name of names(post)) (groups[name] ??= []).push(post);
  return groups;
}

export interface SiteVariablesInput {
  readonly site: Site;
  /** The posts being built, newest first. */
  readonly posts: readonly Post[];
  /** `_data/`, as `readSiteData` reads it. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The build's clock. */
  readonly time: Date;
  /** Told when a template reads `site.time`: the output then depends on the clock (src/build/valid-until.ts). */
  readonly onClock?: () => void;
  /** A Jekyll site's `_config.yml` as written: its own keys (`site.author`, `site.twitter`) are `site.*` too. */
  readonly config?: Readonly<Record<string, unknown>>;
}

export interface LiquidVariables {
  readonly site: Variables;
  /** Each post's `page`, by source path: the same objects `site.posts` holds. */
  readonly pages: ReadonlyMap<string, Variables>;
}

export function liquidVariables(input: SiteVariablesInput): LiquidVariables {
  const { site } = input;
  const pages = new Map<string, Variables>();
  const posts = input.posts.map((post) => {
    const page = postVariables(post, site.timeZone);
    pages.set(post.sourcePath, page);
    return page;
  });
  // Jekyll's `page.next` is the newer post, `page.previous` the older. Not enumerable: `{{ page | jsonify }}` must
  // not walk from post to post (nor loop between two).
  posts.forEach((page, index) => {
    Object.defineProperty(page, 'next', { value: posts[index - 1], enumerable: false });
    Object.defineProperty(page, 'previous', { value: posts[index + 1], enumerable: false });
  });
  const siteVariables: Variables = {
    ...input.config,
    title: site.title,
    description: site.description,
    url: site.url,
    baseurl: baseUrlOf(site),
    lang: site.language,
    timezone: site.timeZone,
    permalink: site.permalink,
    excerpt_separator: site.excerptSeparator,
    paginate: site.pageSize,
    posts,
    related_posts: posts.slice(0, 10),
    categories: byName(posts, (post) => post['categories'] as string[]),
    tags: byName(posts, (post) => post['tags'] as string[]),
    data: input.data,
  };
  const time = new SiteTime(input.time, site.timeZone);
  Object.defineProperty(siteVariables, 'time', {
    enumerable: true,
    get: () => {
      input.onClock?.();
      return time;
    },
  });
  return { site: siteVariables, pages };
}
