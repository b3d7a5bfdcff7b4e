/**
 * The owner's `pages/` folder (issue #13), listed by the safe walker before Eleventy reads it (issue #10: a link out
 * of the site stops the build). Each file is a template Eleventy renders, a data file of the cascade, a layout or
 * include, or nothing Eleventy will use: those are warned about by name, never silently dropped.
 */
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { isHiddenName, walkFolder, type WalkedFile } from '../files/walk.ts';

export const pagesFolder = 'pages';
/** Layouts and includes of the owner's templates, inside `pages/` as Eleventy has them inside its input. */
export const includesFolder = '_includes';
/** The global data of the cascade, at the site's root (where a Jekyll site has its `_data/` too). */
export const dataFolder = '_data';

/** Template languages of `pages/`, as Eleventy names them. TSX and TypeScript run through the build's own loader. */
export const templateFormats = ['md', 'njk', 'liquid', 'html', '11ty.js', '11ty.ts', '11ty.tsx', '11ty.jsx'] as const;

export type PageFileRole = 'template' | 'data' | 'include' | 'unused';

const isTemplate = (name: string): boolean => templateFormats.some((format) => name.toLowerCase().endsWith(`.${format}`));
/** `pages/team/about.njk` → `pages/team/about`: the stem a data file `about.json` beside it belongs to. */
const stemOf = (sitePath: string): string => sitePath.replace(new RegExp(`\\.(${templateFormats.map((f) => f.replace('.', '\\.')).join('|')})$`, 'i'), '');

/**
 * Eleventy's data files: `x.11tydata.json|js` always; `x.json` only as the data of a template `x.*` beside it or of
 * its folder (`team/team.json`). Otherwise a `.json` file is nobody's.
 */
function isDataFile(sitePath: string, templateStems: ReadonlySet<string>): boolean {
  if (/\.11tydata\.(json|js|cjs|mjs)$/i.test(sitePath)) return true;
  const match = /^(.+)\.json$/i.exec(sitePath);
  if (match?.[1] === undefined) return false;
  const folder = path.posix.dirname(sitePath);
  return templateStems.has(match[1]) || path.posix.basename(match[1]) === path.posix.basename(folder);
}

/** What a file of `pages/` is to Eleventy, given the stems of every template there. */
export function roleOf(sitePath: string, templateStems: ReadonlySet<string>): PageFileRole {
  const inPages = sitePath.slice(pagesFolder.length + 1);
  if (inPages.split('/')[0] === includesFolder) return 'include';
  if (isTemplate(inPages)) return 'template';
  return isDataFile(sitePath, templateStems) ? 'data' : 'unused';
}

export interface PageFiles {
  readonly templates: readonly WalkedFile[];
  /** Layouts and includes, in `pages/_includes/`. */
  readonly includes: readonly WalkedFile[];
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

const unusedFix = `Rename it to a template (${templateFormats.map((format) => `.${format}`).join(', ')}), move it into static/ to publish it as it is, or remove it.`;

/** The files of `pages/`; a site without the folder has none. */
export async function findPageFiles(rootReal: string): Promise<PageFiles> {
  const walked = await walkFolder(rootReal, pagesFolder, { wants: () => true, skips: isHiddenName, warnFolderNames: false });
  const warnings = [...walked.warnings];
  const templates: WalkedFile[] = [];
  const includes: WalkedFile[] = [];
  const stems = new Set(walked.files.filter((file) => isTemplate(file.sitePath)).map((file) => stemOf(file.sitePath)));
  for (const file of walked.files) {
    const role = roleOf(file.sitePath, stems);
    if (role === 'template') templates.push(file);
    if (role === 'include') includes.push(file);
    if (role === 'unused') warnings.push({ file: file.sitePath, message: 'is in pages/, but no template language renders it, so it is not published.', fix: unusedFix });
  }
  return { templates, includes, problems: walked.problems, warnings };
}
