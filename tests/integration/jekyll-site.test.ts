/**
 * Issue #11: a Jekyll site's folder builds as it is, with `npm run build` and BROADSHEET_ROOT alone, every post
 * at the URL Jekyll 4.3.1 gives it. The expected URLs are Jekyll's own answers for this fixture (built with
 * Debian's jekyll 4.3.1 and a Liquid page printing `site.posts`; tests/jekyll/ holds the full differential corpus).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runBuild } from '../helpers/fixture-site.ts';

const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-'));
after(() => rmSync(root, { recursive: true, force: true }));

const files: Record<string, string> = {
  '_config.yml': 'title: Jekyll Fixture\ntimezone: UTC\nurl: https://jekyll.example\n',
  '_posts/2025-10-09-build.md': '---\ntitle: Build\ncategories: [Build Service, news,]\n---\nFirst para.\n',
  '_posts/2019/2019-01-02-deep.mkdn': '---\ntitle: Deep\n---\nBody.\n',
  'news/world/_posts/2025-10-10-world.md': '---\ntitle: World\ncategories: Politics\n---\nBody.\n',
  '_posts/2025-10-11-html-post.html': '---\ntitle: Html\n---\n<p>Raw <b>html</b></p>\n',
  '_posts/2017-2-5-i-dont-like-zeroes.md': '---\ntitle: Zeroes\n---\nBody.\n',
  '_posts/undated.md': '---\ntitle: Undated\n---\nBody.\n',
  '_posts/2025-10-12-trailing-dots...md': '---\ntitle: Dots\n---\nBody.\n',
  '_posts/2025-10-13-plain.text': '---\ntitle: Text\n---\nBody.\n',
  '_posts/2025-10-14-hash-#1.md': '---\ntitle: Hash\n---\nB\n',
  '_posts/2025-10-15-escape-+ %20[].md': '---\ntitle: Esc\n---\nB\n',
  '_posts/_hidden.md': '---\ntitle: Hidden\n---\nB\n',
  '_posts/2025-10-16-missing-photo.md': '---\ntitle: Missing photo\nimage: /assets/photos/gone.jpg\n---\nB\n',
  '_posts/2025-10-17-uploads.md': '---\ntitle: Uploads\n---\n![An old photo](/wp-content/uploads/2006/01/photo.jpg) See [the report](/files/report.pdf).\n',
  'wp-content/uploads/2006/01/photo.jpg': 'not really a jpeg, copied as it is',
  'files/report.pdf': '%PDF-1.4 a report',
  'assets/2006/old.css': 'body { color: black }',
  'CNAME': 'jekyll.example',
  'about.md': '---\ntitle: About\n---\nA Jekyll page.\n',
  '_drafts/a-draft.md': '---\ntitle: Draft\n---\nB\n',
  'Gemfile': 'source "https://rubygems.org"\n',
  '.hidden': 'secret',
};

/** Jekyll 4.3.1's `url` of each post, as its dump printed them (percent-encoded). */
const jekyllUrls: Record<string, string> = {
  '_posts/2025-10-09-build.md': '/build%20service/news/2025/10/09/build.html',
  '_posts/2019/2019-01-02-deep.mkdn': '/2019/01/02/deep.html',
  'news/world/_posts/2025-10-10-world.md': '/news/world/politics/2025/10/10/world.html',
  '_posts/2025-10-11-html-post.html': '/2025/10/11/html-post.html',
  '_posts/2017-2-5-i-dont-like-zeroes.md': '/2017/02/05/i-dont-like-zeroes.html',
  '_posts/2025-10-12-trailing-dots...md': '/2025/10/12/trailing-dots.html',
  '_posts/2025-10-13-plain.text': '/2025/10/13/plain.text',
  '_posts/2025-10-14-hash-#1.md': '/2025/10/14/hash-1.html',
  '_posts/2025-10-15-escape-+ %20[].md': '/2025/10/15/escape-+-20.html',
  '_posts/2025-10-16-missing-photo.md': '/2025/10/16/missing-photo.html',
  '_posts/2025-10-17-uploads.md': '/2025/10/17/uploads.html',
};

