/**
 * Copies site files into the output as they are (a Jekyll site's static files): bytes, never links, a few at a
 * time so a site with thousands of uploads does not open thousands of files at once.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { WalkedFile } from './walk.ts';

const atOnce = 16;

/** How many files were copied. `file.path` is the real path the walker resolved, inside the site. */
export async function copySiteFiles(files: readonly WalkedFile[], outputDir: string): Promise<number> {
  for (let i = 0; i < files.length; i += atOnce) {
    await Promise.all(
      files.slice(i, i + atOnce).map(async (file) => {
        const target = path.join(outputDir, ...file.sitePath.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(file.path, target);
      }),
    );
  }
  return files.length;
}
