/**
 * Writes story pages straight to the output folder, a bounded number at a time.
 *
 * Eleventy renders every page of a build before it writes any and keeps them all in memory until the build ends;
 * for the bulk of a news site (one page per story, 10,000s of them) that made peak memory grow with the archive
 * (4x the bare baseline at 10,000 posts, see bench/). Stories are rendered and written here instead, inside the same
 * Eleventy build; listings, feeds and assets stay with Eleventy.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PageToWrite {
  /** Relative to the output folder: `2025/10/09/slug/index.html`. */
  readonly outputPath: string;
}

export async function writePages<Page extends PageToWrite>(
  pages: readonly Page[],
  outputDir: string,
  render: (page: Page) => string | Promise<string>,
  concurrency = 16,
): Promise<number> {
  const madeDirs = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < pages.length) {
      const page = pages[next++];
      if (page === undefined) break;
      const file = path.join(outputDir, page.outputPath);
      const dir = path.dirname(file);
      if (!madeDirs.has(dir)) {
        await mkdir(dir, { recursive: true });
        madeDirs.add(dir);
      }
      await writeFile(file, await render(page));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
  return pages.length;
}
