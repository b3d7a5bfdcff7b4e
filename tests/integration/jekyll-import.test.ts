/**
 * Issue #12: `npm run import -- <jekyll-site> --into <new-site>` copies a Jekyll site into a new Broadsheet site
 * folder, its `_config.yml` mapped to broadsheet.json, prints what it did, and the new folder builds with every post
 * at the URL Jekyll gives it. The fixture's URLs are worked out by Jekyll 4.3's rules for its permalink,
 * `/:categories/:year/:month/:day/:title/` in America/New_York: the folders above `_posts/` and `categories:`
 * lower-cased, a front-matter instant seen in the site's zone, a dateless draft dated by its file's mtime.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { repoRoot, runBuild } from '../helpers/fixture-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'broadsheet-import-'));
after(() => rmSync(work, { recursive: true, force: true }));
const source = path.join(work, 'old-gazette');
const target = path.join(work, 'new-gazette');

const config = [
  'title: Old Gazette',
  'url: https://old.example/',
  'baseurl: /blog',
  'timezone: America/New_York',
  'permalink: /:categories/:year/:month/:day/:title/',
  'paginate: 2',
  'theme: minima',
  'markdown: kramdown',
  'exclude: [notes.txt]',
  'plugins:',
  '  - jekyll-feed',
  '  - jekyll-paginate',
].join('\n');

const gemfile = [
  'source "https://rubygems.org"',
  'gem "jekyll", "~> 4.3"',
  'gem "minima", "~> 2.5"',
  'group :jekyll_plugins do',
  '  gem "jekyll-feed", "~> 0.12"',
  "  gem 'jekyll-sitemap'",
  'end',
  '# gem "jekyll-archives"',
  'gem "jemoji"',
].join('\n');

const staticFiles: Record<string, string> = {
  'css/site.css': 'body { color: black }\n',
  'files/annual-report.pdf': '%PDF-1.4 an annual report\n',
  'assets/img/chart.png': 'not really a png, copied as it is',
};

const files: Record<string, string> = {
  '_config.yml': config,
  Gemfile: gemfile,
  'Gemfile.lock': 'GEM\n',
  '_data/authors.yml': 'jane:\n  name: Jane Roe\n  bio: Covers city hall.\n  twitter: janeroe\n',
  '_includes/sig.md': 'Signed, the editors.\n',
  ...staticFiles,
  '_posts/2024-03-05-hello-world.md': '---\ntitle: Hello World\nauthor: jane\n---\nThe first story.\n',
  '_posts/2024-03-06-late-edition.md': '---\ntitle: Late Edition\ndate: 2024-03-07 01:30:00 +0000\n---\nPrinted after midnight in London, before it in New York.\n',
  'news/_posts/2024-03-07-election-night.md': '---\ntitle: Election Night\ncategories: [Politics]\n---\nThe count goes on; [the first story]({% post_url 2024-03-05-hello-world %}), by {{ site.data.authors.jane.name }}.\n\n{% include sig.md %}\n',
  '_drafts/work-in-progress.md': '---\ntitle: Work in Progress\n---\nNot finished.\n',
  '_layouts/default.html': '<html>{{ content }}</html>\n',
  '_site/index.html': 'an old build\n',
  '.jekyll-cache/cache.db': 'x',
  '.gitignore': '_site\n',
  'node_modules/left-pad/index.js': 'module.exports = 1;\n',
  'about.md': '---\ntitle: About\n---\nA Jekyll page.\n',
};

/** Jekyll's URL of each post, and the file Broadsheet writes for it. */
const jekyllUrls: Record<string, string> = {
  '_posts/2024-03-05-hello-world.md': '/2024/03/05/hello-world/',
  // 01:30 UTC on the 7th is 20:30 on the 6th in New York.
  '_posts/2024-03-06-late-edition.md': '/2024/03/06/late-edition/',
  'news/_posts/2024-03-07-election-night.md': '/news/politics/2024/03/07/election-night/',
};
const draftUrl = '/2024/03/09/work-in-progress/';

function runImport(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder, relative and sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) hash.update(file).update('\0').update(readFileSync(path.join(dir, file))).update('\0');
  return hash.digest('hex');
}

/** The lines of one section of the report, from its heading to the blank line after it. */
function section(report: string, heading: string): string[] {
  const start = report.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `the report has a "${heading}" section:\n${report}`);
  return report.slice(start + heading.length + 2).split('\n\n')[0]?.split('\n') ?? [];
}

