/** How file-system failures are told (issue #10), from fake errors: as root, chmod 000 makes nothing unreadable. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { linkOutside, nonPlainOutput, problemFromError } from '../../src/files/file-problems.ts';

const posts = { folder: 'posts' };
const errno = (code: string, message = `${code}: failed, open '/site/posts/x.md'`) => Object.assign(new Error(message), { code, syscall: 'open', path: '/site/posts/x.md' });

describe('file problems', () => {
  test('an unreadable post (EACCES) names the file and says how to make it readable', () => {
    assert.equal(
      formatProblem(problemFromError('posts/x.md', errno('EACCES'), posts)),
      'posts/x.md: could not be read: permission denied (EACCES). Make it readable (chmod a+r posts/x.md) or move it out of posts/.',
    );
  });

  test('EPERM is told like EACCES, with its own reason', () => {
    assert.equal(
      formatProblem(problemFromError('posts/x.md', errno('EPERM'), posts)),
      'posts/x.md: could not be read: the operation is not permitted (EPERM). Make it readable (chmod a+r posts/x.md) or move it out of posts/.',
    );
  });

  test('the fix names the folder being read', () => {
    assert.match(problemFromError('assets/images/a.svg', errno('EACCES'), { folder: 'assets/images' }).fix ?? '', /move it out of assets\/images\/\.$/);
  });

  test('ELOOP is a link loop', () => {
    assert.match(problemFromError('posts/x.md', errno('ELOOP'), posts).message, /point back at each other \(ELOOP\)/);
  });

  test('a file gone between the walk and the read says so', () => {
    assert.equal(problemFromError('posts/x.md', errno('ENOENT'), posts).message, 'disappeared while the build was reading it (ENOENT).');
  });

  test('too many open files suggests raising the limit', () => {
    assert.equal(problemFromError('posts/x.md', errno('EMFILE'), posts).fix, 'Raise the open-file limit (ulimit -n) and build again.');
  });

  test('an unknown error keeps Node’s message and its code', () => {
    assert.equal(problemFromError('posts/x.md', errno('EWEIRD', 'something odd'), posts).message, 'could not be read: something odd (EWEIRD).');
  });

  test('something thrown that is not an errno error still makes a message', () => {
    assert.equal(problemFromError('posts/x.md', 'boom', posts).message, 'could not be read: boom (unknown).');
  });

  test('a link out of the site is told in the house style', () => {
    assert.equal(
      formatProblem(linkOutside('posts/x.md', '/etc/passwd', '/tmp/site')),
      'posts/x.md: is a symbolic link to /etc/passwd, outside the site folder /tmp/site; Broadsheet reads nothing outside the site. Copy the file into the site or remove the link.',
    );
  });

  test('a non-plain output entry names the output path and its kind', () => {
    assert.match(formatProblem(nonPlainOutput('_site', { path: 'assets/images/a.svg', kind: 'symbolic link' })), /^_site\/assets\/images\/a\.svg: is a symbolic link; a published site holds only regular files and folders/);
  });
});
