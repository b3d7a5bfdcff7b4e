/**
 * The Google News sitemap, `news-sitemap.xml` (issue #5): the stories of the 48 hours before the build, each with
 * `news:publication` (name, language), `news:publication_date` and `news:title`. The build time is an argument
 * (BUILD_TIME when set), so this file too is reproducible. Google's limit is 1,000 URLs a news sitemap; past it
 * the file becomes an index of parts, like `sitemap.xml`. Pure.
 */
import { listedPosts, newestFirst } from '../collections/posts.ts';
import { isoInZone } from '../content/dates.ts';
import type { Post } from '../content/schema.ts';
import { absoluteUrl, newsSitemapUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import type { GeneratedFile } from './files.ts';
import { planSitemapSet, sitemapNamespace } from './sitemap-set.ts';
import { element, xmlDeclaration } from './xml.ts';

export const newsNamespace = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Google News takes "articles published in the last two days". */
export const newsWindowMs = 48 * 60 * 60 * 1000;

export interface NewsSitemapOptions {
  readonly maxUrls: number;
}

export function defaultNewsSitemapOptions(): NewsSitemapOptions {
  return { maxUrls: 1000 };
}

/** Published at most 48 hours before `buildTime` (the edge included) and not after it. */
export function inNewsWindow(post: Post, buildTime: Date): boolean {
  const age = buildTime.getTime() - post.date.getTime();
  return age >= 0 && age <= newsWindowMs;
}

/**
 * `news:language` is an ISO 639 code, not a BCP 47 tag: `en-GB` → `en`. Chinese is the exception Google names:
 * `zh-cn` for Simplified, `zh-tw` for Traditional.
 */
export function newsLanguage(tag: string): string {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split(/[-_]/)[0] ?? lower;
  if (primary !== 'zh') return primary;
  return /^zh[-_](hant|tw|hk|mo)\b/.test(lower) ? 'zh-tw' : 'zh-cn';
}

function renderUrlset(stories: readonly Post[], site: Site, publicationName: string): string {
  const publication = `<news:publication>${element('news:name', publicationName)}${element('news:language', newsLanguage(site.language))}</news:publication>`;
  const urls = stories.map((post) => {
    const news = `<news:news>${publication}${element('news:publication_date', isoInZone(post.date, site.timeZone))}${element('news:title', post.title)}</news:news>`;
    return `<url>${element('loc', absoluteUrl(site, post.url))}${news}</url>`;
  });
  // An empty <urlset> is still written when nothing is recent, so robots.txt never points at a missing file.
  const body = urls.length === 0 ? '' : `${urls.join('\n')}\n`;
  return `${xmlDeclaration}\n<urlset xmlns="${sitemapNamespace}" xmlns:news="${newsNamespace}">\n${body}</urlset>\n`;
}

/**
 * `stories` as `buildCollections` lists them; standalone pages (`layout: page`) are left out in any case. Newest
 * first, ties by URL.
 */
export function planNewsSitemap(
  stories: readonly Post[],
  site: Site,
  buildTime: Date,
  publicationName: string,
  options: NewsSitemapOptions = defaultNewsSitemapOptions(),
): GeneratedFile[] {
  const recent = newestFirst(listedPosts(stories).filter((post) => inNewsWindow(post, buildTime)));
  return planSitemapSet(recent, site, {
    url: newsSitemapUrl,
    source: 'the news sitemap',
    maxUrls: options.maxUrls,
    lastmodOf: (post) => post.date,
    renderUrlset: (items) => renderUrlset(items, site, publicationName),
  });
}
