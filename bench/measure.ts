/**
 * Runs one Node process and measures it: wall time from the parent, CPU time and peak RSS from the child itself
 * (bench/usage-hook.mjs), so nothing depends on /usr/bin/time being installed.
 *
 * Every measured process runs under tsx, the build because it is TypeScript and the baselines so that both sides pay
 * the same loader start-up and the ratio compares the work, not the loader.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machineBusyMs, otherCores } from './machine-load.ts';

/** What every part of the bench is run with (bench/bench.ts reads it from the command line once). */
export interface BenchRunOptions {
  /** Measured rounds. */
  readonly runs: number;
  /** Unmeasured rounds first: they fill tsx's transform cache, the image cache and the page cache. */
  readonly warmup: number;
  readonly seed: number;
  /** The generator's folder: builds run from here, as `npm run build` does. */
  readonly repoRoot: string;
  /** Keep the corpus, outputs and caches afterwards (to profile on them). */
  readonly keep: boolean;
  /** Progress, to stderr. */
  readonly log: (line: string) => void;
}

export interface Sample {
  readonly wallMs: number;
  readonly userMs: number;
  readonly systemMs: number;
  /** user + system */
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  /** Cores other processes kept busy meanwhile (bench/machine-load.ts); absent where that cannot be read. */
  readonly otherCores?: number;
}

export interface Run {
  /** Absent when the process failed: its figures would flatter it. */
  readonly sample?: Sample;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface NodeCommand {
  /** Arguments after `node [--import tsx] --import <hook>`: a script and its arguments, or node flags and then those. */
  readonly args: readonly string[];
  /** `own` for a script that sets up its own loader (src/cli/run.mjs); default `tsx`. */
  readonly loader?: 'tsx' | 'own';
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const hookUrl = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'usage-hook.mjs')).href;

interface Usage {
  readonly userCPUTime: number;
  readonly systemCPUTime: number;
  readonly maxRSS: number;
}

async function readUsage(file: string, command: NodeCommand): Promise<Usage> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Usage;
  } catch (error) {
    throw new Error(`bench: ${command.args.join(' ')} left no resource usage in ${file}; it was probably killed before it could exit. Run it by hand to see why.`, { cause: error });
  }
}

export async function measureNode(command: NodeCommand): Promise<Run> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-usage-'));
  const usageFile = path.join(dir, 'usage.json');
  try {
    const busyBefore = await machineBusyMs();
    const started = performance.now();
    const loader = command.loader === 'own' ? [] : ['--import', 'tsx'];
    const child = spawn(process.execPath, [...loader, '--import', hookUrl, ...command.args], {
      cwd: command.cwd,
      env: { ...command.env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let wallMs = 0;
    child.on('exit', () => (wallMs = performance.now() - started));
    // 'close' comes after 'exit' and after the output streams have ended.
    const code = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal === null ? 1 : 128)));
    });
    const busyAfter = await machineBusyMs();
    const output = { exitCode: code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') };
    if (code !== 0) return output;
    const usage = await readUsage(usageFile, command);
    const userMs = usage.userCPUTime / 1000;
    const systemMs = usage.systemCPUTime / 1000;
    // Node reports ru_maxrss in kilobytes on every platform (libuv converts macOS's bytes).
    const peakRssBytes = usage.maxRSS * 1024;
    const others = otherCores(busyBefore, busyAfter, userMs + systemMs, wallMs);
    return { ...output, sample: { wallMs, userMs, systemMs, cpuMs: userMs + systemMs, peakRssBytes, ...(others === undefined ? {} : { otherCores: others }) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
