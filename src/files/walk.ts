/**
 * Lists the files under one folder of the site (issue #10) without ever leaving the site or opening anything:
 * entries are looked at as they are (a Dirent or lstat describes a link, not its target); a symbolic link is
 * followed only when its real path is inside the real site root. Everything found on the way is reported, links
 * wherever they sit (a link's name does not say whether it leads to a folder), other entries only when wanted.
 */
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../errors.ts';
import { type EntryKind, kindOf, type TypedEntry } from './entry-kind.ts';
import { danglingLink, folderLoop, folderNamedLikeFile, linkLoop, linkOutside, notAFolder, problemFromError, type ReadContext, specialFile } from './file-problems.ts';
import { isInside } from './inside.ts';

export interface WalkedFile {
  /** From the site root, forward slashes, as reached (through links): `posts/world/x.md`. */
  readonly sitePath: string;
  /** The real path to open: every link resolved, inside the root. */
  readonly path: string;
}

export interface WalkResult {
  /** Sorted by site path. */
  readonly files: WalkedFile[];
  /** Links out of the site, dangling or looping links, unreadable folders: the build must stop. */
  readonly problems: Problem[];
  /** Special files, folders named like files, links back to a folder above: skipped. */
  readonly warnings: Problem[];
}

export interface WalkOptions {
  /** Files wanted, by name (`x.md`); folders are always walked. */
  readonly wants: (name: string) => boolean;
  /** Names neither walked nor judged (`.git`, Jekyll's `_drafts`); `sitePath` is the entry's (`static/.well-known`). */
  readonly skips: (name: string, sitePath: string) => boolean;
  /** Warn about a folder whose name `wants` would take as a file (`x.md/`); default true. */
  readonly warnFolderNames?: boolean;
  /** Told of each entry `skips` passed over (site path), so a caller can say why it was not read. */
  readonly onSkip?: (sitePath: string) => void;
}

interface Walk {
  readonly rootReal: string;
  readonly options: WalkOptions;
  readonly context: ReadContext;
  readonly result: WalkResult;
}

const code = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

/** Walks `folder` (`posts`) of the site whose real root is `rootReal`; a folder that does not exist holds nothing. */
export async function walkFolder(rootReal: string, folder: string, options: WalkOptions): Promise<WalkResult> {
  const walk: Walk = { rootReal, options, context: { folder }, result: { files: [], problems: [], warnings: [] } };
  const top = path.join(rootReal, folder);
  let entry: TypedEntry;
  try {
    entry = await lstat(top);
  } catch (error) {
    if (code(error) !== 'ENOENT') walk.result.problems.push(problemFromError(folder, error, walk.context));
    return walk.result;
  }
  await visit(walk, folder, top, entry, []);
  walk.result.files.sort((a, b) => (a.sitePath < b.sitePath ? -1 : a.sitePath > b.sitePath ? 1 : 0));
  return walk.result;
}

/** The real path and kind a link leads to, or undefined when it was refused (the problem is recorded). */
async function followLink(walk: Walk, sitePath: string, file: string): Promise<{ real: string; kind: EntryKind; entry: TypedEntry } | undefined> {
  const { problems } = walk.result;
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') {
      const written = await readlink(file).catch(() => '?');
      problems.push(danglingLink(sitePath, path.resolve(path.dirname(file), written)));
    } else if (code(error) === 'ELOOP') problems.push(linkLoop(sitePath));
    else problems.push(problemFromError(sitePath, error, walk.context));
    return undefined;
  }
  if (!isInside(walk.rootReal, real)) {
    problems.push(linkOutside(sitePath, real, walk.rootReal));
    return undefined;
  }
  try {
    const entry = await stat(real);
    return { real, kind: kindOf(entry), entry };
  } catch (error) {
    problems.push(problemFromError(sitePath, error, walk.context));
    return undefined;
  }
}

/** `ancestors`: the real paths of the folders above, to refuse a link to one of them (a walk that never ends). */
async function visit(walk: Walk, sitePath: string, file: string, entry: TypedEntry, ancestors: readonly string[]): Promise<void> {
  const { result, options } = walk;
  const isTop = ancestors.length === 0;
  const name = path.posix.basename(sitePath);
  let real = file;
  let kind = kindOf(entry);
  if (kind === 'symbolic link') {
    const followed = await followLink(walk, sitePath, file);
    if (followed === undefined) return;
    if (followed.kind === 'directory' && ancestors.some((ancestor) => isInside(followed.real, ancestor))) {
      result.warnings.push(folderLoop(sitePath, followed.real));
      return;
    }
    ({ real, kind } = followed);
  }
  if (kind === 'directory') {
    if (!isTop && options.warnFolderNames !== false && options.wants(name)) result.warnings.push(folderNamedLikeFile(sitePath, path.posix.extname(name)));
    await visitFolder(walk, sitePath, real, [...ancestors, real]);
  } else if (isTop) {
    result.problems.push(notAFolder(sitePath, kind));
  } else if (!options.wants(name)) {
    return;
  } else if (kind === 'file') {
    result.files.push({ sitePath, path: real });
  } else {
    result.warnings.push(specialFile(sitePath, kind, walk.context));
  }
}

async function visitFolder(walk: Walk, sitePath: string, real: string, ancestors: readonly string[]): Promise<void> {
  let entries;
  try {
    // Dirent types are lstat's: a link is reported as a link (Node lstats entries whose type the disk leaves unknown).
    entries = await readdir(real, { withFileTypes: true });
  } catch (error) {
    walk.result.problems.push(problemFromError(sitePath, error, walk.context));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const entryPath = `${sitePath}/${entry.name}`;
    if (walk.options.skips(entry.name, entryPath)) {
      walk.options.onSkip?.(entryPath);
      continue;
    }
    await visit(walk, entryPath, path.join(real, entry.name), entry, ancestors);
  }
}

/** Names no walk publishes or reads as content, as in Jekyll: dot-files, and editors' `#autosave#` and `backup~` files. */
export const isHiddenName = (name: string): boolean => name.startsWith('.') || name.startsWith('#') || name.endsWith('~');
