/**
 * A Jekyll site's static files (issue #11): every file Jekyll would copy as it is (`wp-content/uploads/…`, PDFs,
 * `assets/2006/…`), published at the same path, so the thousands of links posts hold keep working. As in Jekyll,
 * names starting with `.` or `_` are not copied (nor their folders), nor Jekyll's default excludes; a file that
 * starts with front matter is a Jekyll page, not a static file (pages are the owner's templates, built elsewhere).
 * Raster photos under `assets/images/` go through the image pipeline instead, as a Broadsheet site's do.
 */
import { open } from 'node:fs/promises';
import type { Problem } from '../errors.ts';
import { isHiddenName, walkFolder, type WalkedFile } from '../files/walk.ts';

/** Jekyll 4.3's default `exclude`, and what is never part of a site's output (Broadsheet's own settings files among it). */
const excluded: ReadonlySet<string> = new Set(['Gemfile', 'Gemfile.lock', 'gemfiles', 'node_modules', 'vendor', 'package.json', 'package-lock.json', 'posts', 'site.json', 'broadsheet.json']);

/** Photos go through the image pipeline and SVGs through the sanitiser; neither is copied as it is. */
const isPipelinePhoto = (sitePath: string): boolean => /^assets\/images\/.+\.(jpe?g|png|webp|gif|avif|tiff?|svg)$/i.test(sitePath);

export interface StaticFiles {
  readonly files: readonly WalkedFile[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

/** What findStaticFiles passes over: Jekyll's rules (`.`, `_`, `#`, `~`) and the default excludes. */
export const notStatic = (name: string): boolean => isHiddenName(name) || name.startsWith('_') || excluded.has(name);

/** Whether a file starts with a front-matter fence (a Jekyll page, not a static file), read from its first bytes only. */
export async function startsWithFrontMatter(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    return /^---\r?\n/.test(buffer.subarray(0, bytesRead).toString('latin1'));
  } finally {
    await handle.close();
  }
}

export async function findStaticFiles(rootReal: string): Promise<StaticFiles> {
  const walked = await walkFolder(rootReal, '', {
    wants: () => true,
    warnFolderNames: false,
    skips: notStatic,
  });
  const files: WalkedFile[] = [];
  const warnings: Problem[] = [...walked.warnings];
  for (const file of walked.files) {
    const sitePath = file.sitePath.replace(/^\/+/, '');
    if (isPipelinePhoto(sitePath)) continue;
    if (await startsWithFrontMatter(file.path)) {
      warnings.push({ file: sitePath, message: 'is a Jekyll page (it has front matter); Broadsheet does not build Jekyll pages yet, so it is not published.', fix: 'Move what it shows into a post, or publish it as a static file without front matter.' });
      continue;
    }
    files.push({ ...file, sitePath });
  }
  return { files, problems: walked.problems, warnings };
}
