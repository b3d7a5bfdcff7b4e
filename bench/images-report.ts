/**
 * The image bench's verdict (issue #4), pure: medians of the bare sharp script, the pipeline with an empty cache and
 * the pipeline with the cold run's cache; cold/bare and warm/cold ratios against their targets; a table and JSON.
 */
import type { Sample } from './measure.ts';
import { format, labels, median, metrics, type Metric, type Series, series, table } from './report.ts';

/** The targets, on time (wall and CPU); memory is shown, not judged. */
export interface ImageTargets {
  /** Cold pipeline time over the bare script's: at most this. */
  readonly coldOverBare: number;
  /** Warm pipeline time over cold, both less the start-up floor (node and tsx are no image work): under this. */
  readonly warmOverCold: number;
}

export function imageTargets(): ImageTargets {
  return { coldOverBare: 1.1, warmOverCold: 0.02 };
}

const judged = ['wallMs', 'cpuMs'] as const;
type TimeMetric = (typeof judged)[number];

/** One measured process: its usage and the milliseconds it reported for its own work (start-up excluded). */
export interface ImageSample extends Sample {
  readonly inProcessMs: number;
}

export interface ImagesSamples {
  readonly floor: readonly Sample[];
  readonly bare: readonly ImageSample[];
  readonly cold: readonly ImageSample[];
  readonly warm: readonly ImageSample[];
}

export interface ImageSeries extends Series {
  /** Median of what the process timed itself: its wall time minus node, tsx and module loading. */
  readonly inProcessMs: number;
  /** Median of `otherCores`, when every sample has it. */
  readonly otherCores?: number;
}

export interface ImagesResult {
  /** The variant set of bench/bare-images.ts: `default` or `issue`. */
  readonly set: string;
  readonly images: number;
  /** Files each side wrote into assets/images (every run, every side: the same names). */
  readonly files: number;
  readonly runs: number;
  readonly floor: Series;
  readonly bare: ImageSeries;
  readonly cold: ImageSeries;
  readonly warm: ImageSeries;
  readonly coldOverBare: Readonly<Record<Metric, number>>;
  readonly warmOverCold: Readonly<Record<Metric, number>>;
  readonly targets: ImageTargets;
  readonly pass: {
    readonly coldOverBare: Readonly<Record<TimeMetric, boolean>>;
    readonly warmOverCold: Readonly<Record<TimeMetric, boolean>>;
  };
}

function imageSeries(samples: readonly ImageSample[]): ImageSeries {
  const others = samples.flatMap((sample) => (sample.otherCores === undefined ? [] : [sample.otherCores]));
  const load = others.length === samples.length && others.length > 0 ? { otherCores: median(others) } : {};
  return { ...series(samples), inProcessMs: median(samples.map((sample) => sample.inProcessMs)), ...load };
}

function ratios(top: Series, bottom: Series): Record<Metric, number> {
  const ratio = { wallMs: 0, cpuMs: 0, peakRssBytes: 0 };
  for (const metric of metrics) ratio[metric] = top.median[metric] / bottom.median[metric];
  return ratio;
}

/** A series' medians less the empty script's; memory is left as it is (a process's floor is not additive). */
function lessFloor(side: Series, floor: Series): Series {
  const median = { ...side.median, wallMs: Math.max(0, side.median.wallMs - floor.median.wallMs), cpuMs: Math.max(0, side.median.cpuMs - floor.median.cpuMs) };
  return { ...side, median };
}

export function compareImages(set: string, images: number, files: number, samples: ImagesSamples, targets: ImageTargets): ImagesResult {
  const bare = imageSeries(samples.bare);
  const cold = imageSeries(samples.cold);
  const warm = imageSeries(samples.warm);
  const coldOverBare = ratios(cold, bare);
  const floor = series(samples.floor);
  // Once cold took seconds, not minutes (issue #14), node's start-up alone came to 3% of it: it is left out.
  const warmOverCold = ratios(lessFloor(warm, floor), lessFloor(cold, floor));
  const pass = { coldOverBare: { wallMs: false, cpuMs: false }, warmOverCold: { wallMs: false, cpuMs: false } };
  for (const metric of judged) {
    pass.coldOverBare[metric] = coldOverBare[metric] <= targets.coldOverBare;
    pass.warmOverCold[metric] = warmOverCold[metric] < targets.warmOverCold;
  }
  return { set, images, files, runs: samples.cold.length, floor, bare, cold, warm, coldOverBare, warmOverCold, targets, pass };
}

const verdict = (pass: Readonly<Record<TimeMetric, boolean>>, metric: Metric): string => (metric === 'peakRssBytes' ? '' : pass[metric] ? 'PASS' : 'FAIL');
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const percent = (ratio: number): string => `${(ratio * 100).toFixed(ratio < 0.1 ? 2 : 1)}%`;

export function formatImagesResult(result: ImagesResult): string {
  const row = (name: string, cell: (metric: Metric) => string, ...rest: string[]) => [name, ...metrics.map(cell), ...rest, ...Array<string>(2 - rest.length).fill('')];
  const measured = (name: string, side: ImageSeries) =>
    row(name, (metric) => format(metric, side.median[metric]), seconds(side.inProcessMs), side.otherCores === undefined ? 'n/a' : `${side.otherCores.toFixed(2)} cores`);
  const { targets } = result;
  return table([
    row(`${result.set} set: M=${result.images} images, ${result.files} files per side, median of ${result.runs}`, (metric) => labels[metric], 'in-process', 'other load'),
    row('start-up floor (empty script)', (metric) => format(metric, result.floor.median[metric])),
    measured('bare sharp script (bench/bare-images.ts)', result.bare),
    measured('pipeline cold (ImageService, empty cache)', result.cold),
    measured('pipeline warm (cache of the cold run, 0 decodes)', result.warm),
    row('ratio cold/bare', (metric) => `${result.coldOverBare[metric].toFixed(2)}x`, `${(result.cold.inProcessMs / result.bare.inProcessMs).toFixed(2)}x`),
    row(`target cold <= ${targets.coldOverBare}x bare`, (metric) => verdict(result.pass.coldOverBare, metric)),
    row('ratio warm/cold, less start-up', (metric) => percent(result.warmOverCold[metric]), percent(result.warm.inProcessMs / result.cold.inProcessMs)),
    row(`target warm < ${targets.warmOverCold * 100}% of cold`, (metric) => verdict(result.pass.warmOverCold, metric)),
  ]);
}
