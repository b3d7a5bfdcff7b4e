/** Reading one site file (issue #10): only regular files, only inside the real site root, never blocking on a FIFO. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { isInside } from '../../src/files/inside.ts';
import { NotPlainFileError, readPlainFile, readSiteBytes, SiteFileError } from '../../src/files/read-plain.ts';
import { readText } from '../../src/files/read-text.ts';
import { locate, locateSync, realRoot } from '../../src/files/site-root.ts';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'broadsheet-read-')));
after(() => rmSync(base, { recursive: true, force: true }));
const root = path.join(base, 'site');
const secret = path.join(base, 'secret.txt');
mkdirSync(path.join(root, 'assets/images'), { recursive: true });
writeFileSync(secret, 'outside');
writeFileSync(path.join(root, 'assets/images/a.jpg'), 'photo');
symlinkSync(secret, path.join(root, 'assets/images/leak.jpg'));
symlinkSync('a.jpg', path.join(root, 'assets/images/alias.jpg'));
symlinkSync('nowhere.jpg', path.join(root, 'assets/images/dangling.jpg'));
execFileSync('mkfifo', [path.join(root, 'assets/images/pipe.jpg')]);

const rejection = async (promise: Promise<unknown>): Promise<unknown> => promise.then(() => assert.fail('expected a rejection'), (error: unknown) => error);

describe('inside a folder', () => {
  test('the folder itself and what is below it are inside; a sibling with a shared prefix is not', () => {
    assert.equal(isInside('/site', '/site'), true);
    assert.equal(isInside('/site', '/site/posts/a.md'), true);
    assert.equal(isInside('/site', '/site-old/a.md'), false);
    assert.equal(isInside('/site', '/etc/passwd'), false);
    assert.equal(isInside('/site', '/site/..foo'), true);
  });
});

describe('locating a site path', () => {
  test('a file is inside; a link to a file inside is inside at its real path', () => {
    assert.deepEqual(locateSync(root, 'assets/images/a.jpg'), { kind: 'inside', path: path.join(root, 'assets/images/a.jpg') });
    assert.deepEqual(locateSync(root, 'assets/images/alias.jpg'), { kind: 'inside', path: path.join(root, 'assets/images/a.jpg') });
  });

  test('a link out of the site is outside, with where it leads', async () => {
    assert.deepEqual(locateSync(root, 'assets/images/leak.jpg'), { kind: 'outside', target: secret });
    assert.deepEqual(await locate(root, 'assets/images/leak.jpg'), { kind: 'outside', target: secret });
  });

  test('a path that climbs out with .. is outside before anything is looked at', () => {
    assert.deepEqual(locateSync(root, '../secret.txt'), { kind: 'outside', target: secret });
  });

  test('a missing file and a dangling link are missing', async () => {
    assert.deepEqual(locateSync(root, 'assets/images/none.jpg'), { kind: 'missing' });
    assert.deepEqual(await locate(root, 'assets/images/dangling.jpg'), { kind: 'missing' });
  });

  test('the root is judged by its real path, so a root reached through a link is not "outside" itself', () => {
    const linked = path.join(base, 'linked-site');
    symlinkSync(root, linked);
    assert.equal(realRoot(linked), root);
    assert.deepEqual(locateSync(realRoot(linked), 'assets/images/a.jpg'), { kind: 'inside', path: path.join(root, 'assets/images/a.jpg') });
  });
});

describe('reading a plain file', () => {
  test('reads a regular file', async () => {
    assert.equal((await readPlainFile(path.join(root, 'assets/images/a.jpg'))).toString(), 'photo');
  });

  test('a FIFO is refused at once instead of waiting for a writer', { timeout: 5000 }, async () => {
    const error = await rejection(readPlainFile(path.join(root, 'assets/images/pipe.jpg')));
    assert.ok(error instanceof NotPlainFileError);
    assert.equal(error.kind, 'FIFO (named pipe)');
  });

  test('a link as the last part of the path is not followed (a link swapped in after the walk)', async () => {
    assert.equal(((await rejection(readPlainFile(path.join(root, 'assets/images/alias.jpg')))) as NodeJS.ErrnoException).code, 'ELOOP');
  });

  test('a folder is refused', async () => {
    assert.equal(((await rejection(readPlainFile(root))) as NotPlainFileError).kind, 'directory');
  });
});

describe('reading site bytes', () => {
  test('a link inside the site is read through', async () => {
    assert.equal((await readSiteBytes(root, 'assets/images/alias.jpg')).toString(), 'photo');
  });

  test('a link out of the site is refused with where it leads, and nothing is read', async () => {
    const error = await rejection(readSiteBytes(root, 'assets/images/leak.jpg'));
    assert.ok(error instanceof SiteFileError);
    assert.deepEqual([error.reason, error.detail], ['outside', secret]);
  });

  test('missing, dangling and FIFO files each have their reason', { timeout: 5000 }, async () => {
    const reasons = await Promise.all(['none.jpg', 'dangling.jpg', 'pipe.jpg'].map(async (name) => ((await rejection(readSiteBytes(root, `assets/images/${name}`))) as SiteFileError).reason));
    assert.deepEqual(reasons, ['missing', 'missing', 'not-a-file']);
  });
});

describe('reading text', () => {
  test('a Latin-1 file is a problem naming it', async () => {
    const file = path.join(root, 'latin.md');
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const read = await readText({ sitePath: 'posts/latin.md', path: file }, { folder: 'posts' });
    assert.equal(read.ok ? '' : `${read.problem.file}:${read.problem.line}`, 'posts/latin.md:1');
  });

  test('a file that became a FIFO after the walk is a problem, not a hang', { timeout: 5000 }, async () => {
    const read = await readText({ sitePath: 'posts/pipe.md', path: path.join(root, 'assets/images/pipe.jpg') }, { folder: 'posts' });
    assert.equal(read.ok ? '' : read.problem.message, 'became a FIFO (named pipe) while the build was reading it.');
  });
});
