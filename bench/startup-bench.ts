/**
 * Start-up (issue #14): `npm run build` of a one-post site, the cost a writer pays on every small build and on every
 * `npm run serve` rebuild, next to an empty Node process (`node -e ''`, no loader) started the same way. Alternating,
 * R runs after the warm-up ones; medians. Target: under 0.8 s of wall time for the build.
 */
import { rm } from 'node:fs/promises';
import { generateCorpus } from './corpus.ts';
import { type BenchRunOptions, measureNode, type NodeCommand, type Sample } from './measure.ts';
import { BenchRunError } from './posts-bench.ts';
import { format, metrics, type Series, series, table } from './report.ts';

/** Issue #14: a one-post build in under 0.8 s. */
export const startupTargetMs = 800;

export interface StartupResult {
  readonly runs: number;
  readonly node: Series;
  readonly build: Series;
  readonly pass: boolean;
}

export type StartupOptions = Omit<BenchRunOptions, 'keep'>;

export async function benchStartup(options: StartupOptions): Promise<StartupResult> {
  const corpus = await generateCorpus({ posts: 1, seed: options.seed, images: 1 });
  const env: Record<string, string | undefined> = { ...process.env, BROADSHEET_ROOT: corpus.root, BROADSHEET_SITE: corpus.siteFile, BUILD_TIME: corpus.buildTime };
  for (const name of ['BROADSHEET_OUTPUT', 'BROADSHEET_THREADS']) delete env[name];
  // --full: the same folder is built each round, and a build with nothing changed would do nothing.
  const build: NodeCommand = { args: ['src/cli/run.mjs', 'src/cli/build.ts', '--config=.eleventy.ts', '--full'], loader: 'own', cwd: options.repoRoot, env };
  const node: NodeCommand = { args: ['-e', ''], loader: 'own', cwd: options.repoRoot, env: process.env };
  const samples: { node: Sample[]; build: Sample[] } = { node: [], build: [] };
  try {
    // The first build fills the image cache: the warm-up runs are never counted, whatever --warmup says.
    for (let run = 1 - Math.max(1, options.warmup); run <= options.runs; run++) {
      const bare = await measureNode(node);
      const ours = await measureNode(build);
      if (ours.sample === undefined || bare.sample === undefined) {
        throw new BenchRunError(`The one-post build failed with exit code ${ours.exitCode}: node ${build.args.join(' ')} (in ${build.cwd}).`, `${ours.stdout}${ours.stderr}`);
      }
      if (run < 1) continue;
      samples.node.push(bare.sample);
      samples.build.push(ours.sample);
      options.log(`one-post build run ${run}/${options.runs}: ${(ours.sample.wallMs / 1000).toFixed(2)} s (node alone ${(bare.sample.wallMs / 1000).toFixed(2)} s)`);
    }
  } finally {
    await rm(corpus.root, { recursive: true, force: true });
  }
  const result = { runs: samples.build.length, node: series(samples.node), build: series(samples.build) };
  return { ...result, pass: result.build.median.wallMs < startupTargetMs };
}

export function formatStartupResult(result: StartupResult): string {
  const row = (name: string, cell: (metric: (typeof metrics)[number]) => string) => [name, ...metrics.map(cell)];
  return table([
    row(`start-up, median of ${result.runs}`, (metric) => ({ wallMs: 'wall', cpuMs: 'CPU (user+sys)', peakRssBytes: 'peak RSS' })[metric]),
    row('node -e "" (an empty process)', (metric) => format(metric, result.node.median[metric])),
    row('one-post build (npm run build)', (metric) => format(metric, result.build.median[metric])),
    row('ratio build/empty process', (metric) => `${(result.build.median[metric] / result.node.median[metric]).toFixed(2)}x`),
    row(`  issue #14: wall < ${(startupTargetMs / 1000).toFixed(1)} s`, (metric) => (metric === 'wallMs' ? (result.pass ? 'PASS' : 'FAIL') : '')),
  ]);
}

