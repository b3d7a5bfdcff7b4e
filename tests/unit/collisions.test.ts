/** Two pages may never write one file; the problem names every file involved (issue #2). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { findCollisions, type PlannedOutput } from '../../src/pages/collisions.ts';
import { outputPathFor } from '../../src/urls/permalinks.ts';
import { markdown, postFrom } from './support.ts';

const fix = 'Give one of them a different `slug:` or `permalink:` in its front matter.';

function output(source: string, url: string): PlannedOutput {
  return { source, url, outputPath: outputPathFor(url) };
}

const collisions = (outputs: readonly PlannedOutput[]): string[] => findCollisions(outputs).map(formatProblem);

describe('findCollisions', () => {
  test('distinct outputs are fine', () => {
    assert.deepEqual(collisions([output('posts/a.md', '/2025/10/09/a/'), output('posts/b.md', '/2025/10/09/b/')]), []);
  });

  test('two posts with the same URL: one problem naming both files', () => {
    assert.deepEqual(findCollisions([output('posts/2025-10-09-a.md', '/2025/10/09/a/'), output('posts/a.md', '/2025/10/09/a/')]), [
      { file: 'posts/2025-10-09-a.md', field: 'permalink', message: 'writes /2025/10/09/a/, and so does posts/a.md (/2025/10/09/a/).', fix },
    ]);
  });

  test('URLs that differ only in letter case collide (case-insensitive file systems)', () => {
    assert.deepEqual(collisions([output('posts/2025-10-09-AI.md', '/2025/10/09/AI/'), output('posts/2025-10-09-ai.md', '/2025/10/09/ai/')]), [
      `posts/2025-10-09-AI.md: \`permalink\` writes /2025/10/09/AI/, and so does posts/2025-10-09-ai.md (/2025/10/09/ai/). ${fix}`,
    ]);
  });

  test('URLs that differ only in Unicode composition collide', () => {
    assert.equal(findCollisions([output('posts/nfc.md', '/caf\u00e9/'), output('posts/nfd.md', '/cafe\u0301/')]).length, 1);
  });

  test('/a and /a.html write the same file and collide', () => {
    assert.deepEqual(collisions([output('posts/a.md', '/a'), output('posts/b.md', '/a.html')]), [
      `posts/a.md: \`permalink\` writes /a, and so does posts/b.md (/a.html). ${fix}`,
    ]);
  });

  test('three posts on one URL are one problem naming all three', () => {
    assert.deepEqual(collisions([output('posts/a.md', '/x/'), output('posts/b.md', '/x/'), output('posts/c.md', '/X/')]), [
      `posts/a.md: \`permalink\` writes /x/, and so does posts/b.md (/x/), posts/c.md (/X/). ${fix}`,
    ]);
  });

  test('a post on / collides with the home page, and the message names the post first', () => {
    assert.deepEqual(collisions([output('the home page', '/'), output('posts/home.md', '/')]), [
      `posts/home.md: \`permalink\` writes /, and so does the home page (/). ${fix}`,
    ]);
  });

  // Issue #10: a post whose URL is a file the build writes itself was unreachable or deleted.
  test('a post at the URL of a generated file collides with it although it writes another file', () => {
    const feed = { source: 'the site feed', url: '/feed.xml', outputPath: 'feed.xml' };
    assert.deepEqual(collisions([feed, output('posts/feed.md', '/feed.xml')]), [
      `posts/feed.md: \`permalink\` writes /feed.xml, and so does the site feed (/feed.xml). ${fix}`,
    ]);
    const headers = { source: 'the headers file', url: '/_headers', outputPath: '_headers' };
    assert.equal(findCollisions([headers, output('posts/h.md', '/_headers')]).length, 1);
  });

  test('a clash found both by file and by URL is one problem', () => {
    assert.equal(findCollisions([output('posts/a.md', '/x/'), output('posts/b.md', '/x/index.html')]).length, 1);
  });

  test('a post inside the folders the build fills (assets/css/, pagefind/ …) is refused, in any case', () => {
    assert.deepEqual(collisions([output('posts/a.md', '/assets/css/site.css'), output('posts/b.md', '/PageFind/x/'), output('posts/c.md', '/assets-news/'), output('posts/d.md', '/assets/2006/old/')]), [
      'posts/a.md: `permalink` writes /assets/css/site.css, inside /assets/css/, which the build fills with the site\'s stylesheets. Give it a `permalink:` outside /assets/css/.',
      'posts/b.md: `permalink` writes /PageFind/x/, inside /pagefind/, which the build fills with the search index. Give it a `permalink:` outside /pagefind/.',
    ]);
  });

  test('two separate clashes are two problems', () => {
    assert.equal(findCollisions([output('a', '/x/'), output('b', '/x/'), output('c', '/y/'), output('d', '/y/')]).length, 2);
  });

  test('posts made from files that differ only in case collide', () => {
    const upper = postFrom('posts/2025-10-09-AI.md', markdown(['title: AI']));
    const lower = postFrom('posts/2025-10-09-ai.md', markdown(['title: ai']));
    const plan = [upper, lower].map((post) => ({ source: post.sourcePath, url: post.url, outputPath: post.outputPath }));
    assert.deepEqual(collisions(plan), [
      `posts/2025-10-09-AI.md: \`permalink\` writes /2025/10/09/AI/, and so does posts/2025-10-09-ai.md (/2025/10/09/ai/). ${fix}`,
    ]);
  });
});
