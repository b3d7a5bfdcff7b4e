/**
 * Whether a path lies inside a folder (issue #10). Pure and lexical: callers pass real paths (realpath) when
 * links matter, so `a/../..` tricks and symbolic links are settled before this is asked.
 */
import path from 'node:path';

/** True when `target` is `folder` itself or anything below it. */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}
