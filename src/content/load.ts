/**
 * Reads every post under `posts/`, normalizes all of them, runs their Liquid (issue #12) and reports every problem
 * at once (issue #2).
 * The file system adapter around `normalizePost`. Nothing outside the site folder is read (issue #10): posts are
 * listed by the safe walker and read as strict UTF-8, and an image a post names must really be inside the site.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { newestFirst, selectPublished, type Selection } from '../collections/posts.ts';
import { ContentError, type Problem, plural } from '../errors.ts';
import type { CopiedFile } from '../files/copy-files.ts';
import { problemFromError } from '../files/file-problems.ts';
import { readText } from '../files/read-text.ts';
import { realRoot } from '../files/site-root.ts';
import { findStaticFolder } from '../files/static-folder.ts';
import { isHiddenName, walkFolder, type WalkedFile, type WalkResult } from '../files/walk.ts';
import { findStaticFiles } from '../jekyll/static-files.ts';
import { renderLiquid } from '../liquid/render-posts.ts';
import { readTheme, type Theme } from '../theme/theme.ts';
import { bodyFormatOf, findPostFolders, folderCategories, isDatedPostName, markdownExtensions } from '../jekyll/post-files.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import type { Normalized, SourceFile } from './normalize.ts';
import { normalizeSource } from './normalize-source.ts';
import type { Post } from './schema.ts';

export interface LoadOptions {
  /** The site's root folder: holds `posts/` and `assets/`. */
  readonly root: string;
  readonly site: Site;
  readonly md: Markdown;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly now: Date;
  /** A Jekyll site: its static files are found too. */
  readonly jekyll?: boolean;
  /** A Jekyll site's `_config.yml` as written (read once, with the settings): its own keys are Liquid's `site.*`. */
  readonly jekyllConfig?: Readonly<Record<string, unknown>>;
  /**
   * Normalizes the posts read, results in the order given: the build's worker threads (src/build/build-threads.ts).
   * Default: `normalizeSource` on each, in this thread.
   */
  readonly normalize?: (sources: readonly SourceFile[]) => Promise<readonly Normalized[]>;
}

export interface ContentSet {
  /** Every post that is built, newest first. */
  readonly posts: readonly Post[];
  readonly leftOut: Selection['leftOut'];
  /** When the earliest post left out for its future date comes out. */
  readonly nextPublication: Date | undefined;
  /** A post's Liquid read the clock: what it renders changes as time passes. */
  readonly readsClock: boolean;
  readonly warnings: readonly Problem[];
  /**
   * Files published as they are: a Broadsheet site's `static/` at their path below it (issue #13), or a Jekyll
   * site's static files at their own paths, `static/` included (issue #11).
   */
  readonly staticFiles: readonly CopiedFile[];
  /** The site's own stylesheets and snippets, from `theme/` (issue #13). */
  readonly theme: Theme;
}

