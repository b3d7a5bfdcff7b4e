/**
 * The site's own look, from its `theme/` folder, without editing the generator (issue #13):
 * - `theme/*.css`: the site's stylesheets, published under `/assets/css/theme/` and linked after Broadsheet's, in
 *   name order, so they override it;
 * - `theme/head.html`: HTML added at the end of every page's `<head>` (verification tags, analytics);
 * - `theme/body-end.html`: HTML added before every page's `</body>`.
 * The owner's files, trusted as written (like the settings); read as strict UTF-8 through the safe walker, so
 * nothing outside the site is read (issue #10). Other files there are warned about, never silently ignored.
 */
import path from 'node:path';
import type { Problem } from '../errors.ts';
import type { CopiedFile } from '../files/copy-files.ts';
import { readText } from '../files/read-text.ts';
import { isHiddenName, walkFolder } from '../files/walk.ts';

export const themeFolder = 'theme';
export const headSnippet = 'head.html';
export const bodyEndSnippet = 'body-end.html';
/** Where the site's stylesheets are published: inside the folder the generator's own CSS is in (reserved). */
export const themeCssFolder = 'assets/css/theme';

export interface Theme {
  /** The site's stylesheets in the order they are linked, each with where it is published. */
  readonly stylesheets: readonly CopiedFile[];
  readonly head?: string;
  readonly bodyEnd?: string;
}

export interface ThemeRead {
  readonly theme: Theme;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

export const noTheme: Theme = { stylesheets: [] };

export async function readTheme(rootReal: string): Promise<ThemeRead> {
  const walked = await walkFolder(rootReal, themeFolder, { wants: () => true, skips: isHiddenName, warnFolderNames: false });
  const problems: Problem[] = [...walked.problems];
  const warnings: Problem[] = [...walked.warnings];
  const stylesheets: CopiedFile[] = [];
  const snippets: { head?: string; bodyEnd?: string } = {};
  for (const file of walked.files) {
    const inTheme = path.posix.relative(themeFolder, file.sitePath);
    if (inTheme.includes('/')) continue; // its folders are read by whoever uses them: theme/layouts/ by src/overrides/find.ts
    if (/\.css$/i.test(inTheme)) {
      stylesheets.push({ sitePath: file.sitePath, path: file.path, outputPath: `${themeCssFolder}/${inTheme}` });
    } else if (inTheme === headSnippet || inTheme === bodyEndSnippet) {
      const read = await readText(file, { folder: themeFolder });
      if (!read.ok) problems.push(read.problem);
      else if (inTheme === headSnippet) snippets.head = read.text;
      else snippets.bodyEnd = read.text;
    } else {
      warnings.push({ file: file.sitePath, message: 'is not used: the theme folder holds stylesheets (*.css), head.html and body-end.html.', fix: 'Move it into static/ to publish it as it is, or remove it.' });
    }
  }
  stylesheets.sort((a, b) => (a.outputPath < b.outputPath ? -1 : a.outputPath > b.outputPath ? 1 : 0));
  return { theme: { stylesheets, ...snippets }, problems, warnings };
}

/** `html` with the theme's snippets: `head` before the first `</head>`, `bodyEnd` before the last `</body>`. Pure. */
export function withSnippets(html: string, theme: Pick<Theme, 'head' | 'bodyEnd'>): string {
  let out = html;
  if (theme.head !== undefined && theme.head.trim() !== '') {
    const at = out.indexOf('</head>');
    if (at !== -1) out = `${out.slice(0, at)}${theme.head.trim()}\n${out.slice(at)}`;
  }
  if (theme.bodyEnd !== undefined && theme.bodyEnd.trim() !== '') {
    const at = out.lastIndexOf('</body>');
    if (at !== -1) out = `${out.slice(0, at)}${theme.bodyEnd.trim()}\n${out.slice(at)}`;
  }
  return out;
}
