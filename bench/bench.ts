/**
 * `npm run bench -- [--posts 1000,10000] [--bodies 10000] [--images 20] [--image-defaults 3] [--search 10000] [--incremental 10000] [--runs 3] [--warmup 1] [--seed 1] [--target 3] [--keep]`
 *
 * First a one-post build next to an empty Node process (bench/startup-bench.ts). Then it builds a seeded synthetic
 * corpus per size and reports the build's wall time, CPU time and peak memory next to a bare gray-matter +
 * markdown-it script on the same posts (bench/baseline.ts, "the floor"), as medians, with build/baseline ratios
 * checked against the target, the build without search on 0, 1, 2 and one worker thread per core (up to 10,000
 * posts), and the time `buildCollections` alone takes on that corpus (bench/collections-bench.ts).
 * Then what Liquid and build-time highlighting cost per story at `--bodies` posts (default 10,000), in process, next to a
 * bare markdown-it render of the same bodies (bench/bodies-bench.ts).
 * With `--images M`, also the image pipeline cold and warm next to a bare sharp script on M photos (bench/images-bench.ts);
 * `--images` alone runs only that. `--image-defaults [P]` alone: candidate default image settings on P photos, CPU per
 * photo beside the bytes a reader downloads (bench/image-defaults.ts, issue #14).
 * `--search N` measures the build with and without search, the indexer's memory included (bench/search-bench.ts).
 * `--incremental N`: a cold build, a build with nothing changed and one after a one-story edit (bench/incremental-bench.ts).
 * Last, one table of issue #14's targets and how busy other processes kept the machine (bench/summary.ts).
 * The tables go to stdout, every sample to `.cache/bench/last.json`. Exit code 0 whatever the ratios; 1 if a build
 * (or the baseline, or the collections timing) fails or leaves out pages, or an image run fails its checks; 2 for bad options.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from '../src/cli/args.ts';
import { BenchRunError, benchPosts } from './posts-bench.ts';
import { type BodiesResult, benchBodies, formatBodiesResult } from './bodies-bench.ts';
import { benchImageDefaults } from './image-defaults.ts';
import { benchImages } from './images-bench.ts';
import { benchIncremental, formatIncrementalResult, type IncrementalResult } from './incremental-bench.ts';
import { formatImagesResult, type ImagesResult } from './images-report.ts';
import { formatResult, type SizeResult } from './report.ts';
import { benchSearch, formatSearchResult, type SearchResult } from './search-bench.ts';
import { benchStartup, formatStartupResult, type StartupResult } from './startup-bench.ts';
import { formatSummary } from './summary.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const knownFlags = ['posts', 'bodies', 'images', 'image-defaults', 'search', 'incremental', 'runs', 'warmup', 'seed', 'target', 'keep'];

interface BenchOptions {
  /** Empty when only `--images` was given. */
  readonly posts: readonly number[];
  readonly images: readonly number[];
  /** Photos for the image-defaults bench; 0 when not asked for. */
  readonly imageDefaults: number;
  /** Post counts for the bodies bench; empty when only `--images` or `--posts` was given. */
  readonly bodies: readonly number[];
  /** Post counts for the search bench (bench/search-bench.ts); empty unless `--search` was given. */
  readonly search: readonly number[];
  /** Post counts for the incremental bench (bench/incremental-bench.ts); empty unless `--incremental` was given. */
  readonly incremental: readonly number[];
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  readonly target: number;
  readonly keep: boolean;
}

function wholeNumbers(flag: string, value: string | true | undefined, fallback: string, min: number): number[] {
  const text = value === undefined ? fallback : value === true ? '' : value;
  const numbers = text.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
  if (text === '' || numbers.some((n) => !Number.isInteger(n) || n < min)) {
    throw new RangeError(`bench: --${flag} must be whole numbers of at least ${min}, separated by commas; found ${JSON.stringify(value === true ? '' : text)}. Write e.g. --${flag} ${fallback}.`);
  }
  return numbers;
}

