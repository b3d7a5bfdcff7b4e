/**
 * The image benchmark (issues #4, #14): M seeded photos, then for each variant set (Broadsheet's defaults, and the
 * issue's 640/1280 WebP + JPEG) R rounds of the bare sharp script (bench/bare-images.ts), the pipeline with an empty
 * cache (cold) and the pipeline again with the cache the cold run left (warm), each into its own empty output folder
 * (bench/pipeline-images.ts). Odd rounds run the bare script first, even rounds last, so
 * load that builds up on a shared machine does not always land on the same side. Every run is checked before it
 * counts: each side wrote exactly the planned files, byte for byte the same as the bare script's, with the same
 * placeholders; the cold run decoded every image once and the warm run none.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { imagesDir } from '../src/images/plan.ts';
import { type BareResult, type BareSet, bareSets, isBareSet } from './bare-images.ts';
import { expectedFiles, makePhotos, type Photo, writePhotoSite } from './corpus-photos.ts';
import { compareImages, type ImageSample, imageTargets, type ImagesResult } from './images-report.ts';
import { type BenchRunOptions, measureNode, type NodeCommand, type Sample } from './measure.ts';
import { type PipelineResult, setSettings } from './pipeline-images.ts';
import { BenchRunError } from './posts-bench.ts';

/** The warm-up rounds run all three sides on one small photo. */
export interface ImagesBenchOptions extends BenchRunOptions {
  readonly images: number;
}

/** What one side printed and wrote in one run. */
interface Outcome {
  readonly sample: ImageSample;
  readonly placeholders: Readonly<Record<string, string>>;
  /** Decodes the pipeline reported; undefined for the bare script. */
  readonly decodes?: number;
  readonly files: ReadonlyMap<string, Buffer>;
}

interface Sides {
  readonly set: BareSet;
  readonly bare: NodeCommand;
  readonly cold: NodeCommand;
  readonly warm: NodeCommand;
  readonly dirs: { readonly bare: string; readonly cold: string; readonly warm: string; readonly cache: string };
}

function sides(root: string, repoRoot: string, set: BareSet): Sides {
  const dirs = { bare: path.join(root, '_bare'), cold: path.join(root, '_cold'), warm: path.join(root, '_warm'), cache: path.join(root, '_cache') };
  const command = (args: string[]): NodeCommand => ({ args, cwd: repoRoot, env: process.env });
  return {
    set,
    bare: command(['bench/bare-images.ts', root, dirs.bare, set]),
    cold: command(['bench/pipeline-images.ts', root, dirs.cold, dirs.cache, set]),
    warm: command(['bench/pipeline-images.ts', root, dirs.warm, dirs.cache, set]),
    dirs,
  };
}

/** Every file under `outputDir`, by its path there. */
async function filesUnder(outputDir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(outputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(outputDir, file).split(path.sep).join('/'), await readFile(file));
  }
  return files;
}

function readReport(stdout: string): (Partial<BareResult> & Partial<PipelineResult>) | undefined {
  try {
    const report = JSON.parse(stdout) as (Partial<BareResult> & Partial<PipelineResult>) | null;
    return typeof report?.ms === 'number' && typeof report.placeholders === 'object' ? report : undefined;
  } catch {
    return undefined;
  }
}

function describeNames(what: string, found: readonly string[], expected: readonly string[]): string | undefined {
  const missing = expected.filter((name) => !found.includes(name));
  const extra = found.filter((name) => !expected.includes(name));
  if (missing.length === 0 && extra.length === 0) return undefined;
  return `${what} wrote ${found.length} files where ${expected.length} were planned; missing, for example: ${missing.slice(0, 3).join(', ') || 'none'}; unexpected: ${extra.slice(0, 3).join(', ') || 'none'}.`;
}

/** Runs one side into its emptied output folder and checks it wrote exactly `expected` under assets/images. */
async function runSide(what: string, command: NodeCommand, outputDir: string, expected: readonly string[]): Promise<Outcome> {
  await rm(outputDir, { recursive: true, force: true });
  const run = await measureNode(command);
  const report = run.exitCode === 0 ? readReport(run.stdout) : undefined;
  const rerun = `node --import tsx ${command.args.join(' ')} (in ${command.cwd})`;
  if (run.sample === undefined || report?.ms === undefined || report.placeholders === undefined) {
    throw new BenchRunError(`${what} failed with exit code ${run.exitCode} or printed no figures: ${rerun}. Its output follows; rerun with --keep to repeat it by hand.`, `${run.stdout}${run.stderr}`);
  }
  const files = await filesUnder(outputDir);
  const wrong = describeNames(what, [...files.keys()].sort(), expected.map((name) => `${imagesDir}/${name}`));
  if (wrong !== undefined) throw new BenchRunError(`${wrong} Its timings would mean nothing; rerun with --keep and look at ${outputDir}.`, `${run.stdout}${run.stderr}`);
  const summary = report.summary;
  return {
    // measureNode's sample says how many cores other processes kept busy meanwhile (bench/machine-load.ts).
    sample: { ...run.sample, inProcessMs: report.ms },
    placeholders: report.placeholders,
    ...(summary === undefined ? {} : { decodes: summary.decodes }),
    files,
  };
}

