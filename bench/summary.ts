/**
 * The bench's last table (issue #14): every target of the parts that ran, one row each, with the figure measured,
 * the target and the verdict; and how busy other processes kept the machine during the measured runs, so a verdict
 * taken on a shared machine can be weighed. Pure.
 */
import type { ImagesResult } from './images-report.ts';
import type { IncrementalResult } from './incremental-bench.ts';
import type { StartupResult } from './startup-bench.ts';
import { floorTarget, type SizeResult, table } from './report.ts';
import type { SearchResult } from './search-bench.ts';

export interface BenchResults {
  readonly posts: readonly SizeResult[];
  readonly startup: readonly StartupResult[];
  readonly images: readonly ImagesResult[];
  readonly search: readonly SearchResult[];
  readonly incremental?: readonly IncrementalResult[];
  readonly imageDefaults: ReadonlyArray<{ readonly name: string; readonly cpuMsPerPhoto: number }>;
}

interface Row {
  readonly what: string;
  readonly measured: string;
  readonly target: string;
  readonly pass: boolean;
}

const x = (ratio: number): string => `${ratio.toFixed(2)}x`;
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

export function targetRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  for (const result of results.images) {
    rows.push({ what: `photos, ${result.set} set, ${result.images} photos: pipeline cold / bare sharp (wall)`, measured: x(result.coldOverBare.wallMs), target: '<= 1.10x', pass: result.coldOverBare.wallMs <= 1.1 });
  }
  const current = results.imageDefaults.find((candidate) => candidate.name.startsWith('the defaults now'));
  if (current !== undefined) rows.push({ what: 'photos: CPU per 2400 px photo, default set', measured: `${(current.cpuMsPerPhoto / 1000).toFixed(2)} s`, target: '<= 1.00 s', pass: current.cpuMsPerPhoto <= 1000 });
  for (const result of results.posts) {
    const n = result.posts.toLocaleString('en');
    rows.push({ what: `${n} posts without search / floor (wall)`, measured: x(result.ratioWithoutSearch.wallMs), target: `<= ${floorTarget.toFixed(2)}x`, pass: result.ratioWithoutSearch.wallMs <= floorTarget });
    if (result.posts >= 50_000) {
      rows.push({ what: `${n} posts with search / floor (wall)`, measured: x(result.ratio.wallMs), target: '<= 2.00x', pass: result.ratio.wallMs <= 2 });
    }
  }
  for (const result of results.startup) {
    rows.push({ what: 'one-post build (wall)', measured: `${(result.build.median.wallMs / 1000).toFixed(2)} s`, target: '< 0.80 s', pass: result.pass });
  }
  for (const result of results.search) {
    const n = result.posts.toLocaleString('en');
    rows.push({ what: `${n} posts: with search / without (wall)`, measured: x(result.ratio), target: `<= ${x(result.targets.ratio)}`, pass: result.ratio <= result.targets.ratio });
    const sum = result.withSearch.sumPeakBytes;
    if (sum !== undefined) rows.push({ what: `${n} posts: build + indexer peak memory`, measured: mb(sum), target: `< ${mb(result.targets.memoryBytes)}`, pass: sum < result.targets.memoryBytes });
  }
  for (const result of results.incremental ?? []) {
    const n = result.posts.toLocaleString('en');
    rows.push({ what: `${n} posts: rebuild with nothing changed / cold (wall)`, measured: x(result.unchangedMs / result.coldMs), target: '< 0.10x', pass: result.unchangedMs / result.coldMs < 0.1 });
    rows.push({ what: `${n} posts: rebuild after one story's edit (wall)`, measured: `${(result.editedMs / 1000).toFixed(2)} s`, target: '< 1.00 s', pass: result.editedMs < 1000 });
  }
  return rows;
}

/** Every `otherCores` figure in the results, wherever it is. */
export function otherLoads(value: unknown, found: number[] = []): number[] {
  if (Array.isArray(value)) for (const item of value) otherLoads(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'otherCores' && typeof item === 'number') found.push(item);
      else otherLoads(item, found);
    }
  }
  return found;
}

export function formatSummary(results: BenchResults, cores: number): string {
  const rows = targetRows(results);
  const loads = otherLoads(results).sort((a, b) => a - b);
  const noise =
    loads.length === 0
      ? 'Machine load during the runs: not measured (no /proc/stat).'
      : `Machine load during the ${loads.length} measured runs: other processes kept a median ${(loads[loads.length >> 1] ?? 0).toFixed(2)} of ${cores} cores busy (most ${(loads.at(-1) ?? 0).toFixed(2)}).` +
        ((loads.at(-1) ?? 0) >= 0.5 ? ' Runs that shared the machine are slower than it is: compare the samples in last.json before trusting a close verdict.' : '');
  if (rows.length === 0) return noise;
  return `${table([['issue #14 target', 'measured', 'target', 'verdict'], ...rows.map((row) => [row.what, row.measured, row.target, row.pass ? 'PASS' : 'FAIL'])])}\n${noise}`;
}
