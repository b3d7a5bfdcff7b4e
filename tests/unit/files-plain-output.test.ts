/** The last check of a finished output folder (issue #10): nothing but regular files and folders is published. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { findNonPlainEntries } from '../../src/files/plain-output.ts';

const made: string[] = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function output(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-output-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'assets/images'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(dir, 'assets/images/a.svg'), '<svg/>');
  return dir;
}

describe('plain output', () => {
  test('a folder of regular files and folders has nothing to report', async () => {
    assert.deepEqual(await findNonPlainEntries(output()), []);
  });

  test('finds symbolic links (to files, to folders, dangling) and FIFOs at any depth, sorted', async () => {
    const dir = output();
    symlinkSync('/etc/passwd', path.join(dir, 'assets/images/leak.svg'));
    symlinkSync('/etc', path.join(dir, 'etc'));
    symlinkSync('nowhere', path.join(dir, 'assets/dangling'));
    execFileSync('mkfifo', [path.join(dir, 'assets/images/pipe')]);
    assert.deepEqual(await findNonPlainEntries(dir), [
      { path: 'assets/dangling', kind: 'symbolic link' },
      { path: 'assets/images/leak.svg', kind: 'symbolic link' },
      { path: 'assets/images/pipe', kind: 'FIFO (named pipe)' },
      { path: 'etc', kind: 'symbolic link' },
    ]);
  });

  test('a linked folder is reported, not walked into', async () => {
    const dir = output();
    const other = output();
    symlinkSync(path.join(other, 'assets'), path.join(dir, 'more'));
    assert.deepEqual(await findNonPlainEntries(dir), [{ path: 'more', kind: 'symbolic link' }]);
  });
});
