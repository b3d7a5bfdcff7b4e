/**
 * `npm run bench -- --search 10000[,50000]` (issue #14): what search costs a build. One seeded corpus per size, then
 * R rounds of the build with search off and on (odd rounds off first, even rounds on first, so drift on a shared
 * machine hits both alike), each into an empty output folder and checked for every post page.
 *
 * Pagefind's indexer is a child process of the build with memory of its own, which the build's peak RSS does not
 * include: while a build runs, every process under this one is sampled from /proc every 50 ms (VmRSS of the build and
 * of the `pagefind` binary, summed at each sample; VmHWM of the indexer for its own peak). Linux only; elsewhere the
 * indexer columns are n/a.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './corpus.ts';
import { type BenchRunOptions, measureNode, type NodeCommand, type Sample } from './measure.ts';
import { median } from './report.ts';
import { BenchRunError, buildCommands } from './posts-bench.ts';
import { checkPostPages, describePageCheck } from './verify.ts';
import { sampleProcessTree, type TreePeak } from './process-tree.ts';

export interface SearchBenchOptions extends BenchRunOptions {
  readonly posts: number;
}

export interface SearchSample extends Sample {
  /** Peak VmRSS of Pagefind's process, 0 when search is off; undefined where /proc cannot be read. */
  readonly indexerPeakBytes: number | undefined;
  /** The highest sum of the build's and the indexer's VmRSS sampled at the same moment. */
  readonly sumPeakBytes: number | undefined;
  /** The `in X s` of the build's `search:` line, when it printed one. */
  readonly searchSeconds: number | undefined;
}

export interface SearchSeries {
  readonly samples: readonly SearchSample[];
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly buildPeakBytes: number;
  readonly indexerPeakBytes: number | undefined;
  readonly sumPeakBytes: number | undefined;
  readonly searchSeconds: number | undefined;
}

export interface SearchResult {
  readonly posts: number;
  readonly runs: number;
  readonly withoutSearch: SearchSeries;
  readonly withSearch: SearchSeries;
  /** Median wall time with search over without. */
  readonly ratio: number;
  readonly targets: SearchTargets;
}

/** The issue's targets: wall time at most 1.3x the build without search; build and indexer together under a ceiling. */
export interface SearchTargets {
  readonly ratio: number;
  readonly memoryBytes: number;
}

const mb = 1024 * 1024;

/** Issue #14: 800 MB at 10,000 stories, 1.5 GB at 50,000; the ceiling for the nearest of those sizes at or above N. */
export function searchTargets(posts: number): SearchTargets {
  return { ratio: 1.3, memoryBytes: posts <= 10_000 ? 800 * mb : 1500 * mb };
}

/** `search: 10000 stories indexed (en) in 4.2 s` → 4.2 */
export function searchSecondsIn(output: string): number | undefined {
  const match = /search: .* indexed \(.*\) in (\d+(?:\.\d+)?) s/.exec(output);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function medianOf(values: ReadonlyArray<number | undefined>): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === 0 ? undefined : median(known);
}

export function searchSeries(samples: readonly SearchSample[]): SearchSeries {
  return {
    samples,
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    buildPeakBytes: median(samples.map((s) => s.peakRssBytes)),
    indexerPeakBytes: medianOf(samples.map((s) => s.indexerPeakBytes)),
    sumPeakBytes: medianOf(samples.map((s) => s.sumPeakBytes)),
    searchSeconds: medianOf(samples.map((s) => s.searchSeconds)),
  };
}

