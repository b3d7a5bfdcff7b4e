/**
 * Output is built into a staging folder beside `_site/` and swapped in only when the whole build succeeded, so a
 * failed build leaves the previous site exactly as it was (issue #2).
 */
import { rename, rm } from 'node:fs/promises';

export function stagingDirFor(output: string): string {
  return `${output}.staging`;
}

/** Replaces `target` with `staging`. The two renames leave `target` absent for an instant, never half-written. */
export async function swapIntoPlace(staging: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
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
