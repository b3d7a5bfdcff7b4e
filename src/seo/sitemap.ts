/**
 * `sitemap.xml` (issue #5): every page the build writes, by URL, with `<lastmod>` where the build knows when the
 * page last changed. Past `maxUrls` it becomes an index of `sitemap-1.xml`, `sitemap-2.xml`… Pure.
 */
import { isoInZone } from '../content/dates.ts';
import type { Post } from '../content/schema.ts';
import type { PageSpec } from '../pages/plan.ts';
import { absoluteUrl, sitemapUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import type { GeneratedFile } from './files.ts';
import { newest, planSitemapSet, sitemapNamespace } from './sitemap-set.ts';
import { element, xmlDeclaration } from './xml.ts';

export interface SitemapEntry {
  /** Prefix-free URL path of the page. */
  readonly url: string;
  readonly lastmod?: Date;
}

export interface SitemapOptions {
  /** URLs per file; the sitemaps.org limit is 50,000. */
  readonly maxUrls: number;
}

export function defaultSitemapOptions(): SitemapOptions {
  return { maxUrls: 50_000 };
}

/** When a story last changed: `last_modified_at`, else its date. */
export function changedAt(post: Post): Date {
  return post.lastModified ?? post.date;
}

/**
 * The sitemap's entries for planned pages. A story's `lastmod` is when it last changed. The first page of a
 * listing changes when one of its stories does or a newer one arrives, which is the newest change among the stories
 * it shows; the front page's first page shows the newest stories of all (its spec carries none, so every story
 * counts). Later pages shift with every new story and indexes with every new term, so they get no `lastmod`
 * rather than a wrong one (Google ignores `lastmod` values it finds inaccurate). The not-found page is no page
 * to index. The switch is exhaustive: a new kind of page must decide here.
 */
export function sitemapEntries(pages: readonly PageSpec[]): SitemapEntry[] {
  const frontLastmod = newest(pages.map((page) => (page.kind === 'story' && page.post.layout !== 'page' ? changedAt(page.post) : undefined)));
  const entry = (url: string, lastmod: Date | undefined): SitemapEntry[] => [lastmod === undefined ? { url } : { url, lastmod }];
  return pages.flatMap((page): SitemapEntry[] => {
    switch (page.kind) {
      case 'story':
        return entry(page.url, changedAt(page.post));
      case 'front':
        return entry(page.url, page.page.number === 1 ? frontLastmod : undefined);
      case 'listing':
        return entry(page.url, page.page.number === 1 ? newest(page.page.items.map(changedAt)) : undefined);
      case 'index':
        return entry(page.url, undefined);
      case 'search':
      case 'not-found':
        return [];
      default: {
        const unknown: never = page;
        return unknown;
      }
    }
  });
}

function renderUrlset(entries: readonly SitemapEntry[], site: Site): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod === undefined ? '' : element('lastmod', isoInZone(entry.lastmod, site.timeZone));
    return `<url>${element('loc', absoluteUrl(site, entry.url))}${lastmod}</url>`;
  });
  return `${xmlDeclaration}\n<urlset xmlns="${sitemapNamespace}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `sitemap.xml`, or the index and its parts; entries in URL order so two builds write the same bytes. */
export function planSitemaps(entries: readonly SitemapEntry[], site: Site, options: SitemapOptions = defaultSitemapOptions()): GeneratedFile[] {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return planSitemapSet(sorted, site, {
    url: sitemapUrl,
    source: 'the sitemap',
    maxUrls: options.maxUrls,
    lastmodOf: (entry) => entry.lastmod,
    renderUrlset: (items) => renderUrlset(items, site),
  });
}
