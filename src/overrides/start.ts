/**
 * Puts the site's layout overrides in place for a command (issue #13): called by src/cli/run.mjs once tsx is
 * registered and before the command's script is imported, so before any layout is. Finds the overrides, tells the
 * module hooks (./hooks.mjs), and checks that each one loads and exports what its original exports. On any
 * problem it throws a LayoutOverrideError listing them all, and the command stops before it has touched anything.
 */
import { pathToFileURL } from 'node:url';
import { ProblemsError } from '../errors.ts';
import { checkLayoutOverrides } from './check.ts';
import { findLayoutOverrides, type LayoutOverrides } from './find.ts';

/** The site's overrides cannot be used, or one of them failed. */
export class LayoutOverrideError extends ProblemsError {}

/** What ./register.mjs returns once the hooks are registered. */
export interface OverrideHooks {
  /** The site root and Broadsheet's folder, real paths. */
  readonly siteRoot: string;
  readonly generator: string;
  /** Tells the hooks which generator layout URL becomes which site file URL. */
  readonly redirect: (redirects: ReadonlyArray<readonly [string, string]>) => Promise<void>;
}

export interface OverridesInUse extends LayoutOverrides {
  /** The site root, real path. */
  readonly rootReal: string;
}

let inUse: OverridesInUse | undefined;

export async function startLayoutOverrides(hooks: OverrideHooks): Promise<void> {
  const found = await findLayoutOverrides(hooks.siteRoot, hooks.generator);
  if (found.problems.length > 0) throw new LayoutOverrideError(cannotUse, found.problems);
  await hooks.redirect(found.overrides.map((override) => [pathToFileURL(override.original).href, pathToFileURL(override.path).href] as const));
  const problems = await checkLayoutOverrides(found.overrides, hooks.siteRoot);
  if (problems.length > 0) throw new LayoutOverrideError(cannotUse, problems);
  inUse = { ...found, rootReal: hooks.siteRoot };
}

/**
 * The overrides this process renders with, and the warnings about theme/layouts/: for the build to log and warn.
 * Undefined when none are in place (no theme/layouts/, or the command was not started by src/cli/run.mjs).
 */
export function layoutOverridesInUse(): OverridesInUse | undefined {
  return inUse;
}

const cannotUse = "The site's layout overrides (theme/layouts/) cannot be used, so nothing was built:";
