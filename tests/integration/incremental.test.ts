/**
 * Incremental builds (issue #14): a rebuild writes into the published folder only the files whose bytes change,
 * removes what is no longer made, and leaves a tree byte for byte the same as a clean build of the same files
 * (compared here after an edit, a deletion, a rename, a changed tag and a changed setting). A build with nothing
 * changed does nothing, and says so; a file touched in the output, or the clock reaching a scheduled story, makes the
 * next build build again.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, tinyJpegName } from '../helpers/fixture-site.ts';

const settings = { title: 'Incremental Times', url: 'https://incremental.example', timeZone: 'Europe/London', pageSize: 3 };

/** Every folder and file under `dir` with a digest of its bytes: two trees are the same when these are equal. */
function tree(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string, relative: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const entryPath = `${relative}${entry.name}`;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        found.set(`${entryPath}/`, 'folder');
        walk(full, `${entryPath}/`);
      } else {
        found.set(entryPath, createHash('sha256').update(readFileSync(full)).digest('hex'));
      }
    }
  };
  walk(dir, '');
  return found;
}

/** The paths whose bytes (or presence) differ between two trees; [] when they are the same. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key)).sort();
}

const story = (n: number, extra = ''): string =>
  post(`title: Story ${n}\ndate: 2025-10-${String(n).padStart(2, '0')}T09:00:00\nauthor: Sam Reporter\ncategories: [${n % 2 === 0 ? 'World' : 'Business'}]\ntags: [trade${n % 3 === 0 ? ', ports' : ''}]${extra}`, `Paragraph one of story ${n}.\n\nParagraph two.`);

describe('an incremental build', () => {
  let site: FixtureSite;
  let cleanRoot: string;
  let cleans = 0;

  /** A clean build of the site as it is now, into a folder of its own, as a tree. */
  const cleanBuild = (): Map<string, string> => {
    const out = path.join(cleanRoot, `clean-${++cleans}`);
    const result = site.build(['--output', out]);
    assert.equal(result.status, 0, result.stderr);
    return tree(out);
  };

  /** Builds `_site/` incrementally and checks it against a clean build; returns the build's stdout. */
  const rebuildMatchesClean = (): string => {
    const result = site.build();
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(differences(tree(site.out), cleanBuild()), [], 'the incremental tree differs from a clean build at these paths');
    return result.stdout;
  };

  const mtime = (outputPath: string): number => statSync(path.join(site.out, outputPath)).mtimeMs;
  const inode = (outputPath: string): number => statSync(path.join(site.out, outputPath)).ino;

  before(() => {
    site = createFixtureSite(settings);
    cleanRoot = mkdtempSync(path.join(tmpdir(), 'broadsheet-clean-'));
    for (let n = 1; n <= 8; n++) site.write(`posts/2025-10-${String(n).padStart(2, '0')}-story-${n}.md`, story(n, n === 1 ? `\nimage: assets/images/${tinyJpegName}` : ''));
    const first = site.build();
    assert.equal(first.status, 0, first.stderr);
  });
  after(() => {
    site.dispose();
    rmSync(cleanRoot, { recursive: true, force: true });
  });

  test('with nothing changed does nothing, says so, and leaves every file as it was', () => {
    const before = tree(site.out);
    const storyTime = mtime('2025/10/02/story-2/index.html');
    const again = site.build();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /nothing changed since the last build .* is up to date\. Build with --full to build anyway\./);
    assert.doesNotMatch(again.stdout, /wrote \d+ pages/);
    assert.deepEqual(differences(tree(site.out), before), []);
    assert.equal(mtime('2025/10/02/story-2/index.html'), storyTime);
  });

  test('--full builds anyway, and finds every file unchanged', () => {
    const storyInode = inode('2025/10/02/story-2/index.html');
    const full = site.build(['--full']);
    assert.equal(full.status, 0, full.stderr);
    assert.match(full.stdout, /wrote \d+ pages/);
    assert.match(full.stdout, /published into .*: 0 files new or changed, 0 removed, \d+ unchanged\./);
    assert.equal(inode('2025/10/02/story-2/index.html'), storyInode, 'an unchanged page is the same file, not a copy');
  });

  test('after an edit to one story rewrites that story and what lists it, nothing else, and matches a clean build', () => {
    const untouched = { inode: inode('2025/10/08/story-8/index.html'), mtime: mtime('2025/10/08/story-8/index.html') };
    const edited = mtime('2025/10/05/story-5/index.html');
    site.write('posts/2025-10-05-story-5.md', story(5).replace('Paragraph two.', 'Paragraph two, corrected.'));
    const stdout = rebuildMatchesClean();
    const [, written = '0', removed = '0', kept = '0'] = /published into .*: (\d+) files? new or changed, (\d+) removed, (\d+) unchanged\./.exec(stdout) ?? [];
    assert.ok(Number(written) >= 1 && Number(written) < Number(kept), `wrote ${written}, kept ${kept}`);
    // Removed: the search index's parts named by their content; the pages all stay.
    assert.ok(Number(removed) < Number(written), `removed ${removed}`);
    // Only the pages whose inputs changed were laid out again: the story, its neighbours, the listings it is on.
    const [, made = '0', reused = '0'] = /made (\d+) pages, (\d+) of them unchanged since the last build and not laid out again/.exec(stdout) ?? [];
    assert.ok(Number(made) - Number(reused) >= 1 && Number(made) - Number(reused) <= 16, `laid out ${Number(made) - Number(reused)} of ${made} pages`);
    assert.notEqual(mtime('2025/10/05/story-5/index.html'), edited);
    assert.match(site.read('2025/10/05/story-5/index.html'), /Paragraph two, corrected\./);
    // Story 8 is not story 5's neighbour, and neither its title nor anything it shows changed.
    assert.deepEqual({ inode: inode('2025/10/08/story-8/index.html'), mtime: mtime('2025/10/08/story-8/index.html') }, untouched);
  });

  test('after a deletion removes the story page, and its section page 3 that no longer has stories to list', () => {
    assert.ok(site.exists('2025/10/07/story-7/index.html'));
    site.remove('posts/2025-10-07-story-7.md');
    const stdout = rebuildMatchesClean();
    assert.ok(!site.exists('2025/10/07/story-7/index.html'));
    assert.match(stdout, /published into .*, [1-9]\d* removed,/);
  });

  test('after a rename moves the story to its new URL', () => {
    site.remove('posts/2025-10-06-story-6.md');
    site.write('posts/2025-10-06-story-six.md', story(6));
    rebuildMatchesClean();
    assert.ok(site.exists('2025/10/06/story-six/index.html'));
    assert.ok(!site.exists('2025/10/06/story-6/index.html'));
  });

  test('after a changed tag moves the story between tag pages', () => {
    site.write('posts/2025-10-04-story-4.md', story(4).replace('tags: [trade]', 'tags: [energy]'));
    rebuildMatchesClean();
    assert.ok(site.exists('tag/energy/index.html'));
    assert.match(site.read('tag/energy/index.html'), /Story 4/);
    // And the record of a rebuild is as good as a first build's: the next build has nothing to do.
    assert.match(site.build().stdout, /nothing changed since the last build/);
  });

  test('after a changed setting rebuilds what it touches (every page, for the title)', () => {
    writeFileSync(path.join(site.root, 'site.json'), JSON.stringify({ ...settings, title: 'The Incremental Herald', pageSize: 2 }, null, 2));
    rebuildMatchesClean();
    assert.match(site.read('index.html'), /The Incremental Herald/);
  });

  test('after a file in the output was deleted by hand builds again and puts it back', () => {
    unlinkSync(path.join(site.out, '2025/10/08/story-8/index.html'));
    const stdout = rebuildMatchesClean();
    assert.doesNotMatch(stdout, /nothing changed/);
    assert.ok(site.exists('2025/10/08/story-8/index.html'));
  });

  test('a failed build after a good one leaves the output and the record as they were', () => {
    const before = tree(site.out);
    site.write('posts/2025-10-09-broken.md', post('title: Broken\ndate: not a date'));
    const failed = site.build();
    assert.equal(failed.status, 1);
    assert.deepEqual(differences(tree(site.out), before), []);
    site.remove('posts/2025-10-09-broken.md');
    const fixed = site.build();
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.deepEqual(differences(tree(site.out), before), []);
  });
});

