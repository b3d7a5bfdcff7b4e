/**
 * A file the SEO modules plan (sitemaps, robots.txt): where it goes and how to make its text. Pure data with a
 * deferred `render`, so the page writer can check collisions against every planned output before rendering any.
 */
export interface GeneratedFile {
  /** Prefix-free URL path, as `src/pages/permalinks` spells it: `/sitemap.xml`. */
  readonly url: string;
  /** Relative to the output folder: `sitemap.xml`. */
  readonly outputPath: string;
  /** What produces it, for messages (as `PlannedOutput.source`). */
  readonly source: string;
  readonly contentType: string;
  readonly render: () => string;
}

export const xmlContentType = 'application/xml; charset=utf-8';
export const textContentType = 'text/plain; charset=utf-8';
