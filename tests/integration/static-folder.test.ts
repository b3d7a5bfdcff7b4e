/**
 * Issue #13: the files of a site's `static/` folder are published as they are at the root of the output, byte for
 * byte, are link targets like any page, are not pages (no sitemap lists them), and never take the place of a file
 * the build writes.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createFixtureSite, type FixtureSite, post, runBuild } from '../helpers/fixture-site.ts';

const settings = { title: 'Static Times', url: 'https://static.example', timeZone: 'UTC' };

/** Every byte value, so a copy that decoded or re-encoded the file shows. */
const favicon = Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, ...Array.from({ length: 256 }, (_, i) => 255 - i)]);
const report = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\r\n<< >>\r\nendobj\n%%EOF\n')]);

/** Site path in static/ → where it is published, and its bytes. */
const published: ReadonlyArray<readonly [string, string, Buffer]> = [
  ['static/favicon.ico', 'favicon.ico', favicon],
  ['static/ads.txt', 'ads.txt', Buffer.from('google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n')],
  ['static/CNAME', 'CNAME', Buffer.from('static.example')],
  ['static/.well-known/security.txt', '.well-known/security.txt', Buffer.from('Contact: mailto:security@static.example\nExpires: 2030-01-01T00:00:00.000Z\n')],
  ['static/files/report.pdf', 'files/report.pdf', report],
  ['static/_redirects', '_redirects', Buffer.from('/old /new 301\n')],
];

describe('a site with a static/ folder (issue #13)', () => {
  let site: FixtureSite;
  let result: ReturnType<FixtureSite['build']>;

  before(() => {
    site = createFixtureSite(settings);
    for (const [sitePath, , bytes] of published) site.write(sitePath, bytes);
    site.write('static/.DS_Store', 'editor junk');
    site.write('static/files/.hidden.pdf', 'not published');
    site.write('static/files/.well-known/x.txt', 'only the root .well-known/ is the web\'s');
    site.write('posts/2025-10-09-annual-report.md', post('title: The annual report\ndate: 2025-10-09T10:00:00', 'Read [the report](/files/report.pdf) and [our security contact](/.well-known/security.txt).'));
    result = site.build(['--check']);
  });
  after(() => site.dispose());

  test('builds, and the link check counts the static files as existing targets', () => {
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /link check: every internal href, src and srcset resolves/);
    assert.match(site.read('2025/10/09/annual-report/index.html'), /<a href="\/files\/report\.pdf">the report<\/a>/);
  });

  test('every file of static/ is published byte for byte at its path below static/, .well-known/ included', () => {
    for (const [sitePath, outputPath, bytes] of published) assert.deepEqual(readFileSync(path.join(site.out, outputPath)), bytes, sitePath);
    assert.match(result.stdout, /copied 6 static files/);
  });

  test('dot-files other than .well-known/ are not copied, and static/ itself is not published', () => {
    for (const file of ['.DS_Store', 'files/.hidden.pdf', 'files/.well-known/x.txt', 'static/ads.txt', 'static']) assert.equal(existsSync(path.join(site.out, file)), false, file);
  });

  test('no sitemap lists a static file: they are not pages', () => {
    const sitemaps = site.files().filter((file) => /sitemap.*\.xml$/.test(file));
    assert.ok(sitemaps.includes('sitemap.xml'), sitemaps.join(', '));
    for (const file of sitemaps) assert.doesNotMatch(site.read(file), /report\.pdf|ads\.txt|favicon|CNAME|well-known|_redirects/, file);
    assert.match(site.read('sitemap.xml'), /annual-report/);
  });
});

describe('a static file at the path of a generated file (issue #13)', () => {
  let site: FixtureSite;
  let result: ReturnType<FixtureSite['build']>;

  before(() => {
    site = createFixtureSite(settings);
    site.write('posts/2025-10-09-a-story.md', post('title: A story\ndate: 2025-10-09T10:00:00'));
    site.write('static/feed.xml', '<rss>my own feed</rss>');
    site.write('static/robots.txt', 'User-agent: *\nDisallow: /\n');
    result = site.build();
  });
  after(() => site.dispose());

  test('stops the build, naming the static file and the generated one, every clash at once, writing nothing', () => {
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.ok(result.stderr.includes('static/feed.xml: is published as it is at /feed.xml, and so is the site feed (/feed.xml). Rename or remove static/feed.xml'), result.stderr);
    assert.ok(result.stderr.includes('static/robots.txt: is published as it is at /robots.txt, and so is the generated robots.txt (/robots.txt).'), result.stderr);
    assert.ok(result.stderr.includes('replacing a file the build writes with a site file is not possible yet'), result.stderr);
    assert.equal(existsSync(site.out), false);
  });
});

describe('a Jekyll site with a static/ folder (issues #11, #13)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'broadsheet-jekyll-static-'));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const build = () => runBuild([], { BROADSHEET_ROOT: root, BROADSHEET_SITE: undefined, BUILD_TIME: '2026-01-01T00:00:00Z', TZ: 'Asia/Tokyo' });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('keeps Jekyll\'s meaning: static/ is a folder of the site, published at /static/… as Jekyll publishes it', () => {
    write('_config.yml', 'title: Jekyll Static\ntimezone: UTC\n');
    write('_posts/2025-10-09-a.md', '---\ntitle: A\n---\nBody.\n');
    write('files/old.pdf', '%PDF old');
    write('CNAME', 'jekyll.example');
    write('static/img/logo.txt', 'logo');
    const result = build();
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(readFileSync(path.join(root, '_site/static/img/logo.txt'), 'utf8'), 'logo');
    assert.equal(readFileSync(path.join(root, '_site/files/old.pdf'), 'utf8'), '%PDF old');
    assert.equal(readFileSync(path.join(root, '_site/CNAME'), 'utf8'), 'jekyll.example');
    assert.equal(existsSync(path.join(root, '_site/img')), false);
  });
});
