/**
 * Output is built into a staging folder beside `_site/` and swapped in only when the whole build succeeded, so a
 * failed build leaves the previous site exactly as it was (issue #2). Whatever a killed or failed build left
 * beside it (a staging folder, a retired `_site.old-<pid>`) is removed by the next build (issue #10).
 */
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export function stagingDirFor(output: string): string {
  return `${output}.staging`;
}

function retiredDirFor(target: string): string {
  return `${target}.old-${process.pid}`;
}

/** Replaces `target` with `staging`. The two renames leave `target` absent for an instant, never half-written. */
export async function swapIntoPlace(staging: string, target: string): Promise<void> {
  const retired = retiredDirFor(target);
  let hadTarget = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadTarget = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadTarget) await rename(retired, target);
    throw error;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}

export async function discard(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Removes the staging folder and every retired `<output>.old-<pid>` beside `output`. Call it holding the lock:
 * another build's folders are not ours to remove while it runs.
 */
export async function removeLeftovers(output: string): Promise<void> {
  const parent = path.dirname(output);
  const prefix = `${path.basename(output)}.old-`;
  const entries = await readdir(parent).catch(() => [] as string[]);
  await Promise.all([
    discard(stagingDirFor(output)),
    ...entries.filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))).map((name) => discard(path.join(parent, name))),
  ]);
}