/** Jekyll's static files: copied as they are, at their paths. */
const jekyllStatic = ['wp-content/uploads/2006/01/photo.jpg', 'files/report.pdf', 'assets/2006/old.css', 'CNAME'];

let result: { status: number | null; stdout: string; stderr: string };
before(() => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  result = runBuild(['--check'], { BROADSHEET_ROOT: root, BROADSHEET_SITE: undefined, BUILD_TIME: '2026-01-01T00:00:00Z', TZ: 'Asia/Tokyo' });
});

describe('a Jekyll site built as it is (issue #11)', () => {
  test('builds with its _config.yml and no posts/ folder', () => {
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(readFileSync(path.join(root, '_site/index.html'), 'utf8'), /<title>Jekyll Fixture<\/title>/);
  });

  test('every post Jekyll publishes is at Jekyll\'s URL', () => {
    for (const [source, url] of Object.entries(jekyllUrls)) {
      const file = decodeURI(url).replace(/^\//, '');
      assert.ok(existsSync(path.join(root, '_site', file)), `${source} should be at ${url}`);
    }
  });

  test('links to a post are spelled as Jekyll spells its URL', () => {
    const home = readFileSync(path.join(root, '_site/index.html'), 'utf8');
    assert.ok(home.includes('href="/build%20service/news/2025/10/09/build.html"'), 'the home page links the category URL percent-encoded');
  });

  test('the folders above _posts are categories; folders inside it are not', () => {
    const page = readFileSync(path.join(root, '_site/news/world/politics/2025/10/10/world.html'), 'utf8');
    for (const name of ['news', 'world', 'Politics']) assert.match(page, new RegExp(`href="/category/${name.toLowerCase()}/"`));
    assert.doesNotMatch(readFileSync(path.join(root, '_site/2019/01/02/deep.html'), 'utf8'), /href="\/category\/2019\/"/);
  });

  test('an .html post is used as written, not read as markdown', () => {
    assert.match(readFileSync(path.join(root, '_site/2025/10/11/html-post.html'), 'utf8'), /<p>Raw <b>html<\/b><\/p>/);
  });

  test('what Jekyll does not publish is not published, and an undated file in _posts is warned about', () => {
    assert.ok(result.stderr.includes('warning: _posts/undated.md: is not a post: its name does not start with a date, so Jekyll ignores it too.'), result.stderr);
    assert.equal(existsSync(path.join(root, '_site/undated.html')), false);
    assert.ok(result.stderr.includes('warning: _posts/_hidden.md: is not read: names starting with `_` are not posts (as in Jekyll).'), result.stderr);
    assert.doesNotMatch(readFileSync(path.join(root, '_site/sitemap.xml'), 'utf8'), /[Hh]idden|undated/);
  });

  test('its static files are published at their paths, as they are, so the posts\' links resolve (the build ran --check)', () => {
    for (const file of jekyllStatic) assert.equal(readFileSync(path.join(root, '_site', file), 'utf8'), files[file], file);
    assert.match(result.stdout, /link check: every internal href, src and srcset resolves/);
    assert.match(result.stdout, /copied 4 static files/);
  });

  test('what Jekyll does not copy is not copied, and a Jekyll page is warned about', () => {
    for (const file of ['Gemfile', '.hidden', '_drafts/a-draft.md', 'about.md', '_config.yml', '_posts/2025-10-09-build.md']) {
      assert.equal(existsSync(path.join(root, '_site', file)), false, file);
    }
    assert.ok(result.stderr.includes('warning: about.md: is a Jekyll page (it has front matter)'), result.stderr);
  });

  test('a missing lead image is a warning and the story is published without it', () => {
    assert.ok(result.stderr.includes('warning: _posts/2025-10-16-missing-photo.md:3: `image` names "/assets/photos/gone.jpg", which does not exist; the story is published without a lead image.'), result.stderr);
  });
});
