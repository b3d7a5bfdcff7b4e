/**
 * One build at a time per output folder (issue #10): two builds in one folder would share its staging folder and
 * swap half-written trees into each other. The lock is a file beside the output, created exclusively and holding
 * the owner's PID; a lock whose process is gone (a killed build) is taken over. A second build waits for the
 * first, as Cargo does, up to `timeoutMs`, then refuses naming the PID.
 */
import { readFileSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { BroadsheetError } from '../errors.ts';

export class LockError extends BroadsheetError {}

export interface Lock {
  readonly file: string;
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another build; 0 refuses at once. */
  readonly timeoutMs: number;
  /** Told once when the lock is held by another build and this one starts waiting. */
  readonly onWait?: (holder: number) => void;
  readonly pollMs?: number;
}

export function lockFileFor(output: string): string {
  return `${output}.lock`;
}

/** Whether a process with this PID is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(text: string): number {
  const pid = Number.parseInt(text.trim().split(/\s/)[0] ?? '', 10);
  return Number.isInteger(pid) ? pid : 0;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function acquireLock(output: string, options: LockOptions): Promise<Lock> {
  const file = lockFileFor(output);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`);
      await handle.close();
      return { file, release: () => releaseLock(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(await readFile(file, 'utf8').catch(() => ''));
    if (holder === process.pid || !isAlive(holder)) {
      // Left by a build that was killed (or is being written this instant by one that just started: a lock without
      // a PID yet is given a moment before it counts as stale).
      if (holder === 0 && Date.now() - started < 1000) {
        await sleep(50);
        continue;
      }
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() - started >= options.timeoutMs) {
      throw new LockError(
        `Another build (PID ${holder}) is writing ${output}; this one did not start. Wait for it to finish, or stop it (kill ${holder}). If no such build runs, delete ${file}.`,
      );
    }
    if (!told) options.onWait?.(holder);
    told = true;
    await sleep(options.pollMs ?? 200);
  }
}

/** Removes the lock if this process holds it; synchronous-safe for exit handlers through `releaseLockSync`. */
async function releaseLock(file: string): Promise<void> {
  const holder = holderOf(await readFile(file, 'utf8').catch(() => ''));
  if (holder === process.pid) await rm(file, { force: true });
}

export function holdsLock(file: string): boolean {
  try {
    return holderOf(readFileSync(file, 'utf8')) === process.pid;
  } catch {
    return false;
  }
}
