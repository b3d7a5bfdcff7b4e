/**
 * Which of the generator's layouts and components a site replaces (issue #13, overrides without forking): a file
 * under the site's `theme/layouts/` with the path of one under the generator's `layouts/` replaces it
 * (`theme/layouts/post.tsx`, `theme/layouts/components/byline.tsx`). The site is read through the safe walker, so a
 * link out of the site is refused like everywhere else (issue #10); anything else there is warned about, never
 * silently ignored. ./hooks.mjs does the replacing, with the list this makes.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { likelyKey } from '../content/suggest.ts';
import type { Problem } from '../errors.ts';
import { isHiddenName, walkFolder } from '../files/walk.ts';
import { themeFolder } from '../theme/theme.ts';

/** Where a site's overrides live, from its root. */
export const overridesFolder = `${themeFolder}/layouts`;
/** Where the generator's layouts live, from its folder. */
export const layoutsFolder = 'layouts';

export interface LayoutOverride {
  /** The layout replaced, from the generator's layouts/ (and the site's theme/layouts/): `components/byline.tsx`. */
  readonly name: string;
  /** The site's file, from the site root: `theme/layouts/components/byline.tsx`. */
  readonly sitePath: string;
  /** The site's file, real path (every link resolved, inside the site). */
  readonly path: string;
  /** The generator's file it replaces, real path. */
  readonly original: string;
}

export interface LayoutOverrides {
  /** Layouts first, then components, each by name (as `overridableLayouts` lists them). */
  readonly overrides: readonly LayoutOverride[];
  /** Links out of the site, dangling links, unreadable folders: nothing may be built. */
  readonly problems: readonly Problem[];
  /** Files under theme/layouts/ that replace nothing. */
  readonly warnings: readonly Problem[];
}

/**
 * `rootReal`: the site root, real path (src/files/site-root.ts `realRoot`); `generatorDir`: Broadsheet's folder.
 * Nothing when the site has no theme/layouts/ or when that is the generator's own layouts/ folder.
 */
export async function findLayoutOverrides(rootReal: string, generatorDir: string): Promise<LayoutOverrides> {
  const generatorReal = await realpath(generatorDir);
  const originalsFolder = path.join(generatorReal, layoutsFolder);
  const siteFolder = await realpath(path.join(rootReal, overridesFolder)).catch(() => undefined);
  if (siteFolder === originalsFolder) return { overrides: [], problems: [], warnings: [] };
  const walked = await walkFolder(rootReal, overridesFolder, { wants: () => true, skips: isHiddenName, warnFolderNames: false });
  const layouts = await overridableLayouts(generatorReal);
  const overrides: LayoutOverride[] = [];
  const warnings: Problem[] = [...walked.warnings];
  for (const file of walked.files) {
    const name = path.posix.relative(overridesFolder, file.sitePath);
    if (layouts.includes(name)) {
      overrides.push({ name, sitePath: file.sitePath, path: file.path, original: path.join(originalsFolder, ...name.split('/')) });
    } else {
      warnings.push(unmatched(file.sitePath, name, layouts));
    }
  }
  overrides.sort((a, b) => layouts.indexOf(a.name) - layouts.indexOf(b.name));
  return { overrides, problems: walked.problems, warnings };
}

/** The generator's layouts and components, from its layouts/ folder: `base.tsx`, …, `components/byline.tsx`, … */
export async function overridableLayouts(generatorDir: string): Promise<string[]> {
  const walked = await walkFolder(generatorDir, layoutsFolder, { wants: (name) => name.endsWith('.tsx'), skips: isHiddenName });
  const names = walked.files.map((file) => path.posix.relative(layoutsFolder, file.sitePath));
  return names.sort(layoutOrder);
}

/** Layouts first, then components, each by name, as a reader looks for them. */
const layoutOrder = (a: string, b: string): number => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0);

function unmatched(sitePath: string, name: string, layouts: readonly string[]): Problem {
  const listed = `layouts that can be overridden: ${layouts.join(', ')}.`;
  if (!name.endsWith('.tsx')) {
    return { file: sitePath, message: `is not used: only a .tsx file named like a layout or component replaces it; ${listed}`, fix: 'Move it out of theme/layouts/ (a helper an override imports can live in another folder of theme/, e.g. theme/lib/), or remove it.' };
  }
  const likely = likelyKey(name, layouts) ?? layouts.find((layout) => path.posix.basename(layout) === path.posix.basename(name));
  const fix = likely === undefined ? 'Rename it after the layout it replaces, or remove it.' : `Did you mean theme/layouts/${likely}? Rename it, or remove it.`;
  return { file: sitePath, message: `matches no layout, so it replaces nothing; ${listed}`, fix };
}
