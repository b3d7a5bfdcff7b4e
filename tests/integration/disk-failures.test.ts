/**
 * Issue #10: a full disk, a read-only output folder and two builds at once, for real. The disks are small tmpfs
 * mounts, so this needs root (CI runs as root). Elsewhere the suite is skipped saying so; under CI=true it runs,
 * and a mount that fails fails it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmdirSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { createFixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';

const mounts: string[] = [];
function mountTmpfs(options: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-disk-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
  assert.equal(result.status, 0, `mount -t tmpfs failed (root is needed): ${result.stderr}`);
  mounts.push(dir);
  return dir;
}
after(() => {
  for (const dir of mounts) {
    spawnSync('umount', [dir]);
    rmdirSync(dir);
  }
});

const canMount = process.getuid?.() === 0;
// Mounting a disk needs root; a developer's machine as another user skips (CI runs as root and never does).
const suite = canMount || process.env['CI'] === 'true' ? {} : { skip: 'needs root to mount small tmpfs disks (CI runs these)' };

function fixture() {
  const site = createFixtureSite({ title: 'Disks', url: 'https://disks.example', timeZone: 'UTC', search: false, authors: { a: { name: 'A' } } });
  for (let i = 1; i <= 9; i++) site.write(`posts/2025-10-0${i}-story-${i}.md`, post(`title: Story ${i}\nauthor: a\ncategories: [News]\nimage: assets/images/${tinyJpegName}\nimage_alt: A photo`));
  return site;
}

const bookkeeping = (dir: string) => readdirSync(dir).filter((name) => /^_site\.(staging|lock|old-\d+)$/.test(name));

describe('the disk under the build (issue #10)', suite, () => {
  test('a disk that fills up during a rebuild: a message naming the folder, and the live site untouched', () => {
    const site = fixture();
    try {
      const disk = mountTmpfs('size=4m');
      const output = path.join(disk, '_site');
      const first = site.build(['--output', output]);
      assert.equal(first.status, 0, first.stderr);
      // Then room for one site and a half, and a new title, which changes every page: the rebuild's staging folder
      // (an incremental build stages only what changed) cannot fit beside the live one.
      site.write('site.json', JSON.stringify({ title: 'Disks, retitled', url: 'https://disks.example', timeZone: 'UTC', search: false, authors: { a: { name: 'A' } } }));
      const stats = statfsSync(disk);
      const usedKb = ((stats.blocks - stats.bfree) * stats.bsize) / 1024;
      const remount = spawnSync('mount', ['-o', `remount,size=${Math.ceil(usedKb * 1.5)}k`, disk], { encoding: 'utf8' });
      assert.equal(remount.status, 0, remount.stderr);
      const before = createFixtureSiteFingerprint(output);
      const again = site.build(['--output', output]);
      assert.equal(again.status, 1, again.stdout);
      assert.match(again.stderr, new RegExp(`Cannot write a file in ${output.replace(/[/.]/g, '\\$&')}\\.staging: the disk is full \\(ENOSPC\\)\\. Free some space`));
      assert.match(again.stderr, /Build failed; .* was left as it was\./);
      assert.doesNotMatch(again.stderr, /^\s+at /m);
      assert.equal(createFixtureSiteFingerprint(output), before);
      assert.deepEqual(bookkeeping(disk), []);
    } finally {
      site.dispose();
    }
  });

  test('a read-only output folder: a message naming it and what to do', () => {
    const site = fixture();
    try {
      const disk = mountTmpfs('size=1m,ro');
      const result = site.build(['--output', path.join(disk, '_site')]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /: the file system is read-only \(EROFS\)\. Build on a writable disk, e\.g\. with --output \/tmp\/site\./);
      assert.doesNotMatch(result.stderr, /^\s+at /m);
    } finally {
      site.dispose();
    }
  });
});

describe('two builds of one folder at once (issue #10)', () => {
  test('the second waits for the first; both succeed and nothing is left behind', async () => {
    const site = fixture();
    try {
      const [a, b] = await Promise.all([site.buildAsync(), site.buildAsync()]);
      assert.equal(a.status, 0, a.output);
      assert.equal(b.status, 0, b.output);
      assert.match(a.output + b.output, /waiting for the build with PID \d+ writing .*_site to finish/);
      assert.deepEqual(bookkeeping(site.root), []);
      assert.ok(existsSync(path.join(site.out, 'index.html')));
    } finally {
      site.dispose();
    }
  });
});

/** The fixture helper fingerprints its own _site; this one fingerprints any output folder. */
function createFixtureSiteFingerprint(dir: string): string {
  return spawnSync('sh', ['-c', 'find . -type f -print0 | sort -z | xargs -0 sha256sum'], { cwd: dir, encoding: 'utf8' }).stdout;
}

