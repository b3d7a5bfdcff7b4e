/** Issue #10: two builds in one folder at once; what killed builds leave behind. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { acquireLock, isAlive, lockFileFor, LockError } from '../../src/build/lock.ts';
import { removeLeftovers, stagingDirFor } from '../../src/build/swap.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-lock-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A process that is surely gone: one that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('the build lock', () => {
  test('is a file beside the output holding this PID, removed on release', async () => {
    const output = path.join(dir, 'a', '_site');
    mkdirSync(path.dirname(output), { recursive: true });
    const lock = await acquireLock(output, { timeoutMs: 0 });
    assert.equal(lock.file, lockFileFor(output));
    assert.match(readFileSync(lock.file, 'utf8'), new RegExp(`^${process.pid} `));
    await lock.release();
    assert.equal(existsSync(lock.file), false);
  });

  test('a second build refuses at once when told not to wait, naming the PID that holds it', async () => {
    const output = path.join(dir, 'b', '_site');
    mkdirSync(path.dirname(output), { recursive: true });
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    try {
      writeFileSync(lockFileFor(output), `${holder.pid} 2026-01-01T00:00:00Z\n`);
      await assert.rejects(acquireLock(output, { timeoutMs: 0 }), (error: unknown) => {
        assert.ok(error instanceof LockError);
        assert.match(error.message, new RegExp(`Another build \\(PID ${holder.pid}\\) is writing ${output.replace(/[/.]/g, '\\$&')}; this one did not start\\.`));
        assert.match(error.message, /delete .*_site\.lock/);
        return true;
      });
    } finally {
      holder.kill();
    }
  });

  test('a second build waits while the first runs, then goes ahead', async () => {
    const output = path.join(dir, 'c', '_site');
    mkdirSync(path.dirname(output), { recursive: true });
    const first = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    writeFileSync(lockFileFor(output), `${first.pid} 2026-01-01T00:00:00Z\n`);
    let waitedFor: number | undefined;
    let acquired = false;
    const second = acquireLock(output, { timeoutMs: 5000, pollMs: 20, onWait: (pid) => (waitedFor = pid) }).then((lock) => {
      acquired = true;
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    assert.equal(waitedFor, first.pid);
    assert.equal(acquired, false);
    first.kill();
    const lock = await second;
    assert.match(readFileSync(lock.file, 'utf8'), new RegExp(`^${process.pid} `));
    await lock.release();
  });

  test('a lock left by a killed build is taken over', async () => {
    const output = path.join(dir, 'd', '_site');
    mkdirSync(path.dirname(output), { recursive: true });
    const pid = await deadPid();
    assert.equal(isAlive(pid), false);
    writeFileSync(lockFileFor(output), `${pid} 2026-01-01T00:00:00Z\n`);
    const lock = await acquireLock(output, { timeoutMs: 0 });
    assert.match(readFileSync(lock.file, 'utf8'), new RegExp(`^${process.pid} `));
    await lock.release();
  });
});

describe('leftovers of earlier builds', () => {
  test('the staging folder and retired _site.old-<pid> folders are removed; other folders are not', async () => {
    const output = path.join(dir, 'e', '_site');
    for (const folder of [output, stagingDirFor(output), `${output}.old-123`, `${output}.old-keep`, `${output}-other`]) mkdirSync(folder, { recursive: true });
    await removeLeftovers(output);
    assert.deepEqual(
      [output, stagingDirFor(output), `${output}.old-123`, `${output}.old-keep`, `${output}-other`].map(existsSync),
      [true, false, false, true, true],
    );
  });
});