/** The pipeline and the bare script must have done the same work: same bytes in every file, same placeholders. */
function checkSameWork(what: string, ours: Outcome, bare: Outcome): void {
  const fix = 'src/images/pipeline.ts and bench/bare-images.ts no longer make the same files; mirror its encoder options in the bare script, or the ratio compares different work.';
  for (const [name, bytes] of bare.files) {
    if (!bytes.equals(ours.files.get(name) ?? Buffer.alloc(0))) throw new BenchRunError(`${what} wrote ${name} with other bytes than the bare script: ${fix}`, '');
  }
  const differing = Object.keys(bare.placeholders).filter((hash) => ours.placeholders[hash] !== bare.placeholders[hash]);
  if (differing.length > 0) throw new BenchRunError(`${what} gave other placeholders than the bare script for ${differing.length} images, e.g. ${differing[0]}: ${fix}`, '');
}

function checkDecodes(what: string, outcome: Outcome, expected: number, hint: string): void {
  if (outcome.decodes !== expected) throw new BenchRunError(`${what} decoded ${outcome.decodes ?? 'an unknown number of'} images; expected ${expected}. ${hint}`, '');
}

const seconds = (sample: Sample): string => `${(sample.wallMs / 1000).toFixed(2)} s`;

/** One round: bare, then cold (empty cache) and warm (the cold run's cache), or the other way round; all checked. */
async function round(photos: readonly Photo[], run: Sides, bareFirst: boolean): Promise<{ bare: Outcome; cold: Outcome; warm: Outcome }> {
  const expected = expectedFiles(photos, setSettings(run.set));
  const runBare = () => runSide('The bare sharp script', run.bare, run.dirs.bare, expected);
  const early = bareFirst ? await runBare() : undefined;
  await rm(run.dirs.cache, { recursive: true, force: true });
  const cold = await runSide('The cold pipeline', run.cold, run.dirs.cold, expected);
  checkDecodes('The cold pipeline', cold, photos.length, 'Each image should be decoded exactly once.');
  const warm = await runSide('The warm pipeline', run.warm, run.dirs.warm, expected);
  checkDecodes('The warm pipeline', warm, 0, `With the cold run's cache in ${run.dirs.cache}, a rebuild must decode nothing (issue #4).`);
  const bare = early ?? (await runBare());
  checkSameWork('The cold pipeline', cold, bare);
  checkSameWork('The warm pipeline', warm, bare);
  return { bare, cold, warm };
}

/** Fills tsx's transform cache and the page cache with the three scripts' modules, on one photo as wide as the sets need. */
async function warmUp(options: ImagesBenchOptions): Promise<void> {
  const photos = await makePhotos({ count: 1, seed: options.seed, width: [1600, 1600], height: [1000, 1000] });
  const site = await writePhotoSite(photos);
  try {
    for (let i = 0; i < options.warmup; i++) await round(photos, sides(site.root, options.repoRoot, 'issue'), true);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
}

/** R checked rounds of one set on the photos of `site`. */
async function benchSet(options: ImagesBenchOptions, photos: readonly Photo[], run: Sides): Promise<ImagesResult> {
  const label = `images=${options.images} ${run.set}`;
  const floor: NodeCommand = { args: ['-e', ''], cwd: options.repoRoot, env: process.env };
  const samples: { floor: Sample[]; bare: ImageSample[]; cold: ImageSample[]; warm: ImageSample[] } = { floor: [], bare: [], cold: [], warm: [] };
  for (let i = 1; i <= options.runs; i++) {
    const { bare, cold, warm } = await round(photos, run, i % 2 === 1);
    const start = await measureNode(floor);
    if (start.sample === undefined) throw new BenchRunError(`An empty node process (node -e '') exited with code ${start.exitCode}; the machine cannot run the bench. Its output follows.`, start.stderr);
    samples.floor.push(start.sample);
    samples.bare.push(bare.sample);
    samples.cold.push(cold.sample);
    samples.warm.push(warm.sample);
    options.log(`${label} run ${i}/${options.runs}: bare ${seconds(bare.sample)}, cold ${seconds(cold.sample)}, warm ${seconds(warm.sample)}${i % 2 === 1 ? '' : ' (bare last)'}`);
  }
  return compareImages(run.set, options.images, expectedFiles(photos, setSettings(run.set)).length, samples, imageTargets());
}

/** Every set of bench/bare-images.ts on the same M photos: one result each. */
export async function benchImages(options: ImagesBenchOptions): Promise<ImagesResult[]> {
  const { log } = options;
  const label = `images=${options.images}`;
  log(`${label}: generating the photos (seed ${options.seed})…`);
  const photos = await makePhotos({ count: options.images, seed: options.seed });
  const site = await writePhotoSite(photos);
  const results: ImagesResult[] = [];
  try {
    if (options.warmup > 0) await warmUp(options);
    for (const set of Object.keys(bareSets).filter(isBareSet)) results.push(await benchSet(options, photos, sides(site.root, options.repoRoot, set)));
  } finally {
    if (options.keep) log(`${label}: photos, outputs and cache kept in ${site.root}; rerun a side with node --import tsx ${sides(site.root, options.repoRoot, 'default').cold.args.join(' ')}`);
    else await rm(site.root, { recursive: true, force: true });
  }
  return results;
}
