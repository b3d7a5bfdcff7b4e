/**
 * The posts benchmark: one seeded corpus of N posts, then the baseline and the build run alternately (so drift on a
 * shared machine hits both alike), each into an empty output folder, each checked for all N post pages.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BroadsheetError } from '../src/errors.ts';
import type { CollectionsTiming } from './collections-bench.ts';
import { type Corpus, generateCorpus } from './corpus.ts';
import { type BenchRunOptions, measureNode, type NodeCommand, type Sample } from './measure.ts';
import { compare, type SizeResult } from './report.ts';
import { checkPostPages, describePageCheck } from './verify.ts';

/** Warm-up runs also start tsx's esbuild once, a child process whose CPU time the usage hook cannot see. */
export interface PostsBenchOptions extends BenchRunOptions {
  readonly posts: number;
  readonly target: number;
}

/** A measured process failed or wrote the wrong pages; `detail` holds what it printed. */
export class BenchRunError extends BroadsheetError {
  readonly detail: string;
  constructor(message: string, detail: string) {
    super(message);
    this.detail = detail;
  }
}

/** The thread counts the scaling rows run the build without search with: none, 1, 2 and one per core (issue #14). */
export function scalingThreads(cores = os.availableParallelism()): number[] {
  return [...new Set([0, 1, 2, cores])].sort((a, b) => a - b);
}

/** The largest corpus the scaling rows run on. */
export const scalingLimit = 10_000;

/** The environment of the caller minus anything that would change what the build does. */
export function buildEnv(root: string, siteFile: string, buildTime: string): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, BROADSHEET_ROOT: root, BROADSHEET_SITE: siteFile, BUILD_TIME: buildTime };
  for (const name of ['BROADSHEET_OUTPUT', 'BROADSHEET_DRAFTS', 'BROADSHEET_FUTURE', 'BROADSHEET_THREADS', 'SITE_URL', 'PATH_PREFIX', 'SITE_TIME_ZONE']) delete env[name];
  return env;
}

function seconds(sample: Sample): string {
  return `${(sample.wallMs / 1000).toFixed(2)} s`;
}

async function runChecked(what: string, command: NodeCommand, outputDir: string, stems: readonly string[]): Promise<Sample> {
  await rm(outputDir, { recursive: true, force: true });
  const run = await measureNode(command);
  if (run.exitCode !== 0 || run.sample === undefined) {
    throw new BenchRunError(
      `${what} failed with exit code ${run.exitCode}: node ${command.args.join(' ')} (in ${command.cwd}). Its output follows; rerun with --keep to repeat it by hand on the same corpus.`,
      `${run.stdout}${run.stderr}`,
    );
  }
  const check = await checkPostPages(outputDir, stems);
  if (check.found !== check.expected) {
    throw new BenchRunError(`${describePageCheck(what, outputDir, check)} Its timings would mean nothing; rerun with --keep and look at that folder.`, `${run.stdout}${run.stderr}`);
  }
  return run.sample;
}

/** The one JSON line bench/collections-bench.ts prints, or undefined if it printed something else. */
function readTiming(stdout: string): CollectionsTiming | undefined {
  try {
    const timing = JSON.parse(stdout) as Partial<CollectionsTiming> | null;
    if (typeof timing?.posts !== 'number' || typeof timing.loadMs !== 'number' || !Array.isArray(timing.samplesMs)) return undefined;
    return { posts: timing.posts, loadMs: timing.loadMs, samplesMs: timing.samplesMs };
  } catch {
    return undefined;
  }
}

/** `buildCollections` alone on the corpus, timed in a child process (see bench/collections-bench.ts). */
async function timeCollectionsOn(corpus: Corpus, options: PostsBenchOptions): Promise<CollectionsTiming> {
  const command: NodeCommand = { args: ['bench/collections-bench.ts', corpus.root, corpus.siteFile, corpus.buildTime], cwd: options.repoRoot, env: process.env };
  const run = await measureNode(command);
  const timing = run.exitCode === 0 ? readTiming(run.stdout) : undefined;
  if (timing === undefined || timing.posts !== options.posts || timing.samplesMs.length === 0) {
    throw new BenchRunError(
      `Timing the collections failed (exit code ${run.exitCode}, ${timing === undefined ? 'no figures' : `${timing.posts} posts loaded of ${options.posts}`}): node ${command.args.join(' ')} (in ${command.cwd}). Its output follows; rerun with --keep to repeat it by hand.`,
      `${run.stdout}${run.stderr}`,
    );
  }
  return timing;
}

