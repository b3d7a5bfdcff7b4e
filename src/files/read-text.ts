/**
 * Reads a walked text file (a post, an SVG) as strict UTF-8 (issue #10): the bytes of a regular file only, and
 * every way that can fail as a problem naming the file.
 */
import type { Problem } from '../errors.ts';
import { decodeUtf8 } from './decode-text.ts';
import { problemFromError, type ReadContext } from './file-problems.ts';
import { NotPlainFileError, readPlainFile } from './read-plain.ts';
import type { WalkedFile } from './walk.ts';

export type TextRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Problem };

export async function readText(file: WalkedFile, context: ReadContext): Promise<TextRead> {
  let bytes: Buffer;
  try {
    bytes = await readPlainFile(file.path);
  } catch (error) {
    if (!(error instanceof NotPlainFileError)) return { ok: false, problem: problemFromError(file.sitePath, error, context) };
    // A regular file when walked and something else now: a file was swapped while the build ran.
    return { ok: false, problem: { file: file.sitePath, message: `became a ${error.kind} while the build was reading it.`, fix: `Build again once nothing is changing ${context.folder}/.` } };
  }
  return decodeUtf8(file.sitePath, bytes);
}
