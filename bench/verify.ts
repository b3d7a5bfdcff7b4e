/**
 * A broken build must not look fast: after every run the bench checks that each corpus post has its page. Both the
 * build and the baseline write a post to `…/<file stem>/index.html` (the corpus's stems are already slugs).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface PageCheck {
  readonly found: number;
  readonly expected: number;
  /** A few stems with no page, for the message. */
  readonly missing: readonly string[];
}

export async function checkPostPages(outputDir: string, stems: readonly string[]): Promise<PageCheck> {
  const entries = await readdir(outputDir, { recursive: true });
  const pageFolders = new Set<string>();
  for (const entry of entries) {
    if (path.basename(entry) === 'index.html') pageFolders.add(path.basename(path.dirname(entry)));
  }
  const missing = stems.filter((stem) => !pageFolders.has(stem));
  return { found: stems.length - missing.length, expected: stems.length, missing: missing.slice(0, 5) };
}

export function describePageCheck(what: string, outputDir: string, check: PageCheck): string {
  return `${what} wrote ${check.found} of ${check.expected} post pages under ${outputDir}; missing, for example: ${check.missing.join(', ')}.`;
}