/**
 * `npm run build` of the corpus as users run it (search on), and the same site with `search: false`: Broadsheet's
 * own share of the build, next to what Pagefind's indexing adds. With `--full` unless `incremental`: a build that
 * reused the posts, bodies and pages kept by the round before would measure the cache, not the build (the
 * incremental bench measures that, bench/incremental-bench.ts).
 */
export async function buildCommands(corpus: Corpus, repoRoot: string, incremental = false): Promise<{ withSearch: NodeCommand; withoutSearch: NodeCommand }> {
  const args = ['src/cli/run.mjs', 'src/cli/build.ts', '--config=.eleventy.ts', ...(incremental ? [] : ['--full'])];
  const withSearch: NodeCommand = { args, loader: 'own', cwd: repoRoot, env: buildEnv(corpus.root, corpus.siteFile, corpus.buildTime) };
  const noSearchFile = path.join(corpus.root, 'site-without-search.json');
  await writeFile(noSearchFile, JSON.stringify({ ...JSON.parse(await readFile(corpus.siteFile, 'utf8')), search: false }));
  return { withSearch, withoutSearch: { ...withSearch, env: buildEnv(corpus.root, noSearchFile, corpus.buildTime) } };
}

export async function benchPosts(options: PostsBenchOptions): Promise<SizeResult> {
  const { log } = options;
  log(`posts=${options.posts}: generating the corpus (seed ${options.seed})…`);
  const corpus = await generateCorpus({ posts: options.posts, seed: options.seed });
  const stems = corpus.posts.map((post) => post.stem);
  const baselineOut = path.join(corpus.root, '_baseline');
  const siteOut = path.join(corpus.root, '_site');
  const baseline: NodeCommand = { args: ['bench/baseline.ts', corpus.root, baselineOut], cwd: options.repoRoot, env: process.env };
  const { withSearch: build, withoutSearch } = await buildCommands(corpus, options.repoRoot);
  const floor: NodeCommand = { args: ['-e', ''], cwd: options.repoRoot, env: process.env };
  // The same build without search on 0 (the main thread alone), 1, 2 and one worker thread per core.
  // Up to 10,000 posts: at 50,000 each row is minutes long.
  const scaling = (options.posts <= scalingLimit ? scalingThreads() : []).map((threads) => ({ threads, command: { ...withoutSearch, env: { ...withoutSearch.env, BROADSHEET_THREADS: String(threads) } } }));
  const samples: { floor: Sample[]; baseline: Sample[]; build: Sample[]; withoutSearch: Sample[]; threads: Record<number, Sample[]> } = {
    floor: [], baseline: [], build: [], withoutSearch: [], threads: Object.fromEntries(scaling.map(({ threads }) => [threads, []])),
  };
  let collections: CollectionsTiming;
  try {
    for (let run = 1 - options.warmup; run <= options.runs; run++) {
      const base = await runChecked('The baseline', baseline, baselineOut, stems);
      const ours = await runChecked('The build', build, siteOut, stems);
      const own = await runChecked('The build without search', withoutSearch, siteOut, stems);
      const scaled: Array<[number, Sample]> = [];
      for (const { threads, command } of scaling) scaled.push([threads, await runChecked(`The build without search on ${threads} threads`, command, siteOut, stems)]);
      if (run < 1) {
        log(`posts=${options.posts} warm-up: baseline ${seconds(base)}, build ${seconds(ours)}, without search ${seconds(own)}`);
        continue;
      }
      const start = await measureNode(floor);
      if (start.sample === undefined) {
        throw new BenchRunError(`An empty node process (node -e '') exited with code ${start.exitCode}; the machine cannot run the bench. Its output follows.`, start.stderr);
      }
      samples.baseline.push(base);
      samples.build.push(ours);
      samples.withoutSearch.push(own);
      for (const [threads, sample] of scaled) samples.threads[threads]?.push(sample);
      samples.floor.push(start.sample);
      log(`posts=${options.posts} run ${run}/${options.runs}: baseline ${seconds(base)}, build ${seconds(ours)}, without search ${seconds(own)}; ${scaled.map(([threads, sample]) => `${threads} threads ${seconds(sample)}`).join(', ')}`);
    }
    collections = await timeCollectionsOn(corpus, options);
    log(`posts=${options.posts}: buildCollections ${collections.samplesMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);
  } finally {
    if (options.keep) log(`posts=${options.posts}: corpus kept in ${corpus.root} (BROADSHEET_ROOT=${corpus.root} BROADSHEET_SITE=${corpus.siteFile} BUILD_TIME=${corpus.buildTime})`);
    else await rm(corpus.root, { recursive: true, force: true });
  }
  return compare(options.posts, samples, options.target, collections);
}
