/**
 * `npm run bench -- --incremental 10000` (issue #14): what a rebuild costs next to a cold build of the same corpus,
 * in the same run. Each round: a cold build (`--full`) into an empty folder (image cache warm after the warm-up),
 * then a build with nothing changed, then one after one story's body was edited; search off, as the targets
 * are set. The edited rebuild is checked: it must write the story and report a small change, and the tree must hold
 * every story.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from './corpus.ts';
import { type BenchRunOptions, measureNode, type NodeCommand, type Sample } from './measure.ts';
import { BenchRunError, buildCommands } from './posts-bench.ts';
import { median } from './report.ts';
import { checkPostPages, describePageCheck } from './verify.ts';

export interface IncrementalBenchOptions extends BenchRunOptions {
  readonly posts: number;
}

export interface Published {
  readonly written: number;
  readonly removed: number;
  readonly kept: number;
}

export interface IncrementalRound {
  readonly cold: Sample;
  readonly unchanged: Sample;
  readonly edited: Sample & { readonly published: Published };
}

export interface IncrementalResult {
  readonly posts: number;
  readonly rounds: readonly IncrementalRound[];
  /** Medians. */
  readonly coldMs: number;
  readonly unchangedMs: number;
  readonly editedMs: number;
  readonly editedPublished: Published;
}

/** `published into _site: 3 files new or changed, 0 removed, 18,720 unchanged.` */
export function publishedIn(output: string): Published | undefined {
  const match = /published into .*: (\d+) files? new or changed, (\d+) removed, (\d+) unchanged\./.exec(output);
  return match === null ? undefined : { written: Number(match[1]), removed: Number(match[2]), kept: Number(match[3]) };
}

async function run(what: string, command: NodeCommand): Promise<{ sample: Sample; output: string }> {
  const result = await measureNode(command);
  if (result.exitCode !== 0 || result.sample === undefined) throw new BenchRunError(`${what} failed with exit code ${result.exitCode}.`, `${result.stdout}${result.stderr}`);
  return { sample: result.sample, output: `${result.stdout}${result.stderr}` };
}

export async function benchIncremental(options: IncrementalBenchOptions): Promise<IncrementalResult> {
  const { log } = options;
  log(`incremental, posts=${options.posts}: generating the corpus (seed ${options.seed})…`);
  const corpus = await generateCorpus({ posts: options.posts, seed: options.seed });
  const stems = corpus.posts.map((post) => post.stem);
  const output = path.join(corpus.root, '_site');
  const { withoutSearch } = await buildCommands(corpus, options.repoRoot, true);
  const edited = corpus.posts[Math.floor(corpus.posts.length / 2)];
  if (edited === undefined) throw new RangeError('bench: --incremental needs at least one post.');
  const editedFile = path.join(corpus.root, edited.path);
  const original = await readFile(editedFile, 'utf8');
  const rounds: IncrementalRound[] = [];
  try {
    for (let round = 1 - options.warmup; round <= options.runs; round++) {
      await rm(output, { recursive: true, force: true });
      await writeFile(editedFile, original);
      // --full: nothing kept from the round before is used (it is all kept anew for the next two builds).
      const cold = await run('The cold build', { ...withoutSearch, args: [...withoutSearch.args, '--full'] });
      const unchanged = await run('The build with nothing changed', withoutSearch);
      if (!/nothing changed since the last build/.test(unchanged.output)) throw new BenchRunError('The build with nothing changed built again.', unchanged.output);
      await writeFile(editedFile, `${original.trimEnd()}\n\nA correction, round ${round}.\n`);
      const rebuilt = await run('The build after one edit', withoutSearch);
      const published = publishedIn(rebuilt.output);
      if (published === undefined || published.written === 0 || published.written > published.kept) throw new BenchRunError('The build after one edit did not report a small change.', rebuilt.output);
      const check = await checkPostPages(output, stems);
      if (check.found !== check.expected) throw new BenchRunError(describePageCheck('The build after one edit', output, check), rebuilt.output);
      const label = round < 1 ? 'warm-up' : `run ${round}/${options.runs}`;
      log(`incremental, posts=${options.posts} ${label}: cold ${(cold.sample.wallMs / 1000).toFixed(2)} s; nothing changed ${(unchanged.sample.wallMs / 1000).toFixed(2)} s; one edit ${(rebuilt.sample.wallMs / 1000).toFixed(2)} s (${published.written} written, ${published.removed} removed, ${published.kept} unchanged)`);
      if (round >= 1) rounds.push({ cold: cold.sample, unchanged: unchanged.sample, edited: { ...rebuilt.sample, published } });
    }
  } finally {
    if (options.keep) log(`incremental: kept the corpus in ${corpus.root}`);
    else await rm(corpus.root, { recursive: true, force: true });
  }
  const last = rounds.at(-1);
  if (last === undefined) throw new RangeError('bench: --runs must be at least 1.');
  return {
    posts: options.posts,
    rounds,
    coldMs: median(rounds.map((r) => r.cold.wallMs)),
    unchangedMs: median(rounds.map((r) => r.unchanged.wallMs)),
    editedMs: median(rounds.map((r) => r.edited.wallMs)),
    editedPublished: last.edited.published,
  };
}

export function formatIncrementalResult(result: IncrementalResult): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const { written, removed, kept } = result.editedPublished;
  return [
    `Incremental builds, ${result.posts.toLocaleString('en')} posts, search off (medians of ${result.rounds.length}; wall time)`,
    `  cold build, empty output:       ${s(result.coldMs)}`,
    `  nothing changed:                ${s(result.unchangedMs)}  (${(result.unchangedMs / result.coldMs).toFixed(3)} of cold)`,
    `  one story's body edited:        ${s(result.editedMs)}  (${(result.editedMs / result.coldMs).toFixed(3)} of cold; ${written} files written, ${removed} removed, ${kept} unchanged)`,
  ].join('\n');
}