function readOptions(argv: readonly string[]): BenchOptions {
  const { flags, positional } = parseArgs(argv, ['posts', 'bodies', 'images', 'image-defaults', 'search', 'incremental', 'runs', 'warmup', 'seed', 'target']);
  const unknown = [...flags.keys()].filter((flag) => !knownFlags.includes(flag)).map((flag) => `--${flag}`);
  if (unknown.length > 0 || positional.length > 0) {
    throw new RangeError(`bench: unknown argument ${[...unknown, ...positional].join(', ')}. Known: ${knownFlags.map((f) => `--${f}`).join(', ')}.`);
  }
  const target = Number(flags.get('target') ?? 3);
  if (!(target > 0)) throw new RangeError(`bench: --target must be a positive ratio; found ${JSON.stringify(flags.get('target'))}. Write e.g. --target 3.`);
  const other = ['images', 'bodies', 'image-defaults', 'search', 'incremental'].some((flag) => flags.has(flag));
  return {
    posts: other && !flags.has('posts') ? [] : wholeNumbers('posts', flags.get('posts'), '1000', 1),
    images: flags.has('images') ? wholeNumbers('images', flags.get('images'), '20', 1) : [],
    // `--image-defaults` alone means 3 photos.
    imageDefaults: flags.has('image-defaults') ? (wholeNumbers('image-defaults', flags.get('image-defaults') === true ? undefined : flags.get('image-defaults'), '3', 1)[0] ?? 3) : 0,
    bodies: flags.has('bodies') || (!other && !flags.has('posts')) ? wholeNumbers('bodies', flags.get('bodies'), '10000', 1) : [],
    search: flags.has('search') ? wholeNumbers('search', flags.get('search'), '10000', 1) : [],
    incremental: flags.has('incremental') ? wholeNumbers('incremental', flags.get('incremental'), '10000', 1) : [],
    runs: wholeNumbers('runs', flags.get('runs'), '3', 1)[0] ?? 3,
    warmup: wholeNumbers('warmup', flags.get('warmup'), '1', 0)[0] ?? 1,
    seed: wholeNumbers('seed', flags.get('seed'), '1', 0)[0] ?? 1,
    target,
    keep: flags.has('keep'),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = readOptions(argv);
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const log = (line: string) => console.error(`[bench] ${line}`);
  const results: SizeResult[] = [];
  const images: ImagesResult[] = [];
  const bodies: BodiesResult[] = [];
  const search: SearchResult[] = [];
  const startup: StartupResult[] = [];
  const incremental: IncrementalResult[] = [];
  const imageDefaults: Array<Awaited<ReturnType<typeof benchImageDefaults>>> = [];
  try {
    if (options.posts.length > 0) startup.push(await benchStartup({ ...options, repoRoot, log }));
    for (const posts of options.posts) results.push(await benchPosts({ ...options, posts, repoRoot, log }));
    for (const posts of options.bodies) {
      log(`story bodies: ${posts} posts, ${options.runs} runs`);
      bodies.push(await benchBodies({ posts, runs: options.runs, seed: options.seed }));
    }
    for (const count of options.images) images.push(...(await benchImages({ ...options, images: count, repoRoot, log })));
    for (const posts of options.search) search.push(await benchSearch({ ...options, posts, repoRoot, log }));
    for (const posts of options.incremental) incremental.push(await benchIncremental({ ...options, posts, repoRoot, log }));
    if (options.imageDefaults > 0) imageDefaults.push(await benchImageDefaults({ photos: options.imageDefaults, seed: options.seed, log }));
  } catch (error) {
    if (!(error instanceof BenchRunError)) throw error;
    console.error(`[bench] ${error.message}\n${error.detail}`);
    return 1;
  }
  const file = path.join(repoRoot, '.cache/bench/last.json');
  await mkdir(path.dirname(file), { recursive: true });
  const machine = { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.availableParallelism(), cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem() };
  await writeFile(file, `${JSON.stringify({ createdAt: new Date().toISOString(), machine, options, results, bodies, images, imageDefaults: imageDefaults.map((run) => run.results), search, startup, incremental }, null, 2)}\n`);
  const summary = formatSummary({ posts: results, startup, images, search, incremental, imageDefaults: imageDefaults.flatMap((run) => run.results) }, os.availableParallelism());
  console.log([...startup.map(formatStartupResult), ...results.map((result) => formatResult(result, options.target)), ...bodies.map(formatBodiesResult), ...images.map(formatImagesResult), ...imageDefaults.map((run) => run.table), ...search.map(formatSearchResult), ...incremental.map(formatIncrementalResult), summary].join('\n\n'));
  console.log(`\nFigures in ${path.relative(process.cwd(), file) || file}.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
