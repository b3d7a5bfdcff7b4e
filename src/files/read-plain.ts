/**
 * Reads the bytes of a regular file and nothing else (issue #10). The file is opened without following a final
 * symbolic link (O_NOFOLLOW: a link swapped in after the walk is refused, ELOOP) and without blocking (O_NONBLOCK:
 * opening a FIFO would otherwise wait for a writer forever); only then is it checked to be a regular file.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { type EntryKind, kindOf } from './entry-kind.ts';
import { locate } from './site-root.ts';

/** Thrown for a path that is not a regular file (a FIFO, a device, a folder …). */
export class NotPlainFileError extends Error {
  readonly kind: EntryKind;
  constructor(file: string, kind: EntryKind) {
    super(`${file} is a ${kind}, not a regular file`);
    this.kind = kind;
  }
}

// Windows has neither flag; there, neither case can arise the same way.
const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The bytes of `file` (an absolute real path); rejects with Node's error or a NotPlainFileError. */
export async function readPlainFile(file: string): Promise<Buffer> {
  const handle = await open(file, flags);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotPlainFileError(file, kindOf(stats));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Why a site path could not be read (see `Location`), for callers that report in their own words. */
export class SiteFileError extends Error {
  readonly reason: 'outside' | 'missing' | 'loop' | 'not-a-file' | 'unreadable';
  /** Where an outside path leads; what a not-a-file is; the system's message for the rest. */
  readonly detail: string;
  constructor(reason: SiteFileError['reason'], detail: string, options?: ErrorOptions) {
    super(`${reason}: ${detail}`, options);
    this.reason = reason;
    this.detail = detail;
  }
}

/** The bytes of `sitePath` under the real root `rootReal`, refusing anything that leads outside it. */
export async function readSiteBytes(rootReal: string, sitePath: string): Promise<Buffer> {
  const location = await locate(rootReal, sitePath);
  switch (location.kind) {
    case 'outside':
      throw new SiteFileError('outside', location.target);
    case 'missing':
      throw new SiteFileError('missing', sitePath);
    case 'loop':
      throw new SiteFileError('loop', 'its symbolic links point back at each other');
    case 'error':
      throw new SiteFileError('unreadable', (location.error as Error).message, { cause: location.error });
    case 'inside':
      try {
        return await readPlainFile(location.path);
      } catch (error) {
        if (error instanceof NotPlainFileError) throw new SiteFileError('not-a-file', `it is a ${error.kind}, not a regular file`, { cause: error });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') throw new SiteFileError('missing', sitePath, { cause: error });
        throw new SiteFileError('unreadable', (error as Error).message, { cause: error });
      }
  }
}
