/**
 * What an output folder holds, as a list of paths: the files with their sizes and modification times, and the
 * folders. Looked at with lstat and Dirent types; nothing is followed or opened. The incremental build compares two
 * of these (src/build/apply-changes.ts) and remembers one (src/build/build-record.ts).
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export interface TreeFile {
  readonly size: number;
  readonly mtimeMs: number;
}

export interface Tree {
  /** Regular files by path from the folder, forward slashes: `2025/10/09/slug/index.html`. */
  readonly files: ReadonlyMap<string, TreeFile>;
  /** Every folder under the folder, the same way, parents before their children. */
  readonly folders: readonly string[];
  /** Anything else (a link, a FIFO): never part of a build's output, so always removed. */
  readonly others: readonly string[];
}

/** The tree under `dir`; an empty tree when `dir` does not exist. Synchronous: thousands of lstats, each tiny. */
export function listTree(dir: string): Tree {
  const files = new Map<string, TreeFile>();
  const folders: string[] = [];
  const others: string[] = [];
  const walk = (folder: string, relative: string): void => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (relative === '' && (error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const entryPath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        folders.push(entryPath);
        walk(full, entryPath);
      } else if (entry.isFile()) {
        const { size, mtimeMs } = lstatSync(full);
        files.set(entryPath, { size, mtimeMs });
      } else {
        others.push(entryPath);
      }
    }
  };
  walk(dir, '');
  return { files, folders, others };
}

/** One digest of every path, size and modification time in the tree: any change to the folder changes it. */
export function treeDigest(tree: Tree): string {
  const hash = createHash('sha256');
  for (const [file, { size, mtimeMs }] of [...tree.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`f\0${file}\0${size}\0${mtimeMs}\n`);
  for (const folder of [...tree.folders].sort()) hash.update(`d\0${folder}\n`);
  for (const other of [...tree.others].sort()) hash.update(`o\0${other}\n`);
  return hash.digest('hex');
}
