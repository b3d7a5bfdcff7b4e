/**
 * A seeded synthetic site for `npm run bench`: N posts in the shape of a real story (see
 * /work/shared/seed/rare-earths-export-rules.md), a pool of md5-named JPEGs, and a `site.json` naming every author
 * the posts use, so the build does a real build's work and prints no warnings.
 *
 * `planPosts` is pure (text in, text out); `generateCorpus` adds the images and writes the folder.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { body, headline, standfirst } from './corpus-text.ts';
import { makeImagePool } from './corpus-images.ts';
import { between, distinct, mulberry32, pick, type Random, zipf } from './random.ts';

export const categoryNames = ['Technology', 'Business', 'Science', 'World', 'Politics', 'Climate', 'Health', 'Culture'];

/** Four keys src/site.ts defines and sixteen more; `site.json` defines all twenty. */
export const authorKeys = [
  'badely', 'mokafor', 'lchen', 'rsantos', 'jpatel', 'akowalski', 'mnguyen', 'tbrennan', 'fhassan', 'eolsen',
  'dmorales', 'kito', 'sberg', 'wadeyemi', 'cdubois', 'hkim', 'pfischer', 'nabara', 'gconti', 'yzhao',
];

const tagStems = ['trade', 'chips', 'energy', 'climate', 'housing', 'health', 'markets', 'transport', 'farming', 'space', 'water', 'labour', 'tax', 'AI', 'mining', 'defence', 'retail', 'schools', 'banks', 'shipping'];
const tagQualifiers = ['', 'policy', 'prices', 'jobs', 'law', 'research', 'exports', 'startups', 'security', 'outlook'];

export interface PlanOptions {
  readonly posts: number;
  readonly seed: number;
  /** File names in `assets/images/` the posts may use. */
  readonly images: readonly string[];
  /** Every post is dated in the two years before this instant, at least a day before it. */
  readonly end: Date;
}

export interface PlannedPost {
  /** `posts/<stem>.md` */
  readonly path: string;
  /** The file name without `.md`: lower-case, unique, and therefore also the last segment of the post's URL. */
  readonly stem: string;
  readonly text: string;
}

/** 200 tag names, most common first (the Zipf sampler favours low indexes). */
export function tagNames(): string[] {
  return tagQualifiers.flatMap((qualifier) => tagStems.map((stem) => (qualifier === '' ? stem : `${stem} ${qualifier}`)));
}

/** `2025-10-09T11:08:38`: the seed's form, no offset. */
function wallClock(date: Date): string {
  return date.toISOString().slice(0, 19);
}

function flowList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function stemFor(title: string, index: number): string {
  const words = title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 7);
  return `${words.join('-')}-${index.toString(36).padStart(4, '0')}`;
}

function planPost(random: Random, index: number, options: PlanOptions, tags: readonly string[], drawTag: (random: Random) => number): PlannedPost {
  const title = headline(random);
  const span = 730 * 86_400_000;
  const date = new Date(options.end.getTime() - 86_400_000 - Math.floor(random() * span / 1000) * 1000);
  const categories = distinct(random() < 0.15 ? 2 : 1, () => pick(random, categoryNames));
  const postTags = distinct(between(random, 0, 5), () => tags[drawTag(random)] ?? 'trade');
  const stem = stemFor(title, index);
  const text = [
    '---',
    'layout: post',
    `title: ${JSON.stringify(title)}`,
    `date: ${wallClock(date)}`,
    `author: ${JSON.stringify(pick(random, authorKeys))}`,
    `categories: ${flowList(categories)}`,
    `tags: ${flowList(postTags)}`,
    `excerpt: ${JSON.stringify(standfirst(random))}`,
    `image: assets/images/${pick(random, options.images)}`,
    '---',
    '',
    body(random, between(random, 300, 900)),
  ].join('\n');
  return { path: `posts/${stem}.md`, stem, text };
}

export function planPosts(options: PlanOptions): PlannedPost[] {
  const random = mulberry32(options.seed);
  const tags = tagNames();
  const drawTag = zipf(tags.length, 1.1);
  return Array.from({ length: options.posts }, (_, index) => planPost(random, index, options, tags, drawTag));
}

/** The `BROADSHEET_SITE` overrides: an author entry for every key the posts use. */
export function siteOverrides(): { authors: Record<string, { name: string; bio: string }> } {
  const authors: Record<string, { name: string; bio: string }> = {};
  for (const key of authorKeys) authors[key] = { name: `Reporter ${key}`, bio: `Writes about ${categoryNames[key.length % categoryNames.length]}.` };
  return { authors };
}

export interface CorpusOptions {
  readonly posts: number;
  readonly seed?: number;
  /** Size of the photo pool (default 20). */
  readonly images?: number;
  /** Folder to write into; default a new folder under the system temp dir. */
  readonly dir?: string;
}

export interface Corpus {
  readonly root: string;
  /** For BROADSHEET_SITE. */
  readonly siteFile: string;
  /** For BUILD_TIME: after every post's date, so none is left out as "future". */
  readonly buildTime: string;
  readonly posts: readonly Omit<PlannedPost, 'text'>[];
  readonly images: readonly string[];
}

/** The fixed instant the corpus is dated back from, so a seed gives the same dates (and URLs) every year. */
export const corpusEnd = new Date('2025-10-01T00:00:00Z');

export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const seed = options.seed ?? 1;
  const root = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), `broadsheet-bench-${options.posts}-`)));
  const pool = await makeImagePool({ count: options.images ?? 20, seed });
  const posts = planPosts({ posts: options.posts, seed, images: pool.map((image) => image.name), end: corpusEnd });

  await mkdir(path.join(root, 'posts'), { recursive: true });
  await mkdir(path.join(root, 'assets/images'), { recursive: true });
  for (const image of pool) await writeFile(path.join(root, 'assets/images', image.name), image.bytes);
  for (let i = 0; i < posts.length; i += 256) {
    await Promise.all(posts.slice(i, i + 256).map((post) => writeFile(path.join(root, post.path), post.text)));
  }
  const siteFile = path.join(root, 'site.json');
  await writeFile(siteFile, `${JSON.stringify(siteOverrides(), null, 2)}\n`);
  return {
    root,
    siteFile,
    buildTime: corpusEnd.toISOString(),
    posts: posts.map(({ path: file, stem }) => ({ path: file, stem })),
    images: pool.map((image) => image.name),
  };
}
