/**
 * Peak memory of a process tree, sampled from /proc (issue #14): Pagefind's indexer is a child of the build with its
 * own memory, which the build's `ru_maxrss` does not count. Linux only; elsewhere every figure is undefined.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface TreePeak {
  /** Peak of the processes whose name matched (their VmHWM, summed per sample, the highest kept). */
  readonly matchedPeakBytes: number | undefined;
  /** The highest sum of VmRSS over every process under the root, sampled at the same moment. */
  readonly sumPeakBytes: number | undefined;
  readonly samples: number;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** `VmRSS:   1234 kB` → bytes, from a /proc/<pid>/status text. */
export function statusBytes(status: string, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? 0 : Number(match[1]) * 1024;
}

/** The children of `pid`, through the children lists of all its threads (a child belongs to the thread that forked it). */
function childrenOf(pid: number): number[] {
  return listTasks(pid).flatMap((task) => (read(`/proc/${pid}/task/${task}/children`) ?? '').split(/\s+/).filter(Boolean).map(Number));
}

function listTasks(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/**
 * Samples every `intervalMs` until `stop()`: the processes under `root` (not `root` itself), those named like
 * `matched` (the first line of /proc/<pid>/status, `Name:`) counted apart.
 */
export function sampleProcessTree(root: number, matched: RegExp, intervalMs = 50): { stop(): TreePeak } {
  const available = read(`/proc/${root}/status`) !== undefined;
  let matchedPeak = 0;
  let sumPeak = 0;
  let samples = 0;
  const sample = () => {
    let sum = 0;
    let matchedNow = 0;
    // Not below a matched process: Pagefind starts no children, and listing its hundreds of threads costs CPU the
    // measured build would miss.
    const stack = childrenOf(root);
    for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
      const status = read(`/proc/${pid}/status`);
      if (status === undefined) continue;
      sum += statusBytes(status, 'VmRSS');
      if (matched.test(/^Name:\s+(.*)$/m.exec(status)?.[1] ?? '')) matchedNow += statusBytes(status, 'VmHWM');
      else stack.push(...childrenOf(pid));
    }
    matchedPeak = Math.max(matchedPeak, matchedNow);
    sumPeak = Math.max(sumPeak, sum);
    samples++;
  };
  const timer = available ? setInterval(sample, intervalMs) : undefined;
  return {
    stop() {
      if (timer !== undefined) clearInterval(timer);
      return available ? { matchedPeakBytes: matchedPeak, sumPeakBytes: sumPeak, samples } : { matchedPeakBytes: undefined, sumPeakBytes: undefined, samples };
    },
  };
}
