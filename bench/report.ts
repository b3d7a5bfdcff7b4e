/**
 * Turns samples into the bench's verdict: medians per metric, build/baseline ratios, PASS/FAIL against the target,
 * a table for people and JSON for tools. Pure.
 */
import type { CollectionsTiming } from './collections-bench.ts';
import type { Sample } from './measure.ts';

export const metrics = ['wallMs', 'cpuMs', 'peakRssBytes'] as const;
export type Metric = (typeof metrics)[number];

export const labels: Record<Metric, string> = { wallMs: 'wall', cpuMs: 'CPU (user+sys)', peakRssBytes: 'peak RSS' };

export interface Series {
  readonly samples: readonly Sample[];
  readonly median: Sample;
}

export interface SizeResult {
  readonly posts: number;
  readonly runs: number;
  /** An empty script started the same way (node + tsx + the usage hook): the part of both figures that is start-up. */
  readonly floor: Series;
  readonly baseline: Series;
  /** `npm run build` as users run it: pages, images, feeds and the search index. */
  readonly build: Series;
  /** The same build with `search: false`: Broadsheet's own work, without Pagefind's indexing. */
  readonly withoutSearch: Series;
  readonly ratio: Readonly<Record<Metric, number>>;
  readonly pass: Readonly<Record<Metric, boolean>>;
  readonly ratioWithoutSearch: Readonly<Record<Metric, number>>;
  readonly passWithoutSearch: Readonly<Record<Metric, boolean>>;
  /** The build without search on 0, 1, 2 and one worker thread per core (BROADSHEET_THREADS), each over the baseline. */
  readonly scaling: ReadonlyArray<{ readonly threads: number; readonly series: Series; readonly ratio: Readonly<Record<Metric, number>> }>;
  readonly collections: CollectionsResult;
}

/** Issue #14: the build without search (threads as the site's size decides) in at most the floor script's wall time. */
export const floorTarget = 1.0;

/** `buildCollections` alone, timed in-process on the same corpus (bench/collections-bench.ts). */
export interface CollectionsResult {
  /** Loading the posts first: context, not part of the figure. */
  readonly loadMs: number;
  readonly samplesMs: readonly number[];
  readonly medianMs: number;
  /** `medianMs` over the build's median wall time. */
  readonly shareOfBuild: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) throw new RangeError('median: no values.');
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The median of each field on its own: the median run for wall time need not be the median run for memory. */
export function series(samples: readonly Sample[]): Series {
  const of = (key: Exclude<keyof Sample, 'otherCores'>) => median(samples.map((sample) => sample[key]));
  return {
    samples,
    median: { wallMs: of('wallMs'), userMs: of('userMs'), systemMs: of('systemMs'), cpuMs: of('cpuMs'), peakRssBytes: of('peakRssBytes') },
  };
}

export interface Samples {
  readonly floor: readonly Sample[];
  readonly baseline: readonly Sample[];
  readonly build: readonly Sample[];
  readonly withoutSearch: readonly Sample[];
  readonly threads: Readonly<Record<number, readonly Sample[]>>;
}

function against(ours: Series, base: Series, target: number): { ratio: Record<Metric, number>; pass: Record<Metric, boolean> } {
  const ratio = { wallMs: 0, cpuMs: 0, peakRssBytes: 0 };
  const pass = { wallMs: false, cpuMs: false, peakRssBytes: false };
  for (const metric of metrics) {
    ratio[metric] = ours.median[metric] / base.median[metric];
    pass[metric] = ratio[metric] <= target;
  }
  return { ratio, pass };
}

export function compare(posts: number, { floor, baseline, build, withoutSearch, threads }: Samples, target: number, timing: CollectionsTiming): SizeResult {
  const base = series(baseline);
  const ours = series(build);
  const pagesOnly = series(withoutSearch);
  const whole = against(ours, base, target);
  const own = against(pagesOnly, base, target);
  const collectionsMs = median(timing.samplesMs);
  const collections = { loadMs: timing.loadMs, samplesMs: timing.samplesMs, medianMs: collectionsMs, shareOfBuild: collectionsMs / ours.median.wallMs };
  return {
    posts,
    runs: build.length,
    floor: series(floor),
    baseline: base,
    build: ours,
    withoutSearch: pagesOnly,
    ratio: whole.ratio,
    pass: whole.pass,
    ratioWithoutSearch: own.ratio,
    passWithoutSearch: own.pass,
    scaling: Object.entries(threads)
      .map(([count, samples]) => ({ threads: Number(count), series: series(samples) }))
      .map((entry) => ({ ...entry, ratio: against(entry.series, base, target).ratio })),
    collections,
  };
}

export function format(metric: Metric, value: number): string {
  return metric === 'peakRssBytes' ? `${(value / 2 ** 20).toFixed(0)} MB` : `${(value / 1000).toFixed(2)} s`;
}

/** Columns padded to their widest cell: the first left-aligned, the figures right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ')).join('\n');
}

export function formatResult(result: SizeResult, target: number): string {
  const row = (name: string, cell: (metric: Metric) => string) => [name, ...metrics.map(cell)];
  return table([
    row(`N=${result.posts.toLocaleString('en')} posts, median of ${result.runs}`, (metric) => labels[metric]),
    row('start-up floor (empty script)', (metric) => format(metric, result.floor.median[metric])),
    row('baseline (gray-matter + markdown-it)', (metric) => format(metric, result.baseline.median[metric])),
    row('build (npm run build, with the search index)', (metric) => format(metric, result.build.median[metric])),
    row('build without search (search: false)', (metric) => format(metric, result.withoutSearch.median[metric])),
    row(`  collections alone (buildCollections, median of ${result.collections.samplesMs.length})`, (metric) =>
      metric === 'wallMs' ? `${result.collections.medianMs.toFixed(0)} ms = ${(result.collections.shareOfBuild * 100).toFixed(1)}% of build` : '',
    ),
    row('ratio build/baseline', (metric) => `${result.ratio[metric].toFixed(2)}x`),
    row(`  target <= ${target}x`, (metric) => (result.pass[metric] ? 'PASS' : 'FAIL')),
    row('ratio build without search/baseline', (metric) => `${result.ratioWithoutSearch[metric].toFixed(2)}x`),
    row(`  target <= ${target}x`, (metric) => (result.passWithoutSearch[metric] ? 'PASS' : 'FAIL')),
    row(`  issue #14: wall <= ${floorTarget.toFixed(1)}x the floor`, (metric) => (metric === 'wallMs' ? (result.ratioWithoutSearch.wallMs <= floorTarget ? 'PASS' : 'FAIL') : '')),
    ...result.scaling.map(({ threads, series: s, ratio }) =>
      row(`build without search, BROADSHEET_THREADS=${threads}`, (metric) => `${format(metric, s.median[metric])} (${ratio[metric].toFixed(2)}x)`),
    ),
  ]);
}