interface Findings {
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

const postsFolder = 'posts';
/** Posts in posts/: markdown (Jekyll's extensions) or HTML. Jekyll's `_posts/` take any extension. */
const postExtensions = new RegExp(`\\.(${[...markdownExtensions, 'html'].join('|')})$`, 'i');
const readBatch = 64;

/** A post file, with the categories the folders above a Jekyll `_posts/` give it. */
export interface PostFile extends WalkedFile {
  readonly categories: readonly string[];
  /** A Jekyll draft, from `_drafts/` (issue #12): published only with `--drafts`. */
  readonly draft?: boolean;
  /** A draft's modification time: its date when neither its front matter nor its name gives one, as in Jekyll. */
  readonly mtime?: Date;
}

export interface FindOptions {
  /**
   * Also read a Jekyll site's `_drafts/` (`--drafts`, the dev server). As Jekyll reads them only then, a draft
   * being written never stops the site's build.
   */
  readonly drafts?: boolean;
}

/** Jekyll's rule for every folder of posts: names starting with `.` or `_` (and editors' `#…`, `…~`) are not posts. */
const notPosts = (name: string): boolean => isHiddenName(name) || name.startsWith('_');

/** Jekyll's drafts folder at the site root. (Jekyll also reads one in a subfolder, `news/_drafts/`; not read here yet.) */
export const draftsFolder = '_drafts';

type FolderKind = 'broadsheet' | 'posts' | 'drafts';

/**
 * The post files of the site, and what the walk met: posts/ (Broadsheet's folder) and every Jekyll `_posts/`
 * folder anywhere in the site (issue #11), and `_drafts/` when drafts are asked for (issue #12). In `_posts/`, as
 * in Jekyll, a file is a post when its name starts with a date; any other file there is ignored, with a warning.
 * A draft needs no date in its name. `_posts/` and `_drafts/` are searched in a Jekyll site only.
 */
export async function findPostFiles(rootReal: string, jekyll = false, options: FindOptions = {}): Promise<Omit<WalkResult, 'files'> & { files: PostFile[] }> {
  // Only a Jekyll site keeps posts in `_posts/` folders: a Broadsheet site's tests or fixtures may hold some too.
  const folders: Array<readonly [string, FolderKind]> = [[postsFolder, 'broadsheet']];
  if (jekyll) folders.push(...(await findPostFolders(rootReal)).map((folder) => [folder, 'posts'] as const));
  if (jekyll && options.drafts === true) folders.push([draftsFolder, 'drafts']);
  const files: PostFile[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const [folder, kind] of folders) {
    const wants = (name: string): boolean => (kind === 'broadsheet' ? postExtensions.test(name) : /\.[^.]+$/.test(name));
    // A post-like file named `_x.md` is skipped by Jekyll's rule; say so rather than drop it silently.
    const onSkip = (sitePath: string): void => {
      const name = path.posix.basename(sitePath);
      if (name.startsWith('_') && wants(name)) warnings.push({ file: sitePath, message: `is not read: names starting with \`_\` are not ${kind === 'drafts' ? 'drafts' : 'posts'} (as in Jekyll).`, fix: 'Rename it without the `_` to publish it.' });
    };
    const walked = await walkFolder(rootReal, folder, { wants, skips: notPosts, onSkip });
    problems.push(...walked.problems);
    warnings.push(...walked.warnings);
    for (const file of walked.files) {
      if (kind === 'posts' && !isDatedPostName(path.posix.basename(file.sitePath))) {
        warnings.push({ file: file.sitePath, message: 'is not a post: its name does not start with a date, so Jekyll ignores it too.', fix: 'Name it YYYY-MM-DD-slug.md to publish it, or move it out of _posts/.' });
        continue;
      }
      if (kind === 'drafts') {
        const mtime = await modified(file, problems);
        if (mtime !== undefined) files.push({ ...file, categories: [], draft: true, mtime });
        continue;
      }
      files.push({ ...file, categories: kind === 'posts' ? folderCategories(folder) : [] });
    }
  }
  return { files, problems, warnings };
}

/** A walked file's modification time, or undefined with the problem recorded. */
async function modified(file: WalkedFile, problems: Problem[]): Promise<Date | undefined> {
  try {
    return (await stat(file.path)).mtime;
  } catch (error) {
    problems.push(problemFromError(file.sitePath, error, { folder: draftsFolder }));
    return undefined;
  }
}

function contentError(problems: readonly Problem[]): ContentError {
  const files = new Set(problems.map((p) => p.file)).size;
  return new ContentError(`${plural(problems.length, 'problem')} in ${plural(files, 'file')}; nothing was written:`, problems);
}

/** The site paths of the posts, sorted, for tools and tests; a ContentError when the walk found a problem. */
export async function listPostFiles(root: string): Promise<string[]> {
  const walked = await findPostFiles(realRoot(root));
  if (walked.problems.length > 0) throw contentError(walked.problems);
  return walked.files.map((file) => file.sitePath);
}

/** A Jekyll draft's marks for normalizePost, or none. */
function draftOf(file: PostFile | undefined): Pick<SourceFile, 'draft' | 'mtime'> {
  if (file?.draft !== true) return {};
  return { draft: true, ...(file.mtime === undefined ? {} : { mtime: file.mtime }) };
}

async function readSources(files: readonly PostFile[], findings: Findings): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (let i = 0; i < files.length; i += readBatch) {
    const batch = files.slice(i, i + readBatch);
    const reads = await Promise.all(batch.map((file) => readText(file, { folder: postsFolder })));
    reads.forEach((read, index) => {
      const file = batch[index]?.sitePath ?? '';
      if (!read.ok) findings.problems.push(read.problem);
      // Before the front matter is parsed: an empty file is no post.
      else if (read.text.trim() === '') findings.warnings.push({ file, message: 'is empty; skipped.', fix: 'Write the post, or delete the file.' });
      else sources.push({ path: file, text: read.text, categories: batch[index]?.categories ?? [], format: bodyFormatOf(file), lenient: !file.startsWith(`${postsFolder}/`), ...draftOf(batch[index]) });
    });
  }
  return sources;
}

export async function loadContent(options: LoadOptions): Promise<ContentSet> {
  const rootReal = realRoot(options.root);
  const walked = await findPostFiles(rootReal, options.jekyll === true, { drafts: options.drafts });
  const findings: Findings = { problems: [...walked.problems], warnings: [...walked.warnings] };
  const sources = await readSources(walked.files, findings);
  const context = { site: options.site, md: options.md, rootReal };
  const results = options.normalize === undefined ? sources.map((source) => normalizeSource(source, context)) : await options.normalize(sources);
  const posts: Post[] = [];
  for (const result of results) {
    findings.problems.push(...result.problems);
    findings.warnings.push(...result.warnings);
    if (result.post) posts.push(result.post);
  }
  // A Jekyll site's `static/` is one of its folders, published at /static/… as Jekyll publishes it, so old links keep
  // working (and its root files, favicon.ico or CNAME, are static files already); a Broadsheet site's `static/`
  // lands at the root of the output.
  const none = { files: [], problems: [], warnings: [] };
  const statics = options.jekyll === true ? await findStaticFiles(rootReal) : none;
  const folder = options.jekyll === true ? none : await findStaticFolder(rootReal);
  const theme = await readTheme(rootReal);
  findings.problems.push(...statics.problems, ...folder.problems, ...theme.problems);
  findings.warnings.push(...statics.warnings, ...folder.warnings, ...theme.warnings);
  const selection = selectPublished(posts, options);
  // Liquid runs over the posts being built (Jekyll's `site.posts`), and its errors are reported with the rest.
  const liquid = await renderLiquid({
    rootReal,
    site: options.site,
    md: options.md,
    posts: newestFirst(selection.posts),
    staticFiles: statics.files,
    time: options.now,
    ...(options.jekyllConfig === undefined ? {} : { config: options.jekyllConfig }),
  });
  findings.problems.push(...liquid.problems);
  findings.warnings.push(...liquid.warnings);
  if (findings.problems.length > 0) throw contentError(findings.problems);
  const staticFiles = [...folder.files, ...statics.files.map((file) => ({ ...file, outputPath: file.sitePath }))];
  return { posts: liquid.posts, leftOut: selection.leftOut, nextPublication: selection.nextPublication, readsClock: liquid.readsClock, warnings: findings.warnings, staticFiles, theme: theme.theme };
}
