/**
 * Issue #10 in a real build: nothing from outside the site is read or published, SVGs are published sanitised,
 * and every file-system oddity in posts/ or assets/images/ is a problem or a warning naming its path, never a
 * crash, a hang or a half-written site.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findNonPlainEntries } from '../../src/files/plain-output.ts';
import { type BuildResult, createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';

const settings = { title: 'Fixture Times', url: 'https://fixture.example', timeZone: 'UTC' };
const ns = 'xmlns="http://www.w3.org/2000/svg"';
const marker = 'SECRET-OUTSIDE-THE-SITE';

describe('hostile files in a built site', () => {
  let site: FixtureSite;
  /** The real path of the site root, as messages name it. */
  let root: string;
  /** A folder outside the site holding a secret post, a photo and an SVG. */
  let outside: string;
  let first: BuildResult;
  let published: string;

  const link = (relative: string, target: string): void => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    symlinkSync(target, path.join(root, relative));
  };
  const unlink = (...relatives: string[]): void => relatives.forEach((relative) => rmSync(path.join(root, relative), { recursive: true, force: true }));
  /** A failed build: exit 1, the output exactly as the last good build left it. */
  const refused = (): BuildResult => {
    const result = site.build();
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.equal(site.fingerprint(), published, '_site changed after a failed build');
    assert.doesNotMatch(result.stdout + result.stderr, new RegExp(marker));
    return result;
  };

  before(() => {
    site = createFixtureSite(settings);
    root = realpathSync(site.root);
    outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'broadsheet-outside-')));
    writeFileSync(path.join(outside, 'secret.md'), post(`title: ${marker}`, marker));
    writeFileSync(path.join(outside, 'photo.jpg'), readFileSync(path.join(root, 'assets/images', tinyJpegName)));
    writeFileSync(path.join(outside, 'logo.svg'), `<svg ${ns}><title>${marker}</title></svg>`);

    site.write('posts/2025-10-09-plain.md', post('title: Plain'));
    site.write('posts/2025-10-10-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(post('title: Byte Order'))]));
    site.write('posts/empty.md', '');
    site.write('posts/blank.md', '  \n\n');
    site.write('posts/2025-10-11-archived.md/2025-10-11-inside.md', post('title: Inside A Folder'));
    execFileSync('mkfifo', [path.join(root, 'posts/2025-10-12-pipe.md')]);
    link('posts/again', '.');
    site.write('drawings/linked.svg', `<svg ${ns}><rect width="3" height="3"/></svg>`);
    link('assets/images/linked.svg', '../../drawings/linked.svg');
    site.write('assets/images/icons/alarm.svg', `<?xml version="1.0"?>\n<svg ${ns} onload="steal()"><script>steal()</script><circle r="4" fill="red"/></svg>`);
    first = site.build();
    published = site.fingerprint();
  });
  after(() => {
    site.dispose();
    rmSync(outside, { recursive: true, force: true });
  });

  describe('a build that succeeds', () => {
    test('builds, despite the empty posts, the FIFO, the looping folder link and the folder named like a post', () => {
      assert.equal(first.status, 0, first.stderr);
    });

    test('an empty or blank post is a warning naming it, and skipped', () => {
      assert.match(first.stderr, /warning: posts\/empty\.md: is empty; skipped\. Write the post, or delete the file\./);
      assert.match(first.stderr, /warning: posts\/blank\.md: is empty; skipped\./);
    });

    test('a FIFO in posts/ is a warning and the build does not wait on it', () => {
      assert.match(first.stderr, /warning: posts\/2025-10-12-pipe\.md: is a FIFO \(named pipe\), not a regular file; skipped\./);
    });

    test('a folder named like a post is a warning, and the post inside it is built', () => {
      assert.match(first.stderr, /warning: posts\/2025-10-11-archived\.md: is a folder although its name ends in \.md; it is not read as a file/);
      assert.ok(site.exists('2025/10/11/inside/index.html'), site.files().join('\n'));
    });

    test('a link to a folder above is a warning and not followed, so each post is built once', () => {
      assert.ok(first.stderr.includes(`warning: posts/again: is a symbolic link to ${root}/posts, a folder that contains the link itself; not followed`), first.stderr);
      assert.match(first.stdout, /\[broadsheet\] 3 posts\./);
    });

    test('a post saved with a byte-order mark reads as if it had none', () => {
      assert.match(site.read('2025/10/10/bom/index.html'), /<h1[^>]*>Byte Order<\/h1>/);
    });

    test('an SVG is published sanitised under its own name, and the build warns naming what it removed', () => {
      assert.equal(site.read('assets/images/icons/alarm.svg'), `<svg ${ns}><circle r="4" fill="red"/></svg>\n`);
      assert.match(first.stderr, /warning: assets\/images\/icons\/alarm\.svg: had unsafe content removed before it was published: onload on <svg>, <script>\./);
    });

    test('an SVG linked from inside the site is published as a plain file, not as a link', () => {
      assert.ok(lstatSync(path.join(site.out, 'assets/images/linked.svg')).isFile());
      assert.equal(site.read('assets/images/linked.svg'), `<svg ${ns}><rect width="3" height="3"/></svg>\n`);
    });

    test('the output holds only regular files and folders', async () => {
      assert.deepEqual(await findNonPlainEntries(site.out), []);
    });
  });

  test('links out of the site, dangling links, looping links and a Latin-1 post are all reported at once', () => {
    link('posts/2025-10-13-leak.md', path.join(outside, 'secret.md'));
    link('posts/elsewhere', outside);
    link('posts/gone.md', 'nowhere.md');
    link('posts/loop-a.md', 'loop-b.md');
    link('posts/loop-b.md', 'loop-a.md');
    site.write('posts/2025-10-14-latin.md', Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n\nBody.\n')]));
    try {
      const { stderr } = refused();
      assert.ok(stderr.includes(`posts/2025-10-13-leak.md: is a symbolic link to ${outside}/secret.md, outside the site folder ${root}; Broadsheet reads nothing outside the site. Copy the file into the site or remove the link.`), stderr);
      assert.ok(stderr.includes(`posts/elsewhere: is a symbolic link to ${outside}, outside the site folder ${root};`), stderr);
      assert.ok(stderr.includes(`posts/gone.md: is a symbolic link that points to ${root}/posts/nowhere.md, which does not exist.`), stderr);
      assert.match(stderr, /posts\/loop-a\.md: is a symbolic link that never reaches a file: the links it leads through point back at each other \(ELOOP\)\./);
      assert.match(stderr, /posts\/loop-b\.md: is a symbolic link that never reaches a file/);
      assert.match(stderr, /posts\/2025-10-14-latin\.md:2: is not UTF-8 text: the byte 0xE9 cannot be read as UTF-8 .* Save it as UTF-8/);
      assert.match(stderr, /6 problems in 6 files; nothing was written:/);
    } finally {
      unlink('posts/2025-10-13-leak.md', 'posts/elsewhere', 'posts/gone.md', 'posts/loop-a.md', 'posts/loop-b.md', 'posts/2025-10-14-latin.md');
    }
  });

  test('posts/ itself linked out of the site is refused', () => {
    renameSync(path.join(root, 'posts'), path.join(root, 'posts-kept'));
    link('posts', outside);
    try {
      const { stderr } = refused();
      assert.ok(stderr.includes(`posts: is a symbolic link to ${outside}, outside the site folder ${root};`), stderr);
    } finally {
      unlink('posts');
      renameSync(path.join(root, 'posts-kept'), path.join(root, 'posts'));
    }
  });

  test('a lead image linked out of the site is refused as outside the site, naming where the link leads', () => {
    link('media/lead.jpg', path.join(outside, 'photo.jpg'));
    site.write('posts/2025-10-15-lead.md', post('title: Lead\nimage: media/lead.jpg'));
    try {
      const { stderr } = refused();
      assert.ok(stderr.includes(`posts/2025-10-15-lead.md: names media/lead.jpg, which leads through a symbolic link to ${outside}/photo.jpg, outside the site folder ${root}; Broadsheet reads nothing outside the site.`), stderr);
    } finally {
      unlink('media', 'posts/2025-10-15-lead.md');
    }
  });

  test('a photo or an SVG linked out of assets/images/, and an SVG that is not XML, are refused together', () => {
    link('assets/images/0123456789abcdef0123456789abcdef.jpg', path.join(outside, 'photo.jpg'));
    link('assets/images/logo.svg', path.join(outside, 'logo.svg'));
    site.write('assets/images/broken.svg', `<svg ${ns}><circle r="5"></svg>`);
    site.write('posts/2025-10-16-photo.md', post('title: Photo', '![A photo](/assets/images/0123456789abcdef0123456789abcdef.jpg)'));
    try {
      const { stderr } = refused();
      assert.ok(stderr.includes(`assets/images/0123456789abcdef0123456789abcdef.jpg: is a symbolic link to ${outside}/photo.jpg, outside the site folder ${root};`), stderr);
      assert.ok(stderr.includes(`assets/images/logo.svg: is a symbolic link to ${outside}/logo.svg, outside the site folder ${root};`), stderr);
      assert.match(stderr, /assets\/images\/broken\.svg: is not well-formed XML \(near line 1: unexpected close tag\)\. Export the image again as plain SVG/);
      assert.match(stderr, /3 problems in 3 files under assets\/images\/; nothing was written:/);
    } finally {
      unlink('assets/images/0123456789abcdef0123456789abcdef.jpg', 'assets/images/logo.svg', 'assets/images/broken.svg', 'posts/2025-10-16-photo.md');
    }
  });
});
