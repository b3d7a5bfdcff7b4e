/**
 * What a file-system failure means to the person running the build (issue #10): the path, in words, and what to
 * do, instead of a Node stack trace. Pure: takes the error Node threw.
 */

const meanings: Record<string, { what: string; fix: string }> = {
  EACCES: { what: 'permission denied', fix: 'Make it writable by this user (or readable, for an input), or build somewhere else with --output.' },
  EPERM: { what: 'the operation is not permitted', fix: 'Check the folder’s permissions and attributes (chattr -i), or build somewhere else with --output.' },
  EROFS: { what: 'the file system is read-only', fix: 'Build on a writable disk, e.g. with --output /tmp/site.' },
  ENOSPC: { what: 'the disk is full', fix: 'Free some space (the image cache in .cache/ can be deleted) and build again.' },
  EDQUOT: { what: 'the disk quota is used up', fix: 'Free some space and build again.' },
  EEXIST: { what: 'a file of that name is in the way of a folder', fix: 'Move that file away or choose another output folder with --output.' },
  ENOTDIR: { what: 'a part of the path is a file, not a folder', fix: 'Move that file away or choose another output folder.' },
  EISDIR: { what: 'it is a folder where a file was expected', fix: 'Remove or rename the folder.' },
  ENAMETOOLONG: { what: 'a file name is too long for the file system', fix: 'Shorten the post’s `slug:` or `permalink:`.' },
  ELOOP: { what: 'symbolic links point at each other in a loop', fix: 'Remove the looping link.' },
  ENOENT: { what: 'it does not exist', fix: 'Check the path.' },
  EMFILE: { what: 'too many files are open', fix: 'Raise the open-file limit (ulimit -n) and build again.' },
  EBUSY: { what: 'it is in use', fix: 'Close whatever holds it (a server serving the folder on Windows) and build again.' },
};

const verbs: Record<string, string> = {
  open: 'open', read: 'read', scandir: 'read the folder', lstat: 'read', stat: 'read', readlink: 'read the link', realpath: 'resolve',
  write: 'write', mkdir: 'create the folder', rename: 'move', unlink: 'remove', rmdir: 'remove', rm: 'remove', copyfile: 'copy',
};

export interface FileSystemFailure {
  readonly code: string;
  readonly path?: string;
  readonly syscall?: string;
}

export function isFileSystemFailure(error: unknown): error is FileSystemFailure & Error {
  if (!(error instanceof Error)) return false;
  const { code, syscall } = error as Error & { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof syscall === 'string';
}

/** `Cannot write /srv/_site.staging: the disk is full (ENOSPC). Free some space …` */
export function describeFileSystemFailure(error: FileSystemFailure, fallbackPath?: string): string {
  const meaning = meanings[error.code];
  const verb = verbs[error.syscall ?? ''] ?? 'use';
  // A failed `write` carries no path (only its file descriptor): name the folder being written instead.
  const where = error.path ?? (fallbackPath === undefined ? 'a file' : `a file in ${fallbackPath}`);
  if (meaning === undefined) return `Cannot ${verb} ${where} (${error.code}${error.syscall === undefined ? '' : `, ${error.syscall}`}). Run with --verbose for details.`;
  return `Cannot ${verb} ${where}: ${meaning.what} (${error.code}). ${meaning.fix}`;
}
