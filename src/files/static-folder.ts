/**
 * The site's `static/` folder (issue #13): files every host wants at the root of a site (`favicon.ico`, `ads.txt`,
 * `CNAME`, search engines' verification files, `/.well-known/security.txt` of RFC 9116) and documents (PDFs),
 * published as they are at their path below `static/`: `static/files/report.pdf` is `/files/report.pdf`.
 *
 * Walked by the safe walker (issue #10): a link out of the site stops the build, a FIFO or device is skipped with
 * a warning and never opened. Names starting with `.` are editors' and systems' files and are not copied, except
 * `static/.well-known/`, the one dot-folder the web defines (RFC 8615). Names starting with `_` are copied
 * (Netlify's `_redirects`): unlike a Jekyll site's root, nothing in `static/` is anyone else's.
 *
 * A Jekyll site's `static/` keeps Jekyll's meaning: one of its folders, published at `/static/…` with its other
 * static files (src/content/load.ts), so old links keep working.
 */
import type { Problem } from '../errors.ts';
import type { CopiedFile } from './copy-files.ts';
import { walkFolder, type WalkedFile } from './walk.ts';

export const staticFolder = 'static';

const wellKnown = `${staticFolder}/.well-known`;

export interface StaticFolder {
  readonly files: readonly CopiedFile[];
  /** Links out of the site, dangling or looping links, unreadable folders: the build must stop. */
  readonly problems: readonly Problem[];
  /** Special files skipped, links back to a folder above. */
  readonly warnings: readonly Problem[];
}

/** Where a file of `static/` is published: its path below the folder. */
export function publishedAt(file: WalkedFile): CopiedFile {
  return { sitePath: file.sitePath, path: file.path, outputPath: file.sitePath.slice(staticFolder.length + 1) };
}

/** The files of `static/`, sorted by path; a site without the folder has none. */
export async function findStaticFolder(rootReal: string): Promise<StaticFolder> {
  const walked = await walkFolder(rootReal, staticFolder, {
    wants: () => true,
    warnFolderNames: false,
    skips: (name, sitePath) => name.startsWith('.') && sitePath !== wellKnown,
  });
  return { files: walked.files.map(publishedAt), problems: walked.problems, warnings: walked.warnings };
}

