/**
 * Copies site files into the output as they are (the site's `static/` folder, a Jekyll site's static files): bytes,
 * never links, a few at a time so a site with thousands of uploads does not open thousands of files at once.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** A site file published as it is. */
export interface CopiedFile {
  /** From the site root, for messages: `static/ads.txt`, `wp-content/uploads/x.pdf`. */
  readonly sitePath: string;
  /** The real path to read, every link resolved by the walker, inside the site. */
  readonly path: string;
  /** Where it is published, from the output folder, forward slashes: `ads.txt`, `wp-content/uploads/x.pdf`. */
  readonly outputPath: string;
}

const atOnce = 16;

/** How many files were copied. */
export async function copySiteFiles(files: readonly CopiedFile[], outputDir: string): Promise<number> {
  for (let i = 0; i < files.length; i += atOnce) {
    await Promise.all(
      files.slice(i, i + atOnce).map(async (file) => {
        const target = path.join(outputDir, ...file.outputPath.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(file.path, target);
      }),
    );
  }
  return files.length;
}
