/**
 * Where a site path really leads (issue #10): Broadsheet reads nothing outside the site folder, so a path is
 * judged by its real path (every symbolic link resolved) against the real path of the site root, the way Jekyll's
 * safe mode refuses links out of the site.
 */
import { realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from './inside.ts';

export type Location =
  /** `path` is the real path to open. */
  | { readonly kind: 'inside'; readonly path: string }
  /** `target` is where it leads, outside the root. */
  | { readonly kind: 'outside'; readonly target: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'loop' }
  | { readonly kind: 'error'; readonly error: unknown };

/** The site root as a real path (so `/tmp` → `/private/tmp` on macOS is not "outside"); as given when it does not exist. */
export function realRoot(root: string): string {
  const resolved = path.resolve(root);
  try {
    return realpathSync(resolved);
  } catch {
    return resolved;
  }
}

function classify(rootReal: string, outcome: { real: string } | { error: unknown }): Location {
  if ('error' in outcome) {
    const code = (outcome.error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'loop' };
    return { kind: 'error', error: outcome.error };
  }
  return isInside(rootReal, outcome.real) ? { kind: 'inside', path: outcome.real } : { kind: 'outside', target: outcome.real };
}

/** `sitePath` (`assets/images/x.jpg`) resolved against the real root `rootReal`; `..` out of it is outside. */
export function locateSync(rootReal: string, sitePath: string): Location {
  const resolved = path.resolve(rootReal, sitePath);
  if (!isInside(rootReal, resolved)) return { kind: 'outside', target: resolved };
  try {
    return classify(rootReal, { real: realpathSync(resolved) });
  } catch (error) {
    return classify(rootReal, { error });
  }
}

export async function locate(rootReal: string, sitePath: string): Promise<Location> {
  const resolved = path.resolve(rootReal, sitePath);
  if (!isInside(rootReal, resolved)) return { kind: 'outside', target: resolved };
  try {
    return classify(rootReal, { real: await realpath(resolved) });
  } catch (error) {
    return classify(rootReal, { error });
  }
}
