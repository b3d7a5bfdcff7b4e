/**
 * `robots.txt` (issue #5): every page may be crawled, and the sitemaps are named by absolute URL (RFC 9309 §2.2.4
 * leaves `Sitemap:` to the sitemaps.org protocol, which wants them absolute). Pure.
 *
 * Crawlers read robots.txt only at the root of a host. Under a path prefix (`/news/`) the file is still written,
 * at `/news/robots.txt`, for whoever runs the host to merge its `Sitemap:` lines into the root one.
 */
import { absoluteUrl, newsSitemapUrl, outputPathFor, robotsUrl, sitemapUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { type GeneratedFile, textContentType } from './files.ts';

/** The site's sitemaps, as prefix-free URL paths: the sitemap (or its index) and the news sitemap. */
export function defaultSitemapUrls(): string[] {
  return [sitemapUrl, newsSitemapUrl];
}

export function robotsTxt(site: Site, sitemapUrls: readonly string[] = defaultSitemapUrls()): string {
  // An empty `Disallow:` allows everything and is read the same by every crawler, old or new.
  const lines = ['User-agent: *', 'Disallow:', '', ...sitemapUrls.map((url) => `Sitemap: ${absoluteUrl(site, url)}`)];
  return `${lines.join('\n')}\n`;
}

export function planRobots(site: Site, sitemapUrls: readonly string[] = defaultSitemapUrls()): GeneratedFile {
  return {
    url: robotsUrl,
    outputPath: outputPathFor(robotsUrl, '.txt'),
    source: 'robots.txt',
    contentType: textContentType,
    render: () => robotsTxt(site, sitemapUrls),
  };
}
