/**
 * What `post_url`, `link` and `include_relative` look up (issue #12), from the build's posts and files, by Jekyll's
 * rules. URLs come back with the base URL, as Jekyll 4's tags give them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { splitFrontMatter } from '../content/front-matter.ts';
import type { Post } from '../content/schema.ts';
import { decodeUtf8 } from '../files/decode-text.ts';
import { locateSync } from '../files/site-root.ts';
import type { WalkedFile } from '../files/walk.ts';
import { jekyllPageUrl } from '../jekyll/page-url.ts';
import { relativeUrl } from './filters.ts';
import type { JekyllTagContext } from './tags.ts';
import { jekyllUrl } from './variables.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Jekyll's PostComparer::MATCHER: an optional folder, a date, a slug. */
const postName = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/;

const notFoundFix = 'Make sure the post exists and is published, and write its file name without the extension: {% post_url 2025-10-09-slug %} (with its folder for a post in news/_posts/: news/2025-10-09-slug).';

/**
 * Jekyll's `post_url`: the post whose path is `_posts/<folder/><date>-<slug>.<ext>` or `<folder/>_posts/<date>-<slug>.<ext>`
 * (Broadsheet's `posts/` counts as `_posts/`).
 */
export function postUrlLookup(posts: readonly Post[], baseUrl: string): JekyllTagContext['postUrl'] {
  // By file name without its extension (`2025-10-09-slug`): a site's posts are looked up many times each.
  const byName = new Map<string, Post[]>();
  for (const post of posts) {
    const name = path.posix.basename(post.sourcePath).replace(/\.[^.]+$/, '');
    let list = byName.get(name);
    if (list === undefined) byName.set(name, (list = []));
    list.push(post);
  }
  return (name) => {
    const match = postName.exec(name.replace(/^\//, ''));
    if (match === null) return { error: `Could not parse name of post "${name}" in tag 'post_url'.\n${notFoundFix}` };
    const folder = escapeRegExp(match[1] ?? '');
    const rest = `${escapeRegExp(match[2] ?? '')}-${escapeRegExp(match[3] ?? '')}\\.[^.]+$`;
    const pattern = new RegExp(`^(?:_posts|posts)/${folder}${rest}|^${folder}_posts/?${rest}`);
    const found = byName.get(`${match[2] ?? ''}-${match[3] ?? ''}`)?.find((post) => pattern.test(post.sourcePath));
    if (found !== undefined) return { url: relativeUrl(baseUrl, jekyllUrl(found)) ?? '' };
    return { error: `Could not find post "${name}" in tag 'post_url'.\n${notFoundFix}` };
  };
}

export interface LinkContext {
  readonly posts: readonly Post[];
  readonly staticFiles: readonly WalkedFile[];
  readonly baseUrl: string;
  readonly rootReal: string;
  /** The site's `permalink`, which decides a page's URL suffix. */
  readonly permalink: string;
  /** Told of each link to a Jekyll page, which the build does not publish yet. */
  readonly warnPage: (sitePath: string) => void;
}

/**
 * Jekyll's `link`: a post, a static file, or a Jekyll page (a file with front matter, `about.md`) by its path from
 * the site root. Pages are not built yet (they are the owner's templates): the link gets the URL Jekyll gives the
 * page, and the build says so.
 */
export function linkLookup(context: LinkContext): JekyllTagContext['link'] {
  const bySource = new Map(context.posts.map((post) => [post.sourcePath, post]));
  const statics = new Set(context.staticFiles.map((file) => file.sitePath));
  const pageUrl = pageReader(context);
  return (name) => {
    const sitePath = name.replace(/^\/+/, '');
    const post = bySource.get(sitePath);
    if (post !== undefined) return { url: relativeUrl(context.baseUrl, jekyllUrl(post)) ?? '' };
    if (statics.has(sitePath)) return { url: relativeUrl(context.baseUrl, `/${sitePath}`) ?? '' };
    const page = pageUrl(sitePath);
    if (page !== undefined) {
      context.warnPage(sitePath);
      return { url: relativeUrl(context.baseUrl, page) ?? '' };
    }
    return {
      error: `Could not find document '${name}' in tag 'link'.\nMake sure the document exists and the path is correct: a post (_posts/2025-10-09-slug.md), a page or a file published as it is, by its path from the site folder.`,
    };
  };
}

/** A Jekyll page's URL by its site path, or undefined when there is no such page inside the site. */
function pageReader(context: LinkContext): (sitePath: string) => string | undefined {
  return (sitePath) => {
    if (sitePath.split('/').some((part) => part === '..' || part.startsWith('_') || part.startsWith('.'))) return undefined;
    const location = locateSync(context.rootReal, sitePath);
    if (location.kind !== 'inside') return undefined;
    let text: string;
    try {
      const decoded = decodeUtf8(sitePath, readFileSync(location.path));
      if (!decoded.ok) return undefined;
      text = decoded.text;
    } catch {
      return undefined;
    }
    const split = splitFrontMatter(sitePath, text);
    if (!split.ok || !text.startsWith('---')) return undefined;
    const permalink = split.post.data['permalink'];
    return jekyllPageUrl(sitePath, typeof permalink === 'string' ? permalink : undefined, context.permalink);
  };
}

/** `include_relative`: a file beside the post, inside the site (links out of it refused), as strict UTF-8. */
export function relativeReader(rootReal: string): JekyllTagContext['readRelative'] {
  return (postPath, file) => {
    const sitePath = path.posix.normalize(path.posix.join(path.posix.dirname(postPath), file));
    const location = locateSync(rootReal, sitePath);
    const missing = `Could not locate the included file '${file}' beside ${postPath} (looked for ${sitePath}).`;
    if (location.kind === 'outside') return { error: `${missing.replace(/\.$/, '')}: it leads outside the site folder, which Broadsheet never reads.` };
    if (location.kind !== 'inside') return { error: missing };
    let bytes: Buffer;
    try {
      bytes = readFileSync(location.path);
    } catch (error) {
      return { error: `Could not read the included file '${file}' (${sitePath}): ${(error as Error).message}.` };
    }
    const decoded = decodeUtf8(sitePath, bytes);
    return decoded.ok ? { text: decoded.text, sitePath } : { error: `The included file ${sitePath} ${decoded.problem.message}` };
  };
}
