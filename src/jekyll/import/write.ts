/**
 * Writes an import (issue #12): every planned file into a staging folder beside the target, then broadsheet.json,
 * then one swap into place (src/build/swap.ts, as a build swaps in `_site/`), so a failed or stopped import leaves
 * no half-made site: the target is as it was, and a staging folder left by a killed import is removed by the next.
 * Copies keep their modification times: a Jekyll draft without a date is dated by it.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { discard, stagingDirFor, swapIntoPlace } from '../../build/swap.ts';
import type { ImportPlan } from './plan.ts';

/** Files copied at once: enough to keep the disk busy, few enough to stay far below the open-file limit. */
const copyBatch = 16;

async function copyKeepingTimes(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  // COPYFILE_EXCL: two planned files never land on one path unnoticed.
  await copyFile(from, to, constants.COPYFILE_EXCL);
  const times = await stat(from);
  await utimes(to, times.atime, times.mtime);
}

export async function writeImport(plan: ImportPlan, settingsText: string, target: string): Promise<void> {
  const staging = stagingDirFor(target);
  await mkdir(path.dirname(target), { recursive: true });
  await discard(staging);
  try {
    await mkdir(staging);
    for (let i = 0; i < plan.copies.length; i += copyBatch) {
      await Promise.all(plan.copies.slice(i, i + copyBatch).map((copy) => copyKeepingTimes(copy.from, path.join(staging, ...copy.to.split('/')))));
    }
    if (plan.needsPostsFolder) {
      await mkdir(path.join(staging, '_posts'), { recursive: true });
      await writeFile(path.join(staging, '_posts', '.gitkeep'), '');
    }
    await writeFile(path.join(staging, 'broadsheet.json'), settingsText, { flag: 'wx' });
    await swapIntoPlace(staging, target);
  } catch (error) {
    await discard(staging).catch(() => undefined);
    throw error;
  }
}
