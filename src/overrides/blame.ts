/**
 * An error thrown by the site's own layout code while a page renders, told as the site's (issue #13): without
 * this the command line calls an error it does not know "a fault in Broadsheet" (src/cli/failure.ts), and points
 * the author at a bug report instead of at the line of their override.
 */
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { themeFolder } from '../theme/theme.ts';
import { stackFrames } from './load-problem.ts';
import { LayoutOverrideError, layoutOverridesInUse, type OverridesInUse } from './start.ts';

/** The error and those it wraps (`cause`, Eleventy's `originalError`), outermost first. */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current !== null && typeof current === 'object' && !chain.includes(current) && chain.length < 20; ) {
    chain.push(current);
    const { cause, originalError } = current as { cause?: unknown; originalError?: unknown };
    current = originalError ?? cause;
  }
  return chain;
}

/**
 * `error` as the site's, when a frame of its stack is in an override or in other code of the site's theme/ (a
 * helper an override imports); else undefined. `page`: the URL being rendered, when known. Pure.
 */
export function blameSiteCode(error: unknown, inUse: Pick<OverridesInUse, 'overrides' | 'rootReal'>, page?: string): LayoutOverrideError | undefined {
  const theme = path.join(inUse.rootReal, themeFolder);
  const siteName = (file: string): string | undefined => {
    const override = inUse.overrides.find((candidate) => candidate.path === file);
    if (override !== undefined) return override.sitePath;
    const relative = path.relative(theme, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : `${themeFolder}/${relative.split(path.sep).join('/')}`;
  };
  for (const candidate of chainOf(error)) {
    if (!(candidate instanceof Error) || candidate.stack === undefined) continue;
    for (const at of stackFrames(candidate.stack)) {
      const name = siteName(at.file);
      if (name === undefined) continue;
      const problem: Problem = {
        file: name,
        line: at.line,
        message: `failed while rendering ${page ?? 'a page'}: ${candidate.name}: ${candidate.message}.`,
        fix: "Correct the site's code there (run with --verbose for the whole trace).",
      };
      return new LayoutOverrideError("A layout override of the site failed, so nothing was built:", [problem], { cause: error });
    }
  }
  return undefined;
}

/** `blameSiteCode` with the overrides this process renders with; undefined when there are none. */
export function overrideFailure(error: unknown, page?: string): LayoutOverrideError | undefined {
  const inUse = layoutOverridesInUse();
  return inUse === undefined || inUse.overrides.length === 0 ? undefined : blameSiteCode(error, inUse, page);
}
