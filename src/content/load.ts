/**
 * Reads every post under `posts/`, normalizes all of them and reports every problem at once (issue #2).
 * The file system adapter around `normalizePost`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { newestFirst, selectPublished, type Selection } from '../collections/posts.ts';
import { ContentError, type Problem, plural } from '../errors.ts';
import type { Markdown } from '../markdown/create-markdown.ts';
import type { Site } from '../site.ts';
import { normalizePost, type SourceFile } from './normalize.ts';
import type { Post } from './schema.ts';

export interface LoadOptions {
  /** The site's root folder: holds `posts/` and `assets/`. */
  readonly root: string;
  readonly site: Site;
  readonly md: Markdown;
  readonly drafts: boolean;
  readonly future: boolean;
  readonly now: Date;
}

export interface ContentSet {
  /** Every post that is built, newest first. */
  readonly posts: readonly Post[];
  readonly leftOut: Selection['leftOut'];
  readonly warnings: readonly Problem[];
}

const postExtensions = /\.(md|markdown)$/i;
const readBatch = 64;

export async function listPostFiles(root: string): Promise<string[]> {
  const dir = path.join(root, 'posts');
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .map((entry) => entry.split(path.sep).join('/'))
    .filter((entry) => postExtensions.test(entry) && !entry.split('/').some((part) => part.startsWith('.') || part.startsWith('_')))
    .map((entry) => `posts/${entry}`)
    .sort();
}

async function readSources(root: string, files: readonly string[]): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (let i = 0; i < files.length; i += readBatch) {
    const batch = files.slice(i, i + readBatch);
    sources.push(...(await Promise.all(batch.map(async (file) => ({ path: file, text: await readFile(path.join(root, file), 'utf8') })))));
  }
  return sources;
}

export async function loadContent(options: LoadOptions): Promise<ContentSet> {
  const files = await listPostFiles(options.root);
  const sources = await readSources(options.root, files);
  const context = { site: options.site, md: options.md, fileExists: (sitePath: string) => existsSync(path.join(options.root, sitePath)) };
  const posts: Post[] = [];
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  for (const source of sources) {
    const result = normalizePost(source, context);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.post) posts.push(result.post);
  }
  if (problems.length > 0) {
    const files = new Set(problems.map((p) => p.file)).size;
    throw new ContentError(`${plural(problems.length, 'problem')} in ${plural(files, 'file')}; nothing was written:`, problems);
  }
  const selection = selectPublished(posts, options);
  return { posts: newestFirst(selection.posts), leftOut: selection.leftOut, warnings };
}
