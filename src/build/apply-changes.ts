/**
 * The incremental half of publishing a build (issue #14): the staging folder holds the whole new site; the published
 * folder is made identical to it by touching only what differs. A file whose bytes are the same stays as it was (its
 * inode and modification time too, so a deploy that syncs by time or checksum, and a browser's cache, see no
 * change); a new or changed file is renamed into place, one atomic rename each, so a reader never sees half a page;
 * what the new build no longer makes is removed, and folders follow. The result holds exactly the files and folders
 * of a clean build: the same check that a clean build's output passed (src/cli/build.ts) was made on the staging
 * folder before anything here ran.
 */
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listTree, type Tree, type TreeFile } from './output-tree.ts';

export interface Applied {
  /** Files new or changed, renamed into place. */
  readonly written: number;
  /** Files the new build no longer makes (and anything not a plain file), removed. */
  readonly removed: number;
  /** Files whose bytes were the same, left untouched. */
  readonly kept: number;
  /** What `target` holds now, as `listTree` would find it. */
  readonly tree: Tree;
}

/**
 * Makes `target` hold exactly what `staging` holds and the `kept` files it holds already (pages the build found
 * there byte for byte, src/pages/write-pages.ts), then removes `staging`. Both must be on one file system.
 * `listed`: `target` as listed when the build started (the build holds its lock: nothing else writes there).
 */
export function applyChanges(staging: string, target: string, kept: ReadonlySet<string> = new Set(), listed?: Tree): Applied {
  const staged = listTree(staging);
  const current = listed ?? listTree(target);
  const next = { files: new Set([...staged.files.keys(), ...kept]), folders: [...new Set([...staged.folders, ...[...kept].flatMap(parents)])] };
  let removed = 0;
  // Removals first: a file where the new site has a folder (or a folder where it has a file) must go before the
  // other takes its place. Deepest paths first, so a folder is empty by the time it is removed.
  const nextFolders = new Set(next.folders);
  for (const other of current.others) {
    rmSync(path.join(target, other), { force: true, recursive: true });
    removed++;
  }
  for (const file of current.files.keys()) {
    if (!next.files.has(file)) {
      rmSync(path.join(target, file), { force: true, recursive: true });
      removed++;
    }
  }
  for (const folder of [...current.folders].reverse()) {
    if (!nextFolders.has(folder)) rmSync(path.join(target, folder), { force: true, recursive: true });
  }
  for (const folder of next.folders) mkdirSync(path.join(target, folder), { recursive: true });

  let written = 0;
  let unchanged = kept.size;
  // A rename keeps the file's size and modification time: the tree after is known without looking again.
  const after = new Map<string, TreeFile>();
  for (const file of kept) {
    const stat = current.files.get(file);
    if (stat !== undefined) after.set(file, stat);
  }
  for (const [file, stat] of staged.files) {
    const from = path.join(staging, file);
    const to = path.join(target, file);
    const old = current.files.get(file);
    if (old?.size === stat.size && sameBytes(from, to, stat.size)) {
      unchanged++;
      after.set(file, old);
      continue;
    }
    renameSync(from, to);
    after.set(file, stat);
    written++;
  }
  rmSync(staging, { recursive: true, force: true });
  return { written, removed, kept: unchanged, tree: { files: after, folders: next.folders, others: [] } };
}

/** `a/b/c.html` → `a`, `a/b`. */
function parents(file: string): string[] {
  const parts = file.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

const chunk = 1 << 16;
const bufferA = Buffer.allocUnsafe(chunk);
const bufferB = Buffer.allocUnsafe(chunk);

/** Whether two files of `size` bytes hold the same bytes, read side by side and stopped at the first difference. */
function sameBytes(a: string, b: string, size: number): boolean {
  const fa = openSync(a, 'r');
  try {
    const fb = openSync(b, 'r');
    try {
      for (let offset = 0; offset < size; offset += chunk) {
        const length = Math.min(chunk, size - offset);
        if (readSync(fa, bufferA, 0, length, offset) !== length || readSync(fb, bufferB, 0, length, offset) !== length) return false;
        if (bufferA.compare(bufferB, 0, length, 0, length) !== 0) return false;
      }
      return true;
    } finally {
      closeSync(fb);
    }
  } finally {
    closeSync(fa);
  }
}