const buildEnv = { BROADSHEET_ROOT: target, BROADSHEET_SITE: undefined, BUILD_TIME: '2026-01-01T00:00:00Z', TZ: 'Asia/Tokyo' };
const draftTime = new Date('2024-03-09T12:00:00Z');

let imported: { status: number | null; stdout: string; stderr: string };
before(() => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
    writeFileSync(path.join(source, file), text);
  }
  utimesSync(path.join(source, '_drafts/work-in-progress.md'), draftTime, draftTime);
  imported = runImport(source, '--into', target);
});

describe('npm run import (issue #12)', () => {
  test('imports, and the report counts what was copied', () => {
    assert.equal(imported.status, 0, imported.stdout + imported.stderr);
    assert.deepEqual(section(imported.stdout, 'Copied, at the same paths:'), [
      '  posts:        3',
      '  drafts:       1 (published only with --drafts)',
      '  static files: 3',
      '  includes:     1',
      '  data files:   1',
    ]);
  });

  test('the report names each setting mapped, with its value, and each key not understood', () => {
    assert.deepEqual(section(imported.stdout, 'Settings mapped (_config.yml → broadsheet.json):'), [
      '  title → title = "Old Gazette"',
      '  url → url = "https://old.example"',
      '  baseurl → pathPrefix = "/blog"',
      '  timezone → timeZone = "America/New_York"',
      '  permalink → permalink = "/:categories/:year/:month/:day/:title/"',
      '  paginate → pageSize = 2',
      '  _data/authors.yml → authors: jane',
    ]);
    assert.deepEqual(section(imported.stdout, 'Settings not understood (not carried over):'), ['  theme', '  markdown', '  exclude']);
  });

  test('each plugin, from the Gemfile and _config.yml, is named with what replaces it', () => {
    assert.deepEqual(section(imported.stdout, 'Plugins:'), [
      '  jekyll-feed (Gemfile, _config.yml): built-in feeds: /feed.xml (Atom), /rss.xml and /feed.json, and the same for each section and author',
      '  jekyll-paginate (_config.yml): built-in pagination: every listing has `pageSize` stories a page, then /page/2/…',
      '  jekyll-sitemap (Gemfile): built-in sitemaps: /sitemap.xml and /news-sitemap.xml, named in /robots.txt',
      '  jemoji (Gemfile): not supported: `:emoji:` codes stay as written',
    ]);
  });

  test('what was left out is listed by kind; images keep their paths; it ends with the command that builds it', () => {
    assert.deepEqual(section(imported.stdout, 'Left out:'), [
      '  settings (replaced by broadsheet.json): _config.yml',
      '  Jekyll\'s output and caches: .jekyll-cache/, _site/',
      '  layouts and styles (Broadsheet\'s layouts are its own): _layouts/',
      '  dependencies (Ruby gems, Node packages): Gemfile, Gemfile.lock, node_modules/',
      '  dot-files: .gitignore',
      '  Jekyll pages (files with front matter; Broadsheet does not build them yet): about.md',
    ]);
    assert.match(imported.stdout, /\nImages stay at their paths: renaming them to their md5 .* would mean rewriting every post, include and page that links to them\.\n/);
    assert.ok(imported.stdout.endsWith(`\nBuild it:\n  BROADSHEET_ROOT=${target} npm run build\n\n`), imported.stdout);
  });

  test('the new folder holds the posts, drafts, includes, data and static files at their paths, and broadsheet.json', () => {
    assert.deepEqual(listFiles(target), [
      '_data/authors.yml', '_drafts/work-in-progress.md', '_includes/sig.md', '_posts/2024-03-05-hello-world.md', '_posts/2024-03-06-late-edition.md',
      'assets/img/chart.png', 'broadsheet.json', 'css/site.css', 'files/annual-report.pdf', 'news/_posts/2024-03-07-election-night.md',
    ]);
    for (const [file, text] of Object.entries(staticFiles)) assert.equal(readFileSync(path.join(target, file), 'utf8'), text, file);
    assert.equal(statSync(path.join(target, '_drafts/work-in-progress.md')).mtime.toISOString(), draftTime.toISOString(), 'a draft keeps its modification time, its date');
    assert.deepEqual(JSON.parse(readFileSync(path.join(target, 'broadsheet.json'), 'utf8')), {
      title: 'Old Gazette',
      url: 'https://old.example',
      pathPrefix: '/blog',
      timeZone: 'America/New_York',
      permalink: '/:categories/:year/:month/:day/:title/',
      pageSize: 2,
      authors: { jane: { name: 'Jane Roe', bio: 'Covers city hall.', links: [{ label: 'Twitter', url: 'https://twitter.com/janeroe' }] } },
    });
  });

  test('a second import into the same folder is refused without --force, and the folder is left as it was', () => {
    const before = fingerprint(target);
    const again = runImport(source, '--into', target);
    assert.equal(again.status, 1);
    assert.ok(again.stderr.includes(`import: ${target} already exists and is not empty; nothing was written. Choose a new folder for the imported site, or add --force to replace ${target} and everything in it.`), again.stderr);
    assert.doesNotMatch(again.stderr, /\n\s+at /, 'no stack trace');
    assert.equal(fingerprint(target), before);
    assert.deepEqual(readdirSync(work).sort(), ['new-gazette', 'old-gazette'], 'no staging folder is left beside it');
  });

  test('a folder that is not a Jekyll site is refused, naming it', () => {
    const plain = path.join(work, 'plain');
    mkdirSync(plain);
    const refused = runImport(plain, '--into', path.join(work, 'nowhere'));
    assert.equal(refused.status, 1);
    assert.ok(refused.stderr.includes(`import: ${plain} is not a Jekyll site: it has neither _config.yml nor a _posts/ folder; nothing was written.`), refused.stderr);
    assert.equal(existsSync(path.join(work, 'nowhere')), false);
    rmSync(plain, { recursive: true });
  });

  test('the new folder builds, every post at the URL Jekyll gives it, its static files published, the draft left out', () => {
    const built = runBuild([], buildEnv);
    assert.equal(built.status, 0, built.stdout + built.stderr);
    const site = path.join(target, '_site');
    for (const [post, url] of Object.entries(jekyllUrls)) assert.ok(existsSync(path.join(site, url, 'index.html')), `${post} should be at ${url}`);
    assert.equal(existsSync(path.join(site, draftUrl)), false, 'a draft is not published without --drafts');
    for (const [file, text] of Object.entries(staticFiles)) assert.equal(readFileSync(path.join(site, file), 'utf8'), text, file);
    assert.equal(existsSync(path.join(site, 'broadsheet.json')), false, 'the settings file is not published');
    assert.match(readFileSync(path.join(site, 'index.html'), 'utf8'), /<title>Old Gazette<\/title>/);
    // url + baseurl became the absolute URLs; paginate: 2 the page size; _data/authors.yml the author's page.
    assert.ok(readFileSync(path.join(site, 'sitemap.xml'), 'utf8').includes('<loc>https://old.example/blog/news/politics/2024/03/07/election-night/</loc>'));
    assert.ok(existsSync(path.join(site, '2024/03/page/2/index.html')), 'three stories of March 2024 at two a page make a second page');
    assert.match(readFileSync(path.join(site, 'author/jane/index.html'), 'utf8'), /Jane Roe/);
  });

  test('the imported _includes/ and _data/ serve the posts\' Liquid as they did in Jekyll', () => {
    const story = readFileSync(path.join(target, '_site', jekyllUrls['news/_posts/2024-03-07-election-night.md'] ?? '', 'index.html'), 'utf8');
    assert.match(story, /<a href="\/blog\/2024\/03\/05\/hello-world\/">the first story<\/a>, by Jane Roe\./);
    assert.match(story, /<p>Signed, the editors\.<\/p>/);
  });

  test('with --drafts the draft is published too, dated by its modification time', () => {
    const built = runBuild(['--drafts'], buildEnv);
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.match(readFileSync(path.join(target, '_site', draftUrl, 'index.html'), 'utf8'), /Work in Progress/);
  });

  test('--force replaces the folder with a fresh import', () => {
    writeFileSync(path.join(target, 'stray.txt'), 'left from before');
    const forced = runImport(source, '--into', target, '--force');
    assert.equal(forced.status, 0, forced.stdout + forced.stderr);
    assert.equal(existsSync(path.join(target, 'stray.txt')), false);
    assert.equal(existsSync(path.join(target, '_site')), false);
    assert.ok(existsSync(path.join(target, 'broadsheet.json')));
  });
});
