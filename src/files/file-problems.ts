/**
 * How the file-system cases of issue #10 are told to the author: every message names the file (from the site
 * root), what it is or where it points, and what to do. Pure: builds `Problem`s from what the walker found and
 * from the errors Node threw, so each wording is tested without making the case on a disk.
 */
import type { Problem } from '../errors.ts';
import type { EntryKind } from './entry-kind.ts';

/** Where a file was being read: named in fixes ("move it out of posts/"). */
export interface ReadContext {
  /** The walked folder, from the site root: `posts`, `assets/images`. */
  readonly folder: string;
}

export function linkOutside(file: string, target: string, root: string): Problem {
  return {
    file,
    message: `is a symbolic link to ${target}, outside the site folder ${root}; Broadsheet reads nothing outside the site.`,
    fix: 'Copy the file into the site or remove the link.',
  };
}

export function danglingLink(file: string, target: string): Problem {
  return { file, message: `is a symbolic link that points to ${target}, which does not exist.`, fix: 'Remove the link, or point it at a file inside the site folder.' };
}

export function linkLoop(file: string): Problem {
  return {
    file,
    message: 'is a symbolic link that never reaches a file: the links it leads through point back at each other (ELOOP).',
    fix: 'Remove the link, or point it at a real file inside the site folder.',
  };
}

/** A warning: nothing outside the site is reached, and everything under the folder is walked once already. */
export function folderLoop(file: string, target: string): Problem {
  return { file, message: `is a symbolic link to ${target}, a folder that contains the link itself; not followed, since following it would never end.`, fix: 'Remove the link.' };
}

/** A warning: FIFOs, sockets and devices are skipped without being opened (opening a FIFO waits for a writer). */
export function specialFile(file: string, kind: EntryKind, context: ReadContext): Problem {
  return { file, message: `is a ${kind}, not a regular file; skipped.`, fix: `Remove it from ${context.folder}/, or put the file itself there.` };
}

/** A warning: `posts/old.md/` is walked as a folder, never read as a post. */
export function folderNamedLikeFile(file: string, extension: string): Problem {
  return {
    file,
    message: `is a folder although its name ends in ${extension}; it is not read as a file (the files inside it are).`,
    fix: `Rename the folder so its name does not end in ${extension}.`,
  };
}

export function notAFolder(file: string, kind: EntryKind): Problem {
  return { file, message: `must be a folder; found a ${kind}.`, fix: `Move the ${kind} away and make ${file}/ a folder.` };
}

const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EISDIR: 'it is a folder',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

function errnoOf(error: unknown): { code: string; message: string } {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return { code: typeof code === 'string' ? code : 'unknown', message: typeof message === 'string' ? message : String(error) };
}

/** What Node's error on reading `file` means, for the author: never a bare errno, never a stack. */
export function problemFromError(file: string, error: unknown, context: ReadContext): Problem {
  const { code, message } = errnoOf(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { file, message: `could not be read: ${reasons[code]} (${code}).`, fix: `Make it readable (chmod a+r ${file}) or move it out of ${context.folder}/.` };
    case 'ELOOP':
      return linkLoop(file);
    case 'ENOENT':
    case 'ENOTDIR':
      return { file, message: `disappeared while the build was reading it (${code}).`, fix: `Build again once nothing is moving files in ${context.folder}/.` };
    default: {
      const reason = reasons[code] ?? message;
      const fix = code === 'EMFILE' || code === 'ENFILE' ? 'Raise the open-file limit (ulimit -n) and build again.' : `Check the file, or move it out of ${context.folder}/, and build again.`;
      return { file, message: `could not be read: ${reason} (${code}).`, fix };
    }
  }
}

/** For the build's last check of its output (see plain-output.ts): `output` is how the folder is named to the reader. */
export function nonPlainOutput(output: string, entry: { readonly path: string; readonly kind: EntryKind }): Problem {
  return {
    file: `${output}/${entry.path}`,
    message: `is a ${entry.kind}; a published site holds only regular files and folders, so nothing was published.`,
    fix: 'Something wrote it into the output during the build: remove whatever did (a plugin, a script) and build again.',
  };
}
