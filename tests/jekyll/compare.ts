/**
 * Broadsheet against Jekyll on the oracle corpus (issue #11): reads tests/jekyll/corpus as a Jekyll site with the
 * settings of one configuration, and compares each post with Jekyll's committed answer. Used by
 * tests/integration/jekyll-differential.test.ts; `node --import tsx tests/jekyll/compare.ts` prints the table.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { selectPublished } from '../../src/collections/posts.ts';
import { findPostFiles } from '../../src/content/load.ts';
import { normalizePost } from '../../src/content/normalize.ts';
import type { Post } from '../../src/content/schema.ts';
import { termKey } from '../../src/content/slug.ts';
import { formatProblem } from '../../src/errors.ts';
import { readText } from '../../src/files/read-text.ts';
import { realRoot } from '../../src/files/site-root.ts';
import { bodyFormatOf } from '../../src/jekyll/post-files.ts';
import { createMarkdown } from '../../src/markdown/create-markdown.ts';
import { checkSite, defaultSettings } from '../../src/site.ts';
import { type JekyllPost, loadAnswers } from './answers.ts';
import { type JekyllConfig, jekyllBuildTime, jekyllConfigs } from './configs.ts';

export const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

export type Field = 'url' | 'instant' | 'title' | 'categories' | 'tags' | 'excerpt' | 'published';

export interface Mismatch {
  readonly path: string;
  readonly field: Field;
  readonly jekyll: string;
  readonly ours: string;
}

export interface Comparison {
  readonly config: JekyllConfig;
  /** Posts Jekyll publishes. */
  readonly published: number;
  /** Of those, found at Jekyll's URL with Jekyll's instant and title. */
  readonly matched: number;
  readonly mismatches: readonly Mismatch[];
}

const decodePath = (url: string): string => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};
const text = (value: string): string => decodeHTML(value).replace(/\s+/g, ' ').trim();
const names = (values: readonly unknown[] | null): string => JSON.stringify([...new Set((values ?? []).filter((v) => v !== null && v !== '').map((v) => termKey(String(v), 'x')))].sort());

/** Each corpus file's post as Broadsheet reads it, or why it has none. */
async function ourPosts(config: JekyllConfig): Promise<Map<string, Post | string>> {
  const checked = checkSite(defaultSettings(), { permalink: config.permalink, timeZone: config.timezone }, {}, config.name);
  if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
  const site = checked.site;
  const md = createMarkdown();
  const rootReal = realRoot(corpus);
  const walked = await findPostFiles(rootReal, true);
  const outcomes = new Map<string, Post | string>();
  const posts: Post[] = [];
  for (const file of walked.files) {
    const read = await readText(file, { folder: '_posts' });
    if (!read.ok) {
      outcomes.set(file.sitePath, formatProblem(read.problem));
      continue;
    }
    const result = normalizePost({ path: file.sitePath, text: read.text, categories: file.categories, format: bodyFormatOf(file.sitePath), lenient: true }, { site, md, fileExists: () => true });
    if (result.post === undefined) outcomes.set(file.sitePath, [...result.problems, ...result.warnings].map(formatProblem).join('; '));
    else posts.push(result.post);
  }
  const selection = selectPublished(posts, { drafts: false, future: false, now: new Date(jekyllBuildTime) });
  const kept = new Set(selection.posts);
  for (const post of posts) outcomes.set(post.sourcePath, kept.has(post) ? post : 'left out (draft or future)');
  return outcomes;
}

function compareOne(jekyll: JekyllPost, ours: Post | string | undefined): Mismatch[] {
  const at = (field: Field, a: string, b: string): Mismatch[] => (a === b ? [] : [{ path: jekyll.path, field, jekyll: a, ours: b }]);
  if (ours === undefined || typeof ours === 'string') return at('published', 'published', ours ?? 'not read');
  return [
    ...at('url', decodePath(jekyll.url), ours.url),
    ...at('instant', new Date(jekyll.epoch * 1000).toISOString(), new Date(Math.floor(ours.date.getTime() / 1000) * 1000).toISOString()),
    // Trimmed: a folded (`>`) YAML title ends in a newline, which no reader sees.
    ...at('title', jekyll.title === null ? '' : String(jekyll.title).trim(), ours.title.trim()),
    ...at('categories', names(jekyll.categories), names(ours.categories.map((t) => t.name))),
    ...at('tags', names(jekyll.tags), names(ours.tags.map((t) => t.name))),
    ...at('excerpt', text(jekyll.excerptText), text(ours.excerpt.text)),
  ];
}

export async function compareWithJekyll(config: JekyllConfig): Promise<Comparison> {
  const answers = loadAnswers(config.name);
  const ours = await ourPosts(config);
  const mismatches: Mismatch[] = [];
  let matched = 0;
  for (const post of answers.posts) {
    const found = compareOne(post, ours.get(post.path));
    mismatches.push(...found);
    if (!found.some((m) => m.field === 'url' || m.field === 'instant' || m.field === 'title' || m.field === 'published')) matched++;
  }
  for (const skipped of answers.skipped) {
    const post = ours.get(skipped);
    if (post !== undefined && typeof post !== 'string') mismatches.push({ path: skipped, field: 'published', jekyll: 'skipped', ours: `published at ${post.url}` });
  }
  return { config, published: answers.posts.length, matched, mismatches };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const config of jekyllConfigs()) {
    const result = await compareWithJekyll(config);
    const byField = new Map<string, number>();
    for (const m of result.mismatches) byField.set(m.field, (byField.get(m.field) ?? 0) + 1);
    console.log(`${config.name}: ${result.matched}/${result.published} at Jekyll's URL, instant and title (${((100 * result.matched) / result.published).toFixed(1)}%); mismatches by field: ${JSON.stringify(Object.fromEntries(byField))}`);
    if (process.argv.includes('--list')) for (const m of result.mismatches) console.log(`  ${m.field} ${m.path}\n      jekyll: ${m.jekyll}\n      ours:   ${m.ours}`);
  }
}
