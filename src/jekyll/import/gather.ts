/**
 * Reads what `npm run import` needs from a Jekyll site (issue #12), through the safe walker only (issue #10):
 * nothing outside the site is read, a symbolic link out of it is a problem, and folders left behind by their
 * names (`_site/`, `node_modules/`, `.git/`) are never walked into. The file-system side of plan.ts.
 */
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { findPostFiles } from '../../content/load.ts';
import { formatProblem, type Problem } from '../../errors.ts';
import { readText } from '../../files/read-text.ts';
import { locate } from '../../files/site-root.ts';
import { walkFolder, type WalkedFile, type WalkResult } from '../../files/walk.ts';
import { linkLoop, linkOutside, problemFromError } from '../../files/file-problems.ts';
import { jekyllConfigFile } from '../config.ts';
import { findPostFolders } from '../post-files.ts';
import { findStaticFiles, notStatic, startsWithFrontMatter } from '../static-files.ts';
import { copiedFolders, type SiteInventory } from './plan.ts';

export interface GatheredSite {
  readonly inventory: SiteInventory;
  /** `_config.yml`'s text; empty when the site has none (a `_posts/` folder alone is a Jekyll site with its defaults). */
  readonly config: string;
  readonly gemfile?: string;
  /** `_data/authors.yml` (or `.yaml`, `.json`) and its text. */
  readonly authorsData?: { readonly file: string; readonly text: string };
  /** Links out of the site, unreadable files: the import must stop. */
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
}

const authorsFiles = ['_data/authors.yml', '_data/authors.yaml', '_data/authors.json'];

const trimmed = (sitePath: string): string => sitePath.replace(/^\/+/, '');
/** Each problem once, named by its site path (a walk from the root names `/files/x`). */
const unique = (problems: readonly Problem[]): Problem[] => [...new Map(problems.map((p) => ({ ...p, file: trimmed(p.file) })).map((p) => [formatProblem(p), p])).values()];

/** A file at the site root (`_config.yml`, `Gemfile`), read only when it is really inside the site. */
async function readRootFile(rootReal: string, sitePath: string, problems: Problem[]): Promise<string | undefined> {
  const location = await locate(rootReal, sitePath);
  if (location.kind === 'missing') return undefined;
  if (location.kind === 'outside') {
    problems.push(linkOutside(sitePath, location.target, rootReal));
    return undefined;
  }
  if (location.kind !== 'inside') {
    problems.push(location.kind === 'loop' ? linkLoop(sitePath) : problemFromError(sitePath, location.error, { folder: '.' }));
    return undefined;
  }
  const read = await readText({ sitePath, path: location.path }, { folder: '.' });
  if (!read.ok) problems.push(read.problem);
  return read.ok ? read.text : undefined;
}

export async function gatherJekyllSite(rootReal: string): Promise<GatheredSite> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const skippedPaths: string[] = [];
  const took = (walked: WalkResult): WalkedFile[] => {
    problems.push(...walked.problems);
    warnings.push(...walked.warnings);
    return walked.files.map((file) => ({ ...file, sitePath: trimmed(file.sitePath) }));
  };
  const onSkip = (sitePath: string): void => void skippedPaths.push(trimmed(sitePath));

  const postFolders = await findPostFolders(rootReal);
  const rootFiles = took(await walkFolder(rootReal, '', { wants: () => true, warnFolderNames: false, skips: notStatic, onSkip }));
  const folderFiles: WalkedFile[] = [];
  for (const folder of [...postFolders, ...copiedFolders]) {
    folderFiles.push(...took(await walkFolder(rootReal, folder, { wants: () => true, warnFolderNames: false, skips: (name) => name.startsWith('.'), onSkip })));
  }
  const statics = await findStaticFiles(rootReal);
  problems.push(...statics.problems);
  const staticPaths = new Set(statics.files.map((file) => file.sitePath));
  const otherFiles = await Promise.all(
    rootFiles.filter((file) => !staticPaths.has(file.sitePath)).map(async (file) => ({ ...file, frontMatter: await startsWithFrontMatter(file.path) })),
  );
  const postFiles = await findPostFiles(rootReal, true, { drafts: true });
  problems.push(...postFiles.problems);
  warnings.push(...postFiles.warnings);
  // A Jekyll site's posts/ folder is not Broadsheet's and is left behind; its files are no posts of the new site.
  const jekyllPosts = postFiles.files.filter((file) => !file.sitePath.startsWith('posts/'));
  const skipped = await Promise.all(
    [...new Set(skippedPaths)].map(async (sitePath) => ({ sitePath, folder: (await lstat(path.join(rootReal, sitePath)).catch(() => undefined))?.isDirectory() === true })),
  );

  const config = (await readRootFile(rootReal, jekyllConfigFile, problems)) ?? '';
  const gemfile = await readRootFile(rootReal, 'Gemfile', problems);
  let authorsData: GatheredSite['authorsData'];
  const authorsFile = authorsFiles.map((name) => folderFiles.find((file) => file.sitePath === name)).find((file) => file !== undefined);
  if (authorsFile !== undefined) {
    const read = await readText(authorsFile, { folder: '_data' });
    if (read.ok) authorsData = { file: authorsFile.sitePath, text: read.text };
    else problems.push(read.problem);
  }

  return {
    inventory: {
      postFolders,
      folderFiles,
      posts: jekyllPosts.filter((file) => file.draft !== true).map((file) => file.sitePath),
      drafts: jekyllPosts.filter((file) => file.draft === true).map((file) => file.sitePath),
      staticFiles: statics.files,
      otherFiles,
      skipped,
    },
    config,
    ...(gemfile === undefined ? {} : { gemfile }),
    ...(authorsData === undefined ? {} : { authorsData }),
    problems: unique(problems),
    warnings: unique(warnings),
  };
}
