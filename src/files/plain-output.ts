/**
 * Defence in depth for issue #10: a finished output folder must hold only regular files and folders. Whatever
 * wrote a symbolic link (which a web server may follow out of the site), a FIFO or a device into it, the build
 * should refuse to publish it; this finds them. Entries are looked at with their Dirent (lstat) types; nothing is
 * followed or opened.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { type EntryKind, kindOf } from './entry-kind.ts';

export interface NonPlainEntry {
  /** From the output folder, forward slashes: `assets/images/x.svg`. */
  readonly path: string;
  readonly kind: EntryKind;
}

/** Every entry under `dir` that is neither a regular file nor a folder, sorted by path; [] for a clean folder. */
export async function findNonPlainEntries(dir: string): Promise<NonPlainEntry[]> {
  const found: NonPlainEntry[] = [];
  const walk = async (folder: string, relative: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const entryPath = relative === '' ? entry.name : `${relative}/${entry.name}`;
      const kind = kindOf(entry);
      if (kind === 'directory') await walk(path.join(folder, entry.name), entryPath);
      else if (kind !== 'file') found.push({ path: entryPath, kind });
    }
  };
  await walk(dir, '');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
