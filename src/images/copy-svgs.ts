/**
 * Broadsheet's own copy of the SVG images (issue #10), instead of Eleventy's passthrough copy (which copies a
 * symbolic link as a link, and a script as a script): every `.svg` under assets/images/ is found by the safe
 * walker, read as UTF-8, sanitised, and written into the output as a plain file of the same name. Any problem stops
 * the build before an SVG is written; removed content is a warning naming the file.
 */
import path from 'node:path';
import { ImageError, plural, type Problem } from '../errors.ts';
import { readText } from '../files/read-text.ts';
import { realRoot } from '../files/site-root.ts';
import { walkFolder } from '../files/walk.ts';
import { writeAtomically } from './cache.ts';
import { imagesDir } from './plan.ts';
import type { SvgSanitizer } from './svg.ts';

export interface SvgCopyOptions {
  /** The site root (holds assets/images). */
  readonly root: string;
  /** SVGs are written to <outputDir>/assets/images/<same path>. */
  readonly outputDir: string;
  /** Called once there is an SVG to clean; the same sanitizer should serve a whole build. */
  readonly sanitizer: () => Promise<SvgSanitizer>;
}

export interface SvgCopyResult {
  readonly copied: number;
  readonly warnings: readonly Problem[];
}

const isSvg = (name: string): boolean => /\.svg$/i.test(name);

/** Throws an ImageError listing every problem; writes nothing then. */
export async function copySvgs(options: SvgCopyOptions): Promise<SvgCopyResult> {
  const walked = await walkFolder(realRoot(options.root), imagesDir, { wants: isSvg, skips: (name) => name.startsWith('.') });
  const problems = [...walked.problems];
  const warnings = [...walked.warnings];
  const clean: Array<{ sitePath: string; svg: string }> = [];
  for (const file of walked.files) {
    const read = await readText(file, { folder: imagesDir });
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const result = (await options.sanitizer()).sanitize(read.text);
    if (!result.ok) {
      problems.push({ file: file.sitePath, message: result.message, fix: result.fix });
      continue;
    }
    if (result.removed.length > 0) {
      warnings.push({
        file: file.sitePath,
        message: `had unsafe content removed before it was published: ${result.removed.join(', ')}.`,
        fix: 'Remove it from the file to silence this warning (the published copy never carries it).',
      });
    }
    clean.push({ sitePath: file.sitePath, svg: result.svg });
  }
  if (problems.length > 0) {
    const files = new Set(problems.map((problem) => problem.file)).size;
    throw new ImageError(`${plural(problems.length, 'problem')} in ${plural(files, 'file')} under ${imagesDir}/; nothing was written:`, problems);
  }
  // Renamed into place: a link already at the target is replaced, never written through.
  await Promise.all(clean.map(({ sitePath, svg }) => writeAtomically(path.join(options.outputDir, ...sitePath.split('/')), svg)));
  return { copied: clean.length, warnings };
}
