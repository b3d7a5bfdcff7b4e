/**
 * Whether each override can stand in for its original (issue #13), before anything links against it: an override
 * that does not compile, throws as it loads, or lacks one of its original's exports would otherwise fail the
 * build deep inside module linking, as "does not provide an export named …" about a generator file. Each original
 * and each override is imported once in isolation (`?broadsheet-check`, see ./hooks.mjs), so one broken override
 * is never blamed on another, and every problem is reported at once.
 */
import { pathToFileURL } from 'node:url';
import type { Problem } from '../errors.ts';
import type { LayoutOverride } from './find.ts';
import { loadProblems } from './load-problem.ts';

/** Must match `checkParam` in ./hooks.mjs. */
const checkParam = 'broadsheet-check';

/** ./isolate.ts, loaded as a module of its own whose imports are isolated. */
async function isolation(): Promise<typeof import('./isolate.ts')> {
  const url = new URL('./isolate.ts', import.meta.url);
  url.searchParams.set(checkParam, '');
  return import(url.href);
}

type Namespace = Readonly<Record<string, unknown>>;

/** Problems with the overrides; none when each one loads and exports what its original exports. */
export async function checkLayoutOverrides(overrides: readonly LayoutOverride[], rootReal: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const { importIsolated } = await isolation();
  for (const override of overrides) {
    // The generator's own file: a failure here is Broadsheet's, and is thrown as it is.
    const original = await importIsolated(`broadsheet/layouts/${override.name}`);
    let replacement: Namespace;
    try {
      replacement = await importIsolated(pathToFileURL(override.path).href);
    } catch (error) {
      problems.push(...loadProblems(override, error, rootReal));
      continue;
    }
    const problem = missingExports(override, original, replacement);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

const kind = (value: unknown): string => (typeof value === 'function' ? 'a function' : value === undefined ? 'undefined' : `a ${typeof value}`);

/** What the override lacks of its original's exports, or exports as something else (a value for a component). */
export function missingExports(override: Pick<LayoutOverride, 'name' | 'sitePath'>, original: Namespace, replacement: Namespace): Problem | undefined {
  const names = Object.keys(original).sort();
  const missing = names.filter((name) => !(name in replacement));
  const specifier = `broadsheet/layouts/${override.name}`;
  if (missing.length > 0) {
    const them = missing.length === 1 ? 'it' : 'them';
    return {
      file: override.sitePath,
      message: `does not export ${listed(missing)}, which layouts/${override.name} exports; the layouts that import ${missing.length === 1 ? 'it' : 'these'} would break.`,
      fix: `Export ${them} (to keep Broadsheet's, re-export the original${missing.length === 1 ? '' : 's'}: export { ${missing.join(', ')} } from '${specifier}';).`,
    };
  }
  const changed = names.filter((name) => typeof original[name] === 'function' && typeof replacement[name] !== 'function');
  if (changed.length === 0) return undefined;
  const found = changed.map((name) => `${name} is ${kind(replacement[name])}`).join(', ');
  return {
    file: override.sitePath,
    message: `exports ${listed(changed)}, which must be ${changed.length === 1 ? 'a function' : 'functions'} (components), as in layouts/${override.name}; found: ${found}.`,
    fix: `Export ${changed.length === 1 ? 'it' : 'them'} as a function: export function ${changed[0]}(props) { … }.`,
  };
}

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
