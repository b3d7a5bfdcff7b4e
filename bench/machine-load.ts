/**
 * How busy the whole machine was while a measured process ran, so a sample taken while other work shared the cores
 * can be told from a slow one. Linux only (`/proc/stat`); elsewhere the figures are absent, not zero.
 */
import { readFile } from 'node:fs/promises';

/** `/proc/stat` counts in USER_HZ, which Linux fixes at 100 for user space whatever the kernel's tick rate. */
const msPerTick = 10;

/** CPU time all cores spent busy since boot (everything but idle and iowait), or undefined off Linux. */
export async function machineBusyMs(): Promise<number | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    if (!line.startsWith('cpu ') || ticks.length < 5 || ticks.some((n) => !Number.isFinite(n))) return undefined;
    const [, , , idle = 0, iowait = 0] = ticks;
    return (ticks.reduce((sum, n) => sum + n, 0) - idle - iowait) * msPerTick;
  } catch {
    return undefined;
  }
}

/**
 * Cores other processes kept busy on average over `wallMs`: the machine's busy time in that span minus what the
 * measured process used itself (the bench's parent only waits meanwhile). Never below 0: the two clocks tick apart.
 */
export function otherCores(busyBeforeMs: number | undefined, busyAfterMs: number | undefined, ownCpuMs: number, wallMs: number): number | undefined {
  if (busyBeforeMs === undefined || busyAfterMs === undefined || wallMs <= 0) return undefined;
  return Math.max(0, (busyAfterMs - busyBeforeMs - ownCpuMs) / wallMs);
}
