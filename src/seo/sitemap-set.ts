/**
 * One sitemap, or an index of parts when there are too many URLs for one file (sitemaps.org protocol: at most
 * 50,000 URLs a file, an index lists the files). Shared by the sitemap and the Google News sitemap, which differ
 * only in what each `<url>` holds and in their limits.
 */
import { isoInZone } from '../content/dates.ts';
import { absoluteUrl, outputPathFor, sitemapPartUrl } from '../urls/permalinks.ts';
import type { Site } from '../site.ts';
import { type GeneratedFile, xmlContentType } from './files.ts';
import { element, xmlDeclaration } from './xml.ts';

export const sitemapNamespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export interface SitemapSet<T> {
  /** The sitemap's URL; the index's when it is split. */
  readonly url: string;
  /** Names the file in messages: `the sitemap`. */
  readonly source: string;
  readonly maxUrls: number;
  /** The `<lastmod>` an item contributes to its part's entry in the index. */
  readonly lastmodOf: (item: T) => Date | undefined;
  /** A whole `<urlset>` document for `items`. */
  readonly renderUrlset: (items: readonly T[]) => string;
}

function xmlFile(url: string, source: string, render: () => string): GeneratedFile {
  return { url, outputPath: outputPathFor(url, '.xml'), source, contentType: xmlContentType, render };
}

/** The newest of some dates, or undefined when none is given. */
export function newest(dates: readonly (Date | undefined)[]): Date | undefined {
  let found: Date | undefined;
  for (const date of dates) if (date !== undefined && (found === undefined || date.getTime() > found.getTime())) found = date;
  return found;
}

/** `items` in the order given: one file, or the index at `set.url` first and then its parts. */
export function planSitemapSet<T>(items: readonly T[], site: Site, set: SitemapSet<T>): GeneratedFile[] {
  if (!Number.isInteger(set.maxUrls) || set.maxUrls < 1) {
    throw new RangeError(`${set.source}: maxUrls must be a whole number of at least 1; found ${set.maxUrls}`);
  }
  if (items.length <= set.maxUrls) return [xmlFile(set.url, set.source, () => set.renderUrlset(items))];

  const parts = Array.from({ length: Math.ceil(items.length / set.maxUrls) }, (_, index) => {
    const chunk = items.slice(index * set.maxUrls, (index + 1) * set.maxUrls);
    return { url: sitemapPartUrl(set.url, index + 1), number: index + 1, items: chunk };
  });
  const renderIndex = (): string => {
    const entries = parts.map((part) => {
      const lastmod = newest(part.items.map(set.lastmodOf));
      const when = lastmod === undefined ? '' : element('lastmod', isoInZone(lastmod, site.timeZone));
      return `<sitemap>${element('loc', absoluteUrl(site, part.url))}${when}</sitemap>`;
    });
    return `${xmlDeclaration}\n<sitemapindex xmlns="${sitemapNamespace}">\n${entries.join('\n')}\n</sitemapindex>\n`;
  };
  return [
    xmlFile(set.url, `${set.source} (index)`, renderIndex),
    ...parts.map((part) => xmlFile(part.url, `${set.source} (part ${part.number} of ${parts.length})`, () => set.renderUrlset(part.items))),
  ];
}
