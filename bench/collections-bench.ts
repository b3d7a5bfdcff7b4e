/**
 * `node --import tsx bench/collections-bench.ts <root> <site.json> <build time>`
 *
 * Times `buildCollections` alone on a bench corpus. The posts are loaded in this process with `loadContent`, set up
 * as the load stage sets it up (src/build/pipeline.ts) (the corpus's `site.json` over src/site.ts, no drafts, no future posts, the
 * bench's BUILD_TIME as now); then `buildCollections` runs once unmeasured (to compile its code paths) and `runs`
 * times measured. Prints one JSON object on stdout: `{ "posts": N, "loadMs": …, "samplesMs": […] }`.
 *
 * `npm run bench` starts it as a child process, once per corpus size after the builds: a fresh heap holding the
 * posts, as the build's is when it computes its collections, and nothing of the bench's own state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCollections } from '../src/collections/index.ts';
import { loadContent } from '../src/content/load.ts';
import { createMarkdown } from '../src/markdown/create-markdown.ts';
import { resolveSite, siteSettings } from '../src/site.ts';

export interface CollectionsTiming {
  readonly posts: number;
  /** Reading and normalizing the posts: context for the figures, not part of them. */
  readonly loadMs: number;
  /** One per measured run of `buildCollections`. */
  readonly samplesMs: readonly number[];
}

export interface CollectionsBenchOptions {
  readonly root: string;
  readonly siteFile: string;
  readonly buildTime: Date;
  readonly warmup: number;
  readonly runs: number;
}

/** Unmeasured, then measured runs of `buildCollections`: enough for a median, cheap beside one build. */
export function defaultCollectionsRuns(): { warmup: number; runs: number } {
  return { warmup: 1, runs: 5 };
}

export async function timeCollections(options: CollectionsBenchOptions): Promise<CollectionsTiming> {
  const overrides: unknown = JSON.parse(await readFile(options.siteFile, 'utf8'));
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) throw new TypeError(`${options.siteFile}: expected a JSON object of site settings.`);
  const site = resolveSite(siteSettings(), overrides as Record<string, unknown>, {}, 'site.json');
  const loadStart = performance.now();
  const content = await loadContent({ root: options.root, site, md: createMarkdown(), drafts: false, future: false, now: options.buildTime });
  const loadMs = performance.now() - loadStart;
  const samplesMs: number[] = [];
  for (let run = 1 - options.warmup; run <= options.runs; run++) {
    const start = performance.now();
    const collections = buildCollections(content.posts, site, options.buildTime);
    const elapsed = performance.now() - start;
    if (collections.stories.length === 0 && content.posts.length > 0) throw new Error(`buildCollections listed none of ${content.posts.length} posts.`);
    if (run >= 1) samplesMs.push(elapsed);
  }
  return { posts: content.posts.length, loadMs, samplesMs };
}

async function main(argv: readonly string[]): Promise<number> {
  const [root, siteFile, buildTime] = argv;
  const when = new Date(buildTime ?? '');
  if (root === undefined || siteFile === undefined || Number.isNaN(when.getTime())) {
    console.error('usage: node --import tsx bench/collections-bench.ts <corpus root> <site.json> <build time, ISO 8601>');
    return 2;
  }
  const timing = await timeCollections({ root, siteFile, buildTime: when, ...defaultCollectionsRuns() });
  console.log(JSON.stringify(timing));
  return 0;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) process.exitCode = await main(process.argv.slice(2));