/** Pages per language in the bundle the build wrote, summed; 0 when there is none. */
async function indexedPages(outputDir: string): Promise<number> {
  try {
    const entry = JSON.parse(await readFile(path.join(outputDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return 0;
  }
}

async function runOne(what: string, command: NodeCommand, outputDir: string, stems: readonly string[], search: boolean): Promise<SearchSample> {
  await rm(outputDir, { recursive: true, force: true });
  const sampling = sampleProcessTree(process.pid, /^pagefind/);
  let run: Awaited<ReturnType<typeof measureNode>>;
  let peak: TreePeak;
  try {
    run = await measureNode(command);
  } finally {
    peak = sampling.stop();
  }
  if (run.exitCode !== 0 || run.sample === undefined) {
    throw new BenchRunError(`${what} failed with exit code ${run.exitCode}: node ${command.args.join(' ')} (in ${command.cwd}). Its output follows; rerun with --keep to repeat it by hand.`, `${run.stdout}${run.stderr}`);
  }
  const check = await checkPostPages(outputDir, stems);
  if (check.found !== check.expected) throw new BenchRunError(`${describePageCheck(what, outputDir, check)} Its figures would mean nothing.`, `${run.stdout}${run.stderr}`);
  const pages = await indexedPages(outputDir);
  if (search && pages !== stems.length) {
    throw new BenchRunError(`${what} indexed ${pages} of ${stems.length} stories (${outputDir}/pagefind/pagefind-entry.json). Rerun with --keep and look at that folder.`, `${run.stdout}${run.stderr}`);
  }
  if (!search && pages !== 0) throw new BenchRunError(`${what} wrote a search index although search was off (${outputDir}/pagefind/).`, `${run.stdout}${run.stderr}`);
  return { ...run.sample, indexerPeakBytes: peak.matchedPeakBytes, sumPeakBytes: peak.sumPeakBytes, searchSeconds: searchSecondsIn(`${run.stdout}${run.stderr}`) };
}

function describeSample(sample: SearchSample): string {
  const indexer = sample.indexerPeakBytes === undefined ? '' : `, indexer ${(sample.indexerPeakBytes / mb).toFixed(0)} MB, sum ${((sample.sumPeakBytes ?? 0) / mb).toFixed(0)} MB`;
  return `${(sample.wallMs / 1000).toFixed(2)} s, build ${(sample.peakRssBytes / mb).toFixed(0)} MB${indexer}`;
}

export async function benchSearch(options: SearchBenchOptions): Promise<SearchResult> {
  const { log } = options;
  log(`search, posts=${options.posts}: generating the corpus (seed ${options.seed})…`);
  const corpus = await generateCorpus({ posts: options.posts, seed: options.seed });
  const stems = corpus.posts.map((post) => post.stem);
  const siteOut = path.join(corpus.root, '_site');
  const { withSearch, withoutSearch } = await buildCommands(corpus, options.repoRoot);
  const samples: { off: SearchSample[]; on: SearchSample[] } = { off: [], on: [] };
  try {
    for (let round = 1 - options.warmup; round <= options.runs; round++) {
      const offFirst = round % 2 !== 0;
      const sides = offFirst ? (['off', 'on'] as const) : (['on', 'off'] as const);
      const got: Partial<Record<'off' | 'on', SearchSample>> = {};
      for (const side of sides) {
        got[side] = side === 'on'
          ? await runOne('The build with search', withSearch, siteOut, stems, true)
          : await runOne('The build without search', withoutSearch, siteOut, stems, false);
      }
      const { off, on } = got;
      if (off === undefined || on === undefined) throw new Error('Internal error: a search bench round ran one side only.');
      const label = round < 1 ? 'warm-up' : `run ${round}/${options.runs}`;
      log(`search, posts=${options.posts} ${label}: without search ${describeSample(off)}; with search ${describeSample(on)}`);
      if (round < 1) continue;
      samples.off.push(off);
      samples.on.push(on);
    }
  } finally {
    if (options.keep) log(`search, posts=${options.posts}: corpus kept in ${corpus.root} (BROADSHEET_ROOT=${corpus.root} BROADSHEET_SITE=${corpus.siteFile} BUILD_TIME=${corpus.buildTime})`);
    else await rm(corpus.root, { recursive: true, force: true });
  }
  const off = searchSeries(samples.off);
  const on = searchSeries(samples.on);
  return { posts: options.posts, runs: options.runs, withoutSearch: off, withSearch: on, ratio: on.wallMs / off.wallMs, targets: searchTargets(options.posts) };
}

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? 'n/a' : `${(bytes / mb).toFixed(0)} MB`;
}

/** The table for people. Pure. */
export function formatSearchResult(result: SearchResult): string {
  const { withoutSearch: off, withSearch: on, targets } = result;
  const row = (name: string, s: SearchSeries) =>
    `${name.padEnd(16)}${`${(s.wallMs / 1000).toFixed(2)} s`.padStart(10)}${`${(s.cpuMs / 1000).toFixed(1)} s`.padStart(10)}${megabytes(s.buildPeakBytes).padStart(10)}${megabytes(s.indexerPeakBytes).padStart(10)}${megabytes(s.sumPeakBytes).padStart(10)}${(s.searchSeconds === undefined ? '' : `${s.searchSeconds.toFixed(1)} s`).padStart(10)}`;
  const sum = on.sumPeakBytes;
  const verdict = (pass: boolean | undefined) => (pass === undefined ? 'n/a' : pass ? 'PASS' : 'FAIL');
  return [
    `search at ${result.posts} posts (medians of ${result.runs} runs)`,
    `${''.padEnd(16)}${'wall'.padStart(10)}${'CPU'.padStart(10)}${'build'.padStart(10)}${'indexer'.padStart(10)}${'sum'.padStart(10)}${'search'.padStart(10)}`,
    row('without search', off),
    row('with search', on),
    `wall ratio ${result.ratio.toFixed(2)}x (target ${targets.ratio}x): ${verdict(result.ratio <= targets.ratio)}; ` +
      `peak memory with search ${megabytes(sum)} (target under ${megabytes(targets.memoryBytes)}): ${verdict(sum === undefined ? undefined : sum < targets.memoryBytes)}`,
  ].join('\n');
}
