/** Issue #10: every failure is a message, never a trace, unless --verbose asks for one. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeFileSystemFailure } from '../../src/build/fs-errors.ts';
import { ConfigError } from '../../src/errors.ts';
import { describeFailure, errorChain } from '../../src/cli/failure.ts';

function errno(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

/** What Eleventy does with an error thrown in an event handler: wraps it. */
function wrappedByEleventy(error: unknown): Error {
  return Object.assign(new Error('Problem writing Eleventy templates'), { originalError: error });
}

describe('describeFailure', () => {
  test('a Broadsheet error prints its own message, however deep Eleventy wrapped it', () => {
    const ours = new ConfigError('The site settings have problems:', [{ file: 'site.json', field: 'pageSize', message: 'must be a whole number of at least 1; found 0 (a number).' }]);
    const text = describeFailure(wrappedByEleventy(new Error('outer', { cause: ours })), false);
    assert.equal(text, 'The site settings have problems:\n  - site.json: `pageSize` must be a whole number of at least 1; found 0 (a number).');
  });

  test('a full disk names the path and what to do, without a trace', () => {
    const text = describeFailure(wrappedByEleventy(errno('ENOSPC', 'write', '/srv/_site.staging/index.html')), false);
    assert.equal(text, 'Cannot write /srv/_site.staging/index.html: the disk is full (ENOSPC). Free some space (the image cache in .cache/ can be deleted) and build again.');
    assert.doesNotMatch(text, /\bat /);
  });

  test('a failed write that carries no path names the folder being written', () => {
    const write = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
    assert.match(describeFailure(write, false, '/srv/_site.staging'), /^Cannot write a file in \/srv\/_site\.staging: the disk is full \(ENOSPC\)\./);
  });

  test('read-only folders and permission problems say so', () => {
    assert.match(describeFailure(errno('EROFS', 'mkdir', '/ro/_site.staging'), false), /^Cannot create the folder \/ro\/_site\.staging: the file system is read-only \(EROFS\)\. Build on a writable disk/);
    assert.match(describeFailure(errno('EACCES', 'open', '/srv/_site.lock'), false), /^Cannot open \/srv\/_site\.lock: permission denied \(EACCES\)\./);
    assert.match(describeFailure(errno('EEXIST', 'mkdir', '/srv/site.json'), false), /^Cannot create the folder \/srv\/site\.json: a file of that name is in the way of a folder \(EEXIST\)\./);
    assert.match(describeFailure(errno('ENAMETOOLONG', 'open', '/x/yyy'), false), /Shorten the post’s `slug:` or `permalink:`/);
  });

  test('anything else is called an internal error, and the trace waits for --verbose', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'split')");
    const quiet = describeFailure(wrappedByEleventy(bug), false);
    assert.equal(quiet, "Internal error: Cannot read properties of undefined (reading 'split')\nThis is a fault in Broadsheet, not in your site. Run the build again with --verbose and report what it prints.");
    const verbose = describeFailure(wrappedByEleventy(bug), true);
    assert.match(verbose, /--verbose: Error: Problem writing Eleventy templates\n\s+at /);
    assert.match(verbose, /caused by: TypeError: Cannot read properties/);
  });

  test('an unknown errno code still names the path', () => {
    assert.equal(describeFileSystemFailure({ code: 'EXDEV', syscall: 'rename', path: '/a' }), 'Cannot move /a (EXDEV, rename). Run with --verbose for details.');
  });

  test('the error chain follows cause and originalError and stops on cycles', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    assert.equal(errorChain(b).length, 2);
  });
});