describe('an incremental build and the clock', () => {
  let site: FixtureSite;
  before(() => {
    site = createFixtureSite(settings);
  });
  after(() => site.dispose());

  test('builds again once a scheduled story comes out, though no file changed', async () => {
    // Front matter dates are to the second.
    const soon = new Date(Math.ceil(Date.now() / 1000) * 1000 + 4000);
    site.write('posts/2025-10-01-now.md', post('title: Already out\ndate: 2025-10-01T09:00:00Z'));
    site.write('posts/2030-01-01-soon.md', post(`title: Coming soon\ndate: ${soon.toISOString()}`));
    const clock = { BUILD_TIME: undefined };
    const first = site.build([], clock);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /1 dated in the future/);
    const second = site.build([], clock);
    assert.match(second.stdout, new RegExp(`nothing changed .*until ${soon.toISOString().replace(/\./g, '\\.')}`));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, soon.getTime() - Date.now()) + 200));
    const third = site.build([], clock);
    assert.equal(third.status, 0, third.stderr);
    assert.doesNotMatch(third.stdout, /nothing changed/);
    assert.match(third.stdout, /2 posts\./);
  });

  test("builds every time when a story's Liquid prints the clock", () => {
    site.write('posts/2025-10-02-clock.md', post('title: Printed at', 'Built in {{ site.time | date: "%Y" }}.'));
    const clock = { BUILD_TIME: undefined };
    assert.equal(site.build([], clock).status, 0);
    const again = site.build([], clock);
    assert.equal(again.status, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /nothing changed/);
    assert.match(again.stdout, /published into /);
  });
});
