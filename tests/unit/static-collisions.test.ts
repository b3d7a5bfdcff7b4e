/**
 * Issue #13: a file of `static/` (or a Jekyll static file) is an output like any other, so it may not take the place
 * of a page or of a file the build writes, nor sit where another output needs a folder.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatProblem } from '../../src/errors.ts';
import { findCollisions, type PlannedOutput } from '../../src/pages/collisions.ts';
import { planCopies } from '../../src/pages/plan.ts';
import { outputPathFor } from '../../src/urls/permalinks.ts';

const story = (source: string, url: string): PlannedOutput => ({ source, url, outputPath: outputPathFor(url) });
const copy = (sitePath: string, outputPath = sitePath.replace(/^static\//, '')): PlannedOutput[] => planCopies([{ sitePath, path: `/site/${sitePath}`, outputPath }]);
const collisions = (outputs: readonly PlannedOutput[]): string[] => findCollisions(outputs).map(formatProblem);

const robots: PlannedOutput = { source: 'robots.txt', url: '/robots.txt', outputPath: 'robots.txt' };
const feed: PlannedOutput = { source: 'the site feed', url: '/feed.xml', outputPath: 'feed.xml' };
const notReplaceable = (url: string): string => `the build writes ${url} itself, and replacing a file the build writes with a site file is not possible yet.`;

describe('files published as they are, in the collision check', () => {
  test('a file of static/ lands at its path below static/', () => {
    assert.deepEqual(copy('static/files/report.pdf'), [{ url: '/files/report.pdf', outputPath: 'files/report.pdf', source: 'static/files/report.pdf', copied: true }]);
  });

  test('static files beside every generated file are fine', () => {
    assert.deepEqual(collisions([feed, robots, story('posts/a.md', '/2025/10/09/a/'), ...copy('static/ads.txt'), ...copy('static/.well-known/security.txt'), ...copy('CNAME')]), []);
  });

  test('a static file at the path of a generated file stops the build, naming both, and says it cannot replace it', () => {
    assert.deepEqual(collisions([feed, ...copy('static/feed.xml')]), [
      `static/feed.xml: is published as it is at /feed.xml, and so is the site feed (/feed.xml). Rename or remove static/feed.xml: ${notReplaceable('/feed.xml')}`,
    ]);
  });

  test('a static file and a post on a generated file must both move', () => {
    assert.deepEqual(collisions([feed, story('posts/feed.md', '/feed.xml'), ...copy('static/feed.xml')]), [
      `static/feed.xml: is published as it is at /feed.xml, and so is posts/feed.md (/feed.xml), the site feed (/feed.xml). Rename or remove static/feed.xml, and give posts/feed.md a different \`slug:\` or \`permalink:\` in its front matter: ${notReplaceable('/feed.xml')}`,
    ]);
  });

  test('static/robots.txt does not replace the generated robots.txt: it is a collision', () => {
    assert.deepEqual(collisions([robots, ...copy('static/robots.txt')]), [
      `static/robots.txt: is published as it is at /robots.txt, and so is the generated robots.txt (/robots.txt). Rename or remove static/robots.txt: ${notReplaceable('/robots.txt')}`,
    ]);
  });

  test('a static file differing only in case from a generated file collides', () => {
    assert.equal(findCollisions([feed, ...copy('static/Feed.XML')]).length, 1);
  });

  test('a static index.html answers its folder\'s URL and collides with the page there', () => {
    assert.deepEqual(collisions([story('posts/files.md', '/files/'), ...copy('static/files/index.html')]), [
      'static/files/index.html: is published as it is at /files/index.html, and so is posts/files.md (/files/). Rename or remove static/files/index.html, or give posts/files.md a different `slug:` or `permalink:` in its front matter.',
    ]);
  });

  test('a file of static/ and a Jekyll static file at one path collide, naming both', () => {
    assert.deepEqual(collisions([...copy('CNAME'), ...copy('static/CNAME')]), ['CNAME: is published as it is at /CNAME, and so is static/CNAME (/CNAME). Rename or remove CNAME, or rename or remove static/CNAME.']);
  });

  test('a static file inside a folder the build fills is refused, naming its folder in static/', () => {
    assert.deepEqual(collisions(copy('static/assets/css/site.css')), [
      "static/assets/css/site.css: is published as it is at /assets/css/site.css, inside /assets/css/, which the build fills with the site's stylesheets. Move it out of static/assets/css/.",
    ]);
  });

  test('a static file where a page needs a folder is refused, naming the pages inside', () => {
    const stories = ['a', 'b', 'c', 'd'].map((slug) => story(`posts/2025-10-09-${slug}.md`, `/2025/10/09/${slug}/`));
    assert.deepEqual(collisions([...stories, ...copy('static/2025')]), [
      'static/2025: is published as it is at /2025 as a file, where posts/2025-10-09-a.md (/2025/10/09/a/), posts/2025-10-09-b.md (/2025/10/09/b/), posts/2025-10-09-c.md (/2025/10/09/c/) and 1 more need a folder of that name. Rename or remove static/2025, or give posts/2025-10-09-a.md a different `slug:` or `permalink:` in its front matter, or give posts/2025-10-09-b.md a different `slug:` or `permalink:` in its front matter, or give posts/2025-10-09-c.md a different `slug:` or `permalink:` in its front matter.',
    ]);
  });

  test('a static file where the build fills a folder is refused', () => {
    assert.deepEqual(collisions(copy('static/pagefind')), ['static/pagefind: is published as it is at /pagefind as a file, where the build needs a folder of that name for the search index. Rename or remove static/pagefind.']);
  });

  test('a static file inside what the build writes as a file is refused, naming the static file', () => {
    assert.deepEqual(collisions([feed, ...copy('static/feed.xml/x.txt')]), [
      'static/feed.xml/x.txt: is published as it is at /feed.xml/x.txt, inside /feed.xml, which the site feed writes as a file. Rename or remove static/feed.xml/x.txt.',
    ]);
  });

  test('a static file where the build writes a folder of pages is refused, saying the build writes them', () => {
    const news: PlannedOutput = { source: 'the category "News"', url: '/category/news/', outputPath: 'category/news/index.html' };
    assert.deepEqual(collisions([news, ...copy('static/category')]), [
      'static/category: is published as it is at /category as a file, where the category "News" (/category/news/) needs a folder of that name. Rename or remove static/category: the build writes /category/news/ itself.',
    ]);
  });
});
