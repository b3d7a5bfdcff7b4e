/**
 * Writes the planned pages (and feeds, sitemaps, robots.txt, _headers) straight to the output folder, a bounded
 * number in progress at a time (a story page may wait for its body's images).
 *
 * Eleventy renders every page of a build before it writes any and keeps them all in memory until the build ends;
 * for a news site (one page per story, 10,000s of them, and their listings) that made peak memory grow with the
 * archive (4x the bare baseline at 10,000 posts, see bench/). Pages are rendered and written here instead, inside
 * the same Eleventy build; assets stay with Eleventy.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PageToWrite {
  /** Relative to the output folder: `2025/10/09/slug/index.html`. */
  readonly outputPath: string;
}

/**
 * An incremental build's published folder (issue #14): a page it already holds byte for byte is not written into
 * the staging folder, only named in `kept`, and src/build/apply-changes.ts leaves it where it is.
 */
export interface Published {
  readonly dir: string;
  readonly kept: Set<string>;
}

/** What `render` returns for a page the published folder holds already, as its fingerprint showed (`Published`). */
export const unchangedPage = Symbol('unchanged page');

export async function writePages<Page extends PageToWrite>(
  pages: readonly Page[],
  outputDir: string,
  render: (page: Page) => string | typeof unchangedPage | Promise<string | typeof unchangedPage>,
  concurrency = 16,
  published?: Published,
): Promise<number> {
  const madeDirs = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const page = pages[next++];
      if (page === undefined) break;
      const html = await render(page);
      if (html === unchangedPage) {
        if (published === undefined) throw new Error(`Internal error: ${page.outputPath} was found unchanged in no published folder.`);
        published.kept.add(page.outputPath);
        continue;
      }
      if (published !== undefined && holds(path.join(published.dir, page.outputPath), html)) {
        published.kept.add(page.outputPath);
        continue;
      }
      const file = path.join(outputDir, page.outputPath);
      const dir = path.dirname(file);
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      // Written synchronously: a page is a few kilobytes into the page cache, and the thread-pool round trips of
      // async writes (open, write, close) cost more CPU than the write itself (about 10% of a 10,000-story build).
      writeFileSync(file, html);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  return pages.length;
}

/** Whether `file` holds exactly `html`, UTF-8; false when it is missing or not a file. */
function holds(file: string, html: string): boolean {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return false;
  }
  return bytes.length === Buffer.byteLength(html) && bytes.equals(Buffer.from(html));
}
